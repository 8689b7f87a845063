#pragma once

#include <QByteArrayView>
#include <QtGlobal>

// Reads the dates libcurl reports in CURLINFO_CERTINFO ("Expire date", "Start date").
class CertificateInfo
{
public:
    // Understands OpenSSL's "Jan  2 00:00:00 2020 GMT" (optionally with fractional seconds) and
    // curl's own "2020-01-02 00:00:00 GMT". Returns UTC ms since the epoch, or 0 when not understood.
    static qint64 parseCurlDate(QByteArrayView text);

    // Whole days from nowMs until expiresAtMs, rounded down; negative once expired.
    static int daysUntil(qint64 expiresAtMs, qint64 nowMs);
};
