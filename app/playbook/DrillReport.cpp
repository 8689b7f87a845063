#include "playbook/DrillReport.h"

#include <QDateTime>
#include <QLocale>

namespace {

QString at(qint64 ms, const QTimeZone& zone)
{
    if (ms <= 0)
        return QStringLiteral("—");
    return QDateTime::fromMSecsSinceEpoch(ms, zone).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString cell(QString text)
{
    // A pipe would end the table cell early.
    return text.replace(QLatin1Char('|'), QStringLiteral("\\|")).replace(QLatin1Char('\n'), QLatin1Char(' '));
}

} // namespace

QString DrillReport::duration(qint64 ms)
{
    const bool negative = ms < 0;
    const qint64 minutes = (negative ? -ms : ms) / 60'000;
    QString text = minutes < 60
                       ? tr("%1 min").arg(minutes)
                       : tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60, 2, 10, QLatin1Char('0'));
    return negative ? QStringLiteral("-") + text : text;
}

QString DrillReport::markdown(const IncidentRecord& record, const ChecklistAdherence::Report& adherence,
                              const QString& language, const QTimeZone& zone, qint64 nowMs)
{
    const Incident& incident = record.incident;
    QString out;
    const QString kind = incident.drill ? tr("Drill report") : tr("Checklist report");
    out += QStringLiteral("# %1: %2 — %3\n\n").arg(kind, incident.reference, cell(incident.title));
    out += tr("- Declared: %1 (%2)").arg(at(incident.declaredAtMs, zone), QString::fromUtf8(zone.id())) +
           QLatin1Char('\n');
    out += tr("- Severity: %1; status: %2")
               .arg(severityLabel(incident.severity), incidentStatusLabel(incident.status)) +
           QLatin1Char('\n');
    QStringList services;
    for (const AffectedService& service : incident.affected)
        services.append(service.serviceName);
    out += tr("- Services: %1").arg(services.isEmpty() ? tr("none") : services.join(QStringLiteral(", "))) +
           QLatin1Char('\n');
    out += tr("- Report made: %1").arg(at(nowMs, zone)) + QStringLiteral("\n\n");

    out += QStringLiteral("| %1 | %2 | %3 | %4 | %5 |\n|---|---|---|---:|---:|\n")
               .arg(tr("Step"), tr("Due"), tr("Done"), tr("After declaring"), tr("Late by"));
    for (const ChecklistAdherence::Step& step : adherence.steps) {
        QString title = step.title.text(language);
        if (step.repeating)
            title = tr("%1 #%2").arg(title).arg(step.occurrence);
        QString done;
        if (step.markedAtMs > 0)
            done = step.skipped ? tr("skipped %1 by %2").arg(at(step.markedAtMs, zone), step.markedBy)
                                : tr("%1 by %2").arg(at(step.markedAtMs, zone), step.markedBy);
        else
            done = step.overdue ? tr("not done (overdue)") : tr("not done");
        const QString after =
            step.sinceDeclaredMs >= 0 ? duration(step.sinceDeclaredMs) : QStringLiteral("—");
        const QString late = step.dueAtMs > 0 && (step.markedAtMs > 0 || step.overdue) && !step.skipped
                                 ? (step.lateByMs > 0 ? duration(step.lateByMs) : tr("on time"))
                                 : QStringLiteral("—");
        out += QStringLiteral("| %1 | %2 | %3 | %4 | %5 |\n")
                   .arg(cell(title), at(step.dueAtMs, zone), cell(done), after, late);
    }
    out += QLatin1Char('\n');
    if (adherence.hasFirstMessage) {
        if (!adherence.firstMessageMarked)
            out += tr("- The first message has not gone out.") + QLatin1Char('\n');
        else
            out += (adherence.firstMessageOnTime
                        ? tr("- The first message went out on time, %1 after declaring.")
                        : tr("- The first message went out late, %1 after declaring."))
                       .arg(duration(adherence.firstMessageAfterMs)) +
                   QLatin1Char('\n');
    }
    out += tr("- Steps due: %1; late: %2 (%3 in all, worst %4).")
               .arg(adherence.dueCount)
               .arg(adherence.lateCount)
               .arg(duration(adherence.totalLateMs), duration(adherence.worstLateMs)) +
           QLatin1Char('\n');
    out += tr("- Updates due: %1; late: %2 (%3 in all).")
               .arg(adherence.updatesDue)
               .arg(adherence.updatesLate)
               .arg(duration(adherence.updatesLateTotalMs)) +
           QLatin1Char('\n');
    return out;
}
