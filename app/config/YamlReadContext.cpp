#include "config/YamlReadContext.h"

void YamlReadContext::fail(const YAML::Mark& mark, const QString& message)
{
    if (m_error)
        return;
    WorkspaceError error;
    error.file = m_fileName;
    if (!mark.is_null()) {
        error.line = mark.line + 1;
        error.column = mark.column + 1;
    }
    error.message = message;
    m_error = error;
}
