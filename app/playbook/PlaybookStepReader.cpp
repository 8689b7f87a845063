#include "playbook/PlaybookStepReader.h"

#include "config/SpellingSuggestion.h"
#include "config/YamlMapReader.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <yaml-cpp/yaml.h>

namespace {

constexpr qint64 minuteMs = 60 * 1000;
constexpr qint64 dayMs = 24 * 60 * minuteMs;
constexpr qint64 longestOffsetMs = 366 * dayMs;

PlaybookStepPatch::Place placeAt(const YAML::Mark& mark)
{
    if (mark.is_null())
        return {};
    return {mark.line + 1, mark.column + 1};
}

// `message` is a translated sentence with %1 for the value and %2 for the list of known ones.
QString unknownValue(const QString& message, const QString& value, const QStringList& known)
{
    QString text = message.arg(value, known.join(QStringLiteral(", ")));
    const QString suggestion = SpellingSuggestion::closest(value, known);
    if (!suggestion.isEmpty())
        text += QLatin1Char(' ') +
                QCoreApplication::translate("Playbook", "(did you mean \"%1\"?)").arg(suggestion);
    return text;
}

class StepReader
{
public:
    StepReader(const YAML::Node& node, const QString& path, YamlReadContext* context, bool extending)
        : m_map(node, path, context, node.Mark()), m_context(context), m_extending(extending)
    {
        m_patch.path = path;
        m_patch.places.insert(QString(), placeAt(node.Mark()));
    }

    PlaybookStepPatch read()
    {
        if (!m_map.expectMap())
            return m_patch;
        QStringList known = {QStringLiteral("id"),           QStringLiteral("title"),
                             QStringLiteral("instructions"), QStringLiteral("action"),
                             QStringLiteral("channels"),     QStringLiteral("template"),
                             QStringLiteral("applies_to"),   QStringLiteral("severities"),
                             QStringLiteral("due"),          QStringLiteral("repeat")};
        if (m_extending)
            known << QStringLiteral("after") << QStringLiteral("remove");
        m_map.allowOnly(known);
        m_map.require(m_extending ? QStringList{QStringLiteral("id")}
                                  : QStringList{QStringLiteral("id"), QStringLiteral("title"),
                                                QStringLiteral("action")});
        for (const QString& key : known) {
            if (m_map.has(key))
                m_patch.places.insert(key, placeAt(m_map.markOf(key)));
        }
        readId();
        m_patch.title = PlaybookStepReader::readText(m_map, QStringLiteral("title"));
        m_patch.instructions = PlaybookStepReader::readText(m_map, QStringLiteral("instructions"));
        readAction();
        readChannels();
        readTemplate();
        readScope();
        readSeverities();
        readDue();
        readRepeat();
        if (const auto after = m_map.text(QStringLiteral("after")))
            m_patch.after = after->trimmed();
        if (const auto remove = m_map.boolean(QStringLiteral("remove")))
            m_patch.remove = *remove;
        return m_patch;
    }

private:
    void readId()
    {
        const auto id = m_map.text(QStringLiteral("id"));
        if (!id)
            return;
        m_patch.id = id->trimmed();
        if (!PlaybookStepReader::isValidId(m_patch.id))
            m_map.fail(QStringLiteral("id"),
                       QCoreApplication::translate(
                           "Playbook", "expected an id of lower-case letters, digits and dashes such as "
                                       "\"announce\", got \"%1\"")
                           .arg(*id));
    }

    void readAction()
    {
        const auto action = m_map.text(QStringLiteral("action"));
        if (!action)
            return;
        PlaybookStep::Action parsed;
        if (PlaybookStep::actionFromKey(*action, &parsed))
            m_patch.action = parsed;
        else
            m_map.fail(QStringLiteral("action"),
                       unknownValue(QCoreApplication::translate("Playbook",
                                                                "unknown action \"%1\"; expected one of %2"),
                                    *action, PlaybookStep::actionKeys()));
    }

    void readTemplate()
    {
        const auto templateId = m_map.text(QStringLiteral("template"));
        if (!templateId)
            return;
        m_patch.templateId = templateId->trimmed();
        if (!PlaybookStepReader::isValidId(*m_patch.templateId))
            m_map.fail(QStringLiteral("template"),
                       QCoreApplication::translate(
                           "Playbook",
                           "expected a template id of lower-case letters, digits and dashes such as "
                           "\"announce\", got \"%1\"")
                           .arg(*templateId));
    }

    void readScope()
    {
        const auto scope = m_map.text(QStringLiteral("applies_to"));
        if (!scope)
            return;
        PlaybookStep::Scope parsed;
        if (PlaybookStep::scopeFromKey(*scope, &parsed))
            m_patch.appliesTo = parsed;
        else
            m_map.fail(QStringLiteral("applies_to"),
                       unknownValue(
                           QCoreApplication::translate("Playbook", "unknown kind \"%1\"; expected one of %2"),
                           *scope, PlaybookStep::scopeKeys()));
    }

    // A list of scalars; reports and returns nullopt when it is something else.
    std::optional<QList<YAML::Node>> scalarList(const QString& key)
    {
        const YAML::Node node = m_map.value(key);
        if (!node.IsDefined())
            return std::nullopt;
        if (!node.IsSequence()) {
            m_map.fail(key, QCoreApplication::translate("Playbook", "expected a list such as [a, b], got %1")
                                .arg(YamlMapReader::describe(node)));
            return std::nullopt;
        }
        QList<YAML::Node> items;
        int index = 0;
        for (auto it = node.begin(); it != node.end(); ++it, ++index) {
            if (!it->IsScalar()) {
                m_context->fail(it->Mark(),
                                QStringLiteral("%1[%2]: ").arg(m_map.fieldPath(key)).arg(index) +
                                    QCoreApplication::translate("Playbook", "expected a single value, got %1")
                                        .arg(YamlMapReader::describe(*it)));
                return std::nullopt;
            }
            items.append(*it);
        }
        return items;
    }

    void itemError(const QString& key, int index, const YAML::Node& item, const QString& message)
    {
        m_context->fail(item.Mark(),
                        QStringLiteral("%1[%2]: ").arg(m_map.fieldPath(key)).arg(index) + message);
    }

    void readChannels()
    {
        const QString key = QStringLiteral("channels");
        const auto items = scalarList(key);
        if (!items)
            return;
        QStringList known;
        for (const ChannelKind kind : allChannelKinds())
            known.append(channelKindKey(kind));
        QList<ChannelKind> channels;
        for (int i = 0; i < items->size(); ++i) {
            const QString text = YamlMapReader::scalarText(items->at(i));
            ChannelKind kind;
            if (!channelKindFromKey(text, &kind))
                return itemError(
                    key, i, items->at(i),
                    unknownValue(QCoreApplication::translate(
                                     "Playbook", "unknown channel kind \"%1\"; expected one of %2"),
                                 text, known));
            if (channels.contains(kind))
                return itemError(key, i, items->at(i),
                                 QCoreApplication::translate("Playbook", "\"%1\" is listed twice").arg(text));
            channels.append(kind);
        }
        m_patch.channels = channels;
    }

    void readSeverities()
    {
        const QString key = QStringLiteral("severities");
        const auto items = scalarList(key);
        if (!items)
            return;
        QList<Severity> severities;
        for (int i = 0; i < items->size(); ++i) {
            const QString text = YamlMapReader::scalarText(items->at(i));
            Severity severity;
            if (!severityFromKey(text, &severity))
                return itemError(key, i, items->at(i),
                                 QCoreApplication::translate(
                                     "Playbook", "expected a severity from sev1 to sev4, got \"%1\"")
                                     .arg(text));
            if (severities.contains(severity))
                return itemError(key, i, items->at(i),
                                 QCoreApplication::translate("Playbook", "\"%1\" is listed twice").arg(text));
            severities.append(severity);
        }
        m_patch.severities = severities;
    }

    void readDue()
    {
        const QString key = QStringLiteral("due");
        if (!m_map.has(key))
            return;
        YamlMapReader due(m_map.value(key), m_map.fieldPath(key), m_context, m_map.markOf(key));
        if (!due.expectMap())
            return;
        due.allowOnly({QStringLiteral("after"), QStringLiteral("before"), QStringLiteral("from")});
        due.require({QStringLiteral("from")});
        for (const QString& field :
             {QStringLiteral("after"), QStringLiteral("before"), QStringLiteral("from")}) {
            if (due.has(field))
                m_patch.places.insert(key + QLatin1Char('.') + field, placeAt(due.markOf(field)));
        }
        if (due.has(QStringLiteral("after")) && due.has(QStringLiteral("before")))
            due.fail(QStringLiteral("before"),
                     QCoreApplication::translate(
                         "Playbook",
                         "give either after or before, not both: after counts forward from the anchor, "
                         "before counts back"));
        PlaybookStep::Due rule;
        if (const auto after = due.durationMs(QStringLiteral("after"), 0, longestOffsetMs, false))
            rule.offsetMs = *after;
        if (const auto before = due.durationMs(QStringLiteral("before"), 0, longestOffsetMs, false))
            rule.offsetMs = -*before;
        if (const auto from = due.text(QStringLiteral("from"))) {
            if (!PlaybookStep::anchorFromKey(*from, &rule.from))
                due.fail(QStringLiteral("from"),
                         unknownValue(QCoreApplication::translate(
                                          "Playbook", "unknown anchor \"%1\"; expected one of %2"),
                                      *from, PlaybookStep::anchorKeys()));
        }
        if (!m_context->failed())
            m_patch.due = rule;
    }

    void readRepeat()
    {
        const QString key = QStringLiteral("repeat");
        if (!m_map.has(key))
            return;
        YamlMapReader repeat(m_map.value(key), m_map.fieldPath(key), m_context, m_map.markOf(key));
        if (!repeat.expectMap())
            return;
        repeat.allowOnly({QStringLiteral("every"), QStringLiteral("until")});
        if (!repeat.has(QStringLiteral("every"))) {
            m_context->fail(repeat.mark(),
                            m_map.fieldPath(key) + QStringLiteral(": ") +
                                QCoreApplication::translate(
                                    "Playbook",
                                    "a repeating step needs a cadence, such as every: 30m or every: "
                                    "{sev1: 30m, sev2: 1h, sev3: 2h, sev4: 4h}"));
            return;
        }
        m_patch.places.insert(key + QStringLiteral(".every"),
                              placeAt(repeat.markOf(QStringLiteral("every"))));
        if (const auto until = repeat.text(QStringLiteral("until"))) {
            if (until->trimmed() != u"resolved")
                repeat.fail(
                    QStringLiteral("until"),
                    QCoreApplication::translate(
                        "Playbook",
                        "expected \"resolved\" (updates stop when the incident is resolved), got \"%1\"")
                        .arg(*until));
        }
        PlaybookStep::Repeat rule;
        constexpr qint64 shortest = minuteMs;
        constexpr qint64 longest = 7 * dayMs;
        const YAML::Node every = repeat.value(QStringLiteral("every"));
        if (every.IsMap()) {
            YamlMapReader cadences(every, repeat.fieldPath(QStringLiteral("every")), m_context,
                                   repeat.markOf(QStringLiteral("every")));
            QStringList keys;
            for (const Severity severity : allSeverities())
                keys.append(severityKey(severity));
            cadences.allowOnly(keys);
            for (const Severity severity : allSeverities()) {
                if (const auto ms = cadences.durationMs(severityKey(severity), shortest, longest, true))
                    rule.everyMs.insert(severity, *ms);
            }
        } else if (const auto ms = repeat.durationMs(QStringLiteral("every"), shortest, longest, true)) {
            for (const Severity severity : allSeverities())
                rule.everyMs.insert(severity, *ms);
        }
        if (!m_context->failed())
            m_patch.repeat = rule;
    }

    YamlMapReader m_map;
    YamlReadContext* m_context;
    bool m_extending;
    PlaybookStepPatch m_patch;
};

} // namespace

std::optional<LocalizedText> PlaybookStepReader::readText(YamlMapReader& map, const QString& key)
{
    const YAML::Node node = map.value(key);
    if (!node.IsDefined())
        return std::nullopt;
    if (node.IsScalar()) {
        const QString text = YamlMapReader::scalarText(node).trimmed();
        if (text.isEmpty()) {
            map.fail(key, QCoreApplication::translate("Playbook", "expected a text, got nothing"));
            return std::nullopt;
        }
        return LocalizedText(text);
    }
    if (!node.IsMap()) {
        map.fail(key,
                 QCoreApplication::translate(
                     "Playbook", "expected a text, or a map of texts by language such as {en: ..., fr: ...}, "
                                 "got %1")
                     .arg(YamlMapReader::describe(node)));
        return std::nullopt;
    }
    static const QRegularExpression language(QStringLiteral("^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$"));
    LocalizedText text;
    YamlMapReader texts(node, map.fieldPath(key), map.context(), map.markOf(key));
    for (auto it = node.begin(); it != node.end(); ++it) {
        const QString code = YamlMapReader::scalarText(it->first);
        if (!language.match(code).hasMatch()) {
            map.context()->fail(it->first.Mark(),
                                texts.fieldPath(code) + QStringLiteral(": ") +
                                    QCoreApplication::translate(
                                        "Playbook", "expected a language code such as en, fr or pt-BR"));
            return std::nullopt;
        }
        const auto value = texts.text(code);
        if (!value)
            return std::nullopt;
        if (value->trimmed().isEmpty()) {
            texts.fail(code, QCoreApplication::translate("Playbook", "expected a text, got nothing"));
            return std::nullopt;
        }
        text.set(code, value->trimmed());
    }
    if (text.isEmpty()) {
        map.fail(key, QCoreApplication::translate("Playbook", "expected a text, got nothing"));
        return std::nullopt;
    }
    return text;
}

bool PlaybookStepReader::isValidId(const QString& id)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
    return pattern.match(id).hasMatch();
}

PlaybookStepPatch PlaybookStepReader::read(const YAML::Node& node, const QString& path,
                                           YamlReadContext* context, bool extending)
{
    return StepReader(node, path, context, extending).read();
}
