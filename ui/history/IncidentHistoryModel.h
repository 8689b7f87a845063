#pragma once

#include "history/IncidentHistory.h"

#include <QAbstractTableModel>
#include <QList>

// The incident history as a table, one row per month of the range (oldest first, empty months included):
// how many incidents of each severity, their total, and the mean and median times to detect and to resolve.
// A time cell says how many incidents it was computed from in its tooltip; a month without any shows a dash.
class IncidentHistoryModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IncidentHistoryModel)

public:
    enum Column
    {
        MonthColumn,
        Sev1Column,
        Sev2Column,
        Sev3Column,
        Sev4Column,
        TotalColumn,
        MeanDetectColumn,
        MedianDetectColumn,
        MeanResolveColumn,
        MedianResolveColumn,
        ColumnCount
    };
    enum Role
    {
        MonthRole = Qt::UserRole + 1, // QDate, the first day of the row's month
        ValueRole,                    // the count, or the span in ms; invalid when no incident had it
        SampleCountRole,              // time columns: how many incidents the figure comes from
    };

    explicit IncidentHistoryModel(QObject* parent = nullptr);

    void setHistory(const IncidentHistory& history);
    const IncidentHistory::Period& monthAt(int row) const { return m_months.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "March 2026" in the UI language.
    static QString monthLabel(QDate month);
    // The severity a count column shows; Sev1 for other columns.
    static Severity severityOf(int column);

private:
    QVariant displayData(const IncidentHistory::Period& period, int column) const;
    QVariant valueData(const IncidentHistory::Period& period, int column) const;
    QString toolTip(const IncidentHistory::Period& period, int column) const;

    QList<IncidentHistory::Period> m_months;
};
