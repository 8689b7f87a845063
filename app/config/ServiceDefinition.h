#pragma once

#include "config/JsonCondition.h"
#include "config/StatusCodeSet.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

enum class CheckKind { Http, Tcp, Dns, TlsCertificate };

// "http", "tcp", "dns", "tls-certificate" as written in workspace files and stored in the database.
QString checkKindToString(CheckKind kind);
bool checkKindFromString(const QString& text, CheckKind* out);

struct HttpSettings
{
    QString method = QStringLiteral("GET");
    QList<QPair<QString, QString>> headers;
    QByteArray body;
    StatusCodeSet acceptedStatus;     // default 200-299
    QString keyword;                  // empty: no keyword check
    bool keywordMustBeAbsent = false; // true: the keyword must NOT appear
    JsonCondition json;
    int degradedAboveMs = 0; // 0: no response-time threshold
    bool followRedirects = true;
    int maxRedirects = 5;
    bool verifyTls = true;

    bool operator==(const HttpSettings&) const = default;
};

// One watched service, as the workspace describes it. A value type: the store, the YAML file, the engine
// and the UI all pass copies.
struct ServiceDefinition
{
    qint64 id = 0; // store id; 0 until stored. Workspace files match services by name.
    QString name;
    QString group;
    CheckKind kind = CheckKind::Http;
    // http / tls-certificate: URL (https://host:port/path); tcp: host:port; dns: host name to resolve.
    QString target;
    int intervalSec = 60;
    int timeoutMs = 5000;
    int failuresBeforeDown = 3;
    int successesBeforeUp = 1;
    HttpSettings http;
    int certExpiryWarnDays = 14; // http over TLS and tls-certificate: DEGRADED when closer than this
    bool inverted = false;       // upside-down: a failing check counts as UP and a passing one as DOWN
    bool paused = false;
    double slaTargetPercent = 99.9;

    bool operator==(const ServiceDefinition&) const = default;
};
