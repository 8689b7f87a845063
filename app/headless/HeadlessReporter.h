#pragma once

#include "monitor/StateChange.h"

#include <QHash>
#include <QObject>

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

    static QByteArray formatLine(const QString& serviceName, const StateChange& change);

private:
    void write(const QByteArray& line);

    MonitoringSession& m_session;
    QIODevice& m_out;
};
