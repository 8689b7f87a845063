#pragma once

#include "monitor/ServiceState.h"

#include <QSortFilterProxyModel>

#include <optional>

// Narrows the board to what the operator is looking for: a text matched against name, group and reason, and
// optionally one state.
class ServiceBoardFilter final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServiceBoardFilter)

public:
    explicit ServiceBoardFilter(QObject* parent = nullptr);

    void setText(const QString& text);
    void setState(std::optional<ServiceState> state);
    QString text() const { return m_text; }
    std::optional<ServiceState> state() const { return m_state; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString m_text;
    std::optional<ServiceState> m_state;
};
