#pragma once

#include "incident/IncidentEvent.h"

#include <QAbstractTableModel>
#include <QString>

class IncidentDesk;

// One incident's own timeline, oldest first, read from the desk. New events append rows as the desk reports
// them; showing another incident is a reset.
class IncidentTimelineModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IncidentTimelineModel)

public:
    enum Column
    {
        Visibility = 0,
        Time,
        Author,
        Kind,
        Text,
        ColumnCount
    };
    enum Role
    {
        VisibilityRole = Qt::UserRole + 1, // int (IncidentEvent::Visibility)
        KindRole,                          // int (IncidentEvent::Kind)
        TimeRole,                          // qint64, UTC ms
        EventIdRole,                       // QString
    };

    explicit IncidentTimelineModel(const IncidentDesk& desk, QObject* parent = nullptr);

    void setIncident(const QString& incidentId); // empty: no rows
    QString incidentId() const { return m_incidentId; }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void onEventAppended(const IncidentEvent& event);
    void onLoaded();
    int eventCount() const;

    const IncidentDesk& m_desk;
    QString m_incidentId;
    int m_rows = 0; // the events the view knows of; the desk appends before it tells
};
