#pragma once

#include "report/ActionItem.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QString>

// Action items as a table. In the editor (Editable) one incident's items, every cell editable in place:
// the due date as a QDate, the status as its ActionItem::Status (int) in the edit role. Across incidents
// (AcrossIncidents) a read-only list with the incident's reference first, for ActionItemsView.
class ActionItemListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActionItemListModel)

public:
    enum class Mode
    {
        Editable,
        AcrossIncidents,
    };
    enum Column
    {
        IncidentColumn = 0, // AcrossIncidents only; the editor's columns start at TitleColumn all the same
        TitleColumn,
        OwnerColumn,
        DueColumn,
        StatusColumn,
        LinkColumn,
        ColumnCount,
    };

    explicit ActionItemListModel(Mode mode = Mode::Editable, QObject* parent = nullptr);

    void setItems(const QList<ActionItem>& items);
    const QList<ActionItem>& items() const { return m_items; }
    // incident id -> reference, for the incident column.
    void setReferences(const QHash<QString, QString>& references);
    QString reference(const QString& incidentId) const;

    // Appends a blank open item for `incidentId` and returns its row.
    int addItem(const QString& incidentId, const QString& title = QString());
    bool removeItem(int row);

    // The model's column for `column` (the incident column does not exist in the editor).
    int columnFor(Column column) const;
    Column columnAt(int modelColumn) const;

    static QString statusText(ActionItem::Status status);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    // The user changed an item (an edit, an addition, a removal).
    void edited();

private:
    Mode m_mode;
    QList<ActionItem> m_items;
    QHash<QString, QString> m_references;
};
