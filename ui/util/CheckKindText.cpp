#include "util/CheckKindText.h"

#include <QCoreApplication>

QString CheckKindText::label(CheckKind kind)
{
    switch (kind) {
    case CheckKind::Http:
        return QCoreApplication::translate("CheckKindText", "HTTP");
    case CheckKind::Tcp:
        return QCoreApplication::translate("CheckKindText", "TCP port");
    case CheckKind::Dns:
        return QCoreApplication::translate("CheckKindText", "DNS resolution");
    case CheckKind::TlsCertificate:
        return QCoreApplication::translate("CheckKindText", "TLS certificate");
    }
    return QString();
}

QList<CheckKind> CheckKindText::all()
{
    return {CheckKind::Http, CheckKind::Tcp, CheckKind::Dns, CheckKind::TlsCertificate};
}
