#pragma once

#include <QString>
#include <QtGlobal>
#include <QTimeZone>

// Times and durations as a message to customers states them, in the audience's language and time zone:
// "14:05 (UTC+1)" / "14 h 05 (UTC+1)", with the date when it is not the same day as `nowMs`
// ("14:05 (UTC+1) on Tuesday 3 March" / "14 h 05 (UTC+1) le mardi 3 mars"), and "1 hr 25 min" / "1 h 25 min".
class MessageTimeFormat
{
public:
    // An IANA id; empty or unknown: the system zone.
    static QTimeZone zone(const QString& timeZoneId);
    // "UTC", "UTC+1", "UTC-3:30" at that instant (so summer time shows).
    static QString offsetLabel(qint64 atMs, const QTimeZone& zone);
    static QString clockTime(qint64 atMs, const QString& language, const QTimeZone& zone);
    static QString time(qint64 atMs, qint64 nowMs, const QString& language, const QTimeZone& zone);
    static QString duration(qint64 ms, const QString& language);
};
