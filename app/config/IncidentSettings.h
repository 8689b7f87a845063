#pragma once

#include <QString>
#include <QStringList>

// The `incidents:` section of a workspace file: how this team runs incidents and words its messages.
struct IncidentSettings
{
    // A playbook file replacing or extending the default one (resolved against the workspace file's
    // folder); empty: the default playbook.
    QString playbookFile;
    // Message templates overriding the shipped ones; empty: the shipped templates.
    QString templatesFile;
    // Quoted by templates as {{status_page_url}}.
    QString statusPageUrl;
    // Messages are worded in this zone (IANA id); empty: the workstation's zone.
    QString timeZoneId;
    // The audience's languages, first one first ("en", "fr"); empty: both, the UI language first.
    QStringList languages;
    // Groups whose services going DOWN declare an incident without asking.
    QStringList autoDeclareGroups;
    // Words the message linter flags; unset (null list) keeps the shipped list for each language.
    QStringList jargon;
    bool jargonSet = false;

    bool operator==(const IncidentSettings&) const = default;
};
