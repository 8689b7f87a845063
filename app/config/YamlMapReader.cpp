#include "config/YamlMapReader.h"

#include "config/Duration.h"
#include "config/SpellingSuggestion.h"

#include <QCoreApplication>
#include <QLocale>

#include <yaml-cpp/yaml.h>

namespace {

QString prefixed(const QString& path, const QString& message)
{
    return path.isEmpty() ? message : path + QStringLiteral(": ") + message;
}

} // namespace

YamlMapReader::YamlMapReader(const YAML::Node& node, QString path, YamlReadContext* context,
                             const YAML::Mark& fallback)
    : m_node(node), m_path(std::move(path)), m_context(context), m_fallback(fallback)
{}

QString YamlMapReader::scalarText(const YAML::Node& node)
{
    return QString::fromStdString(node.Scalar());
}

QString YamlMapReader::describe(const YAML::Node& node)
{
    if (node.IsSequence())
        return QCoreApplication::translate("Workspace", "a list");
    if (node.IsMap())
        return QCoreApplication::translate("Workspace", "a map");
    if (!node.IsDefined() || node.IsNull())
        return QCoreApplication::translate("Workspace", "nothing");
    return QLatin1Char('"') + scalarText(node) + QLatin1Char('"');
}

YAML::Mark YamlMapReader::mark() const
{
    const YAML::Mark own = m_node.Mark();
    return own.is_null() ? m_fallback : own;
}

QString YamlMapReader::fieldPath(const QString& key) const
{
    return m_path.isEmpty() ? key : m_path + QLatin1Char('.') + key;
}

bool YamlMapReader::expectMap()
{
    if (m_node.IsMap() || m_node.IsNull() || !m_node.IsDefined())
        return true;
    m_context->fail(mark(), prefixed(m_path, QCoreApplication::translate(
                                                 "Workspace", "expected a map of keys and values, got %1")
                                                 .arg(describe(m_node))));
    return false;
}

void YamlMapReader::allowOnly(const QStringList& known)
{
    if (!m_node.IsMap())
        return;
    QStringList seen;
    for (auto it = m_node.begin(); it != m_node.end(); ++it) {
        const QString key = scalarText(it->first);
        if (!known.contains(key)) {
            const QString suggestion = SpellingSuggestion::closest(key, known);
            const QString message =
                suggestion.isEmpty()
                    ? QCoreApplication::translate("Workspace", "unknown key \"%1\"; expected one of %2")
                          .arg(key, known.join(QStringLiteral(", ")))
                    : QCoreApplication::translate("Workspace", "unknown key \"%1\"; did you mean \"%2\"?")
                          .arg(key, suggestion);
            m_context->fail(it->first.Mark(), prefixed(m_path, message));
            return;
        }
        if (seen.contains(key)) {
            m_context->fail(
                it->first.Mark(),
                prefixed(m_path,
                         QCoreApplication::translate("Workspace", "key \"%1\" appears twice").arg(key)));
            return;
        }
        seen.append(key);
    }
}

void YamlMapReader::require(const QStringList& keys)
{
    for (const QString& key : keys) {
        if (!has(key))
            m_context->fail(
                mark(),
                prefixed(m_path,
                         QCoreApplication::translate("Workspace", "missing required key \"%1\"").arg(key)));
    }
}

std::pair<YAML::Node, YAML::Node> YamlMapReader::entry(const QString& key) const
{
    if (m_node.IsMap()) {
        const std::string wanted = key.toStdString();
        for (auto it = m_node.begin(); it != m_node.end(); ++it) {
            if (it->first.IsScalar() && it->first.Scalar() == wanted)
                return {it->first, it->second};
        }
    }
    return {YAML::Node(YAML::NodeType::Undefined), YAML::Node(YAML::NodeType::Undefined)};
}

bool YamlMapReader::has(const QString& key) const
{
    return entry(key).first.IsDefined();
}

YAML::Node YamlMapReader::value(const QString& key) const
{
    return entry(key).second;
}

YAML::Mark YamlMapReader::markOf(const QString& key) const
{
    const auto [keyNode, valueNode] = entry(key);
    // yaml-cpp places an empty value at the next token, often on another line: point at the key instead.
    if (valueNode.IsDefined() && !valueNode.IsNull() && !valueNode.Mark().is_null())
        return valueNode.Mark();
    return keyNode.IsDefined() && !keyNode.Mark().is_null() ? keyNode.Mark() : mark();
}

void YamlMapReader::fail(const QString& key, const QString& message)
{
    m_context->fail(markOf(key), prefixed(fieldPath(key), message));
}

std::optional<QString> YamlMapReader::scalar(const QString& key)
{
    const YAML::Node node = value(key);
    if (!node.IsDefined())
        return std::nullopt;
    if (node.IsNull())
        return QString();
    if (!node.IsScalar()) {
        fail(key,
             QCoreApplication::translate("Workspace", "expected a single value, got %1").arg(describe(node)));
        return std::nullopt;
    }
    return scalarText(node);
}

std::optional<QString> YamlMapReader::text(const QString& key)
{
    return scalar(key);
}

std::optional<QStringList> YamlMapReader::textList(const QString& key)
{
    const YAML::Node node = value(key);
    if (!node.IsDefined())
        return std::nullopt;
    if (node.IsNull())
        return QStringList();
    if (node.IsScalar())
        return QStringList{scalarText(node)};
    if (!node.IsSequence()) {
        fail(key, QCoreApplication::translate("Workspace", "expected a list of values, got %1")
                      .arg(describe(node)));
        return std::nullopt;
    }
    QStringList items;
    for (std::size_t i = 0; i < node.size(); ++i) {
        const YAML::Node item = node[i];
        if (!item.IsScalar()) {
            m_context->fail(item.Mark(), QCoreApplication::translate(
                                             "Workspace", "%1[%2]: expected a single value, got %3")
                                             .arg(fieldPath(key))
                                             .arg(i)
                                             .arg(describe(item)));
            return std::nullopt;
        }
        items.append(scalarText(item));
    }
    return items;
}

std::optional<bool> YamlMapReader::boolean(const QString& key)
{
    const std::optional<QString> raw = scalar(key);
    if (!raw)
        return std::nullopt;
    const QString folded = raw->trimmed().toLower();
    if (folded == u"true" || folded == u"yes" || folded == u"on")
        return true;
    if (folded == u"false" || folded == u"no" || folded == u"off")
        return false;
    fail(
        key,
        QCoreApplication::translate("Workspace", "expected true or false, got %1").arg(describe(value(key))));
    return std::nullopt;
}

std::optional<int> YamlMapReader::integer(const QString& key, int min, int max)
{
    const std::optional<QString> raw = scalar(key);
    if (!raw)
        return std::nullopt;
    bool ok = false;
    const int parsed = raw->trimmed().toInt(&ok);
    if (ok && parsed >= min && parsed <= max)
        return parsed;
    fail(key, QCoreApplication::translate("Workspace", "expected a whole number from %1 to %2, got %3")
                  .arg(min)
                  .arg(max)
                  .arg(describe(value(key))));
    return std::nullopt;
}

std::optional<double> YamlMapReader::number(const QString& key, double min, double max)
{
    const std::optional<QString> raw = scalar(key);
    if (!raw)
        return std::nullopt;
    bool ok = false;
    const double parsed = QLocale::c().toDouble(raw->trimmed(), &ok);
    if (ok && parsed >= min && parsed <= max)
        return parsed;
    fail(key, QCoreApplication::translate("Workspace", "expected a number from %1 to %2, got %3")
                  .arg(min)
                  .arg(max)
                  .arg(describe(value(key))));
    return std::nullopt;
}

std::optional<qint64> YamlMapReader::durationMs(const QString& key, qint64 minMs, qint64 maxMs,
                                                bool wholeSeconds)
{
    const std::optional<QString> raw = scalar(key);
    if (!raw)
        return std::nullopt;
    const std::optional<qint64> ms = Duration::parseMs(*raw);
    if (!ms) {
        fail(key,
             QCoreApplication::translate("Workspace", "expected a duration such as 30s, 5m or 1h, got %1")
                 .arg(describe(value(key))));
        return std::nullopt;
    }
    if (wholeSeconds && *ms % 1000 != 0) {
        fail(key, QCoreApplication::translate("Workspace", "expected whole seconds such as 30s or 2m, got %1")
                      .arg(describe(value(key))));
        return std::nullopt;
    }
    if (*ms < minMs || *ms > maxMs) {
        fail(key, QCoreApplication::translate("Workspace", "expected a duration from %1 to %2, got %3")
                      .arg(Duration::format(minMs), Duration::format(maxMs), describe(value(key))));
        return std::nullopt;
    }
    return ms;
}
