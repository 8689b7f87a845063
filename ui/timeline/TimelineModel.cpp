#include "timeline/TimelineModel.h"

#include "time/Clock.h"

#include <algorithm>

TimelineModel::TimelineModel(const Clock& clock, QObject* parent) : QAbstractItemModel(parent), m_clock(clock)
{}

QModelIndex TimelineModel::index(int row, int column, const QModelIndex& parent) const
{
    if (column != 0 || row < 0)
        return QModelIndex();
    if (!parent.isValid())
        return row < m_groups.size() ? createIndex(row, 0, kGroupId) : QModelIndex();
    if (parent.internalId() != kGroupId || parent.row() >= m_groups.size())
        return QModelIndex();
    if (row >= m_groups.at(parent.row()).serviceIds.size())
        return QModelIndex();
    return createIndex(row, 0, quintptr(parent.row()) + 1);
}

QModelIndex TimelineModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == kGroupId)
        return QModelIndex();
    return createIndex(int(child.internalId() - 1), 0, kGroupId);
}

int TimelineModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.column() != 0 || parent.internalId() != kGroupId)
        return 0;
    return int(m_groups.at(parent.row()).serviceIds.size());
}

int TimelineModel::columnCount(const QModelIndex& parent) const
{
    Q_UNUSED(parent)
    return 1;
}

QVariant TimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (section == 0 && orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return tr("Service");
    return QVariant();
}

QHash<int, QByteArray> TimelineModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(ServiceIdRole, "serviceId");
    names.insert(BandsRole, "bands");
    names.insert(StateRole, "state");
    names.insert(SlaRole, "sla");
    names.insert(IsGroupRole, "isGroup");
    names.insert(GroupNameRole, "groupName");
    return names;
}

QVariant TimelineModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return QVariant();
    if (index.internalId() == kGroupId) {
        const Group& g = m_groups.at(index.row());
        switch (role) {
        case Qt::DisplayRole:
            return g.name.isEmpty() ? tr("Ungrouped") : g.name;
        case ServiceIdRole:
            return qint64(0);
        case BandsRole:
            return QVariant::fromValue(groupBands(g));
        case StateRole:
            return int(groupState(g));
        case IsGroupRole:
            return true;
        case GroupNameRole:
            return g.name;
        default:
            return QVariant();
        }
    }
    const Group& g = m_groups.at(int(index.internalId() - 1));
    const qint64 id = g.serviceIds.at(index.row());
    const Entry& e = m_entries[id];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return e.def.name;
    case ServiceIdRole:
        return id;
    case BandsRole:
        return QVariant::fromValue(bandsOf(id));
    case StateRole:
        return int(currentState(id));
    case SlaRole:
        return e.def.slaTargetPercent;
    case IsGroupRole:
        return false;
    case GroupNameRole:
        return g.name;
    default:
        return QVariant();
    }
}

void TimelineModel::setServices(const QList<ServiceDefinition>& services)
{
    beginResetModel();
    QHash<qint64, Entry> entries;
    QList<Group> groups;
    for (const ServiceDefinition& def : services) {
        Entry e = m_entries.value(def.id);
        e.def = def;
        entries.insert(def.id, e);
        auto it =
            std::find_if(groups.begin(), groups.end(), [&](const Group& g) { return g.name == def.group; });
        if (it == groups.end()) {
            groups.append(Group{def.group, {}});
            it = groups.end() - 1;
        }
        it->serviceIds.append(def.id);
    }
    std::stable_sort(groups.begin(), groups.end(), [](const Group& a, const Group& b) {
        if (a.name.isEmpty() != b.name.isEmpty())
            return b.name.isEmpty();
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    m_entries = entries;
    m_groups = groups;
    m_position.clear();
    for (int g = 0; g < m_groups.size(); ++g) {
        for (int s = 0; s < m_groups.at(g).serviceIds.size(); ++s)
            m_position.insert(m_groups.at(g).serviceIds.at(s), qMakePair(g, s));
    }
    endResetModel();
}

void TimelineModel::setBands(qint64 serviceId, const QList<StateBand>& bands)
{
    auto it = m_entries.find(serviceId);
    if (it == m_entries.end())
        return;
    it->bands = bands;
    it->live = !bands.isEmpty() && bands.constLast().known &&
               bands.constLast().endMs >= m_clock.nowMs() - kLiveToleranceMs;
    emitBandsChanged(serviceId);
}

void TimelineModel::setAllBands(const QHash<qint64, QList<StateBand>>& bandsByService)
{
    for (auto it = m_entries.begin(); it != m_entries.end(); ++it) {
        const QList<StateBand> bands = bandsByService.value(it.key());
        it->bands = bands;
        it->live = !bands.isEmpty() && bands.constLast().known &&
                   bands.constLast().endMs >= m_clock.nowMs() - kLiveToleranceMs;
    }
    if (!m_groups.isEmpty()) {
        const QList<int> roles{BandsRole, StateRole};
        Q_EMIT dataChanged(index(0, 0), index(int(m_groups.size()) - 1, 0), roles);
        for (int g = 0; g < m_groups.size(); ++g) {
            const QModelIndex parent = index(g, 0);
            const int n = rowCount(parent);
            if (n > 0)
                Q_EMIT dataChanged(index(0, 0, parent), index(n - 1, 0, parent), roles);
        }
    }
}

void TimelineModel::applyStateChange(const StateChange& change)
{
    auto it = m_entries.find(change.serviceId);
    if (it == m_entries.end())
        return;
    QList<StateBand>& bands = it->bands;
    if (!bands.isEmpty()) {
        StateBand& last = bands.last();
        // A live band has grown with the clock even though its stored end is older.
        if (it->live)
            last.endMs = qMax(last.endMs, change.atMs);
        if (last.known && last.state == change.to && last.endMs >= change.atMs) {
            it->live = true;
            emitBandsChanged(change.serviceId);
            return;
        }
        // A change older than the end of the data (a late delivery) trims the last band.
        if (last.endMs > change.atMs)
            last.endMs = qMax(last.startMs, change.atMs);
        if (last.endMs <= last.startMs)
            bands.removeLast();
    }
    if (!bands.isEmpty() && bands.constLast().endMs < change.atMs && !it->live) {
        // Nothing is known between the end of the loaded data and this change.
        StateBand gap;
        gap.serviceId = change.serviceId;
        gap.startMs = bands.constLast().endMs;
        gap.endMs = change.atMs;
        gap.known = false;
        bands.append(gap);
    }
    StateBand band;
    band.serviceId = change.serviceId;
    band.state = change.to;
    band.startMs = change.atMs;
    band.endMs = change.atMs;
    band.reason = change.reason;
    bands.append(band);
    it->live = true;
    emitBandsChanged(change.serviceId);
}

QList<StateBand> TimelineModel::bandsOf(qint64 serviceId) const
{
    const auto it = m_entries.constFind(serviceId);
    if (it == m_entries.constEnd())
        return {};
    QList<StateBand> bands = it->bands;
    if (it->live && !bands.isEmpty())
        bands.last().endMs = qMax(bands.constLast().endMs, m_clock.nowMs());
    return bands;
}

QModelIndex TimelineModel::indexOfService(qint64 serviceId) const
{
    const auto it = m_position.constFind(serviceId);
    if (it == m_position.constEnd())
        return QModelIndex();
    return index(it->second, 0, index(it->first, 0));
}

const ServiceDefinition* TimelineModel::definitionOf(qint64 serviceId) const
{
    const auto it = m_entries.constFind(serviceId);
    return it == m_entries.constEnd() ? nullptr : &it->def;
}

QList<qint64> TimelineModel::serviceIds() const
{
    QList<qint64> ids;
    for (const Group& g : m_groups)
        ids += g.serviceIds;
    return ids;
}

QList<StateBand> TimelineModel::groupBands(const Group& group) const
{
    QList<StateBand> all;
    for (const qint64 id : group.serviceIds)
        all += bandsOf(id);
    return all;
}

ServiceState TimelineModel::currentState(qint64 serviceId) const
{
    const auto it = m_entries.constFind(serviceId);
    if (it == m_entries.constEnd())
        return ServiceState::Unknown;
    if (it->def.paused)
        return ServiceState::Paused;
    for (auto b = it->bands.crbegin(); b != it->bands.crend(); ++b) {
        if (b->known)
            return b->state;
    }
    return ServiceState::Unknown;
}

ServiceState TimelineModel::groupState(const Group& group) const
{
    ServiceState worst = ServiceState::Paused;
    for (const qint64 id : group.serviceIds) {
        const ServiceState s = currentState(id);
        if (serviceStateSeverity(s) > serviceStateSeverity(worst))
            worst = s;
    }
    return worst;
}

void TimelineModel::emitBandsChanged(qint64 serviceId)
{
    const QModelIndex idx = indexOfService(serviceId);
    if (!idx.isValid())
        return;
    const QList<int> roles{BandsRole, StateRole};
    Q_EMIT dataChanged(idx, idx, roles);
    const QModelIndex group = idx.parent();
    Q_EMIT dataChanged(group, group, roles);
}

void TimelineModel::setIncidents(const QList<Incident>& incidents)
{
    if (m_incidents == incidents)
        return;
    m_incidents = incidents;
    Q_EMIT incidentsChanged();
}
