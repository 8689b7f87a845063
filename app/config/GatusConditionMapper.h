#pragma once

#include "config/GatusImportNote.h"
#include "config/ServiceDefinition.h"

#include <bitset>
#include <optional>

// Turns the conditions of one Gatus endpoint ("[STATUS] == 200", "[BODY].status == UP") into the settings of
// a Vigie service. Conditions are fed one by one; the accepted status codes are only known after the last.
class GatusConditionMapper
{
public:
    explicit GatusConditionMapper(ServiceDefinition* service);

    // Applies one condition. Returns a note (without endpoint and line) when it could not be mapped exactly.
    std::optional<GatusImportNote> map(const QString& condition);
    // Writes the accepted status codes the [STATUS] conditions leave; a note when they leave none.
    std::optional<GatusImportNote> finish();

    // "[BODY].data.items[0].id" -> "/data/items/0/id"; empty when the path is not of that shape.
    static QString jsonPointerFromPath(const QString& path);

private:
    std::optional<GatusImportNote> mapStatus(const QString& op, const QString& value);
    std::optional<GatusImportNote> mapResponseTime(const QString& op, const QString& value);
    std::optional<GatusImportNote> mapCertificate(const QString& op, const QString& value);
    std::optional<GatusImportNote> mapBody(const QString& op, const QString& value);
    std::optional<GatusImportNote> mapJson(const QString& path, const QString& op, const QString& value);

    ServiceDefinition* m_service;
    QString m_quoted;          // the condition being mapped, quoted for messages
    std::bitset<600> m_status; // index = status code; only 100-599 are used
    bool m_sawStatus = false;
    bool m_sawKeyword = false;
    bool m_sawJson = false;
};
