#pragma once

#include "report/ActionItem.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

class QIODevice;

// Action items as CSV for spreadsheets and trackers (RFC 4180), in the shape of IncidentCsvWriter's files:
// UTF-8, a header row of stable keys, CRLF line ends, quoting as the RFC wants it and every free-text cell
// defused against formula injection (IncidentCsvWriter::textCell). Due dates are ISO 8601 days; statuses
// their stable keys. A value type with no thread of its own: safe to use off the UI thread.
class ActionItemCsvWriter
{
    Q_DECLARE_TR_FUNCTIONS(ActionItemCsvWriter)

public:
    // `references` names each item's incident (id -> "INC-42"); an id it lacks is written as it is.
    explicit ActionItemCsvWriter(QHash<QString, QString> references = {});

    static QStringList header();
    QByteArray toCsv(const QList<ActionItem>& items) const;
    // Writes a whole file or leaves what was there (QSaveFile): a failed export never leaves half a file.
    bool writeFile(const QList<ActionItem>& items, const QString& path);
    QString errorString() const { return m_error; }

private:
    QHash<QString, QString> m_references;
    QString m_error;
};
