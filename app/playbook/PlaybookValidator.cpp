#include "playbook/PlaybookValidator.h"

#include <QCoreApplication>

namespace {

class StepCheck
{
public:
    StepCheck(const PlaybookStep& step, qsizetype index, const QString& fileName,
              const QList<PlaybookStepPatch>& patches)
        : m_step(step), m_index(index), m_fileName(fileName)
    {
        for (const PlaybookStepPatch& patch : patches) {
            if (patch.id == step.id && !patch.remove)
                m_patch = patch;
        }
        if (m_patch.path.isEmpty()) // a step only the base playbook gives: name it by id
            m_patch.path = QStringLiteral("steps[\"%1\"]").arg(step.id);
    }

    std::optional<WorkspaceError> run() const
    {
        if (m_step.title.isEmpty())
            return fail(QString(), QCoreApplication::translate("Playbook", "missing required key \"title\""));
        if (auto problem = checkDue())
            return problem;
        if (auto problem = checkRepeat())
            return problem;
        return checkChannels();
    }

private:
    std::optional<WorkspaceError> fail(const QString& field, const QString& message) const
    {
        return m_patch.error(m_fileName, field, message);
    }

    std::optional<WorkspaceError> checkDue() const
    {
        if (!m_step.due) {
            if (m_step.isRepeating())
                return std::nullopt;
            return fail(QString(), QCoreApplication::translate(
                                       "Playbook", "a step needs a due time, such as due: {after: 15m, from: "
                                                   "declared}"));
        }
        using Anchor = PlaybookStep::Anchor;
        const Anchor from = m_step.due->from;
        if (from == Anchor::PreviousStep && m_index == 0)
            return fail(
                QStringLiteral("due.from"),
                QCoreApplication::translate("Playbook", "the first step has no previous step to count from"));
        if ((from == Anchor::WindowStart || from == Anchor::WindowEnd) &&
            m_step.appliesTo == PlaybookStep::Scope::Incident)
            return fail(QStringLiteral("due.from"),
                        QCoreApplication::translate("Playbook", "only maintenances have a window; add "
                                                                "applies_to: maintenance (or both)"));
        if (m_step.isRepeating() && from != Anchor::Declared && from != Anchor::PreviousStep)
            return fail(QStringLiteral("due.from"),
                        QCoreApplication::translate("Playbook", "a repeating step runs while the incident is "
                                                                "open, so it counts from declared"));
        return std::nullopt;
    }

    std::optional<WorkspaceError> checkRepeat() const
    {
        if (!m_step.repeat)
            return std::nullopt;
        const QList<Severity> severities = m_step.severities.isEmpty() ? allSeverities() : m_step.severities;
        for (const Severity severity : severities) {
            if (m_step.repeat->cadenceMs(severity) <= 0)
                return fail(
                    QStringLiteral("repeat.every"),
                    QCoreApplication::translate("Playbook", "no cadence for %1; the step applies to it")
                        .arg(severityKey(severity)));
        }
        return std::nullopt;
    }

    std::optional<WorkspaceError> checkChannels() const
    {
        using Action = PlaybookStep::Action;
        const bool sends = m_step.action == Action::Message || m_step.action == Action::Internal;
        if (!sends && !m_step.channels.isEmpty())
            return fail(QStringLiteral("channels"),
                        QCoreApplication::translate("Playbook",
                                                    "channels only apply to message and internal steps, "
                                                    "not to %1 steps")
                            .arg(PlaybookStep::actionKey(m_step.action)));
        if (m_step.action == Action::Message && m_step.channels.isEmpty())
            return fail(
                QStringLiteral("channels"),
                QCoreApplication::translate(
                    "Playbook", "a message step needs channels, such as [status-page, email, social]"));
        if (m_step.action == Action::Message && m_step.templateId.isEmpty())
            return fail(
                QStringLiteral("template"),
                QCoreApplication::translate("Playbook", "a message step needs a template, such as announce"));
        return std::nullopt;
    }

    const PlaybookStep& m_step;
    qsizetype m_index;
    const QString& m_fileName;
    PlaybookStepPatch m_patch;
};

} // namespace

std::optional<WorkspaceError> PlaybookValidator::check(const Playbook& playbook, const QString& fileName,
                                                       const QList<PlaybookStepPatch>& patches)
{
    if (playbook.steps.isEmpty())
        return WorkspaceError{fileName, 0, 0,
                              QCoreApplication::translate("Playbook", "the playbook has no steps")};
    for (qsizetype i = 0; i < playbook.steps.size(); ++i) {
        if (auto problem = StepCheck(playbook.steps.at(i), i, fileName, patches).run())
            return problem;
    }
    return std::nullopt;
}
