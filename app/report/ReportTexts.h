#pragma once

#include "report/ReportLanguage.h"
#include "report/ReportVocabulary.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QTimeZone>

// Every text of a post-mortem document in the report's language, and its dates in the report's time zone.
// The document (PostMortemDocument) asks here for headings, labels and sentences; the exporters only lay
// them out.
//
// As in ReportVocabulary, Q_DECLARE_TR_FUNCTIONS is there for lupdate only: texts are marked with
// QT_TR_NOOP and looked up in the report's own translator, never through tr().
class ReportTexts
{
    Q_DECLARE_TR_FUNCTIONS(ReportTexts)

public:
    ReportTexts(const ReportLanguage& language, const QTimeZone& zone);

    const ReportVocabulary& vocabulary() const { return m_vocabulary; }
    QString languageCode() const { return m_language.code(); }
    const QTimeZone& zone() const { return m_zone; }

    // Formatting.
    QString dateTime(qint64 ms) const;  // "3 March 2026 at 14:05" in the zone
    QString shortTime(qint64 ms) const; // "3 Mar 14:05:09", for table rows
    QString clock(qint64 ms) const;     // "14:05", for the chart's axis
    QString date(const QDate& date) const;
    QString duration(qint64 ms) const;   // "45 s", "12 min", "1 h 05 min", "2 d 3 h"
    QString zoneNote(qint64 atMs) const; // "Times are in Europe/Paris (UTC+01:00).", the offset at atMs
    QString none() const;                // "—"
    // A label before its value, "Severity:"; French puts a space before the colon.
    QString labelled(const QString& label) const;

    // Title page, header and footer.
    QString documentKind() const; // "Post-mortem"
    QString drillTag() const;
    QString customerEdition() const;
    QString internalEdition() const;
    QString pageOf(int page, int pages) const;
    QString generatedOn(qint64 ms) const;
    QString labelReference() const;
    QString labelSeverity() const;
    QString labelStatus() const;
    QString labelStarted() const;
    QString labelEnded() const;
    QString labelDuration() const;
    QString labelCommander() const;
    QString labelCommunicationsLead() const;
    QString labelReviewState() const;
    QString stillOpen() const;

    // Sections.
    QString headingSummary() const;
    QString headingResponseTimes() const;
    QString headingServices() const;
    QString headingChart() const;
    QString headingActionItems() const;
    QString headingTimeline() const;
    QString headingMessages() const;
    QString headingAdherence() const;
    QString headingInternalNotes() const;
    QString headingHistory() const;

    QString labelTimeToDetect() const;
    QString labelTimeToAcknowledge() const;
    QString labelTimeToMitigate() const;
    QString labelTimeToResolve() const;
    QString notReached() const;
    QString noSummary() const;
    QString notWritten() const;
    QString noActionItems() const;
    QString noMessages() const;
    QString noEvents() const;
    QString noServices() const;
    QString chartCaption(qint64 fromMs, qint64 toMs) const;

    // Table headers.
    QString columnService() const;
    QString columnImpact() const;
    QString columnDown() const;
    QString columnDegraded() const;
    QString columnNoData() const;
    QString columnTime() const;
    QString columnEvent() const;
    QString columnDetail() const;
    QString columnBy() const;
    QString columnChannel() const;
    QString columnMessage() const;
    QString columnAction() const;
    QString columnOwner() const;
    QString columnDue() const;
    QString columnStatus() const;
    QString columnLink() const;
    QString columnStep() const;
    QString columnDone() const;
    QString columnLateBy() const;
    QString columnChange() const;
    QString columnFrom() const;
    QString columnTo() const;
    QString columnState() const;

    // Checklist adherence.
    QString firstMessageOnTime(qint64 afterMs) const;
    QString firstMessageLate(qint64 afterMs, qint64 lateByMs) const;
    QString firstMessageNotSent() const;
    QString noFirstMessageStep() const;
    QString updatesSummary(int due, int late, qint64 lateTotalMs) const;
    QString stepsSummary(int due, int late, qint64 worstMs) const;
    QString onTime() const;
    QString skipped() const;
    QString notDone() const;
    QString overdue() const;
    QString occurrence(const QString& title, int occurrence) const;
    QString fallbackPage() const;

    // Document history.
    QString changeReviewState(const QString& from, const QString& to) const;
    QString changeSection(const QString& section) const;
    QString changeItemAdded(const QString& title) const;
    QString changeItemRemoved(const QString& title) const;
    QString changeItemField(const QString& field, const QString& from, const QString& to) const;

private:
    QString t(const char* source, int n = -1) const;

    ReportLanguage m_language;
    ReportVocabulary m_vocabulary;
    QTimeZone m_zone;
};
