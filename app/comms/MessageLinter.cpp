#include "comms/MessageLinter.h"

#include "comms/MessageVocabulary.h"
#include "comms/TimeExpression.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace {

QString translate(const char* text)
{
    return QCoreApplication::translate("MessageLinter", text);
}

LintWarning warning(LintWarning::Code code, const QString& message, qsizetype start = -1,
                    qsizetype length = 0)
{
    LintWarning w;
    w.code = code;
    w.message = message;
    w.start = int(start);
    w.length = int(length);
    return w;
}

const QRegularExpression::PatternOptions caseless =
    QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption;

QRegularExpression wholeWord(const QString& term)
{
    return QRegularExpression(QStringLiteral(R"((?<![\w-]))") + QRegularExpression::escape(term) +
                                  QStringLiteral(R"((?![\w-]))"),
                              caseless);
}

bool namesService(const QString& text, const QStringList& services)
{
    return std::any_of(services.cbegin(), services.cend(), [&text](const QString& name) {
        return !name.trimmed().isEmpty() && wholeWord(name.trimmed()).match(text).hasMatch();
    });
}

QList<LintWarning> placeholders(const QString& text, const QString& language)
{
    QStringList patterns = {
        QStringLiteral(R"(\{\{[^{}\n]*\}\})"),
        QStringLiteral(R"(\[[^\[\]\n]{1,60}\](?!\())"),    // not a Markdown link's text
        QStringLiteral(R"(<(?!https?://)[^<>\n]{1,60}>)"), // not an autolink
        QStringLiteral(R"(\b(?:TODO|TBD|FIXME|XXX+)\b)"),
    };
    if (language == u"fr")
        patterns.append(QStringLiteral(R"(\b(?:à compléter|à préciser|A COMPLETER)\b)"));
    QList<LintWarning> found;
    for (const QString& pattern : patterns) {
        const QRegularExpression expression(pattern, QRegularExpression::UseUnicodePropertiesOption);
        for (auto it = expression.globalMatch(text); it.hasNext();) {
            const auto match = it.next();
            found.append(
                warning(LintWarning::Code::Placeholder,
                        translate("\"%1\" looks like a placeholder left unfilled.").arg(match.captured()),
                        match.capturedStart(), match.capturedLength()));
        }
    }
    return found;
}

} // namespace

MessageLinter::MessageLinter(JargonList jargon) : m_jargon(std::move(jargon)) {}

QList<LintWarning> MessageLinter::lint(const QString& text, const Options& options) const
{
    const QString language = MessageVocabulary::normalized(options.language);
    QList<LintWarning> warnings;
    if (!options.affectedServices.isEmpty() && !namesService(text, options.affectedServices))
        warnings.append(warning(LintWarning::Code::NoService,
                                translate("The message names none of the affected services (%1).")
                                    .arg(options.affectedServices.join(QStringLiteral(", ")))));
    if (options.expectTiming && TimeExpression::findAll(text).isEmpty())
        warnings.append(warning(LintWarning::Code::NoTiming,
                                translate("The message does not say when the next update will come (a time "
                                          "such as 14:30, or a delay such as \"in 30 minutes\").")));
    warnings.append(placeholders(text, language));
    for (const QString& term : m_jargon.terms(language)) {
        for (auto it = wholeWord(term).globalMatch(text); it.hasNext();) {
            const auto match = it.next();
            warnings.append(
                warning(LintWarning::Code::Jargon,
                        translate("\"%1\" is jargon your audience may not know; say what it means "
                                  "for them instead.")
                            .arg(match.captured()),
                        match.capturedStart(), match.capturedLength()));
        }
    }
    std::stable_sort(warnings.begin(), warnings.end(),
                     [](const LintWarning& a, const LintWarning& b) { return a.start < b.start; });
    return warnings;
}
