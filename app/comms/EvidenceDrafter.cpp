#include "comms/EvidenceDrafter.h"

#include "comms/FailureClassifier.h"
#include "comms/MessageTimeFormat.h"
#include "comms/MessageVocabulary.h"

#include <QCoreApplication>

#include <algorithm>

namespace {

bool isFrench(const QString& language)
{
    return MessageVocabulary::normalized(language) == u"fr";
}

bool isDegradation(FailureClass failure)
{
    return failure == FailureClass::SlowResponse || failure == FailureClass::CertificateExpiring;
}

struct Group
{
    FailureClass failure = FailureClass::Other;
    int httpCode = 0;
    qint64 sinceMs = 0;
    QStringList names;
};

} // namespace

QString EvidenceDrafter::httpMeaning(int httpCode, const QString& language)
{
    const bool fr = isFrench(language);
    switch (httpCode) {
    case 400:
        return fr ? QStringLiteral("requête refusée") : QStringLiteral("bad request");
    case 401:
        return fr ? QStringLiteral("authentification requise") : QStringLiteral("authentication required");
    case 403:
        return fr ? QStringLiteral("accès refusé") : QStringLiteral("access denied");
    case 404:
        return fr ? QStringLiteral("page introuvable") : QStringLiteral("page not found");
    case 408:
        return fr ? QStringLiteral("délai de requête dépassé") : QStringLiteral("request timed out");
    case 429:
        return fr ? QStringLiteral("trop de requêtes") : QStringLiteral("too many requests");
    case 500:
        return fr ? QStringLiteral("erreur interne du serveur") : QStringLiteral("internal server error");
    case 502:
        return fr ? QStringLiteral("passerelle en erreur") : QStringLiteral("bad gateway");
    case 503:
        return fr ? QStringLiteral("service indisponible") : QStringLiteral("service unavailable");
    case 504:
        return fr ? QStringLiteral("délai de la passerelle dépassé") : QStringLiteral("gateway timeout");
    default:
        return QString();
    }
}

QString EvidenceDrafter::plainWords(FailureClass failure, int httpCode, const QString& language)
{
    const bool fr = isFrench(language);
    switch (failure) {
    case FailureClass::None:
        return fr ? QStringLiteral("le service répond normalement")
                  : QStringLiteral("the service answers normally");
    case FailureClass::DnsResolution:
        return fr ? QStringLiteral("son nom de domaine ne répond plus, le service est donc introuvable")
                  : QStringLiteral("its domain name no longer resolves, so the service cannot be found");
    case FailureClass::CertificateExpired:
        return fr ? QStringLiteral(
                        "son certificat de sécurité a expiré et les navigateurs refusent la connexion")
                  : QStringLiteral("its security certificate has expired, so browsers refuse to connect");
    case FailureClass::CertificateInvalid:
        return fr ? QStringLiteral(
                        "son certificat de sécurité est refusé et les navigateurs bloquent la connexion")
                  : QStringLiteral("its security certificate is refused, so browsers block the connection");
    case FailureClass::CertificateExpiring:
        return fr ? QStringLiteral("son certificat de sécurité arrive bientôt à expiration")
                  : QStringLiteral("its security certificate expires soon");
    case FailureClass::TlsHandshake:
        return fr ? QStringLiteral("les connexions sécurisées échouent avant tout échange")
                  : QStringLiteral("secure connections fail before anything is exchanged");
    case FailureClass::Timeout:
        return fr ? QStringLiteral("les requêtes restent sans réponse dans les délais")
                  : QStringLiteral("requests time out without an answer");
    case FailureClass::ConnectionRefused:
        return fr ? QStringLiteral("le serveur refuse les connexions")
                  : QStringLiteral("the server refuses connections");
    case FailureClass::HostUnreachable:
        return fr ? QStringLiteral("le serveur est injoignable sur le réseau")
                  : QStringLiteral("the server cannot be reached over the network");
    case FailureClass::ConnectionLost:
        return fr ? QStringLiteral("les connexions sont coupées avant toute réponse")
                  : QStringLiteral("connections are cut before any answer");
    case FailureClass::InvalidResponse:
        return fr ? QStringLiteral("le serveur renvoie des réponses inexploitables")
                  : QStringLiteral("the server sends answers that cannot be used");
    case FailureClass::HttpStatus: {
        const QString meaning = httpMeaning(httpCode, language);
        const QString code = httpCode > 0 ? QStringLiteral("HTTP %1").arg(httpCode) : QStringLiteral("HTTP");
        const QString detail =
            meaning.isEmpty() ? code : code + (fr ? QStringLiteral(" : ") : QStringLiteral(": ")) + meaning;
        return fr ? QStringLiteral("les requêtes échouent avec une erreur (%1)").arg(detail)
                  : QStringLiteral("requests fail with an error (%1)").arg(detail);
    }
    case FailureClass::ContentMissing:
        return fr ? QStringLiteral("les pages s'affichent sans leur contenu habituel")
                  : QStringLiteral("pages load without their usual content");
    case FailureClass::ContentUnexpected:
        return fr ? QStringLiteral("les pages affichent une erreur au lieu de leur contenu")
                  : QStringLiteral("pages show an error instead of their content");
    case FailureClass::HealthCheckFailed:
        return fr ? QStringLiteral("le service signale lui-même un dysfonctionnement")
                  : QStringLiteral("the service reports a fault itself");
    case FailureClass::SlowResponse:
        return fr ? QStringLiteral("les réponses sont bien plus lentes que d'habitude")
                  : QStringLiteral("responses are much slower than usual");
    case FailureClass::Other:
        return fr ? QStringLiteral("nos vérifications échouent") : QStringLiteral("our checks fail");
    }
    return QString();
}

EvidenceDrafter::Draft EvidenceDrafter::draft(const QList<ServiceEvidence>& services,
                                              const Audience& audience)
{
    const QString language = MessageVocabulary::normalized(audience.language);
    const bool fr = language == u"fr";
    const QTimeZone zone = MessageTimeFormat::zone(audience.timeZoneId);
    Draft draft;
    QList<Group> groups;
    for (const ServiceEvidence& service : services) {
        const FailureClass failure = FailureClassifier::classify(service.lastResult);
        if (failure == FailureClass::None)
            continue;
        const int code = failure == FailureClass::HttpStatus ? service.lastResult.httpCode : 0;
        const qint64 since = service.downSinceMs > 0 ? service.downSinceMs : service.lastResult.startedAtMs;
        auto group = std::find_if(groups.begin(), groups.end(),
                                  [&](const Group& g) { return g.failure == failure && g.httpCode == code; });
        if (group == groups.end()) {
            groups.append(Group{failure, code, since, {}});
            group = groups.end() - 1;
        }
        group->names.append(service.serviceName);
        if (since > 0 && (group->sinceMs == 0 || since < group->sinceMs))
            group->sinceMs = since;

        QString line = since > 0 ? QCoreApplication::translate("EvidenceDrafter", "%1: %2 since %3")
                                       .arg(service.serviceName, failureClassLabel(failure),
                                            MessageTimeFormat::time(since, audience.nowMs, language, zone))
                                 : QCoreApplication::translate("EvidenceDrafter", "%1: %2")
                                       .arg(service.serviceName, failureClassLabel(failure));
        if (!service.lastResult.reason.isEmpty())
            line += QCoreApplication::translate("EvidenceDrafter", " (the check said: \"%1\")")
                        .arg(service.lastResult.reason);
        if (service.lastResult.httpCode > 0)
            line +=
                QCoreApplication::translate("EvidenceDrafter", ", HTTP %1").arg(service.lastResult.httpCode);
        draft.evidence.append(line);
    }
    std::stable_sort(groups.begin(), groups.end(),
                     [](const Group& a, const Group& b) { return a.sinceMs < b.sinceMs; });

    QStringList sentences;
    for (const Group& group : groups) {
        const bool many = group.names.size() > 1;
        const QString names = MessageVocabulary::joinList(group.names, language);
        QString state;
        if (isDegradation(group.failure))
            state = fr ? (many ? QStringLiteral("fonctionnent en mode dégradé")
                               : QStringLiteral("fonctionne en mode dégradé"))
                       : (many ? QStringLiteral("are degraded") : QStringLiteral("is degraded"));
        else
            state = fr ? (many ? QStringLiteral("sont indisponibles") : QStringLiteral("est indisponible"))
                       : (many ? QStringLiteral("are unavailable") : QStringLiteral("is unavailable"));
        QString sentence = names + QLatin1Char(' ') + state +
                           (fr ? QStringLiteral(" : ") : QStringLiteral(": ")) +
                           plainWords(group.failure, group.httpCode, language) + QLatin1Char('.');
        if (group.sinceMs > 0) {
            const QString since = MessageTimeFormat::time(group.sinceMs, audience.nowMs, language, zone);
            sentence =
                (fr ? QStringLiteral("Depuis %1, ") : QStringLiteral("Since %1, ")).arg(since) + sentence;
        }
        sentences.append(sentence);
    }
    draft.summary = sentences.join(QLatin1Char(' '));
    return draft;
}
