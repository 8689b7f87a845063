#include "store/MessageDraftTable.h"

#include "store/SqlValues.h"

DbResult<bool> MessageDraftTable::save(const MessageDraft& draft)
{
    const QString operation = tr("save a message draft of the incident %1").arg(draft.incidentId);
    DbResult<QSqlQuery*> q = m_db.prepareCached(
        QStringLiteral("INSERT INTO message_drafts (id, incident_id, step_id, occurrence, channel, language,"
                       " subject, body, state, author, created_ms, updated_ms, approved_by, approved_ms,"
                       " published_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                       " ON CONFLICT (id) DO UPDATE SET incident_id = excluded.incident_id,"
                       " step_id = excluded.step_id, occurrence = excluded.occurrence,"
                       " channel = excluded.channel, language = excluded.language,"
                       " subject = excluded.subject, body = excluded.body, state = excluded.state,"
                       " author = excluded.author, created_ms = excluded.created_ms,"
                       " updated_ms = excluded.updated_ms, approved_by = excluded.approved_by,"
                       " approved_ms = excluded.approved_ms, published_ms = excluded.published_ms"),
        operation);
    if (!q.ok())
        return DbResult<bool>::failure(q.error);
    const QVariantList values{text(draft.id),
                              text(draft.incidentId),
                              text(draft.stepId),
                              draft.occurrence,
                              channelKindKey(draft.channel),
                              text(draft.language),
                              text(draft.subject),
                              text(draft.body),
                              MessageDraft::stateKey(draft.state),
                              text(draft.author),
                              timeOrNull(draft.createdAtMs),
                              timeOrNull(draft.updatedAtMs),
                              text(draft.approvedBy),
                              timeOrNull(draft.approvedAtMs),
                              timeOrNull(draft.publishedAtMs)};
    for (qsizetype i = 0; i < values.size(); ++i)
        q.value->bindValue(int(i), values.at(i));
    return m_db.execPrepared(*q.value, operation);
}

DbResult<QList<MessageDraft>> MessageDraftTable::all() const
{
    const QString operation = tr("read the message drafts");
    DbResult<QSqlQuery> q = m_db.run(
        QStringLiteral("SELECT id, incident_id, step_id, occurrence, channel, language, subject, body, state,"
                       " author, created_ms, updated_ms, approved_by, approved_ms, published_ms"
                       " FROM message_drafts ORDER BY incident_id, created_ms, rowid"),
        {}, operation);
    if (!q.ok())
        return DbResult<QList<MessageDraft>>::failure(q.error);
    QList<MessageDraft> drafts;
    while (q.value.next()) {
        MessageDraft draft;
        draft.id = q.value.value(0).toString();
        const QString channel = q.value.value(4).toString();
        const QString state = q.value.value(8).toString();
        if (!channelKindFromKey(channel, &draft.channel) || !MessageDraft::stateFromKey(state, &draft.state))
            return DbResult<QList<MessageDraft>>::failure(
                m_db.describe(operation, tr("the draft %1 has an unknown channel kind or state (%2, %3)")
                                             .arg(draft.id, channel, state)));
        draft.incidentId = q.value.value(1).toString();
        draft.stepId = q.value.value(2).toString();
        draft.occurrence = q.value.value(3).toInt();
        draft.language = q.value.value(5).toString();
        draft.subject = q.value.value(6).toString();
        draft.body = q.value.value(7).toString();
        draft.author = q.value.value(9).toString();
        draft.createdAtMs = timeFrom(q.value.value(10));
        draft.updatedAtMs = timeFrom(q.value.value(11));
        draft.approvedBy = q.value.value(12).toString();
        draft.approvedAtMs = timeFrom(q.value.value(13));
        draft.publishedAtMs = timeFrom(q.value.value(14));
        drafts.append(draft);
    }
    return DbResult<QList<MessageDraft>>::success(drafts);
}
