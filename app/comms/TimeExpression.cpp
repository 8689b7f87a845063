#include "comms/TimeExpression.h"

#include <QRegularExpression>

#include <algorithm>

namespace {

const QRegularExpression::PatternOptions options =
    QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption;

int quantity(const QString& word)
{
    const QString w = word.toLower();
    if (w == u"a" || w == u"an" || w == u"one" || w == u"un" || w == u"une")
        return 1;
    if (w == u"two" || w == u"deux")
        return 2;
    return w.toInt();
}

bool overlaps(const QList<TimeExpression>& found, qsizetype start, qsizetype length)
{
    return std::any_of(found.cbegin(), found.cend(), [&](const TimeExpression& e) {
        return start < e.start + e.length && e.start < start + length;
    });
}

void readUtcOffset(const QString& text, TimeExpression* expression)
{
    static const QRegularExpression offset(
        QStringLiteral(R"(\s*\(?\s*UTC(?:\s*([+-])\s*(\d{1,2})(?::(\d{2}))?)?(?:\s*\))?)"), options);
    const QRegularExpressionMatch match =
        offset.match(text, expression->start + expression->length, QRegularExpression::NormalMatch,
                     QRegularExpression::AnchorAtOffsetMatchOption);
    if (!match.hasMatch())
        return;
    expression->hasUtcOffset = true;
    const int seconds = match.captured(2).toInt() * 3600 + match.captured(3).toInt() * 60;
    expression->utcOffsetSeconds = match.captured(1) == u"-" ? -seconds : seconds;
    expression->length = int(match.capturedEnd() - expression->start);
}

} // namespace

QList<TimeExpression> TimeExpression::findAll(const QString& text)
{
    QList<TimeExpression> found;
    static const QRegularExpression halfHour(
        QStringLiteral(R"(\b(?:in|within|dans|d['’]ici|sous)\s+(?:half\s+an\s+hour|une\s+demi-heure))"),
        options);
    static const QRegularExpression delay(
        QStringLiteral(R"(\b(?:in|within|dans|d['’]ici|sous)\s+(?:the\s+next\s+|les\s+prochaines\s+)?)"
                       R"((\d{1,3}|an?|one|two|une?|deux)\s*(minutes?|mins?|hours?|hrs?|heures?|h)(?![\w]))"),
        options);
    for (auto it = halfHour.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        TimeExpression e;
        e.kind = Kind::Delay;
        e.start = int(match.capturedStart());
        e.length = int(match.capturedLength());
        e.delayMinutes = 30;
        found.append(e);
    }
    for (auto it = delay.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        if (overlaps(found, match.capturedStart(), match.capturedLength()))
            continue;
        TimeExpression e;
        e.kind = Kind::Delay;
        e.start = int(match.capturedStart());
        e.length = int(match.capturedLength());
        const bool hours = match.captured(2).at(0).toLower() == u'h';
        e.delayMinutes = quantity(match.captured(1)) * (hours ? 60 : 1);
        found.append(e);
    }

    // 14:30, 2:30 PM, 2 pm, 14h30, 14 h 30, 15 h; not "1 h 25 min" (a duration) nor "1 hr".
    static const QRegularExpression clock(
        QStringLiteral(
            R"((?<![\d:])(\d{1,2})(?::(\d{2})(?!\d)(?:\s*([ap])\.?\s?m\b\.?)?)"
            R"(|\s?([ap])\.?\s?m\b\.?|\s?h(?:\s?(\d{2}))?(?!\s?(?:\d|min|r\b|rs\b|eure))(?![\w])))"),
        options);
    for (auto it = clock.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        if (overlaps(found, match.capturedStart(), match.capturedLength()))
            continue;
        int hour = match.captured(1).toInt();
        const int minute =
            match.captured(2).isEmpty() ? match.captured(5).toInt() : match.captured(2).toInt();
        const QString meridiem = (match.captured(3) + match.captured(4)).toLower();
        if (!meridiem.isEmpty()) {
            if (hour < 1 || hour > 12)
                continue;
            hour = (hour % 12) + (meridiem == u"p" ? 12 : 0);
        }
        if (hour > 23 || minute > 59)
            continue;
        TimeExpression e;
        e.kind = Kind::ClockTime;
        e.start = int(match.capturedStart());
        e.length = int(match.capturedLength());
        e.hour = hour;
        e.minute = minute;
        readUtcOffset(text, &e);
        found.append(e);
    }
    std::sort(found.begin(), found.end(),
              [](const TimeExpression& a, const TimeExpression& b) { return a.start < b.start; });
    return found;
}
