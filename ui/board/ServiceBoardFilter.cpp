#include "board/ServiceBoardFilter.h"

#include "board/ServiceBoardModel.h"

ServiceBoardFilter::ServiceBoardFilter(QObject* parent) : QSortFilterProxyModel(parent)
{
    setSortRole(ServiceBoardModel::SortRole);
    setDynamicSortFilter(true);
}

void ServiceBoardFilter::setText(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    invalidateFilter();
}

void ServiceBoardFilter::setState(std::optional<ServiceState> state)
{
    if (state == m_state)
        return;
    m_state = state;
    invalidateFilter();
}

bool ServiceBoardFilter::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QAbstractItemModel* source = sourceModel();
    if (m_state) {
        const QModelIndex stateIndex = source->index(sourceRow, ServiceBoardModel::State, sourceParent);
        if (source->data(stateIndex, ServiceBoardModel::StateRole).toInt() != static_cast<int>(*m_state))
            return false;
    }
    if (m_text.isEmpty())
        return true;
    for (const int column : {ServiceBoardModel::Name, ServiceBoardModel::Group, ServiceBoardModel::Reason}) {
        const QString value = source->index(sourceRow, column, sourceParent).data(Qt::DisplayRole).toString();
        if (value.contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}
