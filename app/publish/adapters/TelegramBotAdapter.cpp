#include "publish/adapters/TelegramBotAdapter.h"

#include "publish/adapters/AdapterSupport.h"
#include "publish/HttpClient.h"
#include "publish/ResponseClassifier.h"

#include <QJsonDocument>
#include <QRegularExpression>

namespace {

const QString TokenSecret = QStringLiteral("bot_token");
const QString FirstMessageKey = QStringLiteral("telegram_message_id");
const QString ChatKey = QStringLiteral("telegram_chat_id");

// A numeric chat id goes as a number (Telegram's ids fit a double exactly); @channelname as a string.
QJsonValue chatIdValue(const QString& chatId)
{
    static const QRegularExpression numeric(QStringLiteral("^-?\\d{1,15}$"));
    if (numeric.match(chatId).hasMatch())
        return QJsonValue(chatId.toDouble());
    return QJsonValue(chatId);
}

QString idText(const QJsonValue& value)
{
    return value.isDouble() ? QString::number(qint64(value.toDouble())) : value.toString();
}

} // namespace

std::optional<QUrl> TelegramBotAdapter::apiBase(const ChannelConfig& channel, QString* error) const
{
    const QString base = channel.settings.value(QStringLiteral("api_base"), DefaultApiBase).toString();
    return AdapterSupport::checkedUrl(base.isEmpty() ? DefaultApiBase : base, channel,
                                      tr("the setting “api_base”"), error);
}

std::optional<QByteArray> TelegramBotAdapter::token(const ChannelConfig& channel, const Secrets& secrets,
                                                    QString* error) const
{
    const QByteArray value = secrets.value(TokenSecret).trimmed();
    const QString label = AdapterSupport::channelLabel(channel);
    if (value.isEmpty()) {
        *error =
            tr("%1: the secret “%2” is missing; set it in the channel settings.").arg(label, TokenSecret);
        return std::nullopt;
    }
    // It goes into the path: anything but the documented shape could reach another address.
    static const QRegularExpression shape(QStringLiteral("^\\d+:[A-Za-z0-9_-]+$"));
    if (!shape.match(QString::fromLatin1(value)).hasMatch()) {
        *error = tr("%1: the secret “%2” does not look like a bot token (digits, a colon, then "
                    "letters, digits, - and _).")
                     .arg(label, TokenSecret);
        return std::nullopt;
    }
    return value;
}

TelegramBotAdapter::Call TelegramBotAdapter::call(HttpClient& client, const QUrl& base,
                                                  const QByteArray& token, const QString& method,
                                                  const QJsonObject& parameters) const
{
    QUrl url = base;
    QString path = base.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path + QStringLiteral("/bot") + QString::fromLatin1(token) + QLatin1Char('/') + method);
    Call result;
    result.response = client.send(AdapterSupport::jsonRequest("POST", url, parameters));
    result.json = QJsonDocument::fromJson(result.response.body).object();
    result.ok = result.response.status == 200 && result.json.value(QStringLiteral("ok")).toBool();
    return result;
}

DeliveryOutcome TelegramBotAdapter::failure(const Call& call, const ChannelConfig& channel,
                                            const Secrets& secrets) const
{
    HttpResponse reported = call.response;
    // Telegram mirrors error_code in the HTTP status; trust the body when a proxy answered 200.
    if (const int code = call.json.value(QStringLiteral("error_code")).toInt();
        reported.status == 200 && code > 0)
        reported.status = code;
    const QString label = AdapterSupport::channelLabel(channel);
    const QJsonValue migrated =
        call.json.value(QStringLiteral("parameters")).toObject().value(QStringLiteral("migrate_to_chat_id"));
    if (!migrated.isUndefined())
        return DeliveryOutcome::failed(
            tr("%1: the group became a supergroup; set chat_id to %2.").arg(label, idText(migrated)));
    return ResponseClassifier::classify(reported, label, m_clock.nowMs(),
                                        AdapterSupport::sensitiveValues(secrets, {TokenSecret}));
}

DeliveryOutcome TelegramBotAdapter::deliver(const OutboundMessage& message, const ChannelConfig& channel,
                                            const Secrets& secrets, HttpClient& client)
{
    QString error;
    const auto base = apiBase(channel, &error);
    if (!base)
        return DeliveryOutcome::failed(error);
    const auto botToken = token(channel, secrets, &error);
    if (!botToken)
        return DeliveryOutcome::failed(error);
    const QString label = AdapterSupport::channelLabel(channel);
    const QString chatId = channel.settings.value(QStringLiteral("chat_id")).toString().trimmed();
    if (chatId.isEmpty())
        return DeliveryOutcome::failed(tr("%1: the setting “chat_id” is missing.").arg(label));
    if (const auto problem = AdapterSupport::lengthProblem(message.draft.body, MaxTextLength, channel))
        return DeliveryOutcome::failed(*problem);

    QJsonObject parameters{
        {QStringLiteral("chat_id"), chatIdValue(chatId)},
        {QStringLiteral("text"), message.draft.body},
        {QStringLiteral("link_preview_options"), QJsonObject{{QStringLiteral("is_disabled"), true}}}};
    if (const QString topic = channel.settings.value(QStringLiteral("message_thread_id")).toString();
        !topic.isEmpty())
        parameters.insert(QStringLiteral("message_thread_id"), topic.toDouble());
    const QJsonValue first = message.thread.value(FirstMessageKey);
    if (message.sequence > 1 && first.isDouble())
        parameters.insert(QStringLiteral("reply_parameters"),
                          QJsonObject{{QStringLiteral("message_id"), first},
                                      {QStringLiteral("allow_sending_without_reply"), true}});

    const Call sent = call(client, *base, *botToken, QStringLiteral("sendMessage"), parameters);
    if (!sent.ok)
        return failure(sent, channel, secrets);
    const QJsonObject result = sent.json.value(QStringLiteral("result")).toObject();
    const QJsonValue messageId = result.value(QStringLiteral("message_id"));
    QJsonObject thread = message.thread;
    if (messageId.isDouble() && !thread.contains(FirstMessageKey)) {
        thread.insert(FirstMessageKey, messageId);
        thread.insert(ChatKey, result.value(QStringLiteral("chat")).toObject().value(QStringLiteral("id")));
    }
    return DeliveryOutcome::sent(idText(messageId), thread);
}

DeliveryOutcome TelegramBotAdapter::test(const ChannelConfig& channel, const Secrets& secrets,
                                         HttpClient& client)
{
    QString error;
    const auto base = apiBase(channel, &error);
    if (!base)
        return DeliveryOutcome::failed(error);
    const auto botToken = token(channel, secrets, &error);
    if (!botToken)
        return DeliveryOutcome::failed(error);
    const QString label = AdapterSupport::channelLabel(channel);
    const Call me = call(client, *base, *botToken, QStringLiteral("getMe"), QJsonObject());
    if (!me.ok)
        return failure(me, channel, secrets);
    const QString bot =
        me.json.value(QStringLiteral("result")).toObject().value(QStringLiteral("username")).toString();

    const QString chatId = channel.settings.value(QStringLiteral("chat_id")).toString().trimmed();
    if (chatId.isEmpty())
        return DeliveryOutcome::failed(
            tr("%1: the bot @%2 answered, but the setting “chat_id” is missing.").arg(label, bot));
    const Call chat = call(client, *base, *botToken, QStringLiteral("getChat"),
                           QJsonObject{{QStringLiteral("chat_id"), chatIdValue(chatId)}});
    if (!chat.ok)
        return failure(chat, channel, secrets);
    const QJsonObject found = chat.json.value(QStringLiteral("result")).toObject();
    const QString title = found.value(QStringLiteral("title"))
                              .toString(found.value(QStringLiteral("username")).toString(chatId));
    DeliveryOutcome ready = DeliveryOutcome::sent(QString());
    ready.message = tr("%1: the bot @%2 can reach “%3”; nothing was posted.").arg(label, bot, title);
    return ready;
}
