#include "store/OutboxMessageCodec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

QJsonValue ms(qint64 value)
{
    return QJsonValue(double(value)); // UTC ms fit a double exactly for the next 285,000 years
}

qint64 msFrom(const QJsonValue& value)
{
    return qint64(value.toDouble());
}

QJsonObject draftJson(const MessageDraft& d)
{
    return QJsonObject{
        {QStringLiteral("id"), d.id},
        {QStringLiteral("incident_id"), d.incidentId},
        {QStringLiteral("step_id"), d.stepId},
        {QStringLiteral("occurrence"), d.occurrence},
        {QStringLiteral("channel"), channelKindKey(d.channel)},
        {QStringLiteral("language"), d.language},
        {QStringLiteral("subject"), d.subject},
        {QStringLiteral("body"), d.body},
        {QStringLiteral("state"), MessageDraft::stateKey(d.state)},
        {QStringLiteral("author"), d.author},
        {QStringLiteral("created_ms"), ms(d.createdAtMs)},
        {QStringLiteral("updated_ms"), ms(d.updatedAtMs)},
        {QStringLiteral("approved_by"), d.approvedBy},
        {QStringLiteral("approved_ms"), ms(d.approvedAtMs)},
    };
}

QJsonObject incidentJson(const Incident& i)
{
    QJsonArray affected;
    for (const AffectedService& service : i.affected)
        affected.append(QJsonObject{{QStringLiteral("service_id"), ms(service.serviceId)},
                                    {QStringLiteral("name"), service.serviceName},
                                    {QStringLiteral("impact"), impactKey(service.impact)}});
    QJsonObject moments;
    for (KeyMoments::Moment moment : KeyMoments::all())
        moments.insert(KeyMoments::key(moment), ms(i.moments.at(moment)));
    return QJsonObject{
        {QStringLiteral("id"), i.id},
        {QStringLiteral("reference"), i.reference},
        {QStringLiteral("kind"), Incident::kindKey(i.kind)},
        {QStringLiteral("drill"), i.drill},
        {QStringLiteral("title"), i.title},
        {QStringLiteral("severity"), severityKey(i.severity)},
        {QStringLiteral("status"), incidentStatusKey(i.status)},
        {QStringLiteral("affected"), affected},
        {QStringLiteral("customer_summary"), i.customerSummary},
        {QStringLiteral("moments"), moments},
        {QStringLiteral("declared_ms"), ms(i.declaredAtMs)},
        {QStringLiteral("time_zone"), i.timeZoneId},
        {QStringLiteral("next_update_due_ms"), ms(i.nextUpdateDueMs)},
        {QStringLiteral("estimated_resolution_ms"), ms(i.estimatedResolutionMs)},
        {QStringLiteral("window_start_ms"), ms(i.windowStartMs)},
        {QStringLiteral("window_end_ms"), ms(i.windowEndMs)},
        {QStringLiteral("window_time_zone"), i.windowTimeZoneId},
    };
}

bool readDraft(const QJsonObject& o, MessageDraft* d)
{
    d->id = o.value(QStringLiteral("id")).toString();
    d->incidentId = o.value(QStringLiteral("incident_id")).toString();
    d->stepId = o.value(QStringLiteral("step_id")).toString();
    d->occurrence = o.value(QStringLiteral("occurrence")).toInt(1);
    d->language = o.value(QStringLiteral("language")).toString();
    d->subject = o.value(QStringLiteral("subject")).toString();
    d->body = o.value(QStringLiteral("body")).toString();
    d->author = o.value(QStringLiteral("author")).toString();
    d->createdAtMs = msFrom(o.value(QStringLiteral("created_ms")));
    d->updatedAtMs = msFrom(o.value(QStringLiteral("updated_ms")));
    d->approvedBy = o.value(QStringLiteral("approved_by")).toString();
    d->approvedAtMs = msFrom(o.value(QStringLiteral("approved_ms")));
    return !d->id.isEmpty() &&
           channelKindFromKey(o.value(QStringLiteral("channel")).toString(), &d->channel) &&
           MessageDraft::stateFromKey(o.value(QStringLiteral("state")).toString(), &d->state);
}

bool readIncident(const QJsonObject& o, Incident* i)
{
    i->id = o.value(QStringLiteral("id")).toString();
    i->reference = o.value(QStringLiteral("reference")).toString();
    i->drill = o.value(QStringLiteral("drill")).toBool();
    i->title = o.value(QStringLiteral("title")).toString();
    i->customerSummary = o.value(QStringLiteral("customer_summary")).toString();
    i->declaredAtMs = msFrom(o.value(QStringLiteral("declared_ms")));
    i->timeZoneId = o.value(QStringLiteral("time_zone")).toString();
    i->nextUpdateDueMs = msFrom(o.value(QStringLiteral("next_update_due_ms")));
    i->estimatedResolutionMs = msFrom(o.value(QStringLiteral("estimated_resolution_ms")));
    i->windowStartMs = msFrom(o.value(QStringLiteral("window_start_ms")));
    i->windowEndMs = msFrom(o.value(QStringLiteral("window_end_ms")));
    i->windowTimeZoneId = o.value(QStringLiteral("window_time_zone")).toString();
    const QJsonObject moments = o.value(QStringLiteral("moments")).toObject();
    for (KeyMoments::Moment moment : KeyMoments::all())
        i->moments.set(moment, msFrom(moments.value(KeyMoments::key(moment))));
    for (const QJsonValue& value : o.value(QStringLiteral("affected")).toArray()) {
        const QJsonObject s = value.toObject();
        AffectedService service;
        service.serviceId = msFrom(s.value(QStringLiteral("service_id")));
        service.serviceName = s.value(QStringLiteral("name")).toString();
        if (!impactFromKey(s.value(QStringLiteral("impact")).toString(), &service.impact))
            return false;
        i->affected.append(service);
    }
    return !i->id.isEmpty() && Incident::kindFromKey(o.value(QStringLiteral("kind")).toString(), &i->kind) &&
           severityFromKey(o.value(QStringLiteral("severity")).toString(), &i->severity) &&
           incidentStatusFromKey(o.value(QStringLiteral("status")).toString(), &i->status);
}

} // namespace

QByteArray OutboxMessageCodec::encode(const MessageDraft& draft, const Incident& incident)
{
    const QJsonObject root{{QStringLiteral("draft"), draftJson(draft)},
                           {QStringLiteral("incident"), incidentJson(incident)}};
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

bool OutboxMessageCodec::decode(const QByteArray& json, MessageDraft* draft, Incident* incident)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return false;
    *draft = MessageDraft();
    *incident = Incident();
    return readDraft(document.object().value(QStringLiteral("draft")).toObject(), draft) &&
           readIncident(document.object().value(QStringLiteral("incident")).toObject(), incident);
}
