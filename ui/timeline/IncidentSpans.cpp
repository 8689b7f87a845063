#include "timeline/IncidentSpans.h"

#include "timeline/TimelineModel.h"
#include "timeline/TimelineToolTip.h"
#include "util/TimeText.h"

#include <QCoreApplication>
#include <QFontMetrics>
#include <QSet>

namespace {

// The services a row stands for: itself, or every service of a collapsed group.
QSet<qint64> servicesOfRow(const TimelineModel& model, const TimelineRowSlot& row)
{
    QSet<qint64> ids;
    if (!row.group) {
        ids.insert(row.index.data(TimelineModel::ServiceIdRole).toLongLong());
        return ids;
    }
    if (row.expanded)
        return ids; // its services have rows of their own
    for (int i = 0; i < model.rowCount(row.index); ++i)
        ids.insert(model.index(i, 0, row.index).data(TimelineModel::ServiceIdRole).toLongLong());
    return ids;
}

} // namespace

bool IncidentSpans::period(const Incident& incident, qint64 nowMs, qint64* fromMs, qint64* toMs)
{
    if (incident.isMaintenance()) {
        *fromMs = incident.windowStartMs;
        *toMs = incident.status == IncidentStatus::Completed && incident.moments.resolvedMs > 0
                    ? incident.moments.resolvedMs
                    : incident.windowEndMs;
        if (*toMs == 0)
            *toMs = nowMs;
    } else {
        *fromMs = incident.moments.startedMs > 0 ? incident.moments.startedMs : incident.declaredAtMs;
        *toMs = incident.moments.resolvedMs > 0 ? incident.moments.resolvedMs : nowMs;
    }
    return *fromMs > 0 && *toMs >= *fromMs;
}

QColor IncidentSpans::colorFor(const Incident& incident)
{
    if (incident.isMaintenance())
        return QColor(0x25, 0x63, 0xeb);
    switch (incident.severity) {
    case Severity::Sev1:
        return QColor(0x99, 0x1b, 0x1b);
    case Severity::Sev2:
        return QColor(0xc2, 0x41, 0x0c);
    case Severity::Sev3:
        return QColor(0x7c, 0x3a, 0xed);
    case Severity::Sev4:
        return QColor(0x47, 0x55, 0x69);
    }
    return QColor(0x47, 0x55, 0x69);
}

QList<IncidentSpan> IncidentSpans::layout(const TimelineModel& model, const TimelineFrame& frame,
                                          const QRect& plot, const QFontMetrics& metrics)
{
    QList<IncidentSpan> spans;
    if (frame.compact)
        return spans;
    const TimelineRange& range = frame.range;
    for (const Incident& incident : model.incidents()) {
        qint64 from = 0;
        qint64 to = 0;
        if (!period(incident, frame.nowMs, &from, &to) || to < range.fromMs() || from > range.toMs())
            continue;
        const auto xAt = [&](qint64 ms) {
            const qint64 clamped = qBound(range.fromMs(), ms, range.toMs());
            return plot.left() + int((clamped - range.fromMs()) * plot.width() / range.spanMs());
        };
        const int x0 = xAt(from);
        const int x1 = qMax(x0 + 2, xAt(to));
        IncidentSpan span;
        span.incident = incident;
        QRect run;
        for (const TimelineRowSlot& row : frame.rows) {
            const QRect r(x0, TimelineFrame::kAxisHeight + row.top - frame.scrollY, x1 - x0, row.height);
            bool hit = false;
            for (const qint64 id : servicesOfRow(model, row)) {
                if (incident.affects(id)) {
                    hit = true;
                    break;
                }
            }
            if (hit) {
                run = run.isNull() ? r : run.united(r);
            } else if (!run.isNull()) {
                span.rects.append(run.intersected(plot));
                run = QRect();
            }
        }
        if (!run.isNull())
            span.rects.append(run.intersected(plot));
        span.rects.removeIf([](const QRect& r) { return r.isEmpty(); });
        if (span.rects.isEmpty())
            continue;
        const QString tag = incident.reference;
        const QRect first = span.rects.constFirst();
        span.label =
            QRect(first.left(), first.top(), metrics.horizontalAdvance(tag) + 8, metrics.height() + 2);
        spans.append(span);
    }
    return spans;
}

QString IncidentSpans::toolTip(const Incident& incident, qint64 nowMs, const QTimeZone& zone)
{
    qint64 from = 0;
    qint64 to = 0;
    period(incident, nowMs, &from, &to);
    QString text =
        QCoreApplication::translate("IncidentSpans", "%1: %2").arg(incident.reference, incident.title);
    QString line = QCoreApplication::translate("IncidentSpans", "%1 · %2")
                       .arg(severityLabel(incident.severity), incidentStatusLabel(incident.status));
    if (incident.drill)
        line = QCoreApplication::translate("IncidentSpans", "%1 · drill").arg(line);
    text += QLatin1Char('\n') + line + QLatin1Char('\n');
    if (incident.isOpen() && !incident.isMaintenance())
        text += QCoreApplication::translate("IncidentSpans", "Since %1 (%2)")
                    .arg(TimelineToolTip::formatTime(from, zone), TimeText::forDuration(from, to));
    else
        text += QCoreApplication::translate("IncidentSpans", "From %1 to %2")
                    .arg(TimelineToolTip::formatTime(from, zone), TimelineToolTip::formatTime(to, zone));
    return text;
}
