#include "comms/TemplateRenderer.h"

#include "comms/TemplateTagScanner.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QVariantList>

#include <kainjow/mustache.hpp>

#include <cstdio>

namespace {

using kainjow::mustache::data;

data toData(const QVariant& value)
{
    switch (value.typeId()) {
    case QMetaType::Bool:
        return value.toBool() ? data(data::type::bool_true) : data(data::type::bool_false);
    case QMetaType::QVariantList: {
        data list(data::type::list);
        for (const QVariant& item : value.toList())
            list.push_back(toData(item));
        return list;
    }
    case QMetaType::QVariantMap: {
        data object(data::type::object);
        const QVariantMap map = value.toMap();
        for (auto it = map.cbegin(); it != map.cend(); ++it)
            object.set(it.key().toStdString(), toData(it.value()));
        return object;
    }
    default:
        return data(value.toString().toStdString());
    }
}

// A section that renders nothing leaves the blank lines around it behind (kainjow keeps the line break after
// a false standalone section tag); plain text keeps at most one blank line in a row and no trailing blanks.
QString tidyPlainText(const QString& text)
{
    static const QRegularExpression trailingBlanks(QStringLiteral("[ \\t]+\\n"));
    static const QRegularExpression blankRuns(QStringLiteral("\\n{3,}"));
    QString tidy = text;
    tidy.replace(trailingBlanks, QStringLiteral("\n"));
    tidy.replace(blankRuns, QStringLiteral("\n\n"));
    return tidy;
}

// The inside of a JSON string (RFC 8259 section 7): UTF-8 passes through, controls become escapes.
std::string jsonStringEscape(const std::string& text)
{
    std::string out;
    out.reserve(text.size());
    for (const char c : text) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                char escaped[8];
                std::snprintf(escaped, sizeof escaped, "\\u%04x", unsigned(static_cast<unsigned char>(c)));
                out += escaped;
            } else {
                out += c;
            }
        }
    }
    return out;
}

} // namespace

QString TemplateRenderer::renderText(const QString& templateText, const QVariantMap& variables,
                                     Escaping escaping, QStringList* errors, QStringList* missing)
{
    kainjow::mustache::mustache compiled(templateText.toStdString());
    if (!compiled.is_valid()) {
        errors->append(
            QCoreApplication::translate("TemplateRenderer", "The template is not valid Mustache: %1")
                .arg(QString::fromStdString(compiled.error_message())));
        return QString();
    }
    const QStringList absent = TemplateTagScanner::missingVariables(templateText, variables);
    if (!absent.isEmpty()) {
        for (const QString& name : absent) {
            if (!missing->contains(name))
                missing->append(name);
        }
        return QString();
    }
    if (escaping == Escaping::PlainText)
        compiled.set_custom_escape([](const std::string& text) { return text; });
    else if (escaping == Escaping::Json)
        compiled.set_custom_escape(&jsonStringEscape);
    const std::string rendered = compiled.render(toData(variables));
    if (!compiled.is_valid()) {
        errors->append(
            QCoreApplication::translate("TemplateRenderer", "The template could not be rendered: %1")
                .arg(QString::fromStdString(compiled.error_message())));
        return QString();
    }
    const QString text = QString::fromStdString(rendered);
    return escaping == Escaping::PlainText ? tidyPlainText(text) : text;
}

RenderedMessage TemplateRenderer::render(const MessageTemplate& entry, const MessageFacts& facts)
{
    const QVariantMap variables = facts.variables();
    RenderedMessage message;
    if (!entry.subject.isEmpty())
        message.subject = renderText(entry.subject, variables, Escaping::PlainText, &message.errors,
                                     &message.missingVariables)
                              .simplified();
    message.body =
        renderText(entry.body, variables, Escaping::PlainText, &message.errors, &message.missingVariables)
            .trimmed();
    if (!entry.html.isEmpty())
        message.html =
            renderText(entry.html, variables, Escaping::Html, &message.errors, &message.missingVariables);
    if (!message.missingVariables.isEmpty())
        message.errors.prepend(
            QCoreApplication::translate("TemplateRenderer",
                                        "The template uses %n fact(s) this incident does not have yet: %1. "
                                        "Fill them in on the incident or take them out of the message.",
                                        nullptr, int(message.missingVariables.size()))
                .arg(message.missingVariables.join(QStringLiteral(", "))));
    if (!message.ok()) {
        message.subject.clear();
        message.body.clear();
        message.html.clear();
    }
    return message;
}
