#pragma once

#include <QTreeView>

// The service board's table. A flat list with uniform rows, updated every second: QTreeView handles each
// dataChanged of more than one row by repainting its whole viewport, re-measures the first row's size hint
// whenever it changes, and paints every column of a row that a scattered update touches. Here a change that
// only touches text and colours (the roles say so) repaints the changed cells of the visible rows only, and
// each part of a scattered update is painted on its own, so only its columns are drawn. A change without
// roles, or one that may change a row's size, takes QTreeView's own path.
class BoardTreeView final : public QTreeView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BoardTreeView)

public:
    explicit BoardTreeView(QWidget* parent = nullptr);

protected:
    void dataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight,
                     const QList<int>& roles = QList<int>()) override;
    void paintEvent(QPaintEvent* event) override;

private:
    void updateVisibleCells(const QModelIndex& topLeft, const QModelIndex& bottomRight);
};
