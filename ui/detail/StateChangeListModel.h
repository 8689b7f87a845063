#pragma once

#include "monitor/StateChange.h"

#include <QAbstractTableModel>
#include <QList>

// The outage timeline of one service, newest first: when, from which state to which, and why.
class StateChangeListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StateChangeListModel)

public:
    enum Column
    {
        Time = 0,
        Change,
        Reason,
        ColumnCount
    };
    enum Role
    {
        AtMsRole = Qt::UserRole + 1, // qint64, UTC ms
        ToStateRole,                 // ServiceState as int
    };

    explicit StateChangeListModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Any order in; shown newest first.
    void setChanges(QList<StateChange> changes);
    // A live change; inserted at its place in time (normally the top).
    void addChange(const StateChange& change);
    void clear();
    const StateChange& changeAt(int row) const { return m_changes.at(row); }

private:
    QList<StateChange> m_changes; // newest first
};
