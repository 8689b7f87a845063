#include "session/PublishingSession.h"

#include "incident/IncidentDesk.h"
#include "publish/Outbox.h"
#include "session/IncidentSession.h"
#include "session/MonitoringSession.h"

#include <QEventLoop>
#include <QTimer>

PublishingSession::PublishingSession(MonitoringSession& monitoring, IncidentSession& incidents,
                                     const Clock& clock, std::shared_ptr<const AdapterRegistry> adapters,
                                     std::shared_ptr<const SecretResolver> secrets, OutboxOptions options,
                                     QObject* parent)
    : QObject(parent), m_monitoring(monitoring), m_incidents(incidents),
      m_outbox(std::make_unique<Outbox>(clock, std::move(adapters), std::move(secrets), options))
{
    m_outbox->setChannels(m_monitoring.channels());
    connect(&m_monitoring, &MonitoringSession::channelsChanged, this,
            [this](const QList<ChannelConfig>& channels) {
                m_outbox->setChannels(channels);
                Q_EMIT channelsChanged(channels);
            });
    connect(m_outbox.get(), &Outbox::deliveryChanged, this, &PublishingSession::onDeliveryChanged);
    connect(m_outbox.get(), &Outbox::published, this, [this](const QString& draftId, const QString& channel) {
        if (const auto problem = m_incidents.desk().markPublished(draftId, channel))
            Q_EMIT errorOccurred(*problem);
    });
    connect(m_outbox.get(), &Outbox::channelTested, this, &PublishingSession::channelTested);
    connect(m_outbox.get(), &Outbox::errorOccurred, this, &PublishingSession::errorOccurred);
    connect(m_outbox.get(), &Outbox::deliveriesLoaded, this, [this](const QList<Delivery>& all) {
        m_deliveries.clear();
        m_order.clear();
        for (const Delivery& delivery : all) {
            m_deliveries.insert(delivery.id, delivery);
            m_order.append(delivery.id);
            // A stop between the outbox recording a send and the desk recording it would leave the draft
            // looking unpublished: the outbox is the authority on what went out.
            const MessageDraft* draft = m_incidents.desk().draft(delivery.draftId);
            if (delivery.state == Delivery::State::Sent && draft &&
                draft->state == MessageDraft::State::Approved)
                m_incidents.desk().markPublished(delivery.draftId, delivery.channelName);
        }
        Q_EMIT deliveriesReset();
    });
}

PublishingSession::~PublishingSession()
{
    close();
}

std::optional<QString> PublishingSession::open(const QString& databasePath)
{
    const DbResult<bool> opened = m_outbox->open(databasePath);
    if (!opened.ok())
        return opened.error;
    // Start-up is the one time this thread waits: the window shows each channel's state from the start.
    QEventLoop loop;
    bool loaded = false;
    auto done = connect(this, &PublishingSession::deliveriesReset, &loop, [&] {
        loaded = true;
        loop.quit();
    });
    auto failed = connect(m_outbox.get(), &Outbox::errorOccurred, &loop, [&] { loop.quit(); });
    QTimer::singleShot(30'000, &loop, &QEventLoop::quit);
    m_outbox->loadDeliveries();
    loop.exec();
    disconnect(done);
    disconnect(failed);
    if (!loaded)
        return tr("The outbox in %1 could not be read at start-up.").arg(databasePath);
    return std::nullopt;
}

void PublishingSession::close()
{
    if (m_outbox && m_outbox->isOpen())
        m_outbox->close();
}

const QList<ChannelConfig>& PublishingSession::channels() const
{
    return m_outbox->channels();
}

QList<ChannelConfig> PublishingSession::channelsFor(const MessageDraft& draft, const Incident& incident) const
{
    QList<ChannelConfig> fitting;
    for (const ChannelConfig& channel : m_outbox->channels()) {
        if (channel.messageKind == draft.channel && channel.sandbox == incident.drill)
            fitting.append(channel);
    }
    return fitting;
}

std::optional<QString> PublishingSession::publish(const QString& draftId, const QStringList& channelNames)
{
    const IncidentDesk& desk = m_incidents.desk();
    const MessageDraft* draft = desk.draft(draftId);
    if (!draft)
        return tr("The message draft no longer exists.");
    const std::optional<Incident> incident = desk.incident(draft->incidentId);
    if (!incident)
        return tr("The message's incident no longer exists.");
    return m_outbox->enqueue(*draft, *incident, channelNames);
}

void PublishingSession::retry(const QString& deliveryId)
{
    m_outbox->retry(deliveryId);
}

void PublishingSession::cancel(const QString& deliveryId)
{
    m_outbox->cancel(deliveryId);
}

void PublishingSession::testChannel(const QString& channelName)
{
    m_outbox->testChannel(channelName);
}

QList<Delivery> PublishingSession::deliveries() const
{
    QList<Delivery> all;
    all.reserve(m_order.size());
    for (const QString& id : m_order)
        all.append(m_deliveries.value(id));
    return all;
}

QList<Delivery> PublishingSession::deliveriesOf(const QString& incidentId) const
{
    QList<Delivery> some;
    for (const QString& id : m_order) {
        const Delivery& delivery = m_deliveries[id];
        if (delivery.incidentId == incidentId)
            some.append(delivery);
    }
    return some;
}

std::optional<Delivery> PublishingSession::delivery(const QString& deliveryId) const
{
    const auto it = m_deliveries.constFind(deliveryId);
    if (it == m_deliveries.constEnd())
        return std::nullopt;
    return *it;
}

void PublishingSession::onDeliveryChanged(const Delivery& delivery)
{
    const auto it = m_deliveries.find(delivery.id);
    const bool becameProblem =
        (delivery.state == Delivery::State::Failed || delivery.state == Delivery::State::Cancelled) &&
        (it == m_deliveries.end() || it->state != delivery.state);
    if (it == m_deliveries.end()) {
        m_deliveries.insert(delivery.id, delivery);
        m_order.append(delivery.id);
    } else {
        *it = delivery;
    }
    if (becameProblem) {
        const QString problem = delivery.state == Delivery::State::Cancelled
                                    ? tr("cancelled by the commander")
                                    : delivery.lastError;
        if (const auto error =
                m_incidents.desk().recordDeliveryProblem(delivery.draftId, delivery.channelName, problem))
            Q_EMIT errorOccurred(*error);
    }
    Q_EMIT deliveryChanged(delivery);
}
