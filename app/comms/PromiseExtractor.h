#pragma once

#include "comms/ExtractedPromise.h"

#include <QList>
#include <QString>

// Reads the promises out of an approved message (English or French): a time expression counts when the same
// sentence names, before it, the next update ("next update by 14:30", "we will update you in 30 minutes",
// "prochaine mise à jour vers 15 h", "prochain point dans 45 minutes") or the resolution ("estimated
// resolution by 16:00", "résolution estimée vers 16 h", "back to normal by 5 PM"). Clock times are read in
// the message's zone (or the UTC offset the message states right after them); one earlier than the reference
// means the next day.
class PromiseExtractor
{
public:
    struct Reference
    {
        qint64 atMs = 0;    // when the message is approved
        QString timeZoneId; // IANA; empty: the system zone
    };

    static QList<ExtractedPromise> extract(const QString& text, const Reference& reference);
};
