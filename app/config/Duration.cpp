#include "config/Duration.h"

#include <QRegularExpression>

#include <cmath>

namespace {

qint64 unitMs(QStringView unit)
{
    if (unit == u"ms")
        return 1;
    if (unit == u"s" || unit.isEmpty())
        return 1000;
    if (unit == u"m")
        return 60 * 1000;
    return 60 * 60 * 1000; // "h"
}

} // namespace

std::optional<qint64> Duration::parseMs(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    static const QRegularExpression bare(QStringLiteral("^\\d+(\\.\\d+)?$"));
    if (bare.match(trimmed).hasMatch())
        return std::llround(trimmed.toDouble() * 1000.0);

    static const QRegularExpression part(QStringLiteral("(\\d+(?:\\.\\d+)?)(ms|h|m|s)"));
    double total = 0.0;
    qsizetype consumed = 0;
    auto it = part.globalMatch(trimmed);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        if (m.capturedStart() != consumed)
            return std::nullopt; // something that is not a number+unit sits in between
        total += m.captured(1).toDouble() * double(unitMs(m.capturedView(2)));
        consumed = m.capturedEnd();
    }
    if (consumed != trimmed.size() || total > 1e15)
        return std::nullopt;
    return std::llround(total);
}

QString Duration::format(qint64 ms)
{
    if (ms == 0)
        return QStringLiteral("0s");
    QString out;
    if (ms < 0) {
        out = QStringLiteral("-");
        ms = -ms;
    }
    const qint64 hours = ms / 3'600'000;
    const qint64 minutes = ms / 60'000 % 60;
    const qint64 seconds = ms / 1000 % 60;
    const qint64 millis = ms % 1000;
    if (hours)
        out += QString::number(hours) + QLatin1Char('h');
    if (minutes)
        out += QString::number(minutes) + QLatin1Char('m');
    if (seconds)
        out += QString::number(seconds) + QLatin1Char('s');
    if (millis)
        out += QString::number(millis) + QStringLiteral("ms");
    return out;
}
