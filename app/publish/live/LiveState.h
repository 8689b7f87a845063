#pragma once

#include <QCoreApplication>
#include <QMetaType>
#include <QString>
#include <QtGlobal>

// Whether a published update can be seen by the public: what "Verify live" found on the status page or
// the fallback page after the outbox sent it. A value: the verifier emits a new one on every check, and
// the Deliveries tab words it against its own clock.
struct LiveState
{
    Q_DECLARE_TR_FUNCTIONS(LiveState)

public:
    enum class Kind : int
    {
        Unknown = 0,  // not checked: a channel without a public page, or a delivery not sent
        Checking = 1, // sent; the first look at the public page is under way
        Live = 2,     // the public page shows the update (liveAtMs)
        Pending = 3,  // the public page does not show it yet; looked `attempts` times, `reason` why not
        GaveUp = 4,   // still not shown when the verifier stopped looking
    };

    Kind kind = Kind::Unknown;
    qint64 sinceMs = 0;     // when the wait began: the delivery was sent
    qint64 liveAtMs = 0;    // Live: when a check first saw the update
    qint64 checkedAtMs = 0; // when the last check came back
    int attempts = 0;       // checks that came back
    QString reason;         // why the last check did not count it live, for a person; never a secret
    QString url;            // the public address looked at last (no user info)

    static LiveState checking(qint64 sinceMs);
    static LiveState live(qint64 sinceMs, qint64 liveAtMs, int attempts, const QString& url);
    static LiveState pending(qint64 sinceMs, qint64 checkedAtMs, int attempts, const QString& reason,
                             const QString& url);
    static LiveState gaveUp(qint64 sinceMs, qint64 checkedAtMs, int attempts, const QString& reason,
                            const QString& url);

    // Live and GaveUp are final: nothing is checked after them.
    bool isFinal() const { return kind == Kind::Live || kind == Kind::GaveUp; }

    // The Deliveries tab's cell: "Live since 14:32", "Pending for 2 min", "Checking…", "Not live after
    // 30 min", "—". Times in the local zone; a pending wait is measured to `nowMs`.
    QString text(qint64 nowMs) const;
    // The cell's tooltip: what was looked at, how many times, and why it does not count yet.
    QString detail() const;
    // "45 s", "2 min", "1 h 05 min".
    static QString durationText(qint64 ms);

    bool operator==(const LiveState&) const = default;
};

Q_DECLARE_METATYPE(LiveState)
