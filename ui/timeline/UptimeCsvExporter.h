#pragma once

#include "timeline/UptimeRow.h"

#include <QList>
#include <QString>

class QIODevice;

// The uptime table as CSV (RFC 4180): a header row, CRLF line ends, fields quoted when they hold a comma, a
// quote or a line break, and numbers written with a dot whatever the locale so that spreadsheets and scripts
// read them the same everywhere. Empty cells stand for "no data".
class UptimeCsvExporter
{
public:
    bool write(const QList<UptimeRow>& rows, QIODevice* device);
    QString errorString() const { return m_error; }

    static QString toCsv(const QList<UptimeRow>& rows);
    static QString quoted(const QString& field);

private:
    QString m_error;
};
