#include "publish/live/LiveCheckPlan.h"

#include "comms/MessageDraft.h"
#include "publish/ChannelConfig.h"
#include "publish/Delivery.h"
#include "publish/live/PublicTextExtractor.h"

namespace {

constexpr int kDefaultTimeoutMs = 10'000;
constexpr int kMaxTimeoutMs = 30'000;

QString setting(const ChannelConfig& channel, const char* key)
{
    return channel.settings.value(QLatin1String(key)).toString().trimmed();
}

// A base address the public can read: http(s) with a host, without credentials or a trailing slash.
std::optional<QString> publicBase(const ChannelConfig& channel, const char* key)
{
    const QString text = setting(channel, key);
    const QUrl url(text, QUrl::StrictMode);
    if (text.isEmpty() || !url.isValid() || url.host().isEmpty() ||
        (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
        return std::nullopt;
    QString base = url.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment).toString();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    return base;
}

QString encoded(const QString& id)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(id));
}

} // namespace

QString LiveCheckPlan::displayUrl(const QUrl& url)
{
    return url.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment).toDisplayString();
}

std::optional<LiveCheckPlan> LiveCheckPlan::forDelivery(const ChannelConfig& channel,
                                                        const Delivery& delivery, const MessageDraft& draft)
{
    if (delivery.state != Delivery::State::Sent)
        return std::nullopt;
    if (!channel.settings.value(QStringLiteral("verify_live"), true).toBool())
        return std::nullopt;
    LiveCheckPlan plan;
    plan.deliveryId = delivery.id;
    plan.channelName = channel.name;
    plan.sentAtMs = delivery.sentAtMs > 0 ? delivery.sentAtMs : delivery.updatedAtMs;
    plan.expectedText = PublicTextExtractor::fromPlainText(draft.body);
    if (plan.expectedText.isEmpty())
        return std::nullopt;
    bool timeoutOk = false;
    const int timeout = channel.settings.value(QStringLiteral("timeout_ms")).toInt(&timeoutOk);
    plan.timeoutMs = timeoutOk && timeout > 0 ? std::min(timeout, kMaxTimeoutMs) : kDefaultTimeoutMs;

    const QString type = channel.type;
    const QString externalId = delivery.externalId.trimmed();
    if (type == QLatin1String("statuspage")) {
        const std::optional<QString> base = publicBase(channel, "public_url");
        if (!base || externalId.isEmpty())
            return std::nullopt;
        // The public API lists the recent incidents with every update's body, newest first.
        plan.sources.append({QUrl(*base + QStringLiteral("/api/v2/incidents.json")), externalId});
    } else if (type == QLatin1String("cachet") || type == QLatin1String("cachet2") ||
               type == QLatin1String("cachet3")) {
        const std::optional<QString> base = publicBase(channel, "api_base");
        if (!base || externalId.isEmpty())
            return std::nullopt;
        const int version = type == QLatin1String("cachet3") ? 3
                            : type == QLatin1String("cachet2")
                                ? 2
                                : channel.settings.value(QStringLiteral("version"), 2).toInt();
        const QString api = *base + (version == 3 ? QStringLiteral("/api") : QStringLiteral("/api/v1"));
        const QString incident = api + QStringLiteral("/incidents/") + encoded(externalId);
        // The first message is the incident's own text; every later one is an incident update.
        plan.sources.append({QUrl(incident), QString()});
        plan.sources.append({QUrl(incident + QStringLiteral("/updates")), QString()});
    } else if (type == QLatin1String("fallback-page")) {
        const std::optional<QString> base = publicBase(channel, "public_url");
        if (!base)
            return std::nullopt;
        QString page = *base;
        // public_url may name the page itself rather than its folder.
        if (page.endsWith(QLatin1String(".html")))
            page = page.left(page.lastIndexOf(QLatin1Char('/')));
        const bool french = draft.language.startsWith(QLatin1String("fr"), Qt::CaseInsensitive);
        plan.sources.append(
            {QUrl(page + (french ? QStringLiteral("/fr/index.html") : QStringLiteral("/index.html"))),
             QString()});
    } else {
        return std::nullopt;
    }
    for (const Source& source : plan.sources) {
        if (!source.url.isValid())
            return std::nullopt;
    }
    return plan;
}
