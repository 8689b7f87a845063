#include "statuspage/SummaryJsonWriter.h"

#include "statuspage/FallbackHtmlWriter.h"
#include "statuspage/MarkupText.h"
#include "statuspage/PageTexts.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace {

// JSON could carry control characters escaped, but the pages cannot, and the three files must agree.
QString clean(const QString& text)
{
    return MarkupText::clean(text);
}

QJsonValue orNull(const QString& text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

} // namespace

SummaryJsonWriter::SummaryJsonWriter(const QTimeZone& zone) : m_zone(zone.isValid() ? zone : QTimeZone::utc())
{}

QString SummaryJsonWriter::groupIdOf(const QString& group)
{
    const QByteArray hash = QCryptographicHash::hash(group.toUtf8(), QCryptographicHash::Sha1);
    return QStringLiteral("grp-") + QString::fromLatin1(hash.toHex().left(12));
}

QJsonValue SummaryJsonWriter::time(qint64 atMs) const
{
    if (atMs <= 0)
        return QJsonValue(QJsonValue::Null);
    return PageTexts::rfc3339(atMs, m_zone, true);
}

QByteArray SummaryJsonWriter::write(const StatusSnapshot& snapshot, const QString& description) const
{
    QJsonObject page;
    page.insert(QStringLiteral("id"), clean(snapshot.pageId));
    page.insert(QStringLiteral("name"), clean(snapshot.title));
    page.insert(QStringLiteral("url"), orNull(clean(snapshot.baseUrl)));
    page.insert(QStringLiteral("time_zone"), QString::fromUtf8(m_zone.id()));
    page.insert(QStringLiteral("updated_at"), time(snapshot.generatedAtMs));

    QJsonObject status;
    status.insert(QStringLiteral("indicator"), pageIndicatorKey(snapshot.indicator()));
    status.insert(QStringLiteral("description"), description);

    QJsonArray components;
    int position = 0;
    for (const QString& group : snapshot.groups()) {
        const QList<StatusComponent> members = snapshot.componentsOf(group);
        QJsonObject groupObject;
        if (!group.isEmpty()) {
            ComponentStatus worst = ComponentStatus::Operational;
            qint64 updated = 0;
            QJsonArray ids;
            for (const StatusComponent& member : members) {
                worst = worseComponentStatus(worst, member.status);
                updated = std::max(updated, member.updatedAtMs);
                ids.append(member.id);
            }
            groupObject.insert(QStringLiteral("id"), groupIdOf(group));
            groupObject.insert(QStringLiteral("name"), clean(group));
            groupObject.insert(QStringLiteral("status"), componentStatusKey(worst));
            groupObject.insert(QStringLiteral("position"), ++position);
            groupObject.insert(QStringLiteral("group"), true);
            groupObject.insert(QStringLiteral("group_id"), QJsonValue(QJsonValue::Null));
            groupObject.insert(QStringLiteral("components"), ids);
            groupObject.insert(QStringLiteral("updated_at"), time(updated));
            components.append(groupObject);
        }
        for (const StatusComponent& member : members) {
            QJsonObject object;
            object.insert(QStringLiteral("id"), member.id);
            object.insert(QStringLiteral("name"), clean(member.name));
            object.insert(QStringLiteral("status"), componentStatusKey(member.status));
            object.insert(QStringLiteral("position"), ++position);
            object.insert(QStringLiteral("group"), false);
            object.insert(QStringLiteral("group_id"),
                          group.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(groupIdOf(group)));
            object.insert(QStringLiteral("updated_at"), time(member.updatedAtMs));
            components.append(object);
        }
    }

    QJsonArray incidents;
    for (const StatusIncident& incident : snapshot.openIncidents())
        incidents.append(incidentObject(snapshot, incident));
    QJsonArray maintenances;
    for (const StatusIncident& maintenance : snapshot.openMaintenances()) {
        QJsonObject object = incidentObject(snapshot, maintenance);
        object.insert(QStringLiteral("scheduled_for"), time(maintenance.scheduledForMs));
        object.insert(QStringLiteral("scheduled_until"), time(maintenance.scheduledUntilMs));
        maintenances.append(object);
    }

    QJsonObject root;
    root.insert(QStringLiteral("page"), page);
    root.insert(QStringLiteral("status"), status);
    root.insert(QStringLiteral("components"), components);
    root.insert(QStringLiteral("incidents"), incidents);
    root.insert(QStringLiteral("scheduled_maintenances"), maintenances);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QJsonObject SummaryJsonWriter::incidentObject(const StatusSnapshot& snapshot,
                                              const StatusIncident& incident) const
{
    QJsonObject object;
    object.insert(QStringLiteral("id"), incident.id);
    object.insert(QStringLiteral("name"), clean(incident.title));
    object.insert(QStringLiteral("status"), incidentStatusKey(incident.status));
    object.insert(QStringLiteral("impact"), pageIndicatorKey(incident.impact));
    object.insert(QStringLiteral("created_at"), time(incident.startedAtMs));
    object.insert(QStringLiteral("started_at"), time(incident.startedAtMs));
    object.insert(QStringLiteral("updated_at"), time(incident.updatedAtMs));
    object.insert(QStringLiteral("resolved_at"), time(incident.resolvedAtMs));
    object.insert(QStringLiteral("page_id"), clean(snapshot.pageId));
    if (!snapshot.baseUrl.isEmpty()) {
        QString base = clean(snapshot.baseUrl);
        if (!base.endsWith(QLatin1Char('/')))
            base += QLatin1Char('/');
        object.insert(QStringLiteral("shortlink"),
                      QString(base + QLatin1Char('#') + FallbackHtmlWriter::anchorOf(incident.id)));
    }
    QJsonArray updates;
    for (const StatusUpdate& update : incident.updates) {
        QJsonObject item;
        item.insert(QStringLiteral("id"), update.id);
        item.insert(QStringLiteral("incident_id"), incident.id);
        item.insert(QStringLiteral("status"), incidentStatusKey(update.status));
        item.insert(QStringLiteral("body"), clean(update.text(QStringLiteral("en"))));
        item.insert(QStringLiteral("created_at"), time(update.atMs));
        item.insert(QStringLiteral("updated_at"), time(update.atMs));
        item.insert(QStringLiteral("display_at"), time(update.atMs));
        updates.append(item);
    }
    object.insert(QStringLiteral("incident_updates"), updates);
    QJsonArray components;
    for (const QString& name : incident.componentNames) {
        for (const StatusComponent& component : snapshot.components) {
            if (component.name == name) {
                QJsonObject ref;
                ref.insert(QStringLiteral("id"), component.id);
                ref.insert(QStringLiteral("name"), clean(component.name));
                ref.insert(QStringLiteral("status"), componentStatusKey(component.status));
                components.append(ref);
                break;
            }
        }
    }
    object.insert(QStringLiteral("components"), components);
    return object;
}
