#include "timeline/UptimeCsvExporter.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QStringList>

namespace {

QString number(double value, int decimals)
{
    // QString::number ignores the locale: always a dot, never a group separator.
    return QString::number(value, 'f', decimals);
}

QString percent(double value)
{
    return value < 0 ? QString() : number(value, 4);
}

} // namespace

QString UptimeCsvExporter::quoted(const QString& field)
{
    const bool needsQuotes = field.contains(QLatin1Char(',')) || field.contains(QLatin1Char('"')) ||
                             field.contains(QLatin1Char('\n')) || field.contains(QLatin1Char('\r'));
    if (!needsQuotes)
        return field;
    QString escaped = field;
    escaped.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QString UptimeCsvExporter::toCsv(const QList<UptimeRow>& rows)
{
    // Header names are stable keys, not translated: scripts read them.
    const QStringList header{
        QStringLiteral("service"),
        QStringLiteral("group"),
        QStringLiteral("sla_target_percent"),
        QStringLiteral("uptime_visible_percent"),
        QStringLiteral("uptime_24h_percent"),
        QStringLiteral("uptime_7d_percent"),
        QStringLiteral("uptime_30d_percent"),
        QStringLiteral("uptime_90d_percent"),
        QStringLiteral("downtime_minutes"),
        QStringLiteral("error_budget_left_percent"),
    };
    const QString crlf = QStringLiteral("\r\n");
    QString out = header.join(QLatin1Char(',')) + crlf;
    for (const UptimeRow& row : rows) {
        const QStringList fields{
            quoted(row.name),
            quoted(row.group),
            number(row.slaTargetPercent, 3),
            percent(row.uptimeVisiblePercent),
            percent(row.uptime24hPercent),
            percent(row.uptime7dPercent),
            percent(row.uptime30dPercent),
            percent(row.uptime90dPercent),
            number(row.downtimeMinutes, 2),
            row.uptimeVisiblePercent < 0 ? QString() : number(row.errorBudgetLeftPercent, 2),
        };
        out += fields.join(QLatin1Char(',')) + crlf;
    }
    return out;
}

bool UptimeCsvExporter::write(const QList<UptimeRow>& rows, QIODevice* device)
{
    m_error.clear();
    if (!device || !device->isWritable()) {
        m_error = QCoreApplication::translate(
            "UptimeCsvExporter", "Cannot write the uptime table: the file is not open for writing.");
        return false;
    }
    const QByteArray bytes = toCsv(rows).toUtf8();
    if (device->write(bytes) != bytes.size()) {
        m_error = QCoreApplication::translate("UptimeCsvExporter", "Cannot write the uptime table: %1")
                      .arg(device->errorString());
        return false;
    }
    return true;
}
