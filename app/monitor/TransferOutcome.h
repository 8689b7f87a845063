#pragma once

#include <QByteArray>
#include <QtGlobal>

// What libcurl reported about one finished transfer, before any judgement: the input of ResponseEvaluator.
// Plain data so that evaluation can be tested without a network.
struct TransferOutcome
{
    int curlCode = 0;     // CURLcode
    QByteArray curlError; // libcurl's error buffer (English, technical)
    long osErrno = 0;     // CURLINFO_OS_ERRNO: tells "refused" apart from other connect failures
    int httpCode = 0;     // 0 when no HTTP response arrived
    // Cumulative marks from the start of the transfer, in µs (CURLINFO_*_TIME_T); 0 when not reached.
    qint64 nameLookupUs = 0;
    qint64 connectUs = 0;
    qint64 appConnectUs = 0;
    qint64 startTransferUs = 0;
    qint64 totalUs = 0;
    QByteArray body;            // the first bodyCapBytes of the body (only kept when the check reads it)
    bool bodyCapped = false;    // the transfer was stopped at the body cap on purpose
    qint64 certExpiresAtMs = 0; // leaf certificate's notAfter, 0 when none was seen
};
