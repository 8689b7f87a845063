#include "incident/IncidentListFilter.h"

#include "incident/IncidentListModel.h"

IncidentListFilter::IncidentListFilter(QObject* parent) : QSortFilterProxyModel(parent)
{
    setSortRole(IncidentListModel::SortRole);
    // The source repaints a row when its incident changes; re-filter so that a resolved one leaves "open".
    setDynamicSortFilter(true);
}

void IncidentListFilter::setScope(Scope scope)
{
    if (m_scope == scope)
        return;
    m_scope = scope;
    invalidateFilter();
}

void IncidentListFilter::setSeverities(const QSet<Severity>& severities)
{
    if (m_severities == severities)
        return;
    m_severities = severities;
    invalidateFilter();
}

void IncidentListFilter::setKind(std::optional<Incident::Kind> kind)
{
    if (m_kind == kind)
        return;
    m_kind = kind;
    invalidateFilter();
}

void IncidentListFilter::setShowDrills(bool show)
{
    if (m_showDrills == show)
        return;
    m_showDrills = show;
    invalidateFilter();
}

void IncidentListFilter::setText(const QString& text)
{
    const QString wanted = text.trimmed().toLower();
    if (m_text == wanted)
        return;
    m_text = wanted;
    invalidateFilter();
}

void IncidentListFilter::clearFilters()
{
    m_scope = Scope::All;
    m_severities.clear();
    m_kind.reset();
    m_showDrills = true;
    m_text.clear();
    invalidateFilter();
}

bool IncidentListFilter::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const bool open = index.data(IncidentListModel::OpenRole).toBool();
    if ((m_scope == Scope::Open && !open) || (m_scope == Scope::Past && open))
        return false;
    const auto kind = static_cast<Incident::Kind>(index.data(IncidentListModel::KindRole).toInt());
    if (m_kind && *m_kind != kind)
        return false;
    if (!m_severities.isEmpty() && kind == Incident::Kind::Incident &&
        !m_severities.contains(static_cast<Severity>(index.data(IncidentListModel::SeverityRole).toInt())))
        return false;
    if (!m_showDrills && index.data(IncidentListModel::DrillRole).toBool())
        return false;
    if (!m_text.isEmpty() && !index.data(IncidentListModel::SearchTextRole).toString().contains(m_text))
        return false;
    return true;
}
