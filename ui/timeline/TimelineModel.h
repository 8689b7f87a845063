#pragma once

#include "config/ServiceDefinition.h"
#include "incident/Incident.h"
#include "monitor/StateChange.h"
#include "timeline/StateBand.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QList>

class Clock;

// The timeline's rows: a tree of groups (top level, sorted by name, "Ungrouped" last) holding their services
// in workspace order. One column. Bands come from the store (setBands / setAllBands) and grow live: the band
// that reaches now keeps reaching now as the clock moves, and applyStateChange closes it and opens the next
// one.
class TimelineModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelineModel)

public:
    enum Role
    {
        ServiceIdRole = Qt::UserRole + 1, // qint64; 0 on group rows
        BandsRole,                        // QList<StateBand>; a group row holds the bands of all its services
        StateRole,     // ServiceState as int: the current (last) state; worst on group rows
        SlaRole,       // double: SLA target percent; invalid on group rows
        IsGroupRole,   // bool
        GroupNameRole, // QString, untranslated group key ("" for ungrouped)
    };

    // A band whose end is this close to now when it is loaded counts as the live one.
    static constexpr qint64 kLiveToleranceMs = 120'000;

    explicit TimelineModel(const Clock& clock, QObject* parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex& parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Replaces every row; keeps the bands of services that stay.
    void setServices(const QList<ServiceDefinition>& services);
    void setBands(qint64 serviceId, const QList<StateBand>& bands);
    void setAllBands(const QHash<qint64, QList<StateBand>>& bandsByService);
    void applyStateChange(const StateChange& change);

    // Bands with the live one extended to now.
    QList<StateBand> bandsOf(qint64 serviceId) const;
    QModelIndex indexOfService(qint64 serviceId) const; // invalid when unknown
    const ServiceDefinition* definitionOf(qint64 serviceId) const;
    QList<qint64> serviceIds() const; // in row order
    const Clock& clock() const { return m_clock; }

    // The incidents and maintenances drawn as spans across the rows they affect.
    void setIncidents(const QList<Incident>& incidents);
    const QList<Incident>& incidents() const { return m_incidents; }

Q_SIGNALS:
    void incidentsChanged();

private:
    struct Entry
    {
        ServiceDefinition def;
        QList<StateBand> bands;
        bool live = false; // the last band reaches now
    };
    struct Group
    {
        QString name;
        QList<qint64> serviceIds;
    };

    static constexpr quintptr kGroupId = 0; // internalId of group rows; services use group row + 1

    QList<StateBand> groupBands(const Group& group) const;
    ServiceState currentState(qint64 serviceId) const;
    ServiceState groupState(const Group& group) const;
    void emitBandsChanged(qint64 serviceId);

    const Clock& m_clock;
    QList<Group> m_groups;
    QHash<qint64, Entry> m_entries;
    QHash<qint64, QPair<int, int>> m_position; // id -> (group row, service row)
    QList<Incident> m_incidents;
};
