#pragma once

#include "config/GatusImport.h"
#include "config/WorkspaceError.h"

#include <QByteArray>
#include <QSet>
#include <QString>

#include <optional>

// Imports a Gatus configuration (its `endpoints:` list) as Vigie services. Only a file that is not YAML or
// has no endpoint list is refused; everything else that Vigie cannot express is listed in the report.
class GatusImporter
{
public:
    static std::optional<GatusImport> read(const QByteArray& yaml, const QString& fileName,
                                           WorkspaceError* error);
    static std::optional<GatusImport> readFile(const QString& path, WorkspaceError* error);

private:
    // Gatus tells endpoints apart by group and name, Vigie by name alone.
    static QString uniqueName(const ServiceDefinition& service, const QSet<QString>& taken);
};
