#include "playbook/PlaybookStep.h"

#include <QCoreApplication>

namespace {

template <typename Enum> bool fromKey(const QString& key, const QStringList& keys, Enum* out)
{
    const qsizetype index = keys.indexOf(key.trimmed().toLower());
    if (index < 0)
        return false;
    *out = static_cast<Enum>(index);
    return true;
}

} // namespace

bool PlaybookStep::appliesToIncident(Incident::Kind kind, Severity severity) const
{
    if (appliesTo == Scope::Incident && kind != Incident::Kind::Incident)
        return false;
    if (appliesTo == Scope::Maintenance && kind != Incident::Kind::Maintenance)
        return false;
    return severities.isEmpty() || severities.contains(severity);
}

// The key lists follow the enums' values, so an index is the value.
QStringList PlaybookStep::actionKeys()
{
    return {QStringLiteral("message"), QStringLiteral("fallback-page"), QStringLiteral("internal"),
            QStringLiteral("post-mortem"), QStringLiteral("task")};
}

QString PlaybookStep::actionKey(Action action)
{
    return actionKeys().value(static_cast<int>(action));
}

bool PlaybookStep::actionFromKey(const QString& key, Action* out)
{
    return fromKey(key, actionKeys(), out);
}

QString PlaybookStep::actionLabel(Action action)
{
    switch (action) {
    case Action::Message:
        return QCoreApplication::translate("PlaybookStep", "Message");
    case Action::FallbackPage:
        return QCoreApplication::translate("PlaybookStep", "Fallback page");
    case Action::Internal:
        return QCoreApplication::translate("PlaybookStep", "Internal communication");
    case Action::PostMortem:
        return QCoreApplication::translate("PlaybookStep", "Post-mortem");
    case Action::Task:
        return QCoreApplication::translate("PlaybookStep", "Task");
    }
    return QString();
}

QStringList PlaybookStep::scopeKeys()
{
    return {QStringLiteral("incident"), QStringLiteral("maintenance"), QStringLiteral("both")};
}

QString PlaybookStep::scopeKey(Scope scope)
{
    return scopeKeys().value(static_cast<int>(scope));
}

bool PlaybookStep::scopeFromKey(const QString& key, Scope* out)
{
    return fromKey(key, scopeKeys(), out);
}

QStringList PlaybookStep::anchorKeys()
{
    return {QStringLiteral("declared"), QStringLiteral("resolved"), QStringLiteral("window-start"),
            QStringLiteral("window-end"), QStringLiteral("previous-step")};
}

QString PlaybookStep::anchorKey(Anchor anchor)
{
    return anchorKeys().value(static_cast<int>(anchor));
}

bool PlaybookStep::anchorFromKey(const QString& key, Anchor* out)
{
    return fromKey(key, anchorKeys(), out);
}
