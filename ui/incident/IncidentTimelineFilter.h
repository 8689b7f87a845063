#pragma once

#include "incident/IncidentEvent.h"

#include <QSortFilterProxyModel>

#include <optional>

// Shows the whole timeline, or only its public or its internal events (what customers were told, or what the
// team did).
class IncidentTimelineFilter final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IncidentTimelineFilter)

public:
    explicit IncidentTimelineFilter(QObject* parent = nullptr);

    void setVisibility(std::optional<IncidentEvent::Visibility> visibility); // nullopt: every event
    std::optional<IncidentEvent::Visibility> visibility() const { return m_visibility; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    std::optional<IncidentEvent::Visibility> m_visibility;
};
