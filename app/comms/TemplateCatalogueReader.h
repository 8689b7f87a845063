#pragma once

#include "comms/TemplateCatalogue.h"

// Parses a template file into a catalogue, checking every template compiles as Mustache. Errors carry the
// file, line, column and field path ("templates.update.fr.email.subject").
class TemplateCatalogueReader
{
public:
    static std::optional<TemplateCatalogue> read(const QByteArray& yaml, const QString& fileName,
                                                 WorkspaceError* error);
};
