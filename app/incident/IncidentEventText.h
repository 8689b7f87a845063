#pragma once

#include "comms/MessageDraft.h"
#include "incident/Incident.h"
#include "incident/MessagePromise.h"
#include "monitor/StateChange.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

// How the desk words each timeline event for people, in the interface's language at the time it happens
// (the text is stored as written). Kept apart from the desk so that the desk is about what changes and this
// is about how it reads; the translation context stays the desk's.
class IncidentEventText
{
    Q_DECLARE_TR_FUNCTIONS(IncidentDesk)

public:
    IncidentEventText() = delete;

    static QString localTime(qint64 atMs);
    static QString declared(const Incident& incident);
    static QString drillService(const AffectedService& service);
    static QString status(IncidentStatus before, IncidentStatus after);
    static QString severity(Severity before, Severity after);
    static QString title(const QString& title);
    static QString people(const QString& commander, const QString& communicationsLead);
    static QString summaryChanged();
    static QString affected(const QList<AffectedService>& affected);
    static QString keyMoment(KeyMoments::Moment moment, qint64 atMs);
    static QString nextUpdate(qint64 atMs);
    static QString estimatedResolution(qint64 atMs);
    static QString statusReport(const QString& conditions, const QString& actions, const QString& needs);
    static QString stepMark(const QString& stepTitle, int occurrence, ChecklistMark::State state,
                            const QString& comment);
    static QString drafted(const MessageDraft& draft);
    static QString approved(const MessageDraft& draft);
    static QString published(const QString& channelName);
    static QString fallbackPage(const QString& channelName, const QString& where);
    static QString deliveryProblem(const QString& channelName, const QString& problem);
    static QString promiseMade(const MessagePromise& promise);
    static QString promiseKept(const MessagePromise& promise);
    static QString promiseMissed(const MessagePromise& promise);
    static QString serviceState(const QString& serviceName, const StateChange& change);
};
