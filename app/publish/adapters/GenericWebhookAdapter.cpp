#include "publish/adapters/GenericWebhookAdapter.h"

#include "comms/MessageContextBuilder.h"
#include "comms/TemplateRenderer.h"
#include "publish/adapters/AdapterSupport.h"
#include "publish/HttpClient.h"
#include "publish/ResponseClassifier.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace {

const QString UrlSecret = QStringLiteral("webhook_url");

QString setting(const ChannelConfig& channel, const char* name)
{
    return channel.settings.value(QString::fromLatin1(name)).toString().trimmed();
}

QJsonObject defaultBody(const QVariantMap& variables)
{
    QJsonObject body;
    for (const char* name : {"reference", "title", "status", "severity", "summary", "services_text",
                             "message", "subject", "idempotency_key", "incident_id"}) {
        if (const QString value = variables.value(QString::fromLatin1(name)).toString(); !value.isEmpty())
            body.insert(QString::fromLatin1(name), value);
    }
    body.insert(QStringLiteral("sequence"), variables.value(QStringLiteral("sequence")).toInt());
    body.insert(QStringLiteral("resolves"), variables.value(QStringLiteral("resolves")).toBool());
    body.insert(QStringLiteral("services"),
                QJsonArray::fromVariantList(variables.value(QStringLiteral("services")).toList()));
    return body;
}

// A stand-in for every variable a template may use, to check a template without an incident.
QVariantMap sampleVariables()
{
    QVariantMap sample;
    for (const QString& name : MessageFacts::variableNames())
        sample.insert(name, QStringLiteral("sample"));
    for (const char* name : {"message", "subject", "idempotency_key", "channel", "incident_id"})
        sample.insert(QString::fromLatin1(name), QStringLiteral("sample"));
    sample.insert(QStringLiteral("services"),
                  QVariantList{QVariantMap{{QStringLiteral("name"), QStringLiteral("sample")},
                                           {QStringLiteral("impact"), QStringLiteral("sample")}}});
    sample.insert(QStringLiteral("sequence"), 1);
    sample.insert(QStringLiteral("resolves"), true);
    return sample;
}

} // namespace

QVariantMap GenericWebhookAdapter::variables(const OutboundMessage& message,
                                             const ChannelConfig& channel) const
{
    MessageContextBuilder::Audience audience;
    audience.language = setting(channel, "language");
    if (audience.language.isEmpty())
        audience.language = message.draft.language.isEmpty() ? QStringLiteral("en") : message.draft.language;
    audience.timeZoneId = setting(channel, "time_zone");
    audience.nowMs = m_clock.nowMs();
    audience.statusPageUrl = setting(channel, "status_page_url");
    QVariantMap variables = MessageContextBuilder::build(message.incident, audience).variables();
    const auto put = [&](const char* name, const QVariant& value) {
        if (!(value.typeId() == QMetaType::QString && value.toString().isEmpty()))
            variables.insert(QString::fromLatin1(name), value);
    };
    put("message", message.draft.body);
    put("subject", message.draft.subject);
    put("idempotency_key", message.idempotencyKey);
    put("channel", channel.name);
    put("incident_id", message.incident.id);
    put("sequence", message.sequence);
    put("resolves", message.resolves);
    return variables;
}

std::optional<GenericWebhookAdapter::Target>
GenericWebhookAdapter::target(const ChannelConfig& channel, const Secrets& secrets, QString* error) const
{
    const QString label = AdapterSupport::channelLabel(channel);
    Target target;
    const QString urlSetting = setting(channel, "url");
    const auto url = urlSetting.isEmpty()
                         ? AdapterSupport::secretUrl(secrets, channel, UrlSecret, error)
                         : AdapterSupport::checkedUrl(urlSetting, channel, tr("the setting “url”"), error);
    if (!url)
        return std::nullopt;
    target.request.url = *url;
    if (urlSetting.isEmpty())
        target.sensitive.append(secrets.value(UrlSecret).trimmed());

    const QString method = setting(channel, "method").toUpper();
    target.request.method = method.isEmpty() ? QByteArray("POST") : method.toLatin1();
    if (target.request.method != "POST" && target.request.method != "PUT" &&
        target.request.method != "PATCH") {
        *error = tr("%1: the method “%2” is not one a webhook publishes with (POST, PUT or PATCH).")
                     .arg(label, method);
        return std::nullopt;
    }

    static const QRegularExpression secretReference(
        QStringLiteral("\\{\\{\\s*secret:([A-Za-z0-9_.-]+)\\s*\\}\\}"));
    static const QRegularExpression headerName(QStringLiteral("^[A-Za-z0-9!#$%&'*+.^_`|~-]+$"));
    const QVariantMap headers = channel.settings.value(QStringLiteral("headers")).toMap();
    for (auto it = headers.cbegin(); it != headers.cend(); ++it) {
        if (!headerName.match(it.key()).hasMatch()) {
            *error = tr("%1: “%2” is not a valid header name.").arg(label, it.key());
            return std::nullopt;
        }
        const QString text = it.value().toString();
        QByteArray value;
        qsizetype from = 0;
        for (auto match = secretReference.globalMatch(text); match.hasNext();) {
            const QRegularExpressionMatch found = match.next();
            const QString name = found.captured(1);
            if (!secrets.has(name) || secrets.value(name).isEmpty()) {
                *error = tr("%1: the header “%2” uses the secret “%3”, which is missing.")
                             .arg(label, it.key(), name);
                return std::nullopt;
            }
            value += text.mid(from, found.capturedStart() - from).toUtf8() + secrets.value(name);
            target.sensitive.append(secrets.value(name));
            from = found.capturedEnd();
        }
        value += text.mid(from).toUtf8();
        if (value.contains('\r') || value.contains('\n')) {
            *error = tr("%1: the header “%2” contains a line break.").arg(label, it.key());
            return std::nullopt;
        }
        target.request.setHeader(it.key().toLatin1(), value);
    }
    QByteArray contentType;
    for (const auto& [name, value] : target.request.headers) {
        if (name.compare("Content-Type", Qt::CaseInsensitive) == 0)
            contentType = value;
    }
    if (contentType.isEmpty()) {
        contentType = "application/json; charset=utf-8";
        target.request.setHeader("Content-Type", contentType);
    }
    target.json = contentType.toLower().contains("json");
    return target;
}

std::optional<QByteArray> GenericWebhookAdapter::body(const ChannelConfig& channel,
                                                      const QVariantMap& variables, bool json,
                                                      QString* error) const
{
    const QString label = AdapterSupport::channelLabel(channel);
    const QString templateText = channel.settings.value(QStringLiteral("body")).toString();
    if (templateText.trimmed().isEmpty())
        return QJsonDocument(defaultBody(variables)).toJson(QJsonDocument::Compact);

    QStringList errors;
    QStringList missing;
    const QString rendered = TemplateRenderer::renderText(
        templateText, variables,
        json ? TemplateRenderer::Escaping::Json : TemplateRenderer::Escaping::PlainText, &errors, &missing);
    if (!missing.isEmpty()) {
        *error = tr("%1: the body template uses %n fact(s) this message does not have: %2.", nullptr,
                    int(missing.size()))
                     .arg(label, missing.join(QStringLiteral(", ")));
        return std::nullopt;
    }
    if (!errors.isEmpty()) {
        *error = tr("%1: %2").arg(label, errors.join(QLatin1Char(' ')));
        return std::nullopt;
    }
    const QByteArray bytes = rendered.toUtf8();
    if (json) {
        QJsonParseError parseError;
        QJsonDocument::fromJson(bytes, &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            *error = tr("%1: the body template does not give valid JSON (%2 at character %3); put every "
                        "{{value}} inside quotes.")
                         .arg(label, parseError.errorString(), QString::number(parseError.offset));
            return std::nullopt;
        }
    }
    return bytes;
}

DeliveryOutcome GenericWebhookAdapter::deliver(const OutboundMessage& message, const ChannelConfig& channel,
                                               const Secrets& secrets, HttpClient& client)
{
    QString error;
    auto found = target(channel, secrets, &error);
    if (!found)
        return DeliveryOutcome::failed(error);
    const auto bytes = body(channel, variables(message, channel), found->json, &error);
    if (!bytes)
        return DeliveryOutcome::failed(error);
    HttpRequest request = found->request;
    request.body = *bytes;
    if (!message.idempotencyKey.isEmpty())
        request.setHeader("Idempotency-Key", message.idempotencyKey.toUtf8());

    const HttpResponse response = client.send(request);
    if (response.status >= 200 && response.status < 300) {
        QString id;
        if (const QString path = setting(channel, "id_field"); !path.isEmpty()) {
            QJsonValue value = QJsonDocument::fromJson(response.body).object();
            for (const QString& key : path.split(QLatin1Char('.')))
                value = value.toObject().value(key);
            id = value.isDouble() ? QString::number(qint64(value.toDouble())) : value.toString();
        }
        return DeliveryOutcome::sent(id, message.thread);
    }
    return ResponseClassifier::classify(response, AdapterSupport::channelLabel(channel), m_clock.nowMs(),
                                        found->sensitive);
}

DeliveryOutcome GenericWebhookAdapter::test(const ChannelConfig& channel, const Secrets& secrets,
                                            HttpClient& client)
{
    QString error;
    auto found = target(channel, secrets, &error);
    if (!found)
        return DeliveryOutcome::failed(error);
    if (!body(channel, sampleVariables(), found->json, &error))
        return DeliveryOutcome::failed(error);
    const QString label = AdapterSupport::channelLabel(channel);
    const QString testUrl = setting(channel, "test_url");
    if (testUrl.isEmpty()) {
        DeliveryOutcome ready = DeliveryOutcome::sent(QString());
        ready.message = tr("%1: the settings and the body template are valid; nothing was sent (set "
                           "“test_url” to an address Vigie may read to check the service).")
                            .arg(label);
        return ready;
    }
    const auto url = AdapterSupport::checkedUrl(testUrl, channel, tr("the setting “test_url”"), &error);
    if (!url)
        return DeliveryOutcome::failed(error);
    HttpRequest request = found->request;
    request.method = "GET";
    request.url = *url;
    const HttpResponse response = client.send(request);
    if (response.status >= 200 && response.status < 300) {
        DeliveryOutcome ready = DeliveryOutcome::sent(QString());
        ready.message = tr("%1: the service answered HTTP %2; nothing was posted.")
                            .arg(label, QString::number(response.status));
        return ready;
    }
    return ResponseClassifier::classify(response, label, m_clock.nowMs(), found->sensitive);
}
