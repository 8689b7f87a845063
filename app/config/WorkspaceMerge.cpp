#include "config/WorkspaceMerge.h"

#include "config/WorkspaceReader.h"

#include <QHash>
#include <QSet>

namespace {

QString matchKey(const QString& name)
{
    return name.trimmed().toCaseFolded();
}

} // namespace

WorkspaceMergePlan WorkspaceMerge::plan(const QList<ServiceDefinition>& stored, const Workspace& workspace,
                                        Absent absent)
{
    QHash<QString, qsizetype> storedByName;
    for (qsizetype i = 0; i < stored.size(); ++i) {
        const QString key = matchKey(stored[i].name);
        if (!storedByName.contains(key)) // should the store hold twins, the first one is the match
            storedByName.insert(key, i);
    }

    WorkspaceMergePlan plan;
    plan.settings = workspace.settings;
    QSet<qsizetype> matched;
    for (const ServiceDefinition& wanted : workspace.services) {
        const auto found = storedByName.constFind(matchKey(wanted.name));
        if (found == storedByName.cend()) {
            ServiceDefinition added = wanted;
            added.id = 0;
            plan.toAdd.append(added);
            continue;
        }
        const ServiceDefinition& current = stored[*found];
        matched.insert(*found);
        ServiceDefinition updated = wanted;
        updated.id = current.id;
        if (updated == current)
            plan.unchanged.append(current);
        else
            plan.toUpdate.append(updated);
    }
    if (absent == Absent::Remove) {
        for (qsizetype i = 0; i < stored.size(); ++i) {
            if (!matched.contains(i))
                plan.toRemove.append(stored[i]);
        }
    }
    return plan;
}

std::optional<WorkspaceMergePlan> WorkspaceMerge::planFromFile(const QList<ServiceDefinition>& stored,
                                                               const QByteArray& yaml,
                                                               const QString& fileName, Absent absent,
                                                               WorkspaceError* error)
{
    const std::optional<Workspace> workspace = WorkspaceReader::read(yaml, fileName, error);
    if (!workspace)
        return std::nullopt;
    return plan(stored, *workspace, absent);
}
