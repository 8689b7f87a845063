#include "report/ReportTexts.h"

#include <QDateTime>

ReportTexts::ReportTexts(const ReportLanguage& language, const QTimeZone& zone)
    : m_language(language), m_vocabulary(language), m_zone(zone.isValid() ? zone : QTimeZone::utc())
{}

QString ReportTexts::t(const char* source, int n) const
{
    return m_language.translate("ReportTexts", source, n);
}

QString ReportTexts::dateTime(qint64 ms) const
{
    if (ms <= 0)
        return none();
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(ms, m_zone);
    //: A date and time on the title page; %1 is the date ("3 March 2026"), %2 the time ("14:05").
    return t(QT_TR_NOOP("%1 at %2"))
        .arg(m_language.locale().toString(at.date(), QStringLiteral("d MMMM yyyy")),
             at.time().toString(QStringLiteral("HH:mm")));
}

QString ReportTexts::shortTime(qint64 ms) const
{
    if (ms <= 0)
        return none();
    return m_language.locale().toString(QDateTime::fromMSecsSinceEpoch(ms, m_zone),
                                        QStringLiteral("d MMM HH:mm:ss"));
}

QString ReportTexts::clock(qint64 ms) const
{
    return QDateTime::fromMSecsSinceEpoch(ms, m_zone).time().toString(QStringLiteral("HH:mm"));
}

QString ReportTexts::date(const QDate& date) const
{
    return date.isValid() ? m_language.locale().toString(date, QStringLiteral("d MMM yyyy")) : none();
}

QString ReportTexts::duration(qint64 ms) const
{
    const bool negative = ms < 0;
    const qint64 abs = negative ? -ms : ms;
    const qint64 seconds = abs / 1000;
    const qint64 minutes = seconds / 60;
    QString text;
    if (seconds < 60)
        text = t(QT_TR_NOOP("%1 s")).arg(seconds);
    else if (minutes < 60)
        text = t(QT_TR_NOOP("%1 min")).arg(minutes);
    else if (minutes < 24 * 60)
        text = t(QT_TR_NOOP("%1 h %2 min")).arg(minutes / 60).arg(minutes % 60, 2, 10, QLatin1Char('0'));
    else
        text = t(QT_TR_NOOP("%1 d %2 h")).arg(minutes / (24 * 60)).arg((minutes / 60) % 24);
    return negative ? QStringLiteral("−") + text : text;
}

QString ReportTexts::zoneNote(qint64 atMs) const
{
    // The offset the incident's times had (summer time or not), not today's.
    const int offset = m_zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(atMs, QTimeZone::utc()));
    const QString utc = QStringLiteral("UTC%1%2:%3")
                            .arg(offset < 0 ? QLatin1Char('-') : QLatin1Char('+'))
                            .arg(qAbs(offset) / 3600, 2, 10, QLatin1Char('0'))
                            .arg((qAbs(offset) % 3600) / 60, 2, 10, QLatin1Char('0'));
    return t(QT_TR_NOOP("Times are in %1 (%2).")).arg(QString::fromUtf8(m_zone.id()), utc);
}

QString ReportTexts::none() const
{
    return QStringLiteral("—");
}

QString ReportTexts::labelled(const QString& label) const
{
    return t(QT_TR_NOOP("%1:")).arg(label);
}

QString ReportTexts::documentKind() const
{
    return t(QT_TR_NOOP("Post-mortem"));
}

QString ReportTexts::drillTag() const
{
    return t(QT_TR_NOOP("Drill: a rehearsal, not a real incident"));
}

QString ReportTexts::customerEdition() const
{
    return t(QT_TR_NOOP("Customer edition: internal notes are left out."));
}

QString ReportTexts::internalEdition() const
{
    return t(QT_TR_NOOP("Internal edition: not for customers."));
}

QString ReportTexts::pageOf(int page, int pages) const
{
    return t(QT_TR_NOOP("Page %1 of %2")).arg(page).arg(pages);
}

QString ReportTexts::generatedOn(qint64 ms) const
{
    return t(QT_TR_NOOP("Made by Vigie from the incident's record on %1.")).arg(dateTime(ms));
}

// clang-format off
QString ReportTexts::labelReference() const { return t(QT_TR_NOOP("Incident")); }
QString ReportTexts::labelSeverity() const { return t(QT_TR_NOOP("Severity")); }
QString ReportTexts::labelStatus() const { return t(QT_TR_NOOP("Status")); }
QString ReportTexts::labelStarted() const { return t(QT_TR_NOOP("Started")); }
QString ReportTexts::labelEnded() const { return t(QT_TR_NOOP("Resolved")); }
QString ReportTexts::labelDuration() const { return t(QT_TR_NOOP("Duration")); }
QString ReportTexts::labelCommander() const { return t(QT_TR_NOOP("Incident commander")); }
QString ReportTexts::labelCommunicationsLead() const { return t(QT_TR_NOOP("Communications lead")); }
QString ReportTexts::labelReviewState() const { return t(QT_TR_NOOP("Review")); }
QString ReportTexts::stillOpen() const { return t(QT_TR_NOOP("still open")); }

QString ReportTexts::headingSummary() const { return t(QT_TR_NOOP("Summary")); }
QString ReportTexts::headingResponseTimes() const { return t(QT_TR_NOOP("Response times")); }
QString ReportTexts::headingServices() const { return t(QT_TR_NOOP("Affected services")); }
QString ReportTexts::headingChart() const { return t(QT_TR_NOOP("Outage timeline")); }
QString ReportTexts::headingActionItems() const { return t(QT_TR_NOOP("Action items")); }
QString ReportTexts::headingTimeline() const { return t(QT_TR_NOOP("Incident timeline")); }
QString ReportTexts::headingMessages() const { return t(QT_TR_NOOP("Messages published")); }
QString ReportTexts::headingAdherence() const { return t(QT_TR_NOOP("Checklist adherence")); }
QString ReportTexts::headingInternalNotes() const { return t(QT_TR_NOOP("Internal notes")); }
QString ReportTexts::headingHistory() const { return t(QT_TR_NOOP("History of this post-mortem")); }

QString ReportTexts::labelTimeToDetect() const { return t(QT_TR_NOOP("Time to detect")); }
QString ReportTexts::labelTimeToAcknowledge() const { return t(QT_TR_NOOP("Time to acknowledge")); }
QString ReportTexts::labelTimeToMitigate() const { return t(QT_TR_NOOP("Time to mitigate")); }
QString ReportTexts::labelTimeToResolve() const { return t(QT_TR_NOOP("Time to resolve")); }
QString ReportTexts::notReached() const { return t(QT_TR_NOOP("not reached")); }
QString ReportTexts::noSummary() const { return t(QT_TR_NOOP("No summary was written.")); }
QString ReportTexts::notWritten() const { return t(QT_TR_NOOP("Not written yet.")); }
QString ReportTexts::noActionItems() const { return t(QT_TR_NOOP("No action items yet.")); }
QString ReportTexts::noMessages() const { return t(QT_TR_NOOP("No message was published.")); }
QString ReportTexts::noEvents() const { return t(QT_TR_NOOP("The timeline is empty.")); }
QString ReportTexts::noServices() const { return t(QT_TR_NOOP("No service was marked as affected.")); }

QString ReportTexts::columnService() const { return t(QT_TR_NOOP("Service")); }
QString ReportTexts::columnImpact() const { return t(QT_TR_NOOP("Impact")); }
QString ReportTexts::columnDown() const { return t(QT_TR_NOOP("Down")); }
QString ReportTexts::columnDegraded() const { return t(QT_TR_NOOP("Degraded")); }
QString ReportTexts::columnNoData() const { return t(QT_TR_NOOP("No data")); }
QString ReportTexts::columnTime() const { return t(QT_TR_NOOP("Time")); }
QString ReportTexts::columnEvent() const { return t(QT_TR_NOOP("Event")); }
QString ReportTexts::columnDetail() const { return t(QT_TR_NOOP("What")); }
QString ReportTexts::columnBy() const { return t(QT_TR_NOOP("By")); }
QString ReportTexts::columnChannel() const { return t(QT_TR_NOOP("Channel")); }
QString ReportTexts::columnMessage() const { return t(QT_TR_NOOP("Message")); }
QString ReportTexts::columnAction() const { return t(QT_TR_NOOP("Action")); }
QString ReportTexts::columnOwner() const { return t(QT_TR_NOOP("Owner")); }
QString ReportTexts::columnDue() const { return t(QT_TR_NOOP("Due")); }
QString ReportTexts::columnStatus() const { return t(QT_TR_NOOP("Status")); }
QString ReportTexts::columnLink() const { return t(QT_TR_NOOP("Link")); }
QString ReportTexts::columnStep() const { return t(QT_TR_NOOP("Step")); }
QString ReportTexts::columnDone() const { return t(QT_TR_NOOP("Done")); }
QString ReportTexts::columnLateBy() const { return t(QT_TR_NOOP("Late by")); }
QString ReportTexts::columnChange() const { return t(QT_TR_NOOP("Change")); }
QString ReportTexts::columnFrom() const { return t(QT_TR_NOOP("From")); }
QString ReportTexts::columnTo() const { return t(QT_TR_NOOP("To")); }
QString ReportTexts::columnState() const { return t(QT_TR_NOOP("State")); }

QString ReportTexts::onTime() const { return t(QT_TR_NOOP("on time")); }
QString ReportTexts::skipped() const { return t(QT_TR_NOOP("skipped")); }
QString ReportTexts::notDone() const { return t(QT_TR_NOOP("not done")); }
QString ReportTexts::overdue() const { return t(QT_TR_NOOP("not done, overdue")); }
QString ReportTexts::fallbackPage() const { return t(QT_TR_NOOP("Fallback status page")); }
// clang-format on

QString ReportTexts::chartCaption(qint64 fromMs, qint64 toMs) const
{
    return t(QT_TR_NOOP("Confirmed state of each affected service from %1 to %2; the dashed lines mark the "
                        "incident's start and end."))
        .arg(dateTime(fromMs), dateTime(toMs));
}

QString ReportTexts::firstMessageOnTime(qint64 afterMs) const
{
    return t(QT_TR_NOOP("The first message went out on time, %1 after the incident was declared."))
        .arg(duration(afterMs));
}

QString ReportTexts::firstMessageLate(qint64 afterMs, qint64 lateByMs) const
{
    return t(QT_TR_NOOP("The first message went out late: %1 after the incident was declared, %2 after it "
                        "was due."))
        .arg(duration(afterMs), duration(lateByMs));
}

QString ReportTexts::firstMessageNotSent() const
{
    return t(QT_TR_NOOP("The first message has not gone out."));
}

QString ReportTexts::noFirstMessageStep() const
{
    return t(QT_TR_NOOP("The playbook has no first message for this incident."));
}

QString ReportTexts::updatesSummary(int due, int late, qint64 lateTotalMs) const
{
    if (due == 0)
        return t(QT_TR_NOOP("No update fell due."));
    if (late == 0)
        return t(QT_TR_N_NOOP("%n update(s) fell due, all on time."), due);
    return t(QT_TR_N_NOOP("%n update(s) fell due; %1 late by %2 in all."), due)
        .arg(late)
        .arg(duration(lateTotalMs));
}

QString ReportTexts::stepsSummary(int due, int late, qint64 worstMs) const
{
    if (late == 0)
        return t(QT_TR_N_NOOP("%n checklist step(s) fell due, none late."), due);
    return t(QT_TR_N_NOOP("%n checklist step(s) fell due; %1 late, the latest by %2."), due)
        .arg(late)
        .arg(duration(worstMs));
}

QString ReportTexts::occurrence(const QString& title, int occurrence) const
{
    return t(QT_TR_NOOP("%1 #%2")).arg(title).arg(occurrence);
}

QString ReportTexts::changeReviewState(const QString& from, const QString& to) const
{
    return t(QT_TR_NOOP("Review state: %1 → %2")).arg(from, to);
}

QString ReportTexts::changeSection(const QString& section) const
{
    return t(QT_TR_NOOP("“%1” edited")).arg(section);
}

QString ReportTexts::changeItemAdded(const QString& title) const
{
    return t(QT_TR_NOOP("Action item added: %1")).arg(title);
}

QString ReportTexts::changeItemRemoved(const QString& title) const
{
    return t(QT_TR_NOOP("Action item removed: %1")).arg(title);
}

QString ReportTexts::changeItemField(const QString& field, const QString& from, const QString& to) const
{
    return t(QT_TR_NOOP("Action item, %1: %2 → %3"))
        .arg(field, from.isEmpty() ? none() : from, to.isEmpty() ? none() : to);
}
