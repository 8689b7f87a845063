#include "report/ReportOptions.h"

QString ReportOptions::paperKey(Paper paper)
{
    return paper == Paper::Letter ? QStringLiteral("letter") : QStringLiteral("a4");
}

bool ReportOptions::paperFromKey(const QString& key, Paper* out)
{
    const QString k = key.trimmed().toLower();
    if (k == QLatin1String("a4") || k == QLatin1String("letter")) {
        *out = k == QLatin1String("a4") ? Paper::A4 : Paper::Letter;
        return true;
    }
    return false;
}

QString ReportOptions::formatKey(Format format)
{
    switch (format) {
    case Format::Pdf:
        return QStringLiteral("pdf");
    case Format::Html:
        return QStringLiteral("html");
    case Format::Markdown:
        return QStringLiteral("md");
    }
    return QString();
}

bool ReportOptions::formatFromKey(const QString& key, Format* out)
{
    const QString k = key.trimmed().toLower();
    if (k == QLatin1String("pdf"))
        *out = Format::Pdf;
    else if (k == QLatin1String("html") || k == QLatin1String("htm"))
        *out = Format::Html;
    else if (k == QLatin1String("md") || k == QLatin1String("markdown"))
        *out = Format::Markdown;
    else
        return false;
    return true;
}
