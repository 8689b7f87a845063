#pragma once

#include "incident/IncidentStatus.h"

#include <QMap>
#include <QString>
#include <QtGlobal>

// One public update of an incident: the approved status-page message, in each language it was written in.
struct StatusUpdate
{
    QString id;                                            // stable: the id of its first message draft
    IncidentStatus status = IncidentStatus::Investigating; // the incident's status when it was approved
    qint64 atMs = 0;                                       // published (or approved) at, UTC ms since epoch
    QMap<QString, QString> textByLanguage;                 // "en" -> text, "fr" -> texte

    // The text in `language`, else in English, else in the first language written; `usedLanguage` says which.
    QString text(const QString& language, QString* usedLanguage = nullptr) const;

    bool operator==(const StatusUpdate&) const = default;
};
