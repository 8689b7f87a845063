#include "monitor/JsonPointer.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace {

// "~1" is "/" and "~0" is "~"; any other "~" sequence is invalid (RFC 6901, section 4).
bool unescapeToken(QStringView raw, QString* out)
{
    out->clear();
    out->reserve(raw.size());
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const QChar c = raw[i];
        if (c != QLatin1Char('~')) {
            out->append(c);
            continue;
        }
        if (i + 1 >= raw.size())
            return false;
        const QChar next = raw[++i];
        if (next == QLatin1Char('0'))
            out->append(QLatin1Char('~'));
        else if (next == QLatin1Char('1'))
            out->append(QLatin1Char('/'));
        else
            return false;
    }
    return true;
}

// Array indexes are decimal without leading zeros; "-" (past the end) never designates a value here.
std::optional<qsizetype> arrayIndex(const QString& token)
{
    if (token.isEmpty() || (token.size() > 1 && token.front() == QLatin1Char('0')))
        return std::nullopt;
    for (QChar c : token) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return std::nullopt;
    }
    bool ok = false;
    const qlonglong index = token.toLongLong(&ok);
    if (!ok)
        return std::nullopt;
    return qsizetype(index);
}

} // namespace

std::optional<JsonPointer> JsonPointer::parse(const QString& text, QString* error)
{
    JsonPointer pointer;
    if (text.isEmpty())
        return pointer;
    if (text.front() != QLatin1Char('/')) {
        if (error)
            *error = tr("\"%1\" is not a JSON Pointer: it must start with / "
                        "(for example /status)")
                         .arg(text);
        return std::nullopt;
    }
    const QList<QStringView> parts = QStringView(text).mid(1).split(QLatin1Char('/'));
    for (QStringView raw : parts) {
        QString token;
        if (!unescapeToken(raw, &token)) {
            if (error)
                *error = tr("\"%1\" is not a valid JSON Pointer: write ~0 for ~ "
                            "and ~1 for /")
                             .arg(text);
            return std::nullopt;
        }
        pointer.m_tokens.append(token);
    }
    return pointer;
}

std::optional<QJsonValue> JsonPointer::resolve(const QJsonValue& root) const
{
    QJsonValue current = root;
    for (const QString& token : m_tokens) {
        if (current.isObject()) {
            const QJsonObject object = current.toObject();
            const auto it = object.constFind(token);
            if (it == object.constEnd())
                return std::nullopt;
            current = it.value();
        } else if (current.isArray()) {
            const QJsonArray array = current.toArray();
            const std::optional<qsizetype> index = arrayIndex(token);
            if (!index || *index >= array.size())
                return std::nullopt;
            current = array.at(*index);
        } else {
            return std::nullopt;
        }
    }
    return current;
}
