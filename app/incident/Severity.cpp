#include "incident/Severity.h"

#include <QCoreApplication>

QString severityKey(Severity severity)
{
    return QStringLiteral("sev") + QString::number(static_cast<int>(severity));
}

bool severityFromKey(const QString& key, Severity* out)
{
    QString text = key.trimmed().toLower();
    if (text.startsWith(QLatin1String("sev")))
        text = text.mid(3);
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value < 1 || value > 4)
        return false;
    *out = static_cast<Severity>(value);
    return true;
}

QString severityLabel(Severity severity)
{
    return QStringLiteral("SEV") + QString::number(static_cast<int>(severity));
}

QString severityMeaning(Severity severity)
{
    switch (severity) {
    case Severity::Sev1:
        return QCoreApplication::translate(
            "Severity", "Critical: the service is down or data is at risk for most customers");
    case Severity::Sev2:
        return QCoreApplication::translate(
            "Severity", "Major: a core feature is unavailable or badly degraded for many customers");
    case Severity::Sev3:
        return QCoreApplication::translate(
            "Severity", "Minor: a limited part of the service is impaired; a workaround exists");
    case Severity::Sev4:
        return QCoreApplication::translate(
            "Severity", "Low: a cosmetic or internal problem with no visible customer impact");
    }
    return QString();
}

QList<Severity> allSeverities()
{
    return {Severity::Sev1, Severity::Sev2, Severity::Sev3, Severity::Sev4};
}
