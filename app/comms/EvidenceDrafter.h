#pragma once

#include "comms/FailureClass.h"
#include "monitor/CheckResult.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QtGlobal>

// Prefills the first announcement from what the checks saw: which services fail, since when, and how, in
// plain words for customers (the summary, in the audience's language) and in the team's terms for the
// incident's internal evidence (the interface language, with the checks' own reasons).
class EvidenceDrafter
{
public:
    struct ServiceEvidence
    {
        QString serviceName;
        CheckResult lastResult;
        qint64 downSinceMs = 0;
    };

    struct Draft
    {
        QString summary;      // for Incident::customerSummary; empty when nothing fails
        QStringList evidence; // one line per service
        bool operator==(const Draft&) const = default;
    };

    struct Audience
    {
        QString language = QStringLiteral("en");
        QString timeZoneId; // IANA; empty: the system zone
        qint64 nowMs = 0;
    };

    static Draft draft(const QList<ServiceEvidence>& services, const Audience& audience);
    // The customer-facing clause for one failure ("requests time out without an answer"), for `httpCode` when
    // the class is HttpStatus.
    static QString plainWords(FailureClass failure, int httpCode, const QString& language);
    // "service unavailable" / "service indisponible" for 503; empty for a code without a common meaning.
    static QString httpMeaning(int httpCode, const QString& language);
};
