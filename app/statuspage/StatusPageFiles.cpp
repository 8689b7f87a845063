#include "statuspage/StatusPageFiles.h"

#include <QStringList>

std::optional<StatusPageFile> StatusPageFiles::find(const QString& path) const
{
    for (const StatusPageFile& file : files) {
        if (file.path == path)
            return file;
    }
    return std::nullopt;
}

QStringList StatusPageFiles::paths() const
{
    QStringList found;
    for (const StatusPageFile& file : files)
        found.append(file.path);
    return found;
}
