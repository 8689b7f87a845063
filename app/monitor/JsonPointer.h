#pragma once

#include <QCoreApplication>
#include <QJsonValue>
#include <QStringList>

#include <optional>

// An RFC 6901 JSON Pointer such as "/items/0/status" or "/a~1b" (the key "a/b").
class JsonPointer
{
    Q_DECLARE_TR_FUNCTIONS(JsonPointer)

public:
    // Parses the text; "" points at the whole document. On failure returns nullopt and sets *error.
    static std::optional<JsonPointer> parse(const QString& text, QString* error = nullptr);

    // The value the pointer designates, or nullopt when a key or index along the way does not exist.
    std::optional<QJsonValue> resolve(const QJsonValue& root) const;

    const QStringList& tokens() const { return m_tokens; }

private:
    QStringList m_tokens; // unescaped reference tokens
};
