#include "incident/KeyMoments.h"

#include <QCoreApplication>

namespace {

std::optional<qint64> span(qint64 fromMs, qint64 toMs)
{
    if (fromMs == 0 || toMs == 0)
        return std::nullopt;
    return toMs - fromMs;
}

} // namespace

qint64 KeyMoments::at(Moment moment) const
{
    switch (moment) {
    case Moment::Started:
        return startedMs;
    case Moment::Detected:
        return detectedMs;
    case Moment::Acknowledged:
        return acknowledgedMs;
    case Moment::Mitigated:
        return mitigatedMs;
    case Moment::Resolved:
        return resolvedMs;
    }
    return 0;
}

void KeyMoments::set(Moment moment, qint64 atMs)
{
    switch (moment) {
    case Moment::Started:
        startedMs = atMs;
        break;
    case Moment::Detected:
        detectedMs = atMs;
        break;
    case Moment::Acknowledged:
        acknowledgedMs = atMs;
        break;
    case Moment::Mitigated:
        mitigatedMs = atMs;
        break;
    case Moment::Resolved:
        resolvedMs = atMs;
        break;
    }
}

std::optional<qint64> KeyMoments::timeToDetectMs() const
{
    return span(startedMs, detectedMs);
}

std::optional<qint64> KeyMoments::timeToAcknowledgeMs() const
{
    return span(detectedMs, acknowledgedMs);
}

std::optional<qint64> KeyMoments::timeToMitigateMs() const
{
    return span(startedMs, mitigatedMs);
}

std::optional<qint64> KeyMoments::timeToResolveMs() const
{
    return span(startedMs, resolvedMs);
}

QList<QString> KeyMoments::inconsistencies() const
{
    QList<QString> problems;
    const QList<Moment> order = all();
    for (int i = 1; i < order.size(); ++i) {
        const qint64 later = at(order.at(i));
        if (later == 0)
            continue;
        for (int j = 0; j < i; ++j) {
            const qint64 earlier = at(order.at(j));
            if (earlier != 0 && later < earlier) {
                problems.append(QCoreApplication::translate("KeyMoments", "“%1” is before “%2”.")
                                    .arg(label(order.at(i)), label(order.at(j))));
            }
        }
    }
    return problems;
}

QList<KeyMoments::Moment> KeyMoments::all()
{
    return {Moment::Started, Moment::Detected, Moment::Acknowledged, Moment::Mitigated, Moment::Resolved};
}

QString KeyMoments::key(Moment moment)
{
    switch (moment) {
    case Moment::Started:
        return QStringLiteral("started");
    case Moment::Detected:
        return QStringLiteral("detected");
    case Moment::Acknowledged:
        return QStringLiteral("acknowledged");
    case Moment::Mitigated:
        return QStringLiteral("mitigated");
    case Moment::Resolved:
        return QStringLiteral("resolved");
    }
    return QString();
}

QString KeyMoments::label(Moment moment)
{
    switch (moment) {
    case Moment::Started:
        return QCoreApplication::translate("KeyMoments", "Started");
    case Moment::Detected:
        return QCoreApplication::translate("KeyMoments", "Detected");
    case Moment::Acknowledged:
        return QCoreApplication::translate("KeyMoments", "Acknowledged");
    case Moment::Mitigated:
        return QCoreApplication::translate("KeyMoments", "Mitigated");
    case Moment::Resolved:
        return QCoreApplication::translate("KeyMoments", "Resolved");
    }
    return QString();
}

bool KeyMoments::fromKey(const QString& text, Moment* out)
{
    for (const Moment moment : all()) {
        if (key(moment) == text.trimmed().toLower()) {
            *out = moment;
            return true;
        }
    }
    return false;
}
