#include "publish/Outbox.h"

#include "publish/AdapterRegistry.h"
#include "publish/DeliverySender.h"
#include "publish/OutboxWorker.h"
#include "publish/SecretResolver.h"
#include "store/OutboxMessageCodec.h"
#include "time/Clock.h"

#include <QSet>
#include <QUuid>

namespace {

void registerMetaTypes()
{
    qRegisterMetaType<Delivery>();
    qRegisterMetaType<QList<Delivery>>();
}

} // namespace

Outbox::Outbox(const Clock& clock, std::shared_ptr<const AdapterRegistry> adapters,
               std::shared_ptr<const SecretResolver> secrets, OutboxOptions options, QObject* parent)
    : QObject(parent), m_clock(clock), m_adapters(std::move(adapters)), m_secrets(std::move(secrets)),
      m_options(std::move(options))
{
    registerMetaTypes();
    m_workerThread.setObjectName(QStringLiteral("vigie-outbox"));
    m_sendThread.setObjectName(QStringLiteral("vigie-outbox-send"));
}

Outbox::~Outbox()
{
    close();
}

DbResult<bool> Outbox::open(const QString& path)
{
    close();
    auto* sender = new DeliverySender(m_adapters, m_secrets, m_options.http);
    sender->moveToThread(&m_sendThread);
    connect(&m_sendThread, &QThread::finished, sender, &QObject::deleteLater);
    auto* worker = new OutboxWorker(m_clock, m_options, sender);
    worker->moveToThread(&m_workerThread);
    connect(&m_workerThread, &QThread::finished, worker, &QObject::deleteLater);
    connect(worker, &OutboxWorker::deliveryChanged, this, &Outbox::deliveryChanged);
    connect(worker, &OutboxWorker::published, this, &Outbox::published);
    connect(worker, &OutboxWorker::channelTested, this, &Outbox::channelTested);
    connect(worker, &OutboxWorker::channelRefreshed, this, &Outbox::channelRefreshed);
    connect(worker, &OutboxWorker::deliveriesLoaded, this, &Outbox::deliveriesLoaded);
    connect(worker, &OutboxWorker::errorOccurred, this, &Outbox::errorOccurred);
    m_sendThread.start();
    m_workerThread.start();
    const QList<ChannelConfig> channels = m_channels;
    DbResult<bool> opened;
    QMetaObject::invokeMethod(
        worker,
        [worker, path, channels, &opened] {
            worker->setChannels(channels);
            opened = worker->open(path);
        },
        Qt::BlockingQueuedConnection);
    if (!opened.ok()) {
        QMetaObject::invokeMethod(
            worker, [worker] { worker->close(); }, Qt::BlockingQueuedConnection);
        m_workerThread.quit();
        m_workerThread.wait();
        m_sendThread.quit();
        m_sendThread.wait();
        return opened;
    }
    m_worker = worker;
    m_sender = sender;
    return opened;
}

void Outbox::close()
{
    if (!m_worker)
        return;
    OutboxWorker* worker = m_worker;
    m_worker = nullptr;
    m_sender = nullptr;
    QMetaObject::invokeMethod(
        worker, [worker] { worker->stopSending(); }, Qt::BlockingQueuedConnection);
    // The attempt under way ends (its requests have timeouts) and posts its outcome to the worker before
    // the sending thread stops; close() below runs after that outcome is recorded.
    m_sendThread.quit();
    m_sendThread.wait();
    QMetaObject::invokeMethod(
        worker, [worker] { worker->close(); }, Qt::BlockingQueuedConnection);
    m_workerThread.quit();
    m_workerThread.wait();
}

void Outbox::setChannels(const QList<ChannelConfig>& channels)
{
    m_channels = channels;
    if (!m_worker)
        return;
    OutboxWorker* worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker, channels] { worker->setChannels(channels); }, Qt::QueuedConnection);
}

const ChannelConfig* Outbox::channel(const QString& name) const
{
    for (const ChannelConfig& candidate : m_channels) {
        if (candidate.name == name)
            return &candidate;
    }
    return nullptr;
}

std::optional<QString> Outbox::check(const MessageDraft& draft, const Incident& incident,
                                     const QStringList& channelNames) const
{
    if (draft.state != MessageDraft::State::Approved && draft.state != MessageDraft::State::Published)
        return tr("Only an approved message can be published; this one is %1.")
            .arg(MessageDraft::stateLabel(draft.state).toLower());
    if (draft.id.isEmpty() || incident.id.isEmpty() || draft.incidentId != incident.id)
        return tr("The message does not belong to the incident %1.").arg(incident.reference);
    if (channelNames.isEmpty())
        return tr("Choose at least one channel to publish to.");
    QSet<QString> seen;
    for (const QString& name : channelNames) {
        const ChannelConfig* target = channel(name);
        if (!target)
            return tr("There is no channel named “%1” in the workspace.").arg(name);
        if (seen.contains(name))
            return tr("The channel “%1” is chosen twice.").arg(name);
        seen.insert(name);
        if (target->messageKind != draft.channel)
            return tr("The channel “%1” publishes %2 messages; this message is written for %3.")
                .arg(name, channelKindLabel(target->messageKind).toLower(),
                     channelKindLabel(draft.channel).toLower());
        if (incident.drill && !target->sandbox)
            return tr("%1 is a drill: it publishes only to sandbox channels, and “%2” is not one.")
                .arg(incident.reference, name);
        if (!incident.drill && target->sandbox)
            return tr("“%1” is a sandbox channel for drills; %2 is a real incident and is never published "
                      "there.")
                .arg(name, incident.reference);
    }
    return std::nullopt;
}

std::optional<QString> Outbox::enqueue(const MessageDraft& approved, const Incident& incident,
                                       const QStringList& channelNames)
{
    if (const std::optional<QString> problem = check(approved, incident, channelNames))
        return problem;
    if (!m_worker)
        return tr("The outbox is not open: nothing was queued.");
    const qint64 now = m_clock.nowMs();
    QList<Delivery> deliveries;
    for (const QString& name : channelNames) {
        Delivery delivery;
        delivery.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        delivery.draftId = approved.id;
        delivery.incidentId = incident.id;
        delivery.channelName = name;
        delivery.idempotencyKey = Delivery::idempotencyKeyFor(approved.id, name);
        delivery.nextAttemptAtMs = now;
        delivery.createdAtMs = now;
        delivery.updatedAtMs = now;
        deliveries.append(delivery);
    }
    const QByteArray message = OutboxMessageCodec::encode(approved, incident);
    OutboxWorker* worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker, deliveries, message] { worker->enqueue(deliveries, message); },
        Qt::QueuedConnection);
    return std::nullopt;
}

void Outbox::testChannel(const QString& channelName)
{
    if (!m_worker) {
        Q_EMIT channelTested(
            channelName, DeliveryOutcome::failed(tr("The outbox is not open: the channel was not tested.")));
        return;
    }
    OutboxWorker* worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker, channelName] { worker->testChannel(channelName); }, Qt::QueuedConnection);
}

void Outbox::retry(const QString& deliveryId)
{
    if (!m_worker) {
        Q_EMIT errorOccurred(tr("Could not retry: the outbox is not open."));
        return;
    }
    OutboxWorker* worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker, deliveryId] { worker->retryNow(deliveryId); }, Qt::QueuedConnection);
}

void Outbox::cancel(const QString& deliveryId)
{
    if (!m_worker) {
        Q_EMIT errorOccurred(tr("Could not cancel: the outbox is not open."));
        return;
    }
    OutboxWorker* worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker, deliveryId] { worker->cancel(deliveryId); }, Qt::QueuedConnection);
}

void Outbox::refreshChannel(const QString& channelName)
{
    if (!m_worker) {
        Q_EMIT channelRefreshed(channelName, DeliveryOutcome::failed(tr(
                                                 "The outbox is not open: the channel was not published.")));
        return;
    }
    OutboxWorker* worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker, channelName] { worker->refreshChannel(channelName); }, Qt::QueuedConnection);
}

void Outbox::loadDeliveries()
{
    if (!m_worker) {
        Q_EMIT errorOccurred(tr("Could not read the outbox: it is not open."));
        return;
    }
    OutboxWorker* worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker] { worker->loadAll(); }, Qt::QueuedConnection);
}
