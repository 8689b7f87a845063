#include "publish/OutboxWorker.h"

#include "incident/IncidentStatus.h"
#include "publish/DeliverySender.h"
#include "publish/OutboundMessage.h"
#include "publish/OutboxAttemptJournal.h"
#include "store/OutboxDeliveryTable.h"
#include "store/OutboxMessageCodec.h"
#include "store/OutboxThreadTable.h"
#include "time/Clock.h"

#include <algorithm>

namespace {

constexpr int recordRetryMs = 1'000;

} // namespace

OutboxWorker::OutboxWorker(const Clock& clock, const OutboxOptions& options, DeliverySender* sender,
                           QObject* parent)
    : QObject(parent), m_clock(clock), m_options(options), m_policy(options.retry, options.random),
      m_sender(sender)
{
    m_wake = new QTimer(this);
    m_wake->setSingleShot(true);
    connect(m_wake, &QTimer::timeout, this, &OutboxWorker::startNext);
}

OutboxWorker::~OutboxWorker() = default;

DbResult<bool> OutboxWorker::open(const QString& path)
{
    m_db = std::make_unique<Database>();
    DbResult<bool> opened = m_db->open(path);
    if (!opened.ok())
        return opened;
    opened = m_db->setBusyTimeout(m_options.busyTimeoutMs);
    if (!opened.ok())
        return opened;
    // The process died during these attempts: the server may or may not have the message. They are marked
    // so: their adapters check before sending again where the API lets them look (and find what the attempt
    // noted in its journal), and send again with the same idempotency key where the API honours one.
    const QString operation = tr("recover the deliveries interrupted by a stop");
    DbResult<bool> begun = m_db->begin(operation);
    if (!begun.ok())
        return begun;
    DbResult<QList<Delivery>> recovered = OutboxDeliveryTable(*m_db).recoverInterrupted(
        m_clock.nowMs(), tr("interrupted: checking before sending again"));
    if (!recovered.ok()) {
        m_db->rollback();
        return DbResult<bool>::failure(recovered.error);
    }
    DbResult<bool> committed = m_db->commit(operation);
    if (!committed.ok())
        return committed;
    for (const Delivery& delivery : recovered.value)
        Q_EMIT deliveryChanged(delivery);
    m_wake->start(0);
    return committed;
}

void OutboxWorker::stopSending()
{
    m_sending = false;
    m_wake->stop();
}

void OutboxWorker::close()
{
    m_sending = false;
    m_wake->stop();
    if (m_unrecorded) {
        Unrecorded pending = *m_unrecorded;
        m_unrecorded.reset();
        if (!record(pending.delivery, pending.outcome))
            reportError(
                tr("The outcome of the delivery to “%1” could not be saved before closing; it will be "
                   "checked before sending again.")
                    .arg(pending.delivery.channelName));
    }
    if (m_db)
        m_db->close();
}

void OutboxWorker::setChannels(const QList<ChannelConfig>& channels)
{
    m_channels.clear();
    for (const ChannelConfig& channel : channels)
        m_channels.insert(channel.name, channel);
    if (!m_wake->isActive())
        m_wake->start(0);
}

void OutboxWorker::reportError(const QString& message)
{
    if (message == m_lastError)
        return;
    m_lastError = message;
    Q_EMIT errorOccurred(message);
}

void OutboxWorker::enqueue(const QList<Delivery>& deliveries, const QByteArray& message)
{
    if (!m_db || !m_db->isOpen()) {
        reportError(tr("Could not queue the message: the outbox is not open."));
        return;
    }
    const QString operation = tr("queue a message for %n channel(s)", nullptr, int(deliveries.size()));
    DbResult<bool> done = m_db->begin(operation);
    OutboxDeliveryTable table(*m_db);
    for (const Delivery& delivery : deliveries) {
        if (!done.ok())
            break;
        done = table.insert(delivery, message);
    }
    if (done.ok())
        done = m_db->commit(operation);
    else
        m_db->rollback();
    if (!done.ok()) {
        reportError(tr("The message was not queued: %1").arg(done.error));
        return;
    }
    for (const Delivery& delivery : deliveries) {
        DbResult<Delivery> stored = table.findByDraft(delivery.draftId, delivery.channelName);
        if (stored.ok() && !stored.value.id.isEmpty())
            Q_EMIT deliveryChanged(stored.value);
    }
    if (!m_inFlight)
        m_wake->start(0);
}

void OutboxWorker::loadAll()
{
    if (!m_db || !m_db->isOpen()) {
        reportError(tr("Could not read the outbox: it is not open."));
        return;
    }
    DbResult<QList<Delivery>> all = OutboxDeliveryTable(*m_db).all();
    if (!all.ok()) {
        reportError(all.error);
        return;
    }
    Q_EMIT deliveriesLoaded(all.value);
}

void OutboxWorker::testChannel(const QString& channelName)
{
    const auto it = m_channels.constFind(channelName);
    if (it == m_channels.constEnd()) {
        Q_EMIT channelTested(channelName,
                             DeliveryOutcome::failed(tr("There is no channel named “%1”.").arg(channelName)));
        return;
    }
    const ChannelConfig channel = *it;
    DeliverySender* sender = m_sender;
    QMetaObject::invokeMethod(
        sender,
        [this, sender, channel] {
            const DeliveryOutcome outcome = sender->test(channel);
            QMetaObject::invokeMethod(
                this, [this, channel, outcome] { Q_EMIT channelTested(channel.name, outcome); },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void OutboxWorker::refreshChannel(const QString& channelName)
{
    const auto it = m_channels.constFind(channelName);
    if (it == m_channels.constEnd()) {
        Q_EMIT channelRefreshed(
            channelName, DeliveryOutcome::failed(tr("There is no channel named “%1”.").arg(channelName)));
        return;
    }
    const ChannelConfig channel = *it;
    DeliverySender* sender = m_sender;
    // In the sending thread like deliveries, so that a refresh and a message never upload at once.
    QMetaObject::invokeMethod(
        sender,
        [this, sender, channel] {
            const DeliveryOutcome outcome = sender->refresh(channel);
            QMetaObject::invokeMethod(
                this, [this, channel, outcome] { Q_EMIT channelRefreshed(channel.name, outcome); },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

bool OutboxWorker::save(const Delivery& delivery, const QString& operation)
{
    DbResult<bool> done = m_db->begin(operation);
    if (done.ok())
        done = OutboxDeliveryTable(*m_db).update(delivery);
    if (done.ok())
        done = m_db->commit(operation);
    else
        m_db->rollback();
    if (!done.ok()) {
        reportError(done.error);
        return false;
    }
    Q_EMIT deliveryChanged(delivery);
    return true;
}

void OutboxWorker::retryNow(const QString& deliveryId)
{
    if (!m_db || !m_db->isOpen()) {
        reportError(tr("Could not retry: the outbox is not open."));
        return;
    }
    DbResult<Delivery> found = OutboxDeliveryTable(*m_db).find(deliveryId);
    if (!found.ok() || found.value.id.isEmpty()) {
        reportError(found.ok() ? tr("That delivery is no longer in the outbox.") : found.error);
        return;
    }
    Delivery delivery = found.value;
    if (!delivery.canRetry()) {
        reportError(delivery.state == Delivery::State::Sent
                        ? tr("The message was already published on “%1”: it is not sent twice.")
                              .arg(delivery.channelName)
                        : tr("The delivery to “%1” is already under way.").arg(delivery.channelName));
        return;
    }
    const qint64 now = m_clock.nowMs();
    delivery.state = Delivery::State::Retrying;
    delivery.nextAttemptAtMs = now;
    delivery.updatedAtMs = now;
    // A manual retry gets the policy's attempts afresh; its age limit still counts from the queueing, so
    // a day-old message is tried once more and then left to the commander.
    delivery.attempts = 0;
    if (save(delivery, tr("retry the delivery to %1").arg(delivery.channelName)) && !m_inFlight)
        m_wake->start(0);
}

void OutboxWorker::cancel(const QString& deliveryId)
{
    if (!m_db || !m_db->isOpen()) {
        reportError(tr("Could not cancel: the outbox is not open."));
        return;
    }
    DbResult<Delivery> found = OutboxDeliveryTable(*m_db).find(deliveryId);
    if (!found.ok() || found.value.id.isEmpty()) {
        reportError(found.ok() ? tr("That delivery is no longer in the outbox.") : found.error);
        return;
    }
    Delivery delivery = found.value;
    if (!delivery.canCancel()) {
        reportError(delivery.state == Delivery::State::Sent
                        ? tr("The message is already published on “%1”: it cannot be cancelled.")
                              .arg(delivery.channelName)
                        : tr("The message is being sent to “%1” right now: it can no longer be cancelled.")
                              .arg(delivery.channelName));
        return;
    }
    delivery.state = Delivery::State::Cancelled;
    delivery.updatedAtMs = m_clock.nowMs();
    if (save(delivery, tr("cancel the delivery to %1").arg(delivery.channelName)) && !m_inFlight)
        m_wake->start(0); // the next message of the line may go now
}

std::optional<OutboundMessage> OutboxWorker::prepare(const Delivery& delivery, ChannelConfig* channel,
                                                     QString* error)
{
    const auto it = m_channels.constFind(delivery.channelName);
    if (it == m_channels.constEnd()) {
        *error = tr("The channel “%1” is no longer in the workspace.").arg(delivery.channelName);
        return std::nullopt;
    }
    *channel = *it;
    OutboxDeliveryTable deliveries(*m_db);
    DbResult<QByteArray> json = deliveries.message(delivery.id);
    OutboundMessage message;
    if (!json.ok() || !OutboxMessageCodec::decode(json.value, &message.draft, &message.incident)) {
        *error = json.ok() ? tr("The stored message of this delivery cannot be read.") : json.error;
        return std::nullopt;
    }
    if (message.incident.drill != channel->sandbox) {
        *error =
            message.incident.drill
                ? tr("“%1” is not a sandbox channel: a drill publishes only to sandbox channels.")
                      .arg(channel->name)
                : tr("“%1” is a sandbox channel: a real incident never publishes to it.").arg(channel->name);
        return std::nullopt;
    }
    DbResult<QJsonObject> thread = OutboxThreadTable(*m_db).thread(delivery.incidentId, delivery.channelName);
    DbResult<int> sent = deliveries.sentCount(delivery.incidentId, delivery.channelName);
    DbResult<QJsonObject> progress = deliveries.progress(delivery.id);
    if (!thread.ok() || !sent.ok() || !progress.ok()) {
        *error = !thread.ok() ? thread.error : !sent.ok() ? sent.error : progress.error;
        return std::nullopt;
    }
    message.deliveryId = delivery.id;
    message.idempotencyKey = delivery.idempotencyKey;
    message.sequence = sent.value + 1;
    message.resolves = isClosedStatus(message.incident.status);
    message.thread = thread.value;
    message.mayHaveBeenSent = delivery.mayHaveBeenSent;
    message.progress = progress.value;
    return message;
}

void OutboxWorker::startNext()
{
    if (!m_sending || m_inFlight || !m_db || !m_db->isOpen())
        return;
    if (m_unrecorded) {
        Unrecorded pending = *m_unrecorded;
        m_unrecorded.reset();
        if (!record(pending.delivery, pending.outcome))
            return; // kept again, with its retry timer
    }
    const qint64 now = m_clock.nowMs();
    OutboxDeliveryTable table(*m_db);
    DbResult<Delivery> due = table.nextDue(now);
    if (!due.ok()) {
        reportError(due.error);
        m_wake->start(recordRetryMs);
        return;
    }
    if (due.value.id.isEmpty()) {
        scheduleWake();
        return;
    }
    Delivery delivery = due.value;
    delivery.state = Delivery::State::Sending;
    delivery.attempts += 1;
    delivery.updatedAtMs = now;
    const QString operation = tr("mark a delivery to %1 as sending").arg(delivery.channelName);
    DbResult<bool> marked = m_db->begin(operation);
    if (marked.ok())
        marked = table.update(delivery);
    if (marked.ok())
        marked = m_db->commit(operation);
    else
        m_db->rollback();
    if (!marked.ok()) {
        reportError(marked.error);
        m_wake->start(recordRetryMs);
        return;
    }
    m_lastError.clear();
    Q_EMIT deliveryChanged(delivery);

    ChannelConfig channel;
    QString error;
    std::optional<OutboundMessage> message = prepare(delivery, &channel, &error);
    if (!message) {
        record(delivery, DeliveryOutcome::failed(error));
        m_wake->start(0);
        return;
    }
    m_inFlight = delivery;
    DeliverySender* sender = m_sender;
    message->journal = std::make_shared<OutboxAttemptJournal>(this, delivery.id);
    const OutboundMessage outbound = *message;
    const QString id = delivery.id;
    QMetaObject::invokeMethod(
        sender,
        [this, sender, outbound, channel, id] {
            const DeliveryOutcome outcome = sender->deliver(outbound, channel);
            QMetaObject::invokeMethod(
                this, [this, id, outcome] { onDelivered(id, outcome); }, Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void OutboxWorker::scheduleWake()
{
    DbResult<qint64> next = OutboxDeliveryTable(*m_db).nextDueAt();
    if (!next.ok()) {
        reportError(next.error);
        m_wake->start(recordRetryMs);
        return;
    }
    if (next.value < 0) {
        m_wake->start(m_options.maxIdleWaitMs);
        return;
    }
    const qint64 wait = std::clamp(next.value - m_clock.nowMs(), qint64(0), qint64(m_options.maxIdleWaitMs));
    m_wake->start(int(wait));
}

void OutboxWorker::onDelivered(const QString& deliveryId, const DeliveryOutcome& outcome)
{
    if (!m_inFlight || m_inFlight->id != deliveryId)
        return;
    const Delivery delivery = *m_inFlight;
    m_inFlight.reset();
    if (!record(delivery, outcome))
        return;
    if (m_sending)
        m_wake->start(0);
}

bool OutboxWorker::noteProgress(const QString& deliveryId, const QJsonObject& progress)
{
    if (!m_inFlight || m_inFlight->id != deliveryId || !m_db || !m_db->isOpen())
        return false;
    const QString operation = tr("note the progress of the delivery to %1").arg(m_inFlight->channelName);
    DbResult<bool> done = m_db->begin(operation);
    if (done.ok())
        done = OutboxDeliveryTable(*m_db).setProgress(deliveryId, progress);
    if (done.ok())
        done = m_db->commit(operation);
    else
        m_db->rollback();
    if (!done.ok()) {
        reportError(done.error);
        return false;
    }
    return true;
}

bool OutboxWorker::record(Delivery delivery, const DeliveryOutcome& outcome)
{
    const qint64 now = m_clock.nowMs();
    delivery.updatedAtMs = now;
    switch (outcome.kind) {
    case DeliveryOutcome::Kind::Sent:
        delivery.state = Delivery::State::Sent;
        delivery.externalId = outcome.externalId;
        delivery.sentAtMs = now;
        // A note for the commander when there is one ("published, but a component was not set", "handed to
        // the mail server before Vigie stopped; not confirmed").
        delivery.lastError = outcome.message;
        break;
    case DeliveryOutcome::Kind::Retry: {
        // Whatever made it fail (a timeout after the request left, a lost answer), the service may have it.
        delivery.mayHaveBeenSent = true;
        const RetryPolicy::Decision decision = m_policy.afterFailure(
            delivery.attempts, now - delivery.createdAtMs, outcome.retryAfterMs, outcome.message);
        if (decision.giveUp) {
            delivery.state = Delivery::State::Failed;
            delivery.lastError = decision.finalError;
        } else {
            delivery.state = Delivery::State::Retrying;
            delivery.nextAttemptAtMs = now + decision.delayMs;
            delivery.lastError = outcome.message;
        }
        break;
    }
    case DeliveryOutcome::Kind::Failed:
        delivery.state = Delivery::State::Failed;
        delivery.lastError = outcome.message;
        break;
    }
    const QString operation = tr("record the delivery to %1").arg(delivery.channelName);
    DbResult<bool> done = m_db && m_db->isOpen() ? m_db->begin(operation)
                                                 : DbResult<bool>::failure(tr("The outbox is not open."));
    if (done.ok())
        done = OutboxDeliveryTable(*m_db).update(delivery);
    // The attempt's outcome is known now: its journal no longer matters.
    if (done.ok())
        done = OutboxDeliveryTable(*m_db).setProgress(delivery.id, QJsonObject());
    // Kept whatever the outcome: an adapter that got part way (a status page incident created before its
    // components failed, a mail sent to some recipients) says so, and the retry must not redo that part.
    if (done.ok() && !outcome.thread.isEmpty())
        done = OutboxThreadTable(*m_db).save(delivery.incidentId, delivery.channelName, outcome.thread, now);
    if (done.ok())
        done = m_db->commit(operation);
    else if (m_db)
        m_db->rollback();
    if (!done.ok()) {
        // Nothing new is sent until this is written: the next message on the channel may need its thread.
        m_unrecorded = Unrecorded{delivery, outcome};
        reportError(tr("%1 The delivery stays marked as sending until it can be recorded.").arg(done.error));
        if (m_sending)
            m_wake->start(recordRetryMs);
        return false;
    }
    m_lastError.clear();
    Q_EMIT deliveryChanged(delivery);
    if (delivery.state == Delivery::State::Sent)
        Q_EMIT published(delivery.draftId, delivery.channelName);
    return true;
}
