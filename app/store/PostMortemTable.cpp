#include "store/PostMortemTable.h"

#include "store/ActionItemTable.h"
#include "store/SqlValues.h"

DbResult<bool> PostMortemTable::save(const PostMortem& postMortem)
{
    const QString operation = tr("save the post-mortem of %1").arg(postMortem.incidentId);
    DbResult<QSqlQuery*> q = m_db.prepareCached(
        QStringLiteral("INSERT INTO post_mortems (incident_id, review_state, what_happened, customer_impact,"
                       " root_cause, went_well, went_badly, got_lucky, created_ms, updated_ms, updated_by)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                       " ON CONFLICT (incident_id) DO UPDATE SET review_state = excluded.review_state,"
                       " what_happened = excluded.what_happened, customer_impact = excluded.customer_impact,"
                       " root_cause = excluded.root_cause, went_well = excluded.went_well,"
                       " went_badly = excluded.went_badly, got_lucky = excluded.got_lucky,"
                       " created_ms = excluded.created_ms, updated_ms = excluded.updated_ms,"
                       " updated_by = excluded.updated_by"),
        operation);
    if (!q.ok())
        return DbResult<bool>::failure(q.error);
    const QVariantList values{
        text(postMortem.incidentId),        PostMortem::reviewStateKey(postMortem.state),
        text(postMortem.whatHappened),      text(postMortem.customerImpact),
        text(postMortem.rootCause),         text(postMortem.wentWell),
        text(postMortem.wentBadly),         text(postMortem.gotLucky),
        timeOrNull(postMortem.createdAtMs), timeOrNull(postMortem.updatedAtMs),
        text(postMortem.updatedBy)};
    for (int i = 0; i < values.size(); ++i)
        q.value->bindValue(i, values.at(i));
    if (DbResult<bool> done = m_db.execPrepared(*q.value, operation); !done.ok())
        return done;
    QList<ActionItem> items = postMortem.actionItems;
    for (ActionItem& item : items)
        item.incidentId = postMortem.incidentId;
    return ActionItemTable(m_db).replace(postMortem.incidentId, items);
}

DbResult<std::optional<PostMortem>> PostMortemTable::load(const QString& incidentId) const
{
    using Result = DbResult<std::optional<PostMortem>>;
    const QString operation = tr("read the post-mortem of %1").arg(incidentId);
    DbResult<QSqlQuery> q = m_db.run(
        QStringLiteral(
            "SELECT review_state, what_happened, customer_impact, root_cause, went_well, went_badly,"
            " got_lucky, created_ms, updated_ms, updated_by FROM post_mortems WHERE incident_id = ?"),
        {incidentId}, operation);
    if (!q.ok())
        return Result::failure(q.error);
    if (!q.value.next())
        return Result::success(std::nullopt);
    PostMortem pm;
    pm.incidentId = incidentId;
    const QString state = q.value.value(0).toString();
    if (!PostMortem::reviewStateFromKey(state, &pm.state))
        return Result::failure(m_db.describe(operation, tr("the review state %1 is unknown").arg(state)));
    pm.whatHappened = q.value.value(1).toString();
    pm.customerImpact = q.value.value(2).toString();
    pm.rootCause = q.value.value(3).toString();
    pm.wentWell = q.value.value(4).toString();
    pm.wentBadly = q.value.value(5).toString();
    pm.gotLucky = q.value.value(6).toString();
    pm.createdAtMs = timeFrom(q.value.value(7));
    pm.updatedAtMs = timeFrom(q.value.value(8));
    pm.updatedBy = q.value.value(9).toString();
    DbResult<QList<ActionItem>> items = ActionItemTable(m_db).forIncident(incidentId);
    if (!items.ok())
        return Result::failure(items.error);
    pm.actionItems = items.value;
    return Result::success(pm);
}

DbResult<QList<std::pair<QString, PostMortem::ReviewState>>> PostMortemTable::states() const
{
    using Result = DbResult<QList<std::pair<QString, PostMortem::ReviewState>>>;
    const QString operation = tr("read the post-mortems' review states");
    DbResult<QSqlQuery> q =
        m_db.run(QStringLiteral("SELECT incident_id, review_state FROM post_mortems ORDER BY incident_id"),
                 {}, operation);
    if (!q.ok())
        return Result::failure(q.error);
    QList<std::pair<QString, PostMortem::ReviewState>> states;
    while (q.value.next()) {
        PostMortem::ReviewState state = PostMortem::ReviewState::Draft;
        PostMortem::reviewStateFromKey(q.value.value(1).toString(), &state);
        states.append({q.value.value(0).toString(), state});
    }
    return Result::success(states);
}
