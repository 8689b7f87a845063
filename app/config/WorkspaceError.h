#pragma once

#include <QString>

// Why a workspace (or imported) file was refused, and where: line and column are 1-based, 0 when the
// problem has no position (the file cannot be read, for instance).
struct WorkspaceError
{
    QString file;
    int line = 0;
    int column = 0;
    QString message;

    bool hasPosition() const { return line > 0; }
    // "shop.yaml:12:15: services[2].interval: expected a duration ..." (the compiler style editors link).
    QString toString() const;

    bool operator==(const WorkspaceError&) const = default;
};
