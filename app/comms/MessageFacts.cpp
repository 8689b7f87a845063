#include "comms/MessageFacts.h"

#include <QVariantList>

namespace {

void putText(QVariantMap& map, const char* name, const QString& value)
{
    if (!value.isEmpty())
        map.insert(QString::fromLatin1(name), value);
}

} // namespace

QVariantMap MessageFacts::variables() const
{
    QVariantMap map;
    putText(map, "reference", reference);
    putText(map, "title", title);
    putText(map, "summary", summary);
    putText(map, "status", status);
    putText(map, "severity", severity);
    if (!services.isEmpty()) {
        QVariantList list;
        for (const Service& service : services) {
            QVariantMap item;
            item.insert(QStringLiteral("name"), service.name);
            item.insert(QStringLiteral("impact"), service.impact);
            list.append(item);
        }
        map.insert(QStringLiteral("services"), list);
    }
    putText(map, "services_text", servicesText);
    putText(map, "started_at", startedAt);
    putText(map, "duration", duration);
    putText(map, "next_update_at", nextUpdateAt);
    putText(map, "estimated_resolution_at", estimatedResolutionAt);
    putText(map, "status_page_url", statusPageUrl);
    map.insert(QStringLiteral("is_drill"), isDrill);
    map.insert(QStringLiteral("is_maintenance"), isMaintenance);
    putText(map, "window_start", windowStart);
    putText(map, "window_end", windowEnd);
    return map;
}

QStringList MessageFacts::variableNames()
{
    return {QStringLiteral("reference"),
            QStringLiteral("title"),
            QStringLiteral("summary"),
            QStringLiteral("status"),
            QStringLiteral("severity"),
            QStringLiteral("services"),
            QStringLiteral("services_text"),
            QStringLiteral("started_at"),
            QStringLiteral("duration"),
            QStringLiteral("next_update_at"),
            QStringLiteral("estimated_resolution_at"),
            QStringLiteral("status_page_url"),
            QStringLiteral("is_drill"),
            QStringLiteral("is_maintenance"),
            QStringLiteral("window_start"),
            QStringLiteral("window_end")};
}
