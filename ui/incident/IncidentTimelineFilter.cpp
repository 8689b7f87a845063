#include "incident/IncidentTimelineFilter.h"

#include "incident/IncidentTimelineModel.h"

IncidentTimelineFilter::IncidentTimelineFilter(QObject* parent) : QSortFilterProxyModel(parent) {}

void IncidentTimelineFilter::setVisibility(std::optional<IncidentEvent::Visibility> visibility)
{
    if (m_visibility == visibility)
        return;
    m_visibility = visibility;
    invalidateFilter();
}

bool IncidentTimelineFilter::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (!m_visibility)
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    return index.data(IncidentTimelineModel::VisibilityRole).toInt() == static_cast<int>(*m_visibility);
}
