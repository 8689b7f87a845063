#pragma once

#include "incident/Incident.h"

#include <QAbstractTableModel>
#include <QList>
#include <QString>

class IncidentDesk;

// One row per incident or maintenance the desk holds, most recent first. The rows read the desk; the model
// keeps only their order. A declaration inserts a row and a change repaints its row: no reset except when the
// desk loads a new set.
class IncidentListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IncidentListModel)

public:
    enum Column
    {
        Reference = 0,
        Drill,
        Kind,
        Title,
        Severity,
        Status,
        Services,
        Started,
        Duration,
        Commander,
        ColumnCount
    };
    enum Role
    {
        IncidentIdRole = Qt::UserRole + 1, // QString
        OpenRole,                          // bool
        SeverityRole,                      // int (Severity)
        KindRole,                          // int (Incident::Kind)
        DrillRole,                         // bool
        SearchTextRole,                    // reference, title and service names, lower case
        SortRole,                          // numeric for severity, status, times and durations; text else
    };

    explicit IncidentListModel(const IncidentDesk& desk, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    int rowOf(const QString& incidentId) const; // -1 when unknown
    QString idAt(int row) const;

public Q_SLOTS:
    // The duration of open incidents grows with the clock: views call this periodically.
    void refreshDurations();

private:
    void reload();
    void onAdded(const Incident& incident);
    void onChanged(const Incident& incident);
    QVariant displayData(const Incident& incident, int column) const;
    QVariant sortData(const Incident& incident, int column) const;

    const IncidentDesk& m_desk;
    QList<QString> m_ids; // row order
};
