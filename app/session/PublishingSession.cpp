#include "session/PublishingSession.h"

#include "incident/IncidentDesk.h"
#include "playbook/Playbook.h"
#include "publish/live/LiveCheckPlan.h"
#include "publish/live/LiveVerifier.h"
#include "publish/Outbox.h"
#include "session/IncidentSession.h"
#include "session/MonitoringSession.h"
#include "statuspage/StatusSnapshotSource.h"
#include "time/Clock.h"

#include <QEventLoop>
#include <QLocale>
#include <QTimer>

PublishingSession::PublishingSession(MonitoringSession& monitoring, IncidentSession& incidents,
                                     const Clock& clock, std::shared_ptr<const AdapterRegistry> adapters,
                                     std::shared_ptr<const SecretResolver> secrets, OutboxOptions options,
                                     std::shared_ptr<StatusSnapshotSource> snapshots, QObject* parent)
    : QObject(parent), m_monitoring(monitoring), m_incidents(incidents), m_clock(clock),
      m_outbox(std::make_unique<Outbox>(clock, std::move(adapters), std::move(secrets), options)),
      m_live(
          std::make_unique<LiveVerifier>(clock, LiveVerifier::Options{options.liveChecks, options.http, 2})),
      m_liveGiveUpAfterMs(LiveSchedule(options.liveChecks).options().giveUpAfterMs),
      m_snapshots(std::move(snapshots))
{
    connect(m_live.get(), &LiveVerifier::liveStateChanged, this, &PublishingSession::liveStateChanged);
    connect(m_outbox.get(), &Outbox::channelRefreshed, this, &PublishingSession::onChannelRefreshed);
    if (m_snapshots)
        feedSnapshots();
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
        // Nothing records what was seen live: the recent sends are looked for again, the old ones were
        // either seen or given up on before the stop.
        const qint64 now = m_clock.nowMs();
        for (const Delivery& delivery : all) {
            if (delivery.state == Delivery::State::Sent && now - delivery.sentAtMs < m_liveGiveUpAfterMs)
                verifyLive(delivery);
        }
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
    m_live.reset(); // no new look at a public page; one under way ends within its timeout
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

LiveState PublishingSession::liveState(const QString& deliveryId) const
{
    return m_live ? m_live->state(deliveryId) : LiveState();
}

void PublishingSession::verifyLive(const Delivery& delivery)
{
    if (!m_live)
        return;
    const ChannelConfig* channel = nullptr;
    for (const ChannelConfig& candidate : m_outbox->channels()) {
        if (candidate.name == delivery.channelName)
            channel = &candidate;
    }
    const MessageDraft* draft = m_incidents.desk().draft(delivery.draftId);
    if (!channel || !draft)
        return;
    if (const std::optional<LiveCheckPlan> plan = LiveCheckPlan::forDelivery(*channel, delivery, *draft))
        m_live->watch(*plan);
}

void PublishingSession::onDeliveryChanged(const Delivery& delivery)
{
    const auto it = m_deliveries.find(delivery.id);
    const bool becameSent = delivery.state == Delivery::State::Sent &&
                            (it == m_deliveries.end() || it->state != Delivery::State::Sent);
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
    if (becameSent)
        verifyLive(delivery);
}

void PublishingSession::feedSnapshots()
{
    m_snapshots->setServices(m_monitoring.services());
    const auto services = [this] { m_snapshots->setServices(m_monitoring.services()); };
    connect(&m_monitoring, &MonitoringSession::serviceAdded, this, services);
    connect(&m_monitoring, &MonitoringSession::serviceUpdated, this, services);
    connect(&m_monitoring, &MonitoringSession::serviceRemoved, this, services);
    connect(&m_monitoring, &MonitoringSession::summariesReady, this,
            [this](const QList<ServiceSummary>& summaries) { m_snapshots->setStates(summaries); });
    connect(&m_monitoring, &MonitoringSession::stateChanged, this, [this](const StateChange& change) {
        m_snapshots->setState(change.serviceId, change.to, change.atMs);
    });
    m_monitoring.requestSummaries();
    IncidentDesk& desk = m_incidents.desk();
    connect(&desk, &IncidentDesk::incidentAdded, this, &PublishingSession::feedIncidents);
    connect(&desk, &IncidentDesk::incidentChanged, this, &PublishingSession::feedIncidents);
    connect(&desk, &IncidentDesk::draftChanged, this, &PublishingSession::feedIncidents);
    connect(&desk, &IncidentDesk::eventAppended, this, &PublishingSession::feedIncidents);
    connect(&desk, &IncidentDesk::loaded, this, &PublishingSession::feedIncidents);
    feedIncidents();
}

void PublishingSession::feedIncidents()
{
    const IncidentDesk& desk = m_incidents.desk();
    QList<IncidentRecord> records;
    for (const QString& id : desk.incidentIds()) {
        if (const IncidentRecord* record = desk.record(id))
            records.append(*record);
    }
    m_snapshots->setIncidents(records);
}

QList<ChannelConfig> PublishingSession::fallbackChannels(bool sandbox) const
{
    QList<ChannelConfig> found;
    for (const ChannelConfig& channel : m_outbox->channels()) {
        if (channel.type == QLatin1String("fallback-page") && channel.sandbox == sandbox)
            found.append(channel);
    }
    return found;
}

std::optional<QString> PublishingSession::switchToFallbackPage(const QString& incidentId)
{
    const std::optional<Incident> incident = m_incidents.desk().incident(incidentId);
    if (!incident)
        return tr("The incident no longer exists.");
    const QList<ChannelConfig> channels = fallbackChannels(incident->drill);
    if (channels.isEmpty())
        return incident->drill ? tr("No sandbox fallback page is configured: a drill publishes only to a "
                                    "sandbox. Add a fallback-page channel marked sandbox under Publishing › "
                                    "Channels.")
                               : tr("No fallback status page is configured. Add a fallback-page channel "
                                    "under Publishing › Channels.");
    if (!m_snapshots)
        return tr("This Vigie cannot render the fallback page.");
    feedIncidents(); // the page shows the incident as it stands this instant
    for (const ChannelConfig& channel : channels) {
        m_switching.insert(channel.name, incidentId);
        m_outbox->refreshChannel(channel.name);
    }
    return std::nullopt;
}

void PublishingSession::onChannelRefreshed(const QString& channelName, const DeliveryOutcome& outcome)
{
    const QString incidentId = m_switching.take(channelName);
    if (incidentId.isEmpty())
        return;
    IncidentDesk& desk = m_incidents.desk();
    if (outcome.kind == DeliveryOutcome::Kind::Sent) {
        desk.recordFallbackPage(incidentId, channelName, outcome.externalId);
        // The step is done by the switch itself; when the playbook has none, there is nothing to tick.
        for (const PlaybookStep& step : m_incidents.playbook().steps) {
            if (step.action != PlaybookStep::Action::FallbackPage)
                continue;
            const IncidentRecord* record = desk.record(incidentId);
            const bool done =
                record && std::any_of(record->incident.marks.cbegin(), record->incident.marks.cend(),
                                      [&step](const ChecklistMark& mark) {
                                          return mark.stepId == step.id &&
                                                 mark.state == ChecklistMark::State::Done;
                                      });
            if (!done)
                desk.markStep(incidentId, step.id, 1, ChecklistMark::State::Done,
                              step.title.text(QLocale().name()));
            break;
        }
    } else {
        desk.recordFallbackPageProblem(incidentId, channelName, outcome.message);
    }
    Q_EMIT fallbackPagePublished(incidentId, channelName, outcome);
}
