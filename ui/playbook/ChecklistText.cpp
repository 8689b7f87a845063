#include "playbook/ChecklistText.h"

#include "incident/IncidentText.h"

#include <QDateTime>
#include <QLocale>
#include <QStringList>

namespace {

constexpr qint64 kSecondMs = 1000;
constexpr qint64 kMinuteMs = 60 * kSecondMs;

// Whole minutes above a minute (rounded up when `up`), whole seconds below.
QString rounded(qint64 ms, bool up)
{
    if (ms < kMinuteMs)
        return IncidentText::span(up ? (ms + kSecondMs - 1) / kSecondMs * kSecondMs : ms);
    return IncidentText::span(up ? (ms + kMinuteMs - 1) / kMinuteMs * kMinuteMs : ms);
}

} // namespace

QString ChecklistText::distance(qint64 dueAtMs, qint64 nowMs)
{
    const qint64 left = dueAtMs - nowMs;
    return left > 0 ? rounded(left, true) : rounded(-left, false);
}

QString ChecklistText::countdown(qint64 dueAtMs, qint64 nowMs)
{
    if (dueAtMs == 0)
        return QString();
    const qint64 left = dueAtMs - nowMs;
    if (left > 0)
        return tr("in %1").arg(distance(dueAtMs, nowMs));
    if (left > -kSecondMs)
        return tr("due now");
    return tr("overdue by %1").arg(distance(dueAtMs, nowMs));
}

QString ChecklistText::waitingFor(const PlaybookStep& step)
{
    using Anchor = PlaybookStep::Anchor;
    switch (step.due ? step.due->from : Anchor::Declared) {
    case Anchor::Resolved:
        return tr("once resolved");
    case Anchor::PreviousStep:
        return tr("after the step before");
    case Anchor::WindowStart:
    case Anchor::WindowEnd:
        return tr("with the window");
    case Anchor::Declared:
        break;
    }
    return QString();
}

QString ChecklistText::clock(qint64 dueAtMs, qint64 nowMs)
{
    const qint64 left = dueAtMs - nowMs;
    const qint64 seconds = left > 0 ? (left + kSecondMs - 1) / kSecondMs : -left / kSecondMs;
    const qint64 hours = seconds / 3600;
    const QString minutesSeconds = QStringLiteral("%1:%2")
                                       .arg((seconds / 60) % 60, hours > 0 ? 2 : 1, 10, QLatin1Char('0'))
                                       .arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return hours > 0 ? QString::number(hours) + QLatin1Char(':') + minutesSeconds : minutesSeconds;
}

QString ChecklistText::occurrence(const PlaybookStep& step, int occurrence)
{
    if (!step.isRepeating())
        return QString();
    return tr("Update #%1").arg(occurrence);
}

QString ChecklistText::title(const StepStatus& status, bool repeating, const QString& language)
{
    const QString text = status.title.text(language);
    return repeating && status.occurrence > 1 ? tr("%1 #%2").arg(text).arg(status.occurrence) : text;
}

QString ChecklistText::localTime(qint64 ms, qint64 nowMs)
{
    if (ms == 0)
        return QString();
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(ms).toLocalTime();
    const QString time = at.toString(QStringLiteral("HH:mm"));
    if (at.date() == QDateTime::fromMSecsSinceEpoch(nowMs).toLocalTime().date())
        return time;
    return QLocale().toString(at.date(), QLocale::ShortFormat) + QLatin1Char(' ') + time;
}

QString ChecklistText::channels(const QList<ChannelKind>& channels)
{
    QStringList labels;
    for (const ChannelKind kind : channels)
        labels.append(channelKindLabel(kind));
    return labels.join(QStringLiteral(", "));
}

QString ChecklistText::marked(const StepStatus& status, qint64 nowMs)
{
    if (!status.mark)
        return QString();
    const QString when = localTime(status.mark->atMs, nowMs);
    return status.mark->by.isEmpty() ? when : tr("%1, %2").arg(status.mark->by, when);
}
