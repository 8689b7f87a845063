#pragma once

#include "comms/MessageDraft.h"
#include "incident/Incident.h"
#include "publish/ChannelConfig.h"
#include "publish/Delivery.h"
#include "publish/DeliveryOutcome.h"
#include "publish/OutboxOptions.h"
#include "store/DbResult.h"

#include <QList>
#include <QObject>
#include <QStringList>
#include <QThread>

#include <memory>
#include <optional>

class AdapterRegistry;
class Clock;
class DeliverySender;
class OutboxWorker;
class SecretResolver;

// Publishing as the GUI thread sees it: approved messages go in, and each channel's delivery comes back
// through signals. Nothing queued is lost: enqueue() hands the deliveries to the outbox thread, which
// commits them to the history database before any is sent; a restart after a crash (kill -9 included)
// picks them up. Deliveries are sent one at a time, in queue order within each incident's line on a
// channel (an update waits for the message that creates the incident there), by adapters running in a
// sending thread of their own.
//
// Exactly once: an attempt is marked `sending` (committed) before it starts and its outcome, with what the
// adapter keeps for later messages, is committed before the next starts; mid-attempt the adapter may commit
// notes of its progress (AttemptJournal). An attempt a crash interrupted is the one unknown: it goes back in
// line marked "may have been sent", with its notes and the same idempotency key, and its adapter checks
// before sending again where the API lets it look (docs/channels.md, "Exactly once", says per channel).
class Outbox : public QObject
{
    Q_OBJECT

public:
    Outbox(const Clock& clock, std::shared_ptr<const AdapterRegistry> adapters,
           std::shared_ptr<const SecretResolver> secrets, OutboxOptions options = {},
           QObject* parent = nullptr);
    ~Outbox() override;

    // Starts the threads and opens (or creates and migrates) the file. Blocks until done, at start-up.
    DbResult<bool> open(const QString& path);
    // Lets the attempt under way finish (bounded by its request timeouts), records it and stops. Blocks.
    void close();
    bool isOpen() const { return m_worker != nullptr; }

    void setChannels(const QList<ChannelConfig>& channels);
    const QList<ChannelConfig>& channels() const { return m_channels; }

    // Queues an approved draft of `incident` for each named channel, or refuses the whole request with an
    // error for a person (and queues nothing): a draft not approved, an unknown channel, a channel of
    // another kind, a drill on a channel that is not a sandbox, a real incident on a sandbox. Queueing a
    // draft again on a channel leaves the first delivery as it is.
    std::optional<QString> enqueue(const MessageDraft& approved, const Incident& incident,
                                   const QStringList& channelNames);
    // "Test this channel": runs the adapter's test in the sending thread; answers with channelTested.
    void testChannel(const QString& channelName);
    // Publishes the channel's current state with no message (the fallback page); answers with
    // channelRefreshed.
    void refreshChannel(const QString& channelName);
    // Tries a failed or waiting delivery again now / withdraws one not yet sent; answers with
    // deliveryChanged, or errorOccurred when refused.
    void retry(const QString& deliveryId);
    void cancel(const QString& deliveryId);
    // Answers with deliveriesLoaded.
    void loadDeliveries();

Q_SIGNALS:
    void deliveryChanged(const Delivery& delivery);
    void published(const QString& draftId, const QString& channelName);
    void channelTested(const QString& channelName, const DeliveryOutcome& outcome);
    void channelRefreshed(const QString& channelName, const DeliveryOutcome& outcome);
    void deliveriesLoaded(const QList<Delivery>& deliveries);
    void errorOccurred(const QString& message);

private:
    std::optional<QString> check(const MessageDraft& draft, const Incident& incident,
                                 const QStringList& channelNames) const;
    const ChannelConfig* channel(const QString& name) const;

    const Clock& m_clock;
    std::shared_ptr<const AdapterRegistry> m_adapters;
    std::shared_ptr<const SecretResolver> m_secrets;
    OutboxOptions m_options;
    QList<ChannelConfig> m_channels;
    QThread m_workerThread;
    QThread m_sendThread;
    OutboxWorker* m_worker = nullptr;   // lives in m_workerThread
    DeliverySender* m_sender = nullptr; // lives in m_sendThread
};
