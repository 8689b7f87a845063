#pragma once

#include "publish/DeliveryOutcome.h"
#include "publish/HttpExchange.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

// Turns the answer of a status-page or social-network API into a delivery outcome when it is not a success:
// what can succeed later (no answer, 5xx, 420/429 rate limits) is a Retry with the delay the server asked
// for, what cannot (401, 403, 404, 422...) a Failed at once. Messages quote the API's own error text, with
// every secret value of the delivery blanked out.
class StatusApiErrors
{
    Q_DECLARE_TR_FUNCTIONS(StatusApiErrors)

public:
    // nullopt for a 2xx answer. `service` names the channel kind ("Statuspage"), `action` what was being
    // done ("creating the incident").
    static std::optional<DeliveryOutcome> check(const HttpResponse& response, const QString& service,
                                                const QString& action, const QList<QByteArray>& secrets);
    // The wait a 420/429/503 asked for, from Retry-After (seconds or an HTTP date, measured against the
    // answer's own Date header) or an X-RateLimit-Reset/RateLimit-Reset time; -1 when none.
    static qint64 retryAfterMs(const HttpResponse& response);
    // The error text in an API's JSON body (`error` string or list, `message`, `errors` as a JSON:API list
    // or a Laravel field map, XRPC's `error` + `message`), or the start of a plain-text body.
    static QString apiMessage(const QByteArray& body);
    // The XRPC/Mastodon error name (`error` when it is a single word), empty when none.
    static QString errorName(const QByteArray& body);
    // `text` with every secret value replaced by "•••".
    static QString redact(QString text, const QList<QByteArray>& secrets);
};
