#pragma once

#include "monitor/CheckResult.h"

#include <QByteArray>

// Packs the rarely queried numbers of a check result (HTTP code and phase timings) into one small blob of
// varints, so that a raw result row stays within a few dozen bytes: one record-header byte instead of five,
// and trailing zero phases cost nothing.
class ResultCodec
{
public:
    static QByteArray encodePhases(const CheckResult& result);
    // Fills httpCode, dnsUs, connectUs, tlsUs and firstByteUs; false if the blob is malformed.
    static bool decodePhases(const QByteArray& blob, CheckResult* result);
};
