#pragma once

#include <QString>
#include <QtGlobal>
#include <QTimeZone>

// How one post-mortem report is made: its language, the zone its times are given in, the paper of the PDF
// and whether it goes to customers (internal notes left out).
struct ReportOptions
{
    enum class Paper : int
    {
        A4 = 0,
        Letter = 1,
    };
    enum class Format : int
    {
        Pdf = 0,
        Html = 1,
        Markdown = 2,
    };

    QString language = QStringLiteral("en"); // "en" or "fr"
    QTimeZone zone = QTimeZone::utc();
    Paper paper = Paper::A4;
    bool customerFacing = false;
    qint64 nowMs = 0; // when the report is made (an open incident ends then)

    static QString paperKey(Paper paper); // "a4", "letter"
    static bool paperFromKey(const QString& key, Paper* out);
    static QString formatKey(Format format); // "pdf", "html", "md"
    static bool formatFromKey(const QString& key, Format* out);
};
