#pragma once

#include "publish/ChannelAdapter.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QVariantMap>

#include <optional>

// Cachet 2.x (`/api/v1`, X-Cachet-Token, answers `data.id`) and 3.x (`/api`, Sanctum bearer token,
// JSON:API answers `data.attributes.id`, other component codes). The first message creates the incident
// with the first mapped component's status; later ones post incident updates. Every mapped component is
// then set with PUT /components/{id} (operational on resolve).
//
// Cachet has no idempotency key. The incident's id is noted in the attempt's journal as soon as Cachet
// answers, before the component statuses; and an attempt that may already have been sent (a crash, a lost
// answer) first looks: for a new incident, the latest incidents for one with the same name and text; for an
// update, the incident's newest update for the same text. Setting a component status again is harmless.
//
// Settings: `api_base` (the site, e.g. https://status.example.org), `version` (2 or 3; fixed when the
// adapter is registered as cachet2/cachet3), `components` (Vigie service name -> component id),
// `visible` (default true), `timeout_ms`. Secret: `api_token`.
class CachetAdapter final : public ChannelAdapter
{
    Q_DECLARE_TR_FUNCTIONS(CachetAdapter)

public:
    // 0: type "cachet", the version comes from the `version` setting; 2 or 3: type "cachet2"/"cachet3".
    explicit CachetAdapter(int version = 0) : m_version(version) {}

    QString type() const override;
    DeliveryOutcome deliver(const OutboundMessage& message, const ChannelConfig& channel,
                            const Secrets& secrets, HttpClient& client) override;
    DeliveryOutcome test(const ChannelConfig& channel, const Secrets& secrets, HttpClient& client) override;

    // Incident codes (both versions): 1 investigating, 2 identified, 3 watching, 4 fixed; 0 scheduled (2.x)
    // or unknown (3.x). An update must carry 1..4.
    static int incidentStatusCode(const Incident& incident, bool resolves, bool forUpdate);
    // Component codes: 2.x 1 operational, 2 performance issues, 3 partial, 4 major (no maintenance code:
    // performance issues); 3.x the same plus 6 under maintenance.
    static int componentStatusCode(int version, Impact impact, bool resolves);
    // (component id, code) for the affected services named in `components`, in the incident's order.
    static QList<QPair<int, int>> componentStatuses(int version, const Incident& incident,
                                                    const QVariantMap& components, bool resolves);

private:
    struct Api;
    int versionFor(const ChannelConfig& channel) const;
    // The incident or update an earlier attempt of this message created, by its text: sets `*found` (an
    // incident id, or "yes" for an update) and returns nullopt, or returns the failed lookup.
    static std::optional<DeliveryOutcome> findEarlierIncident(const Api& api, const QString& name,
                                                              const QString& text, QString* found);
    static std::optional<DeliveryOutcome> findEarlierUpdate(const Api& api, const QString& incidentId,
                                                            const QString& text, bool* found);

    int m_version = 0;
};
