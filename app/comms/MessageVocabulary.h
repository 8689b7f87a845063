#pragma once

#include "incident/Impact.h"
#include "incident/IncidentStatus.h"

#include <QString>
#include <QStringList>

// The few words messages need, in the audience's language ("en", "fr"; anything else reads as English).
// Messages are written for the audience, whatever language the interface runs in, and Qt can only hold one
// translator per application language: so these words live in small per-language tables here instead of
// the .ts catalogues. They are message content, not interface strings.
class MessageVocabulary
{
public:
    static QStringList languages(); // "en", "fr"
    static bool isSupported(const QString& language);
    static QString normalized(const QString& language); // "fr_FR" -> "fr"; unknown -> "en"

    static QString statusLabel(IncidentStatus status, const QString& language);
    static QString impactLabel(Impact impact, const QString& language);
    // "API", "API and Website", "API, Website and Login" / "API, Site web et Connexion".
    static QString joinList(const QStringList& items, const QString& language);
};
