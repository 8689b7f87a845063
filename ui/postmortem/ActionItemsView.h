#pragma once

#include "report/ActionItem.h"

#include <QFutureWatcher>
#include <QList>
#include <QString>
#include <QWidget>

class ActionItemListModel;
class IncidentDesk;
class PostMortemStore;
class QCheckBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

// Action items across incidents, so that open ones are not forgotten once the post-mortem is read: the
// incident's reference, title, owner, due date (overdue in red), status and link, sortable by any column,
// and "Export CSV…" (ActionItemCsvWriter, written off the UI thread). The store answers by signal.
class ActionItemsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActionItemsView)

public:
    ActionItemsView(IncidentDesk& desk, PostMortemStore& store, QWidget* parent = nullptr);
    ~ActionItemsView() override;

    // Asks the store again (open items only unless the box is ticked).
    void refresh();
    // Writes the listed items, in the table's order, to `path` off the UI thread; exported or exportFailed
    // tells the end. False when one is under way.
    bool exportCsv(const QString& path);

    ActionItemListModel* model() const { return m_model; }
    QSortFilterProxyModel* proxy() const { return m_proxy; }
    QTableView* table() const { return m_table; }
    QCheckBox* showDoneCheck() const { return m_showDone; }
    QPushButton* exportButton() const { return m_export; }
    QLabel* statusLabel() const { return m_status; }

Q_SIGNALS:
    void openRequested(const QString& incidentId);
    void exported(const QString& path);
    void exportFailed(const QString& message);

private:
    void chooseCsvFile();
    void updateReferences();

    IncidentDesk& m_desk;
    PostMortemStore& m_store;
    ActionItemListModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTableView* m_table;
    QCheckBox* m_showDone;
    QPushButton* m_refresh;
    QPushButton* m_export;
    QLabel* m_status;
    QFutureWatcher<QString>* m_watcher; // the error, empty on success
    QString m_exportPath;
};
