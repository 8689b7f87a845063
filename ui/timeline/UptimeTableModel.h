#pragma once

#include "timeline/UptimeRow.h"

#include <QAbstractTableModel>
#include <QList>

// Services × availability figures, fed with plain values computed elsewhere. Display text is localised; the
// SortRole carries raw numbers so that a proxy sorts "99.9 %" above "100 %" correctly.
class UptimeTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UptimeTableModel)

public:
    enum Column
    {
        Name = 0,
        Group,
        SlaTarget,
        UptimeVisible,
        Uptime24h,
        Uptime7d,
        Uptime30d,
        Uptime90d,
        DowntimeMinutes,
        ErrorBudgetLeft,
        ColumnCount
    };
    enum Role
    {
        ServiceIdRole = Qt::UserRole + 1,
        SortRole,
    };

    explicit UptimeTableModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setRows(const QList<UptimeRow>& rows);
    const QList<UptimeRow>& rows() const { return m_rows; }

private:
    static double numberAt(const UptimeRow& row, int column);
    QVariant displayText(const UptimeRow& row, int column) const;
    QVariant foreground(const UptimeRow& row, int column) const;

    QList<UptimeRow> m_rows;
};
