#pragma once

#include "config/GatusImportNote.h"
#include "config/ServiceDefinition.h"

#include <QList>

// The outcome of importing a Gatus configuration: the services it became and the report of what could not
// be carried over.
struct GatusImport
{
    QList<ServiceDefinition> services;
    QList<GatusImportNote> notes;
};
