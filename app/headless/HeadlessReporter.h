#pragma once

#include "monitor/StateChange.h"

#include <QHash>
#include <QObject>

class IncidentSession;
class PublishingSession;
class MonitoringSession;
class QIODevice;

// Headless mode's output: one line per state change, in a form fit for logs and grep:
// 2026-11-21T23:59:01Z  Payments  up -> down  unexpected status 503
class HeadlessReporter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HeadlessReporter)

public:
    HeadlessReporter(MonitoringSession& session, QIODevice& out, QObject* parent = nullptr);

    // Incidents declared automatically and checklist steps falling due, on the same stream:
    // 2026-11-21T23:59:01Z  INC-4  declared  Shop: Payments is down
    // 2026-11-22T00:04:01Z  INC-4  due  Tell the internal teams
    void watchIncidents(IncidentSession& incidents);
    // One line per delivery that is sent, waits to retry or fails ("INC-3  sent  Ops chat ...").
    void watchPublishing(PublishingSession& publishing, const IncidentSession& incidents);

    static QByteArray formatLine(const QString& serviceName, const StateChange& change);
    static QByteArray formatIncidentLine(qint64 atMs, const QString& reference, const QString& what,
                                         const QString& text);

private:
    void write(const QByteArray& line);

    MonitoringSession& m_session;
    QIODevice& m_out;
};
