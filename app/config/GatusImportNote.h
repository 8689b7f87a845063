#pragma once

#include <QString>

// One line of a Gatus import report: something in the Gatus file that Vigie could not carry over as is.
struct GatusImportNote
{
    enum class Severity
    {
        Approximated,   // carried over with a different meaning; the message says how
        NotMapped,      // dropped; the service was imported without it
        EndpointSkipped // the whole endpoint was not imported
    };

    Severity severity = Severity::NotMapped;
    QString endpoint; // the endpoint's name; empty for file-wide notes
    int line = 0;     // 1-based line in the Gatus file
    QString message;

    // "line 12, endpoint "shop": [BODY].items has no Vigie equivalent: len() ..."
    QString toString() const;
    bool operator==(const GatusImportNote&) const = default;
};
