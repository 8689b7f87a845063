#pragma once

#include "publish/ChannelAdapter.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QVariantMap>

// Atlassian Statuspage (manage API v1). The first message creates the incident and the thread keeps its
// id; every later one PATCHes the same incident (status, body, component statuses; operational on resolve).
// Statuspage has no idempotency key, so before creating it looks for an unresolved incident whose
// metadata carries this delivery's key (a create that timed out, or a crash after the POST) and adopts it.
// Every write also leaves the delivery's key in the incident's metadata (`vigie.last_delivery`); an update
// that may already have been sent first reads the incident and is not sent again when the key, or a newest
// incident update with the same text and status, shows it went through.
//
// Settings: `api_base` (https://api.statuspage.io/v1), `page_id`, `components` (Vigie service name ->
// component id), `timeout_ms`. Secret: `api_key`.
class StatuspageAdapter final : public ChannelAdapter
{
    Q_DECLARE_TR_FUNCTIONS(StatuspageAdapter)

public:
    QString type() const override { return QStringLiteral("statuspage"); }
    DeliveryOutcome deliver(const OutboundMessage& message, const ChannelConfig& channel,
                            const Secrets& secrets, HttpClient& client) override;
    DeliveryOutcome test(const ChannelConfig& channel, const Secrets& secrets, HttpClient& client) override;

    // The incident status a message announces: investigating... resolved; scheduled... completed.
    static QString statusFor(const Incident& incident, bool resolves);
    // component id -> status for the affected services named in `components`; operational when resolving.
    static QJsonObject componentStatuses(const Incident& incident, const QVariantMap& components,
                                         bool resolves);

private:
    DeliveryOutcome create(const OutboundMessage& message, const ChannelConfig& channel,
                           const QByteArray& key, HttpClient& client);
    DeliveryOutcome update(const OutboundMessage& message, const ChannelConfig& channel,
                           const QString& incidentId, const QByteArray& key, HttpClient& client);
    // The incident an earlier attempt of this delivery created, if the page has one; or a failed lookup.
    std::optional<DeliveryOutcome> adoptEarlierAttempt(const OutboundMessage& message,
                                                       const ChannelConfig& channel, const QByteArray& key,
                                                       HttpClient& client);
    // The incident as it stands when it already carries this update; nullopt to send it, or a failed read.
    std::optional<DeliveryOutcome> findEarlierUpdate(const OutboundMessage& message,
                                                     const ChannelConfig& channel, const QString& incidentId,
                                                     const QByteArray& key, HttpClient& client);
    static QJsonObject metadata(const OutboundMessage& message, bool creates);
    static DeliveryOutcome sentFor(const QJsonObject& incident, const QJsonObject& thread);
};
