#pragma once

#include "config/YamlReadContext.h"

#include <QString>
#include <QStringList>

#include <yaml-cpp/node/node.h>

#include <optional>

// Typed, checked access to one YAML map of a workspace file. Every problem is reported to the shared
// context with the field's path ("services[2].interval") and the position of the offending value; the
// getters then return nullopt, as they do for an absent key.
class YamlMapReader
{
public:
    // `path` prefixes messages ("services[2].http"); `fallback` is where to point when `node` has no mark.
    YamlMapReader(const YAML::Node& node, QString path, YamlReadContext* context, const YAML::Mark& fallback);

    // Reports and returns false when the node is not a map (a null node counts as an empty map).
    bool expectMap();
    // Reports the first key outside `known` (with a near-miss suggestion) and the first repeated key.
    void allowOnly(const QStringList& known);
    // Reports every missing key, pointing at the map itself.
    void require(const QStringList& keys);

    bool has(const QString& key) const;
    YAML::Node value(const QString& key) const;
    // Where a problem with `key`'s value should point: the value, or the key when the value is empty.
    YAML::Mark markOf(const QString& key) const;
    YAML::Mark mark() const;
    QString fieldPath(const QString& key) const;

    std::optional<QString> text(const QString& key);
    std::optional<bool> boolean(const QString& key);
    // A list of single values; a single value alone counts as a list of one.
    std::optional<QStringList> textList(const QString& key);
    std::optional<int> integer(const QString& key, int min, int max);
    std::optional<double> number(const QString& key, double min, double max);
    // Durations such as 30s, 800ms, 5m; `wholeSeconds` refuses sub-second parts.
    std::optional<qint64> durationMs(const QString& key, qint64 minMs, qint64 maxMs, bool wholeSeconds);

    void fail(const QString& key, const QString& message);
    YamlReadContext* context() const { return m_context; }

    // "a list", "a map", "nothing" or the scalar in quotes, for "got ..." in messages.
    static QString describe(const YAML::Node& node);
    static QString scalarText(const YAML::Node& node);

private:
    std::optional<QString> scalar(const QString& key);
    std::pair<YAML::Node, YAML::Node> entry(const QString& key) const; // first key node, value

    YAML::Node m_node;
    QString m_path;
    YamlReadContext* m_context;
    YAML::Mark m_fallback;
};
