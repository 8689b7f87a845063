#include "playbook/PlaybookMerge.h"

#include "config/SpellingSuggestion.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace {

QString unknownStep(const QString& id, const Playbook& playbook)
{
    QStringList known;
    for (const PlaybookStep& step : playbook.steps)
        known.append(step.id);
    QString message = QCoreApplication::translate("Playbook", "there is no step \"%1\"").arg(id);
    const QString suggestion = SpellingSuggestion::closest(id, known);
    if (!suggestion.isEmpty())
        message += QLatin1Char(' ') +
                   QCoreApplication::translate("Playbook", "(did you mean \"%1\"?)").arg(suggestion);
    return message;
}

std::optional<WorkspaceError> duplicateId(const QList<PlaybookStepPatch>& patches, const QString& fileName)
{
    QHash<QString, QString> pathById;
    for (const PlaybookStepPatch& patch : patches) {
        if (const auto it = pathById.constFind(patch.id); it != pathById.cend())
            return patch.error(fileName, QStringLiteral("id"),
                               QCoreApplication::translate("Playbook",
                                                           "\"%1\" is already the id of %2; step ids must be "
                                                           "unique")
                                   .arg(patch.id, *it));
        pathById.insert(patch.id, patch.path);
    }
    return std::nullopt;
}

} // namespace

PlaybookResult PlaybookMerge::build(const Playbook& head, const QList<PlaybookStepPatch>& patches,
                                    const QString& fileName)
{
    if (auto problem = duplicateId(patches, fileName))
        return PlaybookResult::failure(*problem);
    Playbook playbook = head;
    playbook.steps.clear();
    for (const PlaybookStepPatch& patch : patches) {
        PlaybookStep step;
        patch.applyTo(&step);
        playbook.steps.append(step);
    }
    return PlaybookResult::success(playbook);
}

PlaybookResult PlaybookMerge::apply(const Playbook& base, const QList<PlaybookStepPatch>& patches,
                                    const QString& fileName)
{
    if (auto problem = duplicateId(patches, fileName))
        return PlaybookResult::failure(*problem);
    Playbook playbook = base;
    QHash<QString, QString> lastInsertedAfter; // so that several steps after one keep their file order
    for (const PlaybookStepPatch& patch : patches) {
        const qsizetype existing = playbook.indexOf(patch.id);
        if (patch.remove) {
            if (existing < 0)
                return PlaybookResult::failure(
                    patch.error(fileName, QStringLiteral("id"), unknownStep(patch.id, playbook)));
            playbook.steps.removeAt(existing);
            continue;
        }
        PlaybookStep step;
        if (existing >= 0) {
            step = playbook.steps.at(existing);
            if (patch.after.isEmpty()) {
                patch.applyTo(&playbook.steps[existing]);
                continue;
            }
            playbook.steps.removeAt(existing);
        }
        patch.applyTo(&step);
        if (patch.after.isEmpty()) {
            playbook.steps.append(step);
            continue;
        }
        if (patch.after == patch.id)
            return PlaybookResult::failure(
                patch.error(fileName, QStringLiteral("after"),
                            QCoreApplication::translate("Playbook", "a step cannot come after itself")));
        const QString anchor = lastInsertedAfter.value(patch.after, patch.after);
        qsizetype at = playbook.indexOf(anchor);
        if (at < 0)
            at = playbook.indexOf(patch.after);
        if (at < 0)
            return PlaybookResult::failure(
                patch.error(fileName, QStringLiteral("after"), unknownStep(patch.after, playbook)));
        playbook.steps.insert(at + 1, step);
        lastInsertedAfter.insert(patch.after, step.id);
    }
    return PlaybookResult::success(playbook);
}
