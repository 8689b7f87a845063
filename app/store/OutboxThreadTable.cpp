#include "store/OutboxThreadTable.h"

#include "store/SqlValues.h"

#include <QJsonDocument>

DbResult<QJsonObject> OutboxThreadTable::thread(const QString& incidentId, const QString& channelName) const
{
    const QString operation = tr("read what %1 keeps for the incident %2").arg(channelName, incidentId);
    DbResult<QSqlQuery> q = m_db.run(
        QStringLiteral("SELECT thread FROM outbox_threads WHERE incident_id = ? AND channel_name = ?"),
        {text(incidentId), text(channelName)}, operation);
    if (!q.ok())
        return DbResult<QJsonObject>::failure(q.error);
    if (!q.value.next())
        return DbResult<QJsonObject>::success(QJsonObject());
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(q.value.value(0).toString().toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return DbResult<QJsonObject>::failure(m_db.describe(operation, error.errorString()));
    return DbResult<QJsonObject>::success(document.object());
}

DbResult<bool> OutboxThreadTable::save(const QString& incidentId, const QString& channelName,
                                       const QJsonObject& thread, qint64 nowMs)
{
    const QString operation = tr("keep what %1 returned for the incident %2").arg(channelName, incidentId);
    DbResult<QSqlQuery> q =
        m_db.run(QStringLiteral("INSERT INTO outbox_threads (incident_id, channel_name, thread, updated_at)"
                                " VALUES (?, ?, ?, ?) ON CONFLICT (incident_id, channel_name) DO UPDATE SET"
                                " thread = excluded.thread, updated_at = excluded.updated_at"),
                 {text(incidentId), text(channelName),
                  QString::fromUtf8(QJsonDocument(thread).toJson(QJsonDocument::Compact)), nowMs},
                 operation);
    if (!q.ok())
        return DbResult<bool>::failure(q.error);
    return DbResult<bool>::success(true);
}
