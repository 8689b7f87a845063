#include "comms/JargonList.h"

#include "comms/MessageVocabulary.h"
#include "config/YamlMapReader.h"

#include <QCoreApplication>
#include <QFile>

#include <yaml-cpp/yaml.h>

JargonList JargonList::defaults()
{
    // Read once: the resource cannot change while the program runs.
    static const JargonList shipped = [] {
        QFile file(QString::fromLatin1(defaultResource));
        if (!file.open(QIODevice::ReadOnly))
            return JargonList();
        WorkspaceError error;
        return read(file.readAll(), QString::fromLatin1(defaultResource), &error).value_or(JargonList());
    }();
    return shipped;
}

std::optional<JargonList> JargonList::read(const QByteArray& yaml, const QString& fileName,
                                           WorkspaceError* error)
{
    YamlReadContext context(fileName);
    YAML::Node root;
    try {
        root = YAML::Load(yaml.toStdString());
    } catch (const YAML::Exception& e) {
        context.fail(e.mark, QCoreApplication::translate("JargonList", "this is not valid YAML: %1")
                                 .arg(QString::fromStdString(e.msg)));
    }
    JargonList list;
    if (!context.failed()) {
        YamlMapReader map(root, QString(), &context, YAML::Mark::null_mark());
        if (map.expectMap()) {
            map.allowOnly(MessageVocabulary::languages());
            for (const QString& language : MessageVocabulary::languages()) {
                const YAML::Node node = map.value(language);
                if (!node.IsDefined() || node.IsNull() || context.failed())
                    continue;
                if (!node.IsSequence()) {
                    map.fail(language,
                             QCoreApplication::translate("JargonList", "expected a list of words, got %1")
                                 .arg(YamlMapReader::describe(node)));
                    continue;
                }
                QStringList terms;
                for (std::size_t i = 0; i < node.size(); ++i) {
                    const YAML::Node term = node[i];
                    const QString text =
                        term.IsScalar() ? YamlMapReader::scalarText(term).trimmed() : QString();
                    if (text.isEmpty()) {
                        context.fail(term.Mark(),
                                     map.fieldPath(language) + QStringLiteral("[%1]: ").arg(i) +
                                         QCoreApplication::translate("JargonList", "expected a word, got %1")
                                             .arg(YamlMapReader::describe(term)));
                        break;
                    }
                    terms.append(text);
                }
                list.setTerms(language, terms);
            }
        }
    }
    if (context.failed()) {
        if (error)
            *error = context.error();
        return std::nullopt;
    }
    return list;
}

QStringList JargonList::terms(const QString& language) const
{
    return m_terms.value(MessageVocabulary::normalized(language));
}

void JargonList::setTerms(const QString& language, const QStringList& terms)
{
    m_terms.insert(MessageVocabulary::normalized(language), terms);
}
