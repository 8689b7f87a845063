#include "store/ActionItemTable.h"

#include "store/SqlValues.h"

DbResult<bool> ActionItemTable::replace(const QString& incidentId, const QList<ActionItem>& items)
{
    const QString operation = tr("save the action items of the incident %1").arg(incidentId);
    DbResult<QSqlQuery> removed =
        m_db.run(QStringLiteral("DELETE FROM action_items WHERE incident_id = ?"), {incidentId}, operation);
    if (!removed.ok())
        return DbResult<bool>::failure(removed.error);
    DbResult<QSqlQuery*> q = m_db.prepareCached(
        QStringLiteral(
            "INSERT INTO action_items (id, incident_id, position, title, owner, due_date, status, link)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        operation);
    if (!q.ok())
        return DbResult<bool>::failure(q.error);
    for (qsizetype i = 0; i < items.size(); ++i) {
        const ActionItem& item = items.at(i);
        q.value->bindValue(0, text(item.id));
        q.value->bindValue(1, text(incidentId));
        q.value->bindValue(2, int(i));
        q.value->bindValue(3, text(item.title));
        q.value->bindValue(4, text(item.owner));
        q.value->bindValue(5, item.dueDate.isValid() ? QVariant(item.dueDate.toString(Qt::ISODate))
                                                     : nullValue<QString>());
        q.value->bindValue(6, ActionItem::statusKey(item.status));
        q.value->bindValue(7, text(item.link));
        if (DbResult<bool> done = m_db.execPrepared(*q.value, operation); !done.ok())
            return done;
    }
    return DbResult<bool>::success(true);
}

DbResult<QList<ActionItem>> ActionItemTable::select(const QString& where, const QVariantList& values) const
{
    const QString operation = tr("read the action items");
    DbResult<QSqlQuery> q = m_db.run(
        QStringLiteral("SELECT id, incident_id, title, owner, due_date, status, link FROM action_items ") +
            where,
        values, operation);
    if (!q.ok())
        return DbResult<QList<ActionItem>>::failure(q.error);
    QList<ActionItem> items;
    while (q.value.next()) {
        ActionItem item;
        item.id = q.value.value(0).toString();
        item.incidentId = q.value.value(1).toString();
        item.title = q.value.value(2).toString();
        item.owner = q.value.value(3).toString();
        const QVariant due = q.value.value(4);
        if (!due.isNull())
            item.dueDate = QDate::fromString(due.toString(), Qt::ISODate);
        const QString status = q.value.value(5).toString();
        if (!ActionItem::statusFromKey(status, &item.status))
            return DbResult<QList<ActionItem>>::failure(m_db.describe(
                operation, tr("the action item %1 has the unknown status %2").arg(item.id, status)));
        item.link = q.value.value(6).toString();
        items.append(item);
    }
    return DbResult<QList<ActionItem>>::success(items);
}

DbResult<QList<ActionItem>> ActionItemTable::forIncident(const QString& incidentId) const
{
    return select(QStringLiteral("WHERE incident_id = ? ORDER BY position"), {incidentId});
}

DbResult<QList<ActionItem>> ActionItemTable::all(bool openOnly) const
{
    return select(QString(openOnly ? QStringLiteral("WHERE status <> 'done' ") : QString()) +
                      QStringLiteral("ORDER BY due_date IS NULL, due_date, incident_id, position"),
                  {});
}
