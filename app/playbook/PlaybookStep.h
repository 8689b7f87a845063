#pragma once

#include "comms/ChannelKind.h"
#include "incident/Incident.h"
#include "incident/Severity.h"
#include "playbook/LocalizedText.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QtGlobal>

#include <optional>

// One step of a communication playbook (docs/playbook-format.md): what to do, on which channels, with which
// template, for which incidents, and when it falls due.
struct PlaybookStep
{
    enum class Action : int
    {
        Message = 0,      // a customer-facing message drafted from a template
        FallbackPage = 1, // switch to the static fallback status page
        Internal = 2,     // tell the internal teams
        PostMortem = 3,   // opens the post-mortem
        Task = 4,         // anything else, ticked by hand
    };
    enum class Scope : int
    {
        Incident = 0,
        Maintenance = 1,
        Both = 2,
    };
    // The moment a due time counts from.
    enum class Anchor : int
    {
        Declared = 0,
        Resolved = 1,
        WindowStart = 2,
        WindowEnd = 3,
        PreviousStep = 4, // when the step before it was ticked or skipped
    };

    struct Due
    {
        Anchor from = Anchor::Declared;
        // Signed: negative when written "before: 48h" (a maintenance notice ahead of the window).
        qint64 offsetMs = 0;

        bool operator==(const Due&) const = default;
    };

    // A step that comes back at a cadence per severity while the incident is open (the updates).
    struct Repeat
    {
        QMap<Severity, qint64> everyMs;

        qint64 cadenceMs(Severity severity) const { return everyMs.value(severity, 0); }
        bool operator==(const Repeat&) const = default;
    };

    QString id;
    LocalizedText title;
    LocalizedText instructions;
    Action action = Action::Task;
    QList<ChannelKind> channels; // message and internal steps
    QString templateId;          // "announce", "update", ...; empty for steps without a message
    Scope appliesTo = Scope::Incident;
    QList<Severity> severities; // empty: every severity
    // A repeating step without one is first due one cadence after the incident was declared.
    std::optional<Due> due;
    std::optional<Repeat> repeat;

    bool isRepeating() const { return repeat.has_value(); }
    // Whether the step belongs on the checklist of an incident of this kind and severity.
    bool appliesToIncident(Incident::Kind kind, Severity severity) const;

    static QString actionKey(Action action); // "message", "fallback-page", "internal", "post-mortem", "task"
    static bool actionFromKey(const QString& key, Action* out);
    static QStringList actionKeys();
    static QString actionLabel(Action action); // translated

    static QString scopeKey(Scope scope); // "incident", "maintenance", "both"
    static bool scopeFromKey(const QString& key, Scope* out);
    static QStringList scopeKeys();

    static QString anchorKey(Anchor anchor); // "declared", "resolved", "window-start", ...
    static bool anchorFromKey(const QString& key, Anchor* out);
    static QStringList anchorKeys();

    bool operator==(const PlaybookStep&) const = default;
};
