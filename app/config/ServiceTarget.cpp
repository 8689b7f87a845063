#include "config/ServiceTarget.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>

namespace {

bool isHostName(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_]([A-Za-z0-9_.-]*[A-Za-z0-9_.])?$"));
    return pattern.match(text).hasMatch();
}

} // namespace

bool ServiceTarget::splitHostPort(const QString& text, QString* host, int* port)
{
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0)
        return false;
    QString hostPart = text.left(colon);
    if (hostPart.startsWith(QLatin1Char('[')) && hostPart.endsWith(QLatin1Char(']')))
        hostPart = hostPart.mid(1, hostPart.size() - 2);
    else if (hostPart.contains(QLatin1Char(':')) || !isHostName(hostPart))
        return false;
    bool ok = false;
    const int portNumber = text.mid(colon + 1).toInt(&ok);
    if (!ok || portNumber < 1 || portNumber > 65535 || hostPart.isEmpty())
        return false;
    *host = hostPart;
    *port = portNumber;
    return true;
}

QString ServiceTarget::problem(CheckKind kind, const QString& target)
{
    const QString quoted = QLatin1Char('"') + target + QLatin1Char('"');
    switch (kind) {
    case CheckKind::Http: {
        const QUrl url(target, QUrl::StrictMode);
        const QString scheme = url.scheme().toLower();
        if (!url.isValid() || (scheme != u"http" && scheme != u"https") || url.host().isEmpty())
            return QCoreApplication::translate(
                       "Workspace",
                       "expected an http:// or https:// URL such as https://127.0.0.1:8443/health, got %1")
                .arg(quoted);
        return QString();
    }
    case CheckKind::TlsCertificate: {
        const QUrl url(target, QUrl::StrictMode);
        if (!url.isValid() || url.scheme().toLower() != u"https" || url.host().isEmpty())
            return QCoreApplication::translate(
                       "Workspace", "expected an https:// URL such as https://127.0.0.1:8443, got %1")
                .arg(quoted);
        return QString();
    }
    case CheckKind::Tcp: {
        QString host;
        int port = 0;
        if (!splitHostPort(target, &host, &port))
            return QCoreApplication::translate(
                       "Workspace",
                       "expected host:port with a port from 1 to 65535, such as 127.0.0.1:5432, got %1")
                .arg(quoted);
        return QString();
    }
    case CheckKind::Dns:
        if (!isHostName(target))
            return QCoreApplication::translate("Workspace",
                                               "expected a host name such as db.internal.example, got %1")
                .arg(quoted);
        return QString();
    }
    return QString();
}
