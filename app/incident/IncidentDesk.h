#pragma once

#include "comms/MessageDraft.h"
#include "incident/DeclareRequest.h"
#include "incident/IncidentRecord.h"
#include "monitor/StateChange.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

#include <optional>

class Clock;

// The incidents in hand, in memory, and every change made to them. The desk words the timeline events,
// defaults the key moments from what happens (declared, status changes) and asks for each change to be
// stored through its write signals (the composition root connects them to IncidentStore); it never waits on
// the disk. The UI and the headless mode change incidents only through it.
class IncidentDesk final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IncidentDesk)

public:
    explicit IncidentDesk(const Clock& clock, QObject* parent = nullptr);
    ~IncidentDesk() override;

    // Replaces what the desk holds with what the store loaded (start-up).
    void load(const QList<IncidentRecord>& records);

    // Who is at the keyboard: the author of what is done through the desk.
    void setUserName(const QString& name);
    QString userName() const { return m_userName; }
    // The desk's own clock, so that views showing its incidents age them on the same time (tests drive it).
    const Clock& clock() const { return m_clock; }

    QList<QString> incidentIds() const; // most recent first
    QList<Incident> incidents() const;  // most recent first
    QList<Incident> openIncidents() const;
    const IncidentRecord* record(const QString& incidentId) const;
    std::optional<Incident> incident(const QString& incidentId) const;
    // The open incident (not maintenance) that affects a service, the most recent if several.
    std::optional<Incident> openIncidentFor(qint64 serviceId) const;
    // True when an open maintenance's window covers the service at that time: its checks raise no alert.
    bool isUnderMaintenance(qint64 serviceId, qint64 atMs) const;

    // Opens an incident and returns its id.
    QString declare(const DeclareRequest& request);

    // Each change below records a timeline event and asks for the incident to be stored. They return an
    // error message fit for a user, or nullopt.
    std::optional<QString> setStatus(const QString& incidentId, IncidentStatus status);
    std::optional<QString> setSeverity(const QString& incidentId, Severity severity);
    std::optional<QString> setTitle(const QString& incidentId, const QString& title);
    std::optional<QString> setPeople(const QString& incidentId, const QString& commander,
                                     const QString& communicationsLead);
    std::optional<QString> setCustomerSummary(const QString& incidentId, const QString& summary);
    std::optional<QString> setInternalNotes(const QString& incidentId, const QString& notes);
    std::optional<QString> setAffected(const QString& incidentId, const QList<AffectedService>& affected);
    std::optional<QString> setKeyMoment(const QString& incidentId, KeyMoments::Moment moment, qint64 atMs);
    std::optional<QString> setNextUpdateDue(const QString& incidentId, qint64 atMs);
    std::optional<QString> setEstimatedResolution(const QString& incidentId, qint64 atMs);

    std::optional<QString> addNote(const QString& incidentId, const QString& text,
                                   IncidentEvent::Visibility visibility);
    // An internal status report in its fixed shape.
    std::optional<QString> addStatusReport(const QString& incidentId, const QString& conditions,
                                           const QString& actions, const QString& needs);

    std::optional<QString> markStep(const QString& incidentId, const QString& stepId, int occurrence,
                                    ChecklistMark::State state, const QString& stepTitle,
                                    const QString& comment = QString());

    // Creates (empty id) or updates a draft; returns the stored draft (with its id) or an error. Approved or
    // published drafts cannot change.
    struct DraftResult
    {
        std::optional<MessageDraft> draft;
        QString error;
    };
    DraftResult saveDraft(const MessageDraft& draft);
    // Only the commander or the communications lead (when set) may approve. The promises the message makes
    // are passed in (the composer extracts them); they set the next-update countdown and are recorded.
    std::optional<QString> approveDraft(const QString& draftId, const QList<MessagePromise>& promises = {});
    std::optional<QString> discardDraft(const QString& draftId);
    // The publishing side reports a message sent on a channel.
    std::optional<QString> markPublished(const QString& draftId, const QString& channelName);
    // The publishing side reports a message that will not reach a channel unless someone acts (it failed
    // for good, or was cancelled): recorded on the incident's timeline, internal.
    std::optional<QString> recordDeliveryProblem(const QString& draftId, const QString& channelName,
                                                 const QString& problem);
    const MessageDraft* draft(const QString& draftId) const;
    // The fallback status page was pushed for the incident (public), or could not be (internal).
    std::optional<QString> recordFallbackPage(const QString& incidentId, const QString& channelName,
                                              const QString& where);
    std::optional<QString> recordFallbackPageProblem(const QString& incidentId, const QString& channelName,
                                                     const QString& problem);

    // A confirmed state change from the checks: recorded on every open incident that affects the service.
    void recordServiceStateChange(const StateChange& change, const QString& serviceName);

    // Marks promises whose time passed as missed (called by the desk's own timer and by tests).
    void checkPromises();

Q_SIGNALS:
    void incidentAdded(const Incident& incident);
    void incidentChanged(const Incident& incident);
    void eventAppended(const IncidentEvent& event);
    void draftChanged(const MessageDraft& draft);
    void promiseChanged(const MessagePromise& promise);
    void loaded();

    // Write requests for the store.
    void writeIncident(const Incident& incident);
    void writeEvent(const IncidentEvent& event);
    void writeDraft(const MessageDraft& draft);
    void writePromise(const MessagePromise& promise);

private:
    // The timeline event a change leaves; none when its text is empty.
    struct PendingEvent
    {
        IncidentEvent::Kind kind = IncidentEvent::Kind::FieldChanged;
        IncidentEvent::Visibility visibility = IncidentEvent::Visibility::Internal;
        QString text;
        QString detail;
    };
    // Finds the incident and lets `change` alter it (returning false when nothing changed); then stores it
    // and appends the event `change` described.
    template <typename Change> std::optional<QString> edit(const QString& incidentId, Change change);
    IncidentRecord* find(const QString& incidentId);
    IncidentRecord* findByDraft(const QString& draftId, int* index);
    IncidentEvent appendEvent(IncidentRecord& record, IncidentEvent::Kind kind,
                              IncidentEvent::Visibility visibility, const QString& text,
                              const QString& detail = QString(), const QString& author = QString());
    void storeIncident(IncidentRecord& record);
    QString nextReference(Incident::Kind kind) const;
    QString author() const;
    QString notFound(const QString& incidentId) const;
    void keepPromisesOnMessage(IncidentRecord& record, qint64 atMs);

    const Clock& m_clock;
    QString m_userName;
    QList<IncidentRecord> m_records; // most recent declaration first
};
