#pragma once

#include "statuspage/StatusPageFile.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// The rendered fallback page: files to put under the page's folder, in a fixed order.
struct StatusPageFiles
{
    QList<StatusPageFile> files;

    std::optional<StatusPageFile> find(const QString& path) const;
    QStringList paths() const;

    bool operator==(const StatusPageFiles&) const = default;
};
