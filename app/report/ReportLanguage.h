#pragma once

#include <QLocale>
#include <QString>

#include <memory>

class QTranslator;

// The language one report is written in, whatever the interface's: its locale (month names, numbers) and a
// translator of its own, loaded from Vigie's catalogue but never installed on the application, so that
// making a French report from an English window changes nothing on screen. Report texts look their sources
// up here (ReportTexts, ReportVocabulary).
class ReportLanguage
{
public:
    // English, with no catalogue: the source texts.
    ReportLanguage();
    // "fr" or "en" (anything else is English). Loads vigie_<language>.qm from `catalogueDirectory` (the
    // application embeds its catalogues under :/i18n); a missing catalogue leaves the source texts.
    static ReportLanguage load(const QString& language,
                               const QString& catalogueDirectory = QStringLiteral(":/i18n"));
    static bool isSupported(const QString& language);

    QString code() const { return m_code; }
    const QLocale& locale() const { return m_locale; }
    bool hasCatalogue() const { return m_translator != nullptr; }

    // The translation of `source` in `context` (the class that marked it with QT_TR_NOOP), else the source;
    // with n >= 0 the plural form for n, "%n" replaced by n.
    QString translate(const char* context, const char* source, int n = -1) const;

private:
    QString m_code = QStringLiteral("en");
    QLocale m_locale = QLocale(QLocale::English, QLocale::UnitedKingdom);
    std::shared_ptr<const QTranslator> m_translator;
};
