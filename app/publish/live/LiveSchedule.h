#pragma once

#include <QtGlobal>

// When to look at a public page again: soon at first (a folder or an API shows the update at once), then
// less and less often (a CDN may cache the page for minutes), and not forever. The waits are timer
// delays; whether to give up is decided on the Clock's time, so that a test can jump past the limit.
class LiveSchedule
{
public:
    struct Options
    {
        qint64 firstDelayMs = 5'000;        // after the first check
        double factor = 2.0;                // each wait this much longer...
        qint64 maxDelayMs = 120'000;        // ...up to this
        qint64 giveUpAfterMs = 30 * 60'000; // measured from the send
        int maxChecks = 40;                 // whatever the clock says: the loop always ends
    };

    LiveSchedule() : LiveSchedule(Options{}) {}
    explicit LiveSchedule(const Options& options);

    const Options& options() const { return m_options; }

    // The wait after `checks` checks came back (1: after the first): 5 s, 10 s, 20 s... capped.
    qint64 delayAfter(int checks) const;
    // Whether a delivery sent at `sentAtMs`, checked `checks` times, is no longer worth a look at `nowMs`.
    bool givesUp(qint64 sentAtMs, qint64 nowMs, int checks) const;

private:
    Options m_options;
};
