#pragma once

#include "board/BoardChangeSet.h"
#include "config/ServiceDefinition.h"
#include "monitor/CheckResult.h"
#include "monitor/ServiceState.h"
#include "monitor/StateChange.h"
#include "store/ServiceHistory.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSet>

class Clock;

// One row per watched service: what the cockpit board shows. Updates arrive in batches from the engine; each
// batch emits dataChanged for the changed cells only (coalesced per row), naming the roles that changed, so
// that views never flicker, selections survive and a view repaints only what shows differently (a latency
// whose shown text is the same changes SortRole alone). A change of state names no roles: the whole row
// looks different.
class ServiceBoardModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServiceBoardModel)

public:
    enum Column
    {
        State = 0,
        Name,
        Group,
        Since,
        Latency,
        Uptime24h,
        Reason,
        Incident, // the open incident or maintenance the service is part of
        ColumnCount
    };
    enum Role
    {
        ServiceIdRole = Qt::UserRole + 1, // qint64
        StateRole,                        // ServiceState as int
        SortRole,                         // numeric for state severity, since, latency and uptime; text else
    };

    explicit ServiceBoardModel(const Clock& clock, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Replaces every row (a model reset); for the initial load or a workspace switch.
    void setServices(const QList<ServiceDefinition>& services);
    // Inserts a new service or updates the definition of a known one (matched by id).
    void upsertService(const ServiceDefinition& service);
    void removeService(qint64 id);

    void applySummaries(const QList<ServiceSummary>& summaries);
    // Last latency and the reason of the newest result per service.
    void applyResults(const QList<CheckResult>& results);
    void applyStateChange(const StateChange& change);

    // Which services an open incident (its reference) or a running maintenance covers. A service under
    // maintenance shows "Maintenance" and does not count towards the worst state.
    void setIncidentMarks(const QHash<qint64, QString>& incidentReferences,
                          const QSet<qint64>& underMaintenance);
    bool isUnderMaintenance(qint64 id) const;

    ServiceState stateOf(qint64 id) const; // Unknown for an unknown id
    // By serviceStateSeverity, services under maintenance left out; Unknown when there is no service.
    ServiceState worstState() const;
    int rowOf(qint64 id) const; // -1 when unknown
    qint64 idAt(int row) const;
    const ServiceDefinition*
    definitionOf(qint64 id) const; // nullptr when unknown; valid until the next change
    qint64 sinceOf(qint64 id) const;
    QString reasonOf(qint64 id) const;

public Q_SLOTS:
    // "for 12 min" ages with the clock: views call this periodically to repaint the Since column.
    void refreshSince();

private:
    struct Row
    {
        ServiceDefinition def;
        ServiceState state = ServiceState::Unknown;
        qint64 sinceMs = 0;
        QString reason;
        double uptimePercent = -1;
        double latencyMs = -1;
        bool live = false; // a live result or state change arrived: newer than any stored summary
        QString incident;  // reference of the open incident or maintenance covering it
        bool maintenance = false;
        qint64 sinceShown =
            -1;               // TimeText::shownSeconds at the last refreshSince(): signal only when it moves
        QString latencyShown; // the latency's digits as last signalled (see markLatency)
    };

    QVariant displayData(const Row& row, int column) const;
    static QString latencyText(double latencyMs);
    static void markLatency(BoardChangeSet& changes, int r, Row& row, double latencyMs);
    void emitChanges(const BoardChangeSet& changes);
    QVariant sortData(const Row& row, int column) const;
    void rebuildIndex();
    static ServiceState stateForDefinition(const Row& row, const ServiceDefinition& def);

    const Clock& m_clock;
    QList<Row> m_rows;
    QHash<qint64, int> m_rowById;
};
