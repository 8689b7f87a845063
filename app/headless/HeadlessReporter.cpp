#include "headless/HeadlessReporter.h"

#include "session/IncidentSession.h"
#include "session/MonitoringSession.h"
#include "session/PublishingSession.h"
#include "time/Clock.h"

#include <QDateTime>
#include <QFileDevice>
#include <QIODevice>
#include <QLocale>

#include <cstdio>

HeadlessReporter::HeadlessReporter(MonitoringSession& session, QIODevice& out, QObject* parent)
    : QObject(parent), m_session(session), m_out(out)
{
    connect(&session, &MonitoringSession::stateChanged, this, [this](const StateChange& change) {
        const auto def = m_session.service(change.serviceId);
        write(formatLine(def ? def->name : QString::number(change.serviceId), change));
    });
    connect(&session, &MonitoringSession::errorOccurred, this, [](const QString& message) {
        // Errors go to stderr so that stdout stays one line per state change for scripts.
        std::fprintf(stderr, "%s\n", qPrintable(tr("error: %1").arg(message)));
    });
}

QByteArray HeadlessReporter::formatLine(const QString& serviceName, const StateChange& change)
{
    const QString when = QDateTime::fromMSecsSinceEpoch(change.atMs, Qt::UTC).toString(Qt::ISODate);
    QString line = when + QStringLiteral("  ") + serviceName + QStringLiteral("  ") +
                   serviceStateKey(change.from) + QStringLiteral(" -> ") + serviceStateKey(change.to);
    if (!change.reason.isEmpty())
        line += QStringLiteral("  ") + change.reason;
    return line.toUtf8() + '\n';
}

void HeadlessReporter::watchIncidents(IncidentSession& incidents)
{
    connect(&incidents, &IncidentSession::autoDeclared, this, [this](const Incident& incident) {
        write(formatIncidentLine(m_session.clock().nowMs(), incident.reference, QStringLiteral("declared"),
                                 incident.title));
    });
    connect(&incidents, &IncidentSession::stepFellDue, this,
            [this](const Incident& incident, const StepStatus& step) {
                write(formatIncidentLine(step.dueAtMs, incident.reference, QStringLiteral("due"),
                                         step.title.text(QLocale().name())));
            });
    connect(&incidents, &IncidentSession::declareOffered, this, [this](qint64 serviceId, qint64 sinceMs) {
        const auto def = m_session.service(serviceId);
        write(formatIncidentLine(
            sinceMs, QStringLiteral("-"), QStringLiteral("undeclared"),
            tr("%1 is down and no incident covers it").arg(def ? def->name : QString::number(serviceId))));
    });
    connect(&incidents, &IncidentSession::errorOccurred, this, [](const QString& message) {
        std::fprintf(stderr, "%s\n", qPrintable(tr("error: %1").arg(message)));
    });
}

void HeadlessReporter::watchPublishing(PublishingSession& publishing, const IncidentSession& incidents)
{
    connect(
        &publishing, &PublishingSession::deliveryChanged, this, [this, &incidents](const Delivery& delivery) {
            const auto incident = incidents.desk().incident(delivery.incidentId);
            const QString reference = incident ? incident->reference : delivery.incidentId;
            switch (delivery.state) {
            case Delivery::State::Sent:
                write(formatIncidentLine(delivery.sentAtMs, reference, QStringLiteral("sent"),
                                         delivery.externalId.isEmpty()
                                             ? delivery.channelName
                                             : delivery.channelName + QStringLiteral("  ") +
                                                   delivery.externalId));
                break;
            case Delivery::State::Retrying:
                write(formatIncidentLine(delivery.updatedAtMs, reference, QStringLiteral("retrying"),
                                         delivery.channelName + QStringLiteral("  ") + delivery.lastError));
                break;
            case Delivery::State::Failed:
                write(formatIncidentLine(delivery.updatedAtMs, reference, QStringLiteral("failed"),
                                         delivery.channelName + QStringLiteral("  ") + delivery.lastError));
                break;
            default:
                break;
            }
        });
    connect(&publishing, &PublishingSession::errorOccurred, this, [](const QString& message) {
        std::fprintf(stderr, "%s\n", qPrintable(tr("error: %1").arg(message)));
    });
}

QByteArray HeadlessReporter::formatIncidentLine(qint64 atMs, const QString& reference, const QString& what,
                                                const QString& text)
{
    const QString when = QDateTime::fromMSecsSinceEpoch(atMs, Qt::UTC).toString(Qt::ISODate);
    return (when + QStringLiteral("  ") + reference + QStringLiteral("  ") + what + QStringLiteral("  ") +
            text)
               .toUtf8() +
           '\n';
}

void HeadlessReporter::write(const QByteArray& line)
{
    m_out.write(line);
    // Lines must reach a pipe or log at once, not when a buffer fills.
    if (auto* file = qobject_cast<QFileDevice*>(&m_out))
        file->flush();
}
