#pragma once

#include "incident/IncidentRecord.h"

#include <QList>
#include <QtGlobal>

// A year of incidents for the history's widget tests, with figures worked out by hand. "Now" is
// 2026-03-15 12:00 UTC; times are UTC. Over the last 6 months (October 2025 to March 2026), in UTC, drills
// out:
//   Oct  INC-1 SEV2 detect 4 min, resolve 50 min
//   Nov  INC-2 SEV1 detect 2, resolve 180; INC-3 SEV3 detect 10, resolve 30 (medians 6 and 105 min)
//   Dec  nothing
//   Jan  INC-4 SEV2, started 31 Jan 23:30 (February in Paris), detect 6, resolve 90; a hostile title
//   Feb  INC-5 SEV4 detect 20, not resolved
//   Mar  INC-7 SEV2 detect 8, resolve 40 (internal notes hold "SECRET-NOTE"); the drill INC-6 SEV1 (detect 1,
//        resolve 15) and the maintenance MNT-1 do not count
// Overall: 6 incidents (SEV1 1, SEV2 3, SEV3 1, SEV4 1), median time to detect 7 min (6 of 6), median time to
// resolve 50 min (5 of 6). INC-0 (SEV3, May 2024) is outside the 6 months; "all" runs from May 2024.
class IncidentHistoryFixture
{
public:
    static qint64 nowMs();
    static qint64 utc(int year, int month, int day, int hour, int minute);
    static QList<IncidentRecord> records();
    static QString hostileTitle();
};
