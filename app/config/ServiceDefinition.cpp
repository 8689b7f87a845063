#include "config/ServiceDefinition.h"

QString checkKindToString(CheckKind kind)
{
    switch (kind) {
    case CheckKind::Http: return QStringLiteral("http");
    case CheckKind::Tcp: return QStringLiteral("tcp");
    case CheckKind::Dns: return QStringLiteral("dns");
    case CheckKind::TlsCertificate: return QStringLiteral("tls-certificate");
    }
    return QString();
}

bool checkKindFromString(const QString& text, CheckKind* out)
{
    static const CheckKind all[] = {CheckKind::Http, CheckKind::Tcp, CheckKind::Dns, CheckKind::TlsCertificate};
    for (CheckKind kind : all) {
        if (checkKindToString(kind) == text.trimmed().toLower()) {
            *out = kind;
            return true;
        }
    }
    return false;
}
