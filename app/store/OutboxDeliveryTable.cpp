#include "store/OutboxDeliveryTable.h"

#include "store/SqlValues.h"

#include <QJsonDocument>

namespace {

const QString columns = QStringLiteral("d.id, d.draft_id, d.incident_id, d.channel_name, d.idempotency_key,"
                                       " d.state, d.attempts, d.next_attempt_at, d.last_error,"
                                       " d.external_id, d.created_at, d.updated_at, d.sent_at,"
                                       " d.may_have_been_sent");

// The delivery heads its line: no earlier delivery of its incident on its channel is still unfinished.
const QString headsItsLine =
    QStringLiteral("NOT EXISTS (SELECT 1 FROM outbox_deliveries e WHERE e.incident_id = d.incident_id"
                   " AND e.channel_name = d.channel_name AND e.seq < d.seq"
                   " AND e.state IN ('queued', 'sending', 'retrying'))");

} // namespace

DbResult<bool> OutboxDeliveryTable::insert(const Delivery& delivery, const QByteArray& message)
{
    const QString operation = tr("queue a message for the channel %1").arg(delivery.channelName);
    DbResult<QSqlQuery> q = m_db.run(
        QStringLiteral("INSERT INTO outbox_deliveries (id, seq, draft_id, incident_id, channel_name,"
                       " idempotency_key, state, attempts, next_attempt_at, last_error, external_id,"
                       " created_at, updated_at, sent_at, message, may_have_been_sent)"
                       " VALUES (?, (SELECT COALESCE(MAX(seq), 0) + 1 FROM outbox_deliveries),"
                       " ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                       " ON CONFLICT DO NOTHING"),
        {text(delivery.id), text(delivery.draftId), text(delivery.incidentId), text(delivery.channelName),
         text(delivery.idempotencyKey), Delivery::stateKey(delivery.state), delivery.attempts,
         delivery.nextAttemptAtMs, text(delivery.lastError), text(delivery.externalId), delivery.createdAtMs,
         delivery.updatedAtMs, timeOrNull(delivery.sentAtMs), QString::fromUtf8(message),
         int(delivery.mayHaveBeenSent)},
        operation);
    if (!q.ok())
        return DbResult<bool>::failure(q.error);
    return DbResult<bool>::success(q.value.numRowsAffected() > 0);
}

DbResult<bool> OutboxDeliveryTable::update(const Delivery& delivery)
{
    const QString operation = tr("record the delivery to the channel %1").arg(delivery.channelName);
    DbResult<QSqlQuery> q =
        m_db.run(QStringLiteral("UPDATE outbox_deliveries SET state = ?, attempts = ?, next_attempt_at = ?,"
                                " last_error = ?, external_id = ?, updated_at = ?, sent_at = ?,"
                                " may_have_been_sent = ? WHERE id = ?"),
                 {Delivery::stateKey(delivery.state), delivery.attempts, delivery.nextAttemptAtMs,
                  text(delivery.lastError), text(delivery.externalId), delivery.updatedAtMs,
                  timeOrNull(delivery.sentAtMs), int(delivery.mayHaveBeenSent), text(delivery.id)},
                 operation);
    if (!q.ok())
        return DbResult<bool>::failure(q.error);
    if (q.value.numRowsAffected() != 1)
        return DbResult<bool>::failure(
            m_db.describe(operation, tr("the delivery %1 is not in the outbox").arg(delivery.id)));
    return DbResult<bool>::success(true);
}

DbResult<QList<Delivery>> OutboxDeliveryTable::select(const QString& where, const QVariantList& values,
                                                      const QString& operation) const
{
    DbResult<QSqlQuery> q =
        m_db.run(QStringLiteral("SELECT ") + columns + QStringLiteral(" FROM outbox_deliveries d ") + where,
                 values, operation);
    if (!q.ok())
        return DbResult<QList<Delivery>>::failure(q.error);
    QList<Delivery> deliveries;
    while (q.value.next()) {
        Delivery d;
        d.id = q.value.value(0).toString();
        d.draftId = q.value.value(1).toString();
        d.incidentId = q.value.value(2).toString();
        d.channelName = q.value.value(3).toString();
        d.idempotencyKey = q.value.value(4).toString();
        const QString state = q.value.value(5).toString();
        if (!Delivery::stateFromKey(state, &d.state))
            return DbResult<QList<Delivery>>::failure(
                m_db.describe(operation, tr("the delivery %1 has an unknown state “%2”").arg(d.id, state)));
        d.attempts = q.value.value(6).toInt();
        d.nextAttemptAtMs = q.value.value(7).toLongLong();
        d.lastError = q.value.value(8).toString();
        d.externalId = q.value.value(9).toString();
        d.createdAtMs = q.value.value(10).toLongLong();
        d.updatedAtMs = q.value.value(11).toLongLong();
        d.sentAtMs = timeFrom(q.value.value(12));
        d.mayHaveBeenSent = q.value.value(13).toInt() != 0;
        deliveries.append(d);
    }
    return DbResult<QList<Delivery>>::success(deliveries);
}

DbResult<Delivery> OutboxDeliveryTable::find(const QString& id) const
{
    DbResult<QList<Delivery>> found =
        select(QStringLiteral("WHERE d.id = ?"), {text(id)}, tr("read the delivery %1").arg(id));
    if (!found.ok())
        return DbResult<Delivery>::failure(found.error);
    return DbResult<Delivery>::success(found.value.value(0));
}

DbResult<Delivery> OutboxDeliveryTable::findByDraft(const QString& draftId, const QString& channelName) const
{
    DbResult<QList<Delivery>> found = select(
        QStringLiteral("WHERE d.draft_id = ? AND d.channel_name = ?"), {text(draftId), text(channelName)},
        tr("read the delivery of the draft %1 to %2").arg(draftId, channelName));
    if (!found.ok())
        return DbResult<Delivery>::failure(found.error);
    return DbResult<Delivery>::success(found.value.value(0));
}

DbResult<QByteArray> OutboxDeliveryTable::message(const QString& id) const
{
    DbResult<QSqlQuery> q = m_db.run(QStringLiteral("SELECT message FROM outbox_deliveries WHERE id = ?"),
                                     {text(id)}, tr("read the message of the delivery %1").arg(id));
    if (!q.ok())
        return DbResult<QByteArray>::failure(q.error);
    return DbResult<QByteArray>::success(q.value.next() ? q.value.value(0).toString().toUtf8()
                                                        : QByteArray());
}

DbResult<QList<Delivery>> OutboxDeliveryTable::all() const
{
    return select(QStringLiteral("ORDER BY d.seq"), {}, tr("read the outbox"));
}

DbResult<Delivery> OutboxDeliveryTable::nextDue(qint64 nowMs) const
{
    DbResult<QList<Delivery>> found =
        select(QStringLiteral("WHERE d.state IN ('queued', 'retrying') AND d.next_attempt_at <= ? AND ") +
                   headsItsLine + QStringLiteral(" ORDER BY d.next_attempt_at, d.seq LIMIT 1"),
               {nowMs}, tr("find the next message to send"));
    if (!found.ok())
        return DbResult<Delivery>::failure(found.error);
    return DbResult<Delivery>::success(found.value.value(0));
}

DbResult<qint64> OutboxDeliveryTable::nextDueAt() const
{
    DbResult<QSqlQuery> q = m_db.run(QStringLiteral("SELECT MIN(d.next_attempt_at) FROM outbox_deliveries d"
                                                    " WHERE d.state IN ('queued', 'retrying') AND ") +
                                         headsItsLine,
                                     {}, tr("find when the next message is due"));
    if (!q.ok())
        return DbResult<qint64>::failure(q.error);
    if (!q.value.next() || q.value.value(0).isNull())
        return DbResult<qint64>::success(-1);
    return DbResult<qint64>::success(q.value.value(0).toLongLong());
}

DbResult<int> OutboxDeliveryTable::sentCount(const QString& incidentId, const QString& channelName) const
{
    DbResult<QSqlQuery> q =
        m_db.run(QStringLiteral("SELECT COUNT(*) FROM outbox_deliveries"
                                " WHERE incident_id = ? AND channel_name = ? AND state = 'sent'"),
                 {text(incidentId), text(channelName)}, tr("count the messages sent to %1").arg(channelName));
    if (!q.ok())
        return DbResult<int>::failure(q.error);
    return DbResult<int>::success(q.value.next() ? q.value.value(0).toInt() : 0);
}

DbResult<QList<Delivery>> OutboxDeliveryTable::recoverInterrupted(qint64 nowMs, const QString& error)
{
    const QString operation = tr("recover the deliveries interrupted by a stop");
    DbResult<QList<Delivery>> interrupted =
        select(QStringLiteral("WHERE d.state = 'sending' ORDER BY d.seq"), {}, operation);
    if (!interrupted.ok())
        return interrupted;
    for (Delivery& delivery : interrupted.value) {
        delivery.state = Delivery::State::Retrying;
        delivery.nextAttemptAtMs = nowMs;
        delivery.updatedAtMs = nowMs;
        delivery.lastError = error;
        delivery.mayHaveBeenSent = true;
        DbResult<bool> written = update(delivery);
        if (!written.ok())
            return DbResult<QList<Delivery>>::failure(written.error);
    }
    return interrupted;
}

DbResult<QJsonObject> OutboxDeliveryTable::progress(const QString& id) const
{
    const QString operation = tr("read how far the last attempt of the delivery %1 got").arg(id);
    DbResult<QSqlQuery> q = m_db.run(
        QStringLiteral("SELECT attempt_progress FROM outbox_deliveries WHERE id = ?"), {text(id)}, operation);
    if (!q.ok())
        return DbResult<QJsonObject>::failure(q.error);
    const QByteArray json = q.value.next() ? q.value.value(0).toString().toUtf8() : QByteArray();
    if (json.isEmpty())
        return DbResult<QJsonObject>::success(QJsonObject());
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return DbResult<QJsonObject>::failure(m_db.describe(operation, error.errorString()));
    return DbResult<QJsonObject>::success(document.object());
}

DbResult<bool> OutboxDeliveryTable::setProgress(const QString& id, const QJsonObject& progress)
{
    const QString operation = tr("note how far the attempt of the delivery %1 got").arg(id);
    const QString json = progress.isEmpty()
                             ? QString()
                             : QString::fromUtf8(QJsonDocument(progress).toJson(QJsonDocument::Compact));
    DbResult<QSqlQuery> q =
        m_db.run(QStringLiteral("UPDATE outbox_deliveries SET attempt_progress = ? WHERE id = ?"),
                 {text(json), text(id)}, operation);
    if (!q.ok())
        return DbResult<bool>::failure(q.error);
    if (q.value.numRowsAffected() != 1)
        return DbResult<bool>::failure(
            m_db.describe(operation, tr("the delivery %1 is not in the outbox").arg(id)));
    return DbResult<bool>::success(true);
}
