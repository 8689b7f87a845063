#include "report/ActionItemCsvWriter.h"

#include "history/IncidentCsvWriter.h"

#include <QSaveFile>

ActionItemCsvWriter::ActionItemCsvWriter(QHash<QString, QString> references)
    : m_references(std::move(references))
{}

QStringList ActionItemCsvWriter::header()
{
    // Stable keys, not translated: scripts read them by name.
    return {
        QStringLiteral("incident"), QStringLiteral("title"),  QStringLiteral("owner"),
        QStringLiteral("due_date"), QStringLiteral("status"), QStringLiteral("link"),
    };
}

QByteArray ActionItemCsvWriter::toCsv(const QList<ActionItem>& items) const
{
    static const QString crlf = QStringLiteral("\r\n");
    QString text = header().join(QLatin1Char(',')) + crlf;
    for (const ActionItem& item : items) {
        // Every cell a person typed (or an alert named) goes through textCell: the reference too, since a
        // workspace chooses its own prefix.
        const QStringList cells = {
            IncidentCsvWriter::textCell(m_references.value(item.incidentId, item.incidentId)),
            IncidentCsvWriter::textCell(item.title),
            IncidentCsvWriter::textCell(item.owner),
            item.dueDate.isValid() ? item.dueDate.toString(Qt::ISODate) : QString(),
            ActionItem::statusKey(item.status),
            IncidentCsvWriter::textCell(item.link),
        };
        text += cells.join(QLatin1Char(',')) + crlf;
    }
    return text.toUtf8();
}

bool ActionItemCsvWriter::writeFile(const QList<ActionItem>& items, const QString& path)
{
    m_error.clear();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        m_error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    const QByteArray bytes = toCsv(items);
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        m_error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}
