#include "config/StatusCodeSet.h"

#include <QCoreApplication>

StatusCodeSet::StatusCodeSet(QList<Range> ranges) : m_ranges(std::move(ranges)) {}

std::optional<StatusCodeSet> StatusCodeSet::parse(const QString& text, QString* error)
{
    auto fail = [error](const QString& message) -> std::optional<StatusCodeSet> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    QList<Range> ranges;
    const QStringList parts = text.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString& rawPart : parts) {
        const QString part = rawPart.trimmed();
        if (part.isEmpty())
            continue;
        const QStringList bounds = part.split(QLatin1Char('-'));
        if (bounds.size() > 2)
            return fail(QCoreApplication::translate("StatusCodeSet", "\"%1\" is not a status code or a range such as 200-299").arg(part));
        bool okLow = false;
        bool okHigh = false;
        const int low = bounds.first().trimmed().toInt(&okLow);
        const int high = bounds.size() == 2 ? bounds.last().trimmed().toInt(&okHigh) : low;
        if (bounds.size() == 1)
            okHigh = okLow;
        if (!okLow || !okHigh || low < 100 || high > 599 || low > high)
            return fail(QCoreApplication::translate("StatusCodeSet", "\"%1\" is not a status code or a range such as 200-299").arg(part));
        ranges.append(Range{low, high});
    }
    if (ranges.isEmpty())
        return fail(QCoreApplication::translate("StatusCodeSet", "no status code given; write codes or ranges such as 200-299, 301"));
    return StatusCodeSet(std::move(ranges));
}

bool StatusCodeSet::contains(int code) const
{
    for (const Range& r : m_ranges) {
        if (code >= r.low && code <= r.high)
            return true;
    }
    return false;
}

QString StatusCodeSet::toString() const
{
    QStringList parts;
    for (const Range& r : m_ranges)
        parts.append(r.low == r.high ? QString::number(r.low) : QStringLiteral("%1-%2").arg(r.low).arg(r.high));
    return parts.join(QStringLiteral(", "));
}
