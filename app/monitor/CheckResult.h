#pragma once

#include <QMetaType>
#include <QString>
#include <QtGlobal>

// What one check of one service found. Timings are in microseconds; a phase that did not happen is 0.
struct CheckResult
{
    enum class Outcome : quint8
    {
        Up = 0,       // the check passed
        Degraded = 1, // passed but slow, or the certificate expires soon
        Down = 2,     // failed; reason says why
    };

    qint64 serviceId = 0;
    qint64 startedAtMs = 0; // UTC ms since epoch, from the engine's Clock
    Outcome outcome = Outcome::Down;
    int httpCode = 0; // 0 when there was no HTTP response
    qint32 totalUs = 0;
    qint32 dnsUs = 0;
    qint32 connectUs = 0;
    qint32 tlsUs = 0;
    qint32 firstByteUs = 0;
    qint64 certExpiresAtMs = 0; // 0: no certificate seen
    QString reason;             // empty when Up; a sentence a person understands otherwise

    bool operator==(const CheckResult&) const = default;
};

Q_DECLARE_METATYPE(CheckResult)
