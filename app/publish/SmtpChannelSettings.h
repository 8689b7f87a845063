#pragma once

#include "publish/ChannelConfig.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

// The settings of one `smtp` channel, read and checked once per delivery: where the mail server is, how to
// reach it, who sends and who receives. Every address is a plain addr-spec, so that none can carry a header
// or a second command.
struct SmtpChannelSettings
{
    Q_DECLARE_TR_FUNCTIONS(SmtpChannelSettings)

public:
    enum class Mode
    {
        Bcc,        // one transaction, every recipient in RCPT TO, none in the headers but `to`
        Individual, // one mail per recipient, each seeing only itself
    };

    QString server;
    int port = 587;
    bool implicitTls = false;
    QString username;
    QString caFile;
    int timeoutMs = 30'000;
    QString from;
    QString fromName;
    QStringList to;         // visible recipients
    QStringList recipients; // hidden recipients (Bcc mode), or more recipients (Individual)
    Mode mode = Mode::Bcc;

    // Every recipient once, `to` first, compared without case.
    QStringList everyone() const;

    // nullopt with `error` naming the channel and the setting when something is missing or malformed.
    static std::optional<SmtpChannelSettings> read(const ChannelConfig& channel, QString* error);
};
