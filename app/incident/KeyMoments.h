#pragma once

#include <QList>
#include <QString>
#include <QtGlobal>

#include <optional>

// The moments of an incident from which Vigie computes its response times. Each is UTC ms since epoch, 0 when
// not reached yet. Definitions (the usual ones, stated so that reports agree):
//   time to detect      = detected     - started
//   time to acknowledge = acknowledged - detected
//   time to mitigate    = mitigated    - started
//   time to resolve     = resolved     - started
struct KeyMoments
{
    enum class Moment : int
    {
        Started = 0,
        Detected = 1,
        Acknowledged = 2,
        Mitigated = 3,
        Resolved = 4,
    };

    qint64 startedMs = 0;
    qint64 detectedMs = 0;
    qint64 acknowledgedMs = 0;
    qint64 mitigatedMs = 0;
    qint64 resolvedMs = 0;

    qint64 at(Moment moment) const;
    void set(Moment moment, qint64 atMs);

    // nullopt while either end is missing. A negative span (moments entered out of order) is returned as it
    // is, so that the UI can point at it rather than hide it.
    std::optional<qint64> timeToDetectMs() const;
    std::optional<qint64> timeToAcknowledgeMs() const;
    std::optional<qint64> timeToMitigateMs() const;
    std::optional<qint64> timeToResolveMs() const;

    // Moments set out of order (detected before started, ...), as translated sentences; empty when coherent.
    QList<QString> inconsistencies() const;

    static QList<Moment> all();
    static QString key(Moment moment);   // "started", "detected", ...
    static QString label(Moment moment); // translated
    static bool fromKey(const QString& key, Moment* out);

    bool operator==(const KeyMoments&) const = default;
};
