#include "incident/IncidentText.h"

#include <QCoreApplication>
#include <QStringList>

QString IncidentText::span(qint64 ms)
{
    const QString sign = ms < 0 ? QStringLiteral("−") : QString();
    const qint64 seconds = qAbs(ms) / 1000;
    const qint64 minutes = seconds / 60;
    const qint64 hours = minutes / 60;
    const qint64 days = hours / 24;
    QString text;
    if (minutes < 1)
        text = QCoreApplication::translate("IncidentText", "%1 s").arg(seconds);
    else if (hours < 1)
        text = QCoreApplication::translate("IncidentText", "%1 min").arg(minutes);
    else if (days < 1)
        text = QCoreApplication::translate("IncidentText", "%1 h %2 min")
                   .arg(hours)
                   .arg(minutes % 60, 2, 10, QLatin1Char('0'));
    else
        text = QCoreApplication::translate("IncidentText", "%1 d %2 h").arg(days).arg(hours % 24);
    return sign + text;
}

QString IncidentText::services(const Incident& incident, bool withImpact)
{
    QStringList parts;
    for (const AffectedService& service : incident.affected) {
        parts.append(withImpact ? QCoreApplication::translate("IncidentText", "%1 (%2)")
                                      .arg(service.serviceName, impactLabel(service.impact))
                                : service.serviceName);
    }
    return parts.join(withImpact ? QStringLiteral("\n") : QStringLiteral(", "));
}

qint64 IncidentText::startedMs(const Incident& incident)
{
    return incident.isMaintenance() ? incident.windowStartMs : incident.moments.startedMs;
}

qint64 IncidentText::durationMs(const Incident& incident, qint64 nowMs)
{
    const qint64 start = startedMs(incident);
    if (start <= 0)
        return 0;
    qint64 end = nowMs;
    if (incident.isMaintenance()) {
        if (!incident.isOpen() && incident.windowEndMs > 0)
            end = incident.windowEndMs;
        else if (incident.status == IncidentStatus::Scheduled)
            end = incident.windowEndMs > 0 ? incident.windowEndMs : start;
    } else if (!incident.isOpen() && incident.moments.resolvedMs > 0) {
        end = incident.moments.resolvedMs;
    }
    return qMax<qint64>(0, end - start);
}

QString IncidentText::kindLabel(Incident::Kind kind)
{
    return kind == Incident::Kind::Maintenance ? QCoreApplication::translate("IncidentText", "Maintenance")
                                               : QCoreApplication::translate("IncidentText", "Incident");
}
