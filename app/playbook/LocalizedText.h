#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

// A text written in several languages, keyed by language code ("en", "fr", "pt-BR"). Playbooks ship their
// titles and instructions this way so that the checklist reads in the team's language.
class LocalizedText
{
public:
    LocalizedText() = default;
    // A text given in one language only (a plain string in a playbook counts as English).
    explicit LocalizedText(const QString& text, const QString& language = QStringLiteral("en"));

    void set(const QString& language, const QString& text);
    // The text in `language` ("fr", or a locale name such as "fr_CA" or "fr-CA", which falls back to "fr"),
    // else English, else the first language there is; empty only when there is no text at all.
    QString text(const QString& language) const;
    bool isEmpty() const { return m_texts.isEmpty(); }
    bool has(const QString& language) const { return m_texts.contains(language); }
    QStringList languages() const { return m_texts.keys(); }

    bool operator==(const LocalizedText&) const = default;

private:
    QMap<QString, QString> m_texts;
};
