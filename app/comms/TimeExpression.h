#pragma once

#include <QList>
#include <QString>

// A time stated in a message, English or French: a clock time ("14:30", "2:30 PM", "2 pm", "14h30",
// "14 h 30", "15 h") or a delay ("in 30 minutes", "within an hour", "dans 45 minutes", "d'ici une heure",
// "dans une demi-heure"). Durations such as "1 h 25 min" are neither and are not found.
struct TimeExpression
{
    enum class Kind
    {
        ClockTime,
        Delay,
    };

    Kind kind = Kind::ClockTime;
    int start = 0;
    int length = 0;
    int hour = 0;   // ClockTime: 0..23
    int minute = 0; // ClockTime
    int delayMinutes = 0;
    // ClockTime followed by "(UTC+1)", "UTC", "UTC-3:30": the offset in seconds it states.
    bool hasUtcOffset = false;
    int utcOffsetSeconds = 0;

    // Every expression in `text`, in order, without overlaps.
    static QList<TimeExpression> findAll(const QString& text);
};
