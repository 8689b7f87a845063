#pragma once

#include "publish/ChannelConfig.h"
#include "publish/Delivery.h"
#include "publish/DeliveryOutcome.h"
#include "publish/OutboxOptions.h"
#include "publish/RetryPolicy.h"
#include "store/Database.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QTimer>

#include <memory>
#include <optional>

class Clock;
class DeliverySender;
struct OutboundMessage;

// The outbox's bookkeeping, in the outbox thread, on its own connection to the history database. It stores
// what is queued (committed before anything is sent), takes the due deliveries one at a time, marks each
// `sending` (committed) and hands it to the DeliverySender in the sending thread; the outcome comes back
// here and is recorded, with the channel's thread, in one transaction before the next attempt starts. During
// the attempt the adapter may note its progress through a journal (committed here while it waits), which a
// crash leaves to the next attempt along with the mark that the message may already be out.
class OutboxWorker : public QObject
{
    Q_OBJECT

public:
    OutboxWorker(const Clock& clock, const OutboxOptions& options, DeliverySender* sender,
                 QObject* parent = nullptr);
    ~OutboxWorker() override;

    // Opens the file (migrating it if needed) and puts deliveries a crash left `sending` back in line.
    DbResult<bool> open(const QString& path);
    // No new attempt starts after this; the one under way still gets recorded.
    void stopSending();
    void close();

    void setChannels(const QList<ChannelConfig>& channels);
    // Stores the deliveries (one transaction) and then looks for work. A draft already queued on a channel
    // stays as it is and is reported as it stands.
    void enqueue(const QList<Delivery>& deliveries, const QByteArray& message);
    void loadAll();
    void testChannel(const QString& channelName);
    // Publishes the channel's current state with no message (the fallback page's switch-over).
    void refreshChannel(const QString& channelName);
    // The commander's hands on one delivery: try a failed or waiting one again now, or withdraw one that
    // has not gone out. A refusal comes back as errorOccurred.
    void retryNow(const QString& deliveryId);
    void cancel(const QString& deliveryId);

    // From the sending thread.
    void onDelivered(const QString& deliveryId, const DeliveryOutcome& outcome);
    // The attempt under way notes its progress (OutboxAttemptJournal); true once committed.
    bool noteProgress(const QString& deliveryId, const QJsonObject& progress);

Q_SIGNALS:
    void deliveryChanged(const Delivery& delivery);
    void published(const QString& draftId, const QString& channelName);
    void channelTested(const QString& channelName, const DeliveryOutcome& outcome);
    void channelRefreshed(const QString& channelName, const DeliveryOutcome& outcome);
    void deliveriesLoaded(const QList<Delivery>& deliveries);
    void errorOccurred(const QString& message);

private:
    struct Unrecorded
    {
        Delivery delivery;
        DeliveryOutcome outcome;
    };

    void startNext();
    void scheduleWake();
    // Applies the outcome to the delivery and writes both (and the thread) in one transaction.
    bool record(Delivery delivery, const DeliveryOutcome& outcome);
    std::optional<OutboundMessage> prepare(const Delivery& delivery, ChannelConfig* channel, QString* error);
    void reportError(const QString& message);
    // Writes a changed delivery in its own transaction and reports it; false (and reported) on failure.
    bool save(const Delivery& delivery, const QString& operation);

    const Clock& m_clock;
    OutboxOptions m_options;
    RetryPolicy m_policy;
    DeliverySender* m_sender; // lives in the sending thread
    std::unique_ptr<Database> m_db;
    QHash<QString, ChannelConfig> m_channels;
    QTimer* m_wake = nullptr;
    std::optional<Delivery> m_inFlight;
    std::optional<Unrecorded> m_unrecorded; // an outcome the file refused: retried before any new attempt
    bool m_sending = true;
    QString m_lastError;
};
