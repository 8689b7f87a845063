#pragma once

#include "publish/ChannelAdapter.h"
#include "publish/HttpExchange.h"
#include "time/Clock.h"

#include <QCoreApplication>
#include <QVariantMap>

#include <optional>

// A JSON webhook for everything else (type `webhook`). Settings: `url` (or the secret `webhook_url` when the
// address itself is secret), `method` (POST, PUT or PATCH; default POST), `headers` (a map; a value may
// quote a secret as {{secret:name}}), `body` (a Mustache template; default a JSON object of the main facts),
// `id_field` (a dotted path into the JSON answer to keep as the external id), `test_url` (an address test()
// may GET with the same headers), and `language` / `time_zone` / `status_page_url` for the facts.
// The template sees the message facts (reference, title, status, services...) plus `message` (the approved
// text), `subject`, `sequence`, `resolves`, `idempotency_key`, `channel` and `incident_id`; with a JSON
// Content-Type every {{value}} is escaped as the inside of a JSON string (so write "{{title}}" with the
// quotes) and the result must parse as JSON. A fact the incident lacks fails the delivery, naming it.
//
// Exactly once: every request carries an Idempotency-Key header with the delivery's key (also the template's
// `idempotency_key`), the same on every attempt of a message on the channel, across retries and restarts
// after a crash. A receiver that remembers the keys it took and answers a repeat as it answered the first
// (as payment and messaging APIs do) gets each message once; one that ignores the key may see a message twice
// when Vigie stopped after sending it and before recording the answer.
class GenericWebhookAdapter final : public ChannelAdapter
{
    Q_DECLARE_TR_FUNCTIONS(GenericWebhookAdapter)

public:
    explicit GenericWebhookAdapter(const Clock& clock = SystemClock::instance()) : m_clock(clock) {}

    QString type() const override { return QStringLiteral("webhook"); }
    DeliveryOutcome deliver(const OutboundMessage& message, const ChannelConfig& channel,
                            const Secrets& secrets, HttpClient& client) override;
    DeliveryOutcome test(const ChannelConfig& channel, const Secrets& secrets, HttpClient& client) override;

    // The variables a body template sees for this message.
    QVariantMap variables(const OutboundMessage& message, const ChannelConfig& channel) const;

private:
    struct Target
    {
        HttpRequest request; // method, url and headers; no body yet
        QList<QByteArray> sensitive;
        bool json = true;
    };
    std::optional<Target> target(const ChannelConfig& channel, const Secrets& secrets, QString* error) const;
    // The body for `variables`, or nullopt with `error` set (a missing fact, invalid Mustache or JSON).
    std::optional<QByteArray> body(const ChannelConfig& channel, const QVariantMap& variables, bool json,
                                   QString* error) const;

    const Clock& m_clock;
};
