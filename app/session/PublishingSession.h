#pragma once

#include "publish/ChannelConfig.h"
#include "publish/Delivery.h"
#include "publish/DeliveryOutcome.h"
#include "publish/live/LiveState.h"
#include "publish/OutboxOptions.h"

#include <QHash>
#include <QObject>

#include <memory>
#include <optional>

class AdapterRegistry;
class Clock;
class IncidentSession;
class LiveVerifier;
class MonitoringSession;
class Outbox;
class SecretResolver;
class StatusSnapshotSource;
struct Incident;
struct MessageDraft;

// Publishing alongside the incidents: the outbox in the same file, fed with the workspace's channels, and
// the desk told what went out. "Publish" looks the approved draft and its incident up on the desk and fans
// it out to the chosen channels; each delivery that is sent marks the draft published (a timeline line per
// channel), each that fails for good or is cancelled puts a line on the incident's timeline too. Each
// delivery sent to a status page or the fallback page is then looked for on the public page ("Verify
// live", liveStateChanged). The window and the headless mode use it; it owns no widget.
class PublishingSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PublishingSession)

public:
    PublishingSession(MonitoringSession& monitoring, IncidentSession& incidents, const Clock& clock,
                      std::shared_ptr<const AdapterRegistry> adapters,
                      std::shared_ptr<const SecretResolver> secrets, OutboxOptions options = {},
                      std::shared_ptr<StatusSnapshotSource> snapshots = {}, QObject* parent = nullptr);
    ~PublishingSession() override;

    // Opens the outbox in the history file and loads its deliveries. Blocks once, at start-up. Returns an
    // error message fit for a user, or nullopt.
    std::optional<QString> open(const QString& databasePath);
    // Lets a delivery under way finish and be recorded. Blocks, bounded by the request timeouts.
    void close();

    const QList<ChannelConfig>& channels() const;
    // The channels a draft may go to: its kind, and sandboxes for a drill only (real incidents never).
    QList<ChannelConfig> channelsFor(const MessageDraft& draft, const Incident& incident) const;

    // Queues the approved draft for the named channels, or says why nothing was queued.
    std::optional<QString> publish(const QString& draftId, const QStringList& channelNames);
    void retry(const QString& deliveryId);
    void cancel(const QString& deliveryId);
    // "Test this channel": answers with channelTested.
    void testChannel(const QString& channelName);

    // "Switch to the fallback page": pushes a fresh copy of the static page to every fallback-page channel
    // of the incident's kind (sandboxes for a drill) at once, records it on the incident's timeline and
    // ticks the playbook's fallback-page step when it went up. Answers with fallbackPagePublished; returns
    // why nothing was started (no such channel...).
    std::optional<QString> switchToFallbackPage(const QString& incidentId);
    QList<ChannelConfig> fallbackChannels(bool sandbox) const;

    // Every delivery the outbox holds, kept current.
    QList<Delivery> deliveries() const;
    QList<Delivery> deliveriesOf(const QString& incidentId) const; // oldest first
    std::optional<Delivery> delivery(const QString& deliveryId) const;
    // Whether the public page shows a sent delivery (Unknown for a channel without one).
    LiveState liveState(const QString& deliveryId) const;

Q_SIGNALS:
    void deliveryChanged(const Delivery& delivery);
    void deliveriesReset();
    void channelTested(const QString& channelName, const DeliveryOutcome& outcome);
    void channelsChanged(const QList<ChannelConfig>& channels);
    void fallbackPagePublished(const QString& incidentId, const QString& channelName,
                               const DeliveryOutcome& outcome);
    void errorOccurred(const QString& message);
    void liveStateChanged(const QString& deliveryId, const LiveState& state);

private:
    void onDeliveryChanged(const Delivery& delivery);
    // Looks for a sent delivery on its channel's public page, when the channel has one.
    void verifyLive(const Delivery& delivery);
    void onChannelRefreshed(const QString& channelName, const DeliveryOutcome& outcome);
    // Keeps the fallback page's inputs current from the monitoring and the desk.
    void feedSnapshots();
    void feedIncidents();

    MonitoringSession& m_monitoring;
    IncidentSession& m_incidents;
    const Clock& m_clock;
    std::unique_ptr<Outbox> m_outbox;
    std::unique_ptr<LiveVerifier> m_live;
    qint64 m_liveGiveUpAfterMs = 0;
    std::shared_ptr<StatusSnapshotSource> m_snapshots;
    QHash<QString, QString> m_switching;   // fallback channel -> incident it is being switched for
    QHash<QString, Delivery> m_deliveries; // by id
    QList<QString> m_order;                // ids, oldest queued first
};
