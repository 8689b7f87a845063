#pragma once

#include "timeline/CorrelatedChange.h"

#include <QAbstractTableModel>
#include <QHash>

// "What else changed around this time": the state changes of other services near a selected band, nearest
// first, so that a shared cause (one provider, one data centre) shows.
class CorrelationListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CorrelationListModel)

public:
    enum Column
    {
        Offset = 0,
        Service,
        Change,
        Reason,
        ColumnCount
    };
    enum Role
    {
        ServiceIdRole = Qt::UserRole + 1,
        AtMsRole
    };

    explicit CorrelationListModel(QObject* parent = nullptr);

    // `names` maps service ids to the names shown.
    void setChanges(const QList<CorrelatedChange>& changes, const QHash<qint64, QString>& names);
    void clear();

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "+2 min 05 s", "−40 s": the offset of a change from the selected band's start.
    static QString offsetText(qint64 offsetMs);

private:
    QList<CorrelatedChange> m_changes;
    QHash<qint64, QString> m_names;
};
