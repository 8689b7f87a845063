#include "config/WorkspaceError.h"

QString WorkspaceError::toString() const
{
    if (!hasPosition())
        return file.isEmpty() ? message : file + QStringLiteral(": ") + message;
    return QStringLiteral("%1:%2:%3: %4").arg(file).arg(line).arg(column).arg(message);
}
