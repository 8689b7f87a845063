#pragma once

#include "incident/Incident.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <optional>

class QIODevice;

// Incidents as CSV for spreadsheets and scripts (RFC 4180): UTF-8, a header row of stable keys, CRLF line
// ends, fields quoted when they hold a comma, a quote or a line break. Times are ISO 8601 with their offset
// in the chosen zone ("2026-03-03T14:05:00+01:00"); spans are written twice, in whole seconds and in minutes
// (two decimals), always with a dot whatever the locale. Empty cells stand for "not reached".
//
// Only facts meant to leave the team's hands are written: the internal notes, the customer summary, the
// timeline and the messages stay out. A value type with no thread of its own: safe to use off the UI thread.
class IncidentCsvWriter
{
    Q_DECLARE_TR_FUNCTIONS(IncidentCsvWriter)

public:
    explicit IncidentCsvWriter(const QTimeZone& zone);

    // The column keys, in order.
    static QStringList header();
    QByteArray toCsv(const QList<Incident>& incidents) const;
    // Writes to an open device; false with errorString() set when it cannot.
    bool write(const QList<Incident>& incidents, QIODevice* device);
    // Writes a whole file or leaves what was there (QSaveFile): a failed export never leaves half a file.
    bool writeFile(const QList<Incident>& incidents, const QString& path);
    QString errorString() const { return m_error; }

    // One field as RFC 4180 wants it: quoted, with quotes doubled, when it holds a comma, a quote or a
    // line break; as it is otherwise.
    static QString quoted(const QString& field);
    // A free-text cell (a title, a name): defused against formula injection, then quoted.
    static QString textCell(const QString& text);
    // "2026-03-03T14:05:00+01:00" in the writer's zone; empty for 0 (not reached).
    QString timeCell(qint64 atMs) const;
    static QString secondsCell(std::optional<qint64> spanMs);
    static QString minutesCell(std::optional<qint64> spanMs);

private:
    QTimeZone m_zone;
    QString m_error;
};
