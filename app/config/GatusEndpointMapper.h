#pragma once

#include "config/GatusImportNote.h"
#include "config/ServiceDefinition.h"

#include <QList>

#include <yaml-cpp/node/node.h>

#include <optional>

// Turns one entry of a Gatus `endpoints:` list into a Vigie service, reporting what it cannot carry over.
class GatusEndpointMapper
{
public:
    GatusEndpointMapper(const YAML::Node& endpoint, QList<GatusImportNote>* notes);

    // The service, or nullopt when the endpoint cannot be imported at all (the notes say why).
    std::optional<ServiceDefinition> map();

private:
    bool mapTarget();
    void mapHttp();
    void mapInterval();
    void mapClient();
    void mapConditions();
    void mapAlerts();
    void reportOtherKeys();
    // Gatus expands $VAR and ${VAR} everywhere; Vigie takes text literally, so the user must know.
    void reportVariables(const YAML::Node& node, const QString& what);

    YAML::Node child(const char* key) const;
    int lineOf(const YAML::Node& node) const;
    void addNote(GatusImportNote::Severity severity, const YAML::Node& at, const QString& message);

    YAML::Node m_endpoint;
    QList<GatusImportNote>* m_notes;
    ServiceDefinition m_service;
};
