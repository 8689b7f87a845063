#pragma once

#include "comms/MessageDraft.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QString>

class IncidentDesk;

// One incident's message drafts, in the order they were started, read from the desk. A new draft appends a
// row and a saved or approved one repaints its row; showing another incident is a reset.
class MessageDraftListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageDraftListModel)

public:
    enum Column
    {
        Channel = 0,
        Language,
        State,
        Summary, // the email subject, or the first line of the body
        Updated,
        Author,
        ColumnCount
    };
    enum Role
    {
        DraftIdRole = Qt::UserRole + 1, // QString
        StateRole,                      // int (MessageDraft::State)
        ChannelRole,                    // int (ChannelKind)
        UpdatedRole,                    // qint64, UTC ms
    };

    explicit MessageDraftListModel(const IncidentDesk& desk, QObject* parent = nullptr);

    void setIncident(const QString& incidentId); // empty: no rows
    QString incidentId() const { return m_incidentId; }
    // The row of a draft of this incident, or -1.
    int rowOf(const QString& draftId) const;
    QString draftIdAt(int row) const;

    // Open drafts stand out, approved ones read as ready, discarded ones recede.
    static QColor stateColor(MessageDraft::State state);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const MessageDraft* draftAt(int row) const;
    int draftCount() const;
    void onDraftChanged(const MessageDraft& draft);
    void onLoaded();

    const IncidentDesk& m_desk;
    QString m_incidentId;
    int m_rows = 0; // the drafts the view knows of; the desk appends before it tells
};
