#pragma once

#include "publish/ChannelAdapter.h"
#include "publish/HttpExchange.h"
#include "time/Clock.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QUrl>

#include <optional>

// Telegram bot messages (type `telegram`). Secret `bot_token`; settings `chat_id` (a number or
// @channelname), optional `message_thread_id` (a forum topic) and `api_base` (default the public Bot API;
// a local Bot API server or a test server otherwise). Sends plain text (no parse mode, so nothing needs
// escaping) without link previews; the first message's id and chat are kept in the thread and later
// messages reply to it. Text over 4096 characters is refused, never cut. test() calls getMe (the token) and
// getChat (the bot can reach the chat), which post nothing.
class TelegramBotAdapter final : public ChannelAdapter
{
    Q_DECLARE_TR_FUNCTIONS(TelegramBotAdapter)

public:
    explicit TelegramBotAdapter(const Clock& clock = SystemClock::instance()) : m_clock(clock) {}

    QString type() const override { return QStringLiteral("telegram"); }
    DeliveryOutcome deliver(const OutboundMessage& message, const ChannelConfig& channel,
                            const Secrets& secrets, HttpClient& client) override;
    DeliveryOutcome test(const ChannelConfig& channel, const Secrets& secrets, HttpClient& client) override;

    static constexpr int MaxTextLength = 4096;
    static inline const QString DefaultApiBase = QStringLiteral("https://api.telegram.org");

private:
    struct Call
    {
        HttpResponse response;
        QJsonObject json; // the answer's object when it is Telegram's {"ok": ...}
        bool ok = false;  // {"ok": true}
    };
    // One Bot API method; on a refused or unreadable answer `outcome` says what to report.
    Call call(HttpClient& client, const QUrl& base, const QByteArray& token, const QString& method,
              const QJsonObject& parameters) const;
    DeliveryOutcome failure(const Call& call, const ChannelConfig& channel, const Secrets& secrets) const;
    // The API base and the token, checked; nullopt with `error` set when either is unusable.
    std::optional<QUrl> apiBase(const ChannelConfig& channel, QString* error) const;
    std::optional<QByteArray> token(const ChannelConfig& channel, const Secrets& secrets,
                                    QString* error) const;

    const Clock& m_clock;
};
