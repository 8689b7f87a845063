#include "store/ServiceTable.h"

#include <algorithm>

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

const QString Columns = QStringLiteral(
    "name, group_name, kind, target, interval_sec, timeout_ms, failures_before_down, successes_before_up,"
    " cert_expiry_warn_days, inverted, paused, sla_target_percent, http_settings");

// A null QString binds as SQL NULL; the text columns are NOT NULL and hold "" instead.
QString text(const QString& s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

QVariantList columnValues(const ServiceDefinition& s)
{
    return {text(s.name),
            text(s.group),
            checkKindToString(s.kind),
            text(s.target),
            s.intervalSec,
            s.timeoutMs,
            s.failuresBeforeDown,
            s.successesBeforeUp,
            s.certExpiryWarnDays,
            s.inverted ? 1 : 0,
            s.paused ? 1 : 0,
            s.slaTargetPercent,
            ServiceTable::httpSettingsToJson(s.http)};
}

} // namespace

QString ServiceTable::httpSettingsToJson(const HttpSettings& http)
{
    QJsonArray headers;
    for (const auto& header : http.headers)
        headers.append(QJsonArray{header.first, header.second});
    const QJsonObject json{
        {QStringLiteral("pointer"), http.json.pointer},
        {QStringLiteral("op"), JsonCondition::opToString(http.json.op)},
        {QStringLiteral("expected"), http.json.expected},
    };
    const QJsonObject o{
        {QStringLiteral("method"), http.method},
        {QStringLiteral("headers"), headers},
        {QStringLiteral("body"), QString::fromLatin1(http.body.toBase64())},
        {QStringLiteral("acceptedStatus"), http.acceptedStatus.toString()},
        {QStringLiteral("keyword"), http.keyword},
        {QStringLiteral("keywordMustBeAbsent"), http.keywordMustBeAbsent},
        {QStringLiteral("json"), json},
        {QStringLiteral("degradedAboveMs"), http.degradedAboveMs},
        {QStringLiteral("followRedirects"), http.followRedirects},
        {QStringLiteral("maxRedirects"), http.maxRedirects},
        {QStringLiteral("verifyTls"), http.verifyTls},
    };
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

HttpSettings ServiceTable::httpSettingsFromJson(const QString& text)
{
    const QJsonObject o = QJsonDocument::fromJson(text.toUtf8()).object();
    HttpSettings http;
    http.method = o.value(QStringLiteral("method")).toString(http.method);
    for (const QJsonValue& header : o.value(QStringLiteral("headers")).toArray()) {
        const QJsonArray pair = header.toArray();
        http.headers.append({pair.at(0).toString(), pair.at(1).toString()});
    }
    http.body = QByteArray::fromBase64(o.value(QStringLiteral("body")).toString().toLatin1());
    if (auto accepted = StatusCodeSet::parse(o.value(QStringLiteral("acceptedStatus")).toString()))
        http.acceptedStatus = *accepted;
    http.keyword = o.value(QStringLiteral("keyword")).toString();
    http.keywordMustBeAbsent = o.value(QStringLiteral("keywordMustBeAbsent")).toBool();
    const QJsonObject json = o.value(QStringLiteral("json")).toObject();
    http.json.pointer = json.value(QStringLiteral("pointer")).toString();
    JsonCondition::opFromString(json.value(QStringLiteral("op")).toString(), &http.json.op);
    http.json.expected = json.value(QStringLiteral("expected")).toString();
    http.degradedAboveMs = o.value(QStringLiteral("degradedAboveMs")).toInt(http.degradedAboveMs);
    http.followRedirects = o.value(QStringLiteral("followRedirects")).toBool(http.followRedirects);
    http.maxRedirects = o.value(QStringLiteral("maxRedirects")).toInt(http.maxRedirects);
    http.verifyTls = o.value(QStringLiteral("verifyTls")).toBool(http.verifyTls);
    return http;
}

DbResult<QList<qint64>> ServiceTable::ids() const
{
    DbResult<QSqlQuery> q =
        m_db.run(QStringLiteral("SELECT id FROM services ORDER BY id"), {}, tr("load the services"));
    if (!q.ok())
        return DbResult<QList<qint64>>::failure(q.error);
    QList<qint64> ids;
    while (q.value.next())
        ids.append(q.value.value(0).toLongLong());
    return DbResult<QList<qint64>>::success(ids);
}

DbResult<QList<ServiceDefinition>> ServiceTable::all() const
{
    DbResult<QSqlQuery> q =
        m_db.run(QStringLiteral("SELECT id, ") % Columns % QStringLiteral(" FROM services ORDER BY id"), {},
                 tr("load the services"));
    if (!q.ok())
        return DbResult<QList<ServiceDefinition>>::failure(q.error);
    QList<ServiceDefinition> services;
    while (q.value.next()) {
        ServiceDefinition s;
        s.id = q.value.value(0).toLongLong();
        s.name = q.value.value(1).toString();
        s.group = q.value.value(2).toString();
        checkKindFromString(q.value.value(3).toString(), &s.kind);
        s.target = q.value.value(4).toString();
        s.intervalSec = q.value.value(5).toInt();
        s.timeoutMs = q.value.value(6).toInt();
        s.failuresBeforeDown = q.value.value(7).toInt();
        s.successesBeforeUp = q.value.value(8).toInt();
        s.certExpiryWarnDays = q.value.value(9).toInt();
        s.inverted = q.value.value(10).toInt() != 0;
        s.paused = q.value.value(11).toInt() != 0;
        s.slaTargetPercent = q.value.value(12).toDouble();
        s.http = httpSettingsFromJson(q.value.value(13).toString());
        services.append(s);
    }
    return DbResult<QList<ServiceDefinition>>::success(services);
}

DbResult<qint64> ServiceTable::idForName(const QString& name) const
{
    DbResult<QSqlQuery> q = m_db.run(QStringLiteral("SELECT id FROM services WHERE name = ?"), {name},
                                     tr("look up the service \"%1\"").arg(name));
    if (!q.ok())
        return DbResult<qint64>::failure(q.error);
    return DbResult<qint64>::success(q.value.next() ? q.value.value(0).toLongLong() : 0);
}

DbResult<qint64> ServiceTable::save(const ServiceDefinition& service)
{
    const QString operation = tr("save the service \"%1\"").arg(service.name);
    qint64 id = service.id;
    if (id != 0) {
        DbResult<QSqlQuery> exists =
            m_db.run(QStringLiteral("SELECT id FROM services WHERE id = ?"), {id}, operation);
        if (!exists.ok())
            return DbResult<qint64>::failure(exists.error);
        if (!exists.value.next())
            id = 0;
    }
    if (id == 0) {
        DbResult<qint64> byName = idForName(service.name);
        if (!byName.ok())
            return byName;
        id = byName.value;
    }
    QVariantList values = columnValues(service);
    if (id != 0) {
        values.append(id);
        DbResult<QSqlQuery> q = m_db.run(
            QStringLiteral(
                "UPDATE services SET name = ?, group_name = ?, kind = ?, target = ?, interval_sec = ?,"
                " timeout_ms = ?, failures_before_down = ?, successes_before_up = ?,"
                " cert_expiry_warn_days = ?, inverted = ?, paused = ?, sla_target_percent = ?,"
                " http_settings = ? WHERE id = ?"),
            values, operation);
        if (!q.ok())
            return DbResult<qint64>::failure(q.error);
        return DbResult<qint64>::success(id);
    }
    // Ids are never reused: results of a removed service still in flight must not attach to a new one.
    const QString highWaterKey = QStringLiteral("service_id_high_water");
    DbResult<QString> highWater = m_db.setting(highWaterKey, QStringLiteral("0"));
    if (!highWater.ok())
        return DbResult<qint64>::failure(highWater.error);
    DbResult<QSqlQuery> maxId =
        m_db.run(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM services"), {}, operation);
    if (!maxId.ok())
        return DbResult<qint64>::failure(maxId.error);
    const qint64 newId =
        std::max(highWater.value.toLongLong(), maxId.value.next() ? maxId.value.value(0).toLongLong() : 0) +
        1;
    values.prepend(newId);
    DbResult<QSqlQuery> q =
        m_db.run(QStringLiteral("INSERT INTO services (id, ") % Columns %
                     QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                 values, operation);
    if (!q.ok())
        return DbResult<qint64>::failure(q.error);
    DbResult<bool> stored = m_db.setSetting(highWaterKey, QString::number(newId));
    if (!stored.ok())
        return DbResult<qint64>::failure(stored.error);
    return DbResult<qint64>::success(newId);
}

DbResult<bool> ServiceTable::remove(qint64 serviceId)
{
    DbResult<QSqlQuery> q =
        m_db.run(QStringLiteral("DELETE FROM services WHERE id = ?"), {serviceId}, tr("remove a service"));
    if (!q.ok())
        return DbResult<bool>::failure(q.error);
    return DbResult<bool>::success(q.value.numRowsAffected() > 0);
}

DbResult<bool> ServiceTable::setPaused(qint64 serviceId, bool paused)
{
    DbResult<QSqlQuery> q = m_db.run(QStringLiteral("UPDATE services SET paused = ? WHERE id = ?"),
                                     {paused ? 1 : 0, serviceId}, tr("pause or resume a service"));
    if (!q.ok())
        return DbResult<bool>::failure(q.error);
    return DbResult<bool>::success(q.value.numRowsAffected() > 0);
}
