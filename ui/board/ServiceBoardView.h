#pragma once

#include "monitor/ServiceState.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QTimer;
class QTreeView;
class ServiceBoardFilter;
class ServiceBoardModel;

// The cockpit's service list: a filter bar over a sortable table of services. Ctrl+F focuses the filter,
// Enter (or a double click) on a row activates the service.
class ServiceBoardView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServiceBoardView)

public:
    explicit ServiceBoardView(ServiceBoardModel* model, QWidget* parent = nullptr);

    qint64 selectedServiceId() const; // 0 when nothing is selected
    void selectService(qint64 id);
    int visibleRowCount() const;

    QLineEdit* filterEdit() const { return m_filterEdit; }
    QComboBox* stateFilterCombo() const { return m_stateCombo; }
    QTreeView* treeView() const { return m_tree; }

Q_SIGNALS:
    // 0 when the selection became empty (for example because a filter hid the row).
    void serviceSelected(qint64 id);
    void serviceActivated(qint64 id);

private:
    void onStateFilterChanged(int comboIndex);
    void onCurrentChanged();
    void applyColumnWidths();

    ServiceBoardModel* m_model;
    ServiceBoardFilter* m_filter;
    QLineEdit* m_filterEdit;
    QComboBox* m_stateCombo;
    QTreeView* m_tree;
    QTimer* m_sinceTimer;
    qint64 m_lastEmitted = -1;
};
