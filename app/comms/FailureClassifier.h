#pragma once

#include "comms/FailureClass.h"
#include "monitor/CheckResult.h"

// Tells the failure class of a check result. The engine records only a worded reason, so this reads the
// structured fields first (certificate expiry, HTTP code) and then matches the reason against the monitor's
// own sentences, both as written in the source (English) and as translated in the running language, with
// their %1 arguments as wildcards. Keep it in step with ResponseEvaluator, DnsCheck and CheckWorker.
class FailureClassifier
{
public:
    static FailureClass classify(const CheckResult& result);
};
