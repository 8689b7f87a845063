#include "config/GatusImportNote.h"

#include <QCoreApplication>

QString GatusImportNote::toString() const
{
    if (endpoint.isEmpty())
        return QCoreApplication::translate("GatusImporter", "line %1: %2").arg(line).arg(message);
    return QCoreApplication::translate("GatusImporter", "line %1, endpoint \"%2\": %3")
        .arg(line)
        .arg(endpoint, message);
}
