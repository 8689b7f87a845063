#pragma once

#include <QString>

// One thing the message linter found; start/length point into the linted text (-1/0 when the warning is
// about what the message lacks rather than something it says).
struct LintWarning
{
    enum class Code : int
    {
        NoService = 0,   // names none of the affected services
        NoTiming = 1,    // gives no next-update time or timing
        Placeholder = 2, // {{...}}, [...], <...>, TODO, XXX left in
        Jargon = 3,      // a word from the jargon list
    };

    Code code = Code::NoService;
    QString message; // translated
    int start = -1;
    int length = 0;

    bool hasSpan() const { return start >= 0; }
    static QString codeKey(Code code); // "no-service", "no-timing", "placeholder", "jargon"

    bool operator==(const LintWarning&) const = default;
};
