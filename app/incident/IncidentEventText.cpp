#include "incident/IncidentEventText.h"

#include <QDateTime>
#include <QLocale>
#include <QStringList>

QString IncidentEventText::localTime(qint64 atMs)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(atMs).toLocalTime(), QLocale::ShortFormat);
}

QString IncidentEventText::declared(const Incident& incident)
{
    const QString text = incident.isMaintenance()
                             ? tr("Maintenance %1 planned: %2").arg(incident.reference, incident.title)
                             : tr("Incident %1 declared (%2): %3")
                                   .arg(incident.reference, severityLabel(incident.severity), incident.title);
    return incident.drill ? tr("[Drill] %1").arg(text) : text;
}

QString IncidentEventText::drillService(const AffectedService& service)
{
    return tr("[Drill] %1 is treated as failing (%2) for the exercise")
        .arg(service.serviceName, impactLabel(service.impact));
}

QString IncidentEventText::status(IncidentStatus before, IncidentStatus after)
{
    return tr("Status: %1 → %2").arg(incidentStatusLabel(before), incidentStatusLabel(after));
}

QString IncidentEventText::severity(Severity before, Severity after)
{
    return tr("Severity: %1 → %2").arg(severityLabel(before), severityLabel(after));
}

QString IncidentEventText::title(const QString& title)
{
    return tr("Title: %1").arg(title);
}

QString IncidentEventText::people(const QString& commander, const QString& communicationsLead)
{
    return tr("Commander: %1; communications lead: %2")
        .arg(commander.isEmpty() ? tr("nobody") : commander,
             communicationsLead.isEmpty() ? tr("nobody") : communicationsLead);
}

QString IncidentEventText::summaryChanged()
{
    return tr("Customer-facing summary changed");
}

QString IncidentEventText::affected(const QList<AffectedService>& affected)
{
    QStringList parts;
    for (const AffectedService& service : affected)
        parts.append(tr("%1 (%2)").arg(service.serviceName, impactLabel(service.impact)));
    return parts.isEmpty() ? tr("No affected services")
                           : tr("Affected: %1").arg(parts.join(QStringLiteral(", ")));
}

QString IncidentEventText::keyMoment(KeyMoments::Moment moment, qint64 atMs)
{
    return atMs == 0 ? tr("%1: cleared").arg(KeyMoments::label(moment))
                     : tr("%1: %2").arg(KeyMoments::label(moment), localTime(atMs));
}

QString IncidentEventText::nextUpdate(qint64 atMs)
{
    return atMs == 0 ? tr("Next update: not set") : tr("Next update due at %1").arg(localTime(atMs));
}

QString IncidentEventText::estimatedResolution(qint64 atMs)
{
    return atMs == 0 ? tr("Estimated resolution: not set")
                     : tr("Estimated resolution: %1").arg(localTime(atMs));
}

QString IncidentEventText::statusReport(const QString& conditions, const QString& actions,
                                        const QString& needs)
{
    const QString none = tr("none");
    auto orNone = [&none](const QString& text) { return text.trimmed().isEmpty() ? none : text.trimmed(); };
    return tr("Conditions: %1\nActions: %2\nNeeds: %3")
        .arg(orNone(conditions), orNone(actions), orNone(needs));
}

QString IncidentEventText::stepMark(const QString& stepTitle, int occurrence, ChecklistMark::State state,
                                    const QString& comment)
{
    const QString label = occurrence > 1 ? tr("%1 (#%2)").arg(stepTitle).arg(occurrence) : stepTitle;
    QString text =
        state == ChecklistMark::State::Done ? tr("Done: %1").arg(label) : tr("Skipped: %1").arg(label);
    if (!comment.isEmpty())
        text += QStringLiteral(" — ") + comment;
    return text;
}

QString IncidentEventText::drafted(const MessageDraft& draft)
{
    return tr("%1 message drafted (%2)").arg(channelKindLabel(draft.channel), draft.language);
}

QString IncidentEventText::approved(const MessageDraft& draft)
{
    return tr("%1 message approved (%2)").arg(channelKindLabel(draft.channel), draft.language);
}

QString IncidentEventText::published(const QString& channelName)
{
    return tr("Published on %1").arg(channelName);
}

QString IncidentEventText::fallbackPage(const QString& channelName, const QString& where)
{
    return where.isEmpty() ? tr("Fallback status page published on %1").arg(channelName)
                           : tr("Fallback status page published on %1: %2").arg(channelName, where);
}

QString IncidentEventText::deliveryProblem(const QString& channelName, const QString& problem)
{
    return tr("Not delivered to %1: %2").arg(channelName, problem);
}

QString IncidentEventText::promiseMade(const MessagePromise& promise)
{
    return promise.kind == MessagePromise::Kind::NextUpdate
               ? tr("Promised the next update by %1").arg(localTime(promise.dueAtMs))
               : tr("Promised resolution by %1").arg(localTime(promise.dueAtMs));
}

QString IncidentEventText::promiseKept(const MessagePromise& promise)
{
    return promise.kind == MessagePromise::Kind::NextUpdate
               ? tr("Kept: the update promised for %1").arg(localTime(promise.dueAtMs))
               : tr("Kept: the resolution estimated for %1").arg(localTime(promise.dueAtMs));
}

QString IncidentEventText::promiseMissed(const MessagePromise& promise)
{
    return promise.kind == MessagePromise::Kind::NextUpdate
               ? tr("Missed: the update promised for %1").arg(localTime(promise.dueAtMs))
               : tr("Missed: the resolution estimated for %1").arg(localTime(promise.dueAtMs));
}

QString IncidentEventText::serviceState(const QString& serviceName, const StateChange& change)
{
    QString text =
        tr("%1: %2 → %3").arg(serviceName, serviceStateLabel(change.from), serviceStateLabel(change.to));
    if (!change.reason.isEmpty())
        text += QStringLiteral(" — ") + change.reason;
    return text;
}
