#pragma once

#include <QString>
#include <QtGlobal>

// Formats stored instants (UTC ms since the epoch) for people, in local time and the current locale.
class TimeText
{
public:
    TimeText() = delete;

    // "for 12 min", "for 3 h 5 min", "for 2 d 4 h"; empty when sinceMs is 0 (never).
    static QString forDuration(qint64 sinceMs, qint64 nowMs);
    // The duration forDuration() shows, cut to the unit it shows it in, in seconds (-1 for never): equal
    // values read the same, so a view can tell whether the text moved without building it.
    static qint64 shownSeconds(qint64 sinceMs, qint64 nowMs);
    // Local date and time with seconds, e.g. "21/11/2026 23:57:18"; empty when ms is 0.
    static QString absolute(qint64 ms);
};
