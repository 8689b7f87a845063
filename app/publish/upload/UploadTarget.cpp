#include "publish/upload/UploadTarget.h"

#include <QDir>
#include <QFileInfo>

namespace {

QString setting(const ChannelConfig& channel, const char* name)
{
    return channel.settings.value(QLatin1String(name)).toString().trimmed();
}

QString label(const ChannelConfig& channel)
{
    return channel.name.isEmpty() ? channel.type : channel.name;
}

// "a/b/" from "/a/b", "a/b/" or "a//b"; nullopt when a segment climbs out ("..").
std::optional<QString> normalisedPrefix(const QString& text)
{
    QStringList segments;
    for (const QString& segment : text.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        if (segment == QLatin1String("..") || segment.contains(QLatin1Char('\\')))
            return std::nullopt;
        if (segment != QLatin1String("."))
            segments.append(segment);
    }
    return segments.isEmpty() ? QString() : segments.join(QLatin1Char('/')) + QLatin1Char('/');
}

} // namespace

std::optional<UploadTarget> UploadTarget::fromChannel(const ChannelConfig& channel, QString* error)
{
    UploadTarget target;
    target.channel = label(channel);
    const auto fail = [&](const QString& message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    const auto missing = [&](const char* name) {
        return fail(tr("%1: the setting \"%2\" is missing.").arg(target.channel, QLatin1String(name)));
    };

    const QString kind = setting(channel, "target").toLower();
    if (kind == QLatin1String("folder"))
        target.kind = Kind::Folder;
    else if (kind == QLatin1String("webdav"))
        target.kind = Kind::WebDav;
    else if (kind == QLatin1String("sftp"))
        target.kind = Kind::Sftp;
    else if (kind == QLatin1String("s3"))
        target.kind = Kind::S3;
    else if (kind.isEmpty())
        return missing("target");
    else
        return fail(tr("%1: the setting \"target\" is \"%2\"; it must be folder, webdav, sftp or s3.")
                        .arg(target.channel, kind));

    const auto prefix = normalisedPrefix(setting(channel, "prefix"));
    if (!prefix)
        return fail(
            tr("%1: the setting \"prefix\" must stay inside the target (no \"..\").").arg(target.channel));
    target.prefix = *prefix;
    target.username = setting(channel, "username");
    target.bucket = setting(channel, "bucket");
    target.region = setting(channel, "region");
    target.hostKeySha256 = setting(channel, "host_key_sha256");
    if (target.hostKeySha256.startsWith(QLatin1String("SHA256:"), Qt::CaseInsensitive))
        target.hostKeySha256 = target.hostKeySha256.mid(7);
    while (target.hostKeySha256.endsWith(QLatin1Char('=')))
        target.hostKeySha256.chop(1);
    target.knownHostsFile = setting(channel, "known_hosts");
    target.caFile = setting(channel, "ca_file");
    target.acl = setting(channel, "acl").toUtf8();
    target.cacheControl = setting(channel, "cache_control").toUtf8();
    if (const QString timeout = setting(channel, "timeout_seconds"); !timeout.isEmpty()) {
        bool ok = false;
        const int seconds = timeout.toInt(&ok);
        if (!ok || seconds < 1 || seconds > 3600)
            return fail(
                tr("%1: the setting \"timeout_seconds\" must be a whole number of seconds from 1 to 3600.")
                    .arg(target.channel));
        target.timeoutMs = seconds * 1000;
    }
    if (!target.caFile.isEmpty() && !QFileInfo::exists(target.caFile))
        return fail(tr("%1: the setting \"ca_file\" names %2, which does not exist.")
                        .arg(target.channel, target.caFile));

    if (target.kind == Kind::Folder) {
        target.path = setting(channel, "path");
        if (target.path.isEmpty())
            return missing("path");
        if (QDir::isRelativePath(target.path))
            return fail(tr("%1: the setting \"path\" must be an absolute folder, not \"%2\".")
                            .arg(target.channel, target.path));
        target.path = QDir::cleanPath(target.path);
        return target;
    }

    const QString urlText = setting(channel, "url");
    if (urlText.isEmpty())
        return missing("url");
    target.url = QUrl(urlText, QUrl::StrictMode);
    const QString scheme = target.url.scheme().toLower();
    const bool web = scheme == QLatin1String("http") || scheme == QLatin1String("https");
    if (!target.url.isValid() || target.url.host().isEmpty() ||
        (target.kind == Kind::Sftp ? scheme != QLatin1String("sftp") : !web))
        return fail(
            target.kind == Kind::Sftp
                ? tr("%1: the setting \"url\" must be an sftp:// address with a host.").arg(target.channel)
                : tr("%1: the setting \"url\" must be an http or https address with a host.")
                      .arg(target.channel));
    if (!target.url.password().isEmpty())
        return fail(tr("%1: the setting \"url\" must not contain a password; store it as the secret "
                       "\"password\".")
                        .arg(target.channel));
    if (target.username.isEmpty())
        target.username = target.url.userName();
    target.url.setUserInfo(QString());
    target.url.setQuery(QString());
    target.url.setFragment(QString());

    if (target.kind == Kind::Sftp) {
        if (target.username.isEmpty())
            return missing("username");
        if (target.hostKeySha256.isEmpty() && target.knownHostsFile.isEmpty())
            return fail(
                tr("%1: set \"host_key_sha256\" (the server's SHA256 host key fingerprint) or "
                   "\"known_hosts\" (a known_hosts file); Vigie does not connect to an SFTP server it "
                   "cannot verify.")
                    .arg(target.channel));
        if (!target.hostKeySha256.isEmpty() &&
            QByteArray::fromBase64(target.hostKeySha256.toLatin1() + "=").size() != 32)
            return fail(tr("%1: the setting \"host_key_sha256\" is not a SHA256 fingerprint (43 base64 "
                           "characters, as ssh-keygen -l -E sha256 prints after \"SHA256:\").")
                            .arg(target.channel));
        if (!target.knownHostsFile.isEmpty() && !QFileInfo::exists(target.knownHostsFile))
            return fail(tr("%1: the setting \"known_hosts\" names %2, which does not exist.")
                            .arg(target.channel, target.knownHostsFile));
    }
    if (target.kind == Kind::S3 && target.region.isEmpty())
        return missing("region");
    return target;
}

QStringList UploadTarget::secretNames() const
{
    switch (kind) {
    case Kind::Folder:
        return {};
    case Kind::WebDav:
        return {QStringLiteral("password")};
    case Kind::Sftp:
        return {QStringLiteral("private_key"), QStringLiteral("private_key_passphrase"),
                QStringLiteral("password")};
    case Kind::S3:
        return {QStringLiteral("access_key_id"), QStringLiteral("secret_access_key")};
    }
    return {};
}

QString UploadTarget::describe() const
{
    if (kind == Kind::Folder)
        return kindName(kind) + QLatin1Char(' ') + QDir::toNativeSeparators(path);
    QString place = url.toDisplayString(QUrl::RemoveUserInfo);
    if (kind == Kind::S3 && !bucket.isEmpty())
        place += (place.endsWith(QLatin1Char('/')) ? QString() : QStringLiteral("/")) + bucket;
    if (!prefix.isEmpty())
        place += (place.endsWith(QLatin1Char('/')) ? QString() : QStringLiteral("/")) + prefix;
    return kindName(kind) + QLatin1Char(' ') + place;
}

QString UploadTarget::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Folder:
        return tr("folder");
    case Kind::WebDav:
        return QStringLiteral("WebDAV");
    case Kind::Sftp:
        return QStringLiteral("SFTP");
    case Kind::S3:
        return QStringLiteral("S3");
    }
    return QString();
}
