#include "publish/SmtpChannelSettings.h"

#include "publish/MailHeaderEncoder.h"

#include <QRegularExpression>
#include <QVariantList>

namespace {

// A YAML list, or one address alone, or a comma-separated string.
QStringList addressList(const QVariant& value)
{
    QStringList out;
    const bool list = value.typeId() == QMetaType::QVariantList || value.typeId() == QMetaType::QStringList;
    const QVariantList items = list ? value.toList() : QVariantList{value};
    for (const QVariant& item : items) {
        for (const QString& piece : item.toString().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QString address = piece.trimmed();
            if (!address.isEmpty())
                out.append(address);
        }
    }
    return out;
}

} // namespace

QStringList SmtpChannelSettings::everyone() const
{
    QStringList out;
    for (const QString& address : to + recipients) {
        if (!out.contains(address, Qt::CaseInsensitive))
            out.append(address);
    }
    return out;
}

std::optional<SmtpChannelSettings> SmtpChannelSettings::read(const ChannelConfig& channel, QString* error)
{
    const QVariantMap& s = channel.settings;
    const auto fail = [&](const QString& text) {
        *error = text;
        return std::nullopt;
    };
    SmtpChannelSettings settings;
    settings.server = s.value(QStringLiteral("server")).toString().trimmed();
    if (settings.server.isEmpty() || settings.server.contains(QRegularExpression(QStringLiteral("[\\s/@]"))))
        return fail(tr("The channel “%1” needs the mail server's host name (setting “server”, e.g. "
                       "smtp.example.org).")
                        .arg(channel.name));
    const QString security = s.value(QStringLiteral("security"), QStringLiteral("starttls")).toString();
    if (security != u"starttls" && security != u"tls")
        return fail(tr("The channel “%1” has security “%2”: use “starttls” (port 587) or “tls” (port 465). "
                       "Mail is never sent without TLS.")
                        .arg(channel.name, security));
    settings.implicitTls = security == u"tls";
    bool ok = true;
    settings.port = s.value(QStringLiteral("port"), settings.implicitTls ? 465 : 587).toInt(&ok);
    if (!ok || settings.port < 1 || settings.port > 65535)
        return fail(tr("The channel “%1” has an invalid port (setting “port”).").arg(channel.name));
    settings.username = s.value(QStringLiteral("username")).toString();
    settings.caFile = s.value(QStringLiteral("ca_file")).toString();
    settings.timeoutMs = s.value(QStringLiteral("timeout_ms"), 30'000).toInt(&ok);
    if (!ok || settings.timeoutMs < 1)
        settings.timeoutMs = 30'000;
    settings.from = s.value(QStringLiteral("from")).toString().trimmed();
    if (!MailHeaderEncoder::isPlainAddress(settings.from))
        return fail(tr("The channel “%1” needs a sender address such as status@example.org (setting "
                       "“from”).")
                        .arg(channel.name));
    settings.fromName = s.value(QStringLiteral("from_name")).toString();
    settings.to = addressList(s.value(QStringLiteral("to")));
    settings.recipients = addressList(s.value(QStringLiteral("recipients")));
    for (const QString& address : settings.to + settings.recipients) {
        if (!MailHeaderEncoder::isPlainAddress(address))
            return fail(tr("The channel “%1” lists “%2”, which is not a plain mail address (settings “to” "
                           "and “recipients”).")
                            .arg(channel.name, MailHeaderEncoder::clean(address)));
    }
    if (settings.everyone().isEmpty())
        return fail(
            tr("The channel “%1” has no recipients (settings “to” and “recipients”).").arg(channel.name));
    const QString mode = s.value(QStringLiteral("mode"), QStringLiteral("bcc")).toString();
    if (mode != u"bcc" && mode != u"individual")
        return fail(tr("The channel “%1” has mode “%2”: use “bcc” or “individual”.").arg(channel.name, mode));
    settings.mode = mode == u"individual" ? Mode::Individual : Mode::Bcc;
    return settings;
}
