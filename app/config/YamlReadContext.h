#pragma once

#include "config/WorkspaceError.h"

#include <yaml-cpp/mark.h>

#include <optional>

// The state one file read shares between its section readers: the file name for messages and the first
// error met. Later errors are dropped, since they are often consequences of the first.
class YamlReadContext
{
public:
    explicit YamlReadContext(QString fileName) : m_fileName(std::move(fileName)) {}

    // `mark` is yaml-cpp's 0-based position; a null mark records the error without a position.
    void fail(const YAML::Mark& mark, const QString& message);
    bool failed() const { return m_error.has_value(); }
    const WorkspaceError& error() const { return *m_error; }
    const QString& fileName() const { return m_fileName; }

private:
    QString m_fileName;
    std::optional<WorkspaceError> m_error;
};
