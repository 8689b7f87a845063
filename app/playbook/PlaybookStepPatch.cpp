#include "playbook/PlaybookStepPatch.h"

PlaybookStepPatch::Place PlaybookStepPatch::placeOf(const QString& field) const
{
    if (const auto it = places.constFind(field); it != places.cend())
        return *it;
    return places.value(QString());
}

WorkspaceError PlaybookStepPatch::error(const QString& fileName, const QString& field,
                                        const QString& message) const
{
    const Place place = placeOf(field);
    const QString where = field.isEmpty() ? path : path + QLatin1Char('.') + field;
    return WorkspaceError{fileName, place.line, place.column, where + QStringLiteral(": ") + message};
}

void PlaybookStepPatch::applyTo(PlaybookStep* step) const
{
    step->id = id;
    if (title)
        step->title = *title;
    if (instructions)
        step->instructions = *instructions;
    if (action)
        step->action = *action;
    if (channels)
        step->channels = *channels;
    if (templateId)
        step->templateId = *templateId;
    if (appliesTo)
        step->appliesTo = *appliesTo;
    if (severities)
        step->severities = *severities;
    if (due)
        step->due = *due;
    if (repeat)
        step->repeat = *repeat;
}
