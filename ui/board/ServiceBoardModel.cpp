#include "board/ServiceBoardModel.h"

#include "style/StateStyle.h"
#include "time/Clock.h"
#include "util/TimeText.h"

#include <QFont>
#include <QLocale>

#include <algorithm>
#include <limits>

namespace {
// What a change touches, as the roles a view or the sort filter asks for.
constexpr unsigned char kText = BoardChangeSet::Text;
constexpr unsigned char kTip = BoardChangeSet::ToolTip;
constexpr unsigned char kSort = BoardChangeSet::SortKey;
} // namespace

ServiceBoardModel::ServiceBoardModel(const Clock& clock, QObject* parent)
    : QAbstractTableModel(parent), m_clock(clock)
{}

int ServiceBoardModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ServiceBoardModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ServiceBoardModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const Row& row = m_rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayData(row, column);
    case ServiceIdRole:
        return row.def.id;
    case StateRole:
        return static_cast<int>(row.state);
    case SortRole:
        return sortData(row, column);
    case Qt::DecorationRole:
        if (column == State)
            return StateStyle::iconFor(row.state);
        return QVariant();
    case Qt::ForegroundRole:
        if (column == State)
            return StateStyle::textColorFor(row.state);
        return QVariant();
    case Qt::BackgroundRole: {
        if (row.maintenance)
            return QColor(0xe8, 0xf0, 0xfe); // planned: calm blue rather than the alarm of its state
        const QColor tint = StateStyle::tintFor(row.state);
        return tint.isValid() ? QVariant(tint) : QVariant();
    }
    case Qt::FontRole:
        if (column == State || (column == Name && row.state == ServiceState::Down)) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return QVariant();
    case Qt::TextAlignmentRole:
        if (column == Latency || column == Uptime24h)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        switch (column) {
        case Name:
            return row.def.target;
        case Since:
            return TimeText::absolute(row.sinceMs);
        case State:
        case Reason:
            return row.reason.isEmpty() ? QVariant() : QVariant(row.reason);
        default:
            return QVariant();
        }
    default:
        return QVariant();
    }
}

QVariant ServiceBoardModel::displayData(const Row& row, int column) const
{
    const QLocale locale;
    switch (column) {
    case State:
        return row.maintenance ? tr("Maintenance") : serviceStateLabel(row.state);
    case Name:
        return row.def.name;
    case Group:
        return row.def.group;
    case Since:
        return TimeText::forDuration(row.sinceMs, m_clock.nowMs());
    case Latency:
        return latencyText(row.latencyMs);
    case Uptime24h:
        return row.uptimePercent < 0 ? QString() : tr("%1 %").arg(locale.toString(row.uptimePercent, 'f', 2));
    case Reason:
        return row.reason;
    case Incident:
        return row.incident;
    default:
        return QVariant();
    }
}

QString ServiceBoardModel::latencyText(double latencyMs)
{
    if (latencyMs < 0)
        return QString();
    // Sub-10 ms answers (loopback, LAN) keep one decimal so that 0.3 ms does not read as 0 ms.
    return tr("%1 ms").arg(QLocale().toString(latencyMs, 'f', latencyMs < 10 ? 1 : 0));
}

QVariant ServiceBoardModel::sortData(const Row& row, int column) const
{
    switch (column) {
    case State:
        return serviceStateSeverity(row.state);
    case Name:
        return row.def.name.toLower();
    case Group:
        return row.def.group.toLower();
    // Ascending "since" lists the longest-lasting state first; never-changed rows go last.
    case Since:
        return row.sinceMs > 0 ? row.sinceMs : std::numeric_limits<qint64>::max();
    case Latency:
        return row.latencyMs;
    case Uptime24h:
        return row.uptimePercent;
    case Reason:
        return row.reason.toLower();
    case Incident:
        return row.incident;
    default:
        return QVariant();
    }
}

QVariant ServiceBoardModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QVariant();
    if (role == Qt::TextAlignmentRole)
        return (section == Latency || section == Uptime24h) ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                                            : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case State:
        return tr("State");
    case Name:
        return tr("Service");
    case Group:
        return tr("Group");
    case Since:
        return tr("Since");
    case Latency:
        return tr("Latency");
    case Uptime24h:
        return tr("Uptime 24 h");
    case Reason:
        return tr("Reason");
    case Incident:
        return tr("Incident");
    default:
        return QVariant();
    }
}

ServiceState ServiceBoardModel::stateForDefinition(const Row& row, const ServiceDefinition& def)
{
    if (def.paused)
        return ServiceState::Paused;
    // Resumed: nothing is confirmed until the engine reports again.
    if (row.state == ServiceState::Paused)
        return ServiceState::Unknown;
    return row.state;
}

void ServiceBoardModel::setServices(const QList<ServiceDefinition>& services)
{
    beginResetModel();
    QHash<qint64, Row> previous;
    for (const Row& row : std::as_const(m_rows))
        previous.insert(row.def.id, row);
    m_rows.clear();
    m_rows.reserve(services.size());
    for (const ServiceDefinition& def : services) {
        Row row = previous.value(def.id);
        row.state = stateForDefinition(row, def);
        row.def = def;
        m_rows.append(row);
    }
    rebuildIndex();
    endResetModel();
}

void ServiceBoardModel::upsertService(const ServiceDefinition& service)
{
    const int existing = rowOf(service.id);
    if (existing < 0) {
        const int at = static_cast<int>(m_rows.size());
        beginInsertRows(QModelIndex(), at, at);
        Row row;
        row.state = stateForDefinition(row, service);
        row.def = service;
        m_rows.append(row);
        m_rowById.insert(service.id, at);
        endInsertRows();
        return;
    }
    Row& row = m_rows[existing];
    BoardChangeSet changes(SortRole);
    const ServiceState state = stateForDefinition(row, service);
    if (state != row.state) {
        row.state = state;
        // The whole row changes tint.
        changes.mark(existing, State);
        changes.mark(existing, ColumnCount - 1);
    }
    if (row.def.name != service.name)
        changes.mark(existing, Name, kText | kSort);
    if (row.def.group != service.group)
        changes.mark(existing, Group, kText | kSort);
    if (row.def.target != service.target)
        changes.mark(existing, Name, kTip);
    row.def = service;
    emitChanges(changes);
}

void ServiceBoardModel::removeService(qint64 id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows(QModelIndex(), row, row);
    m_rows.removeAt(row);
    rebuildIndex();
    endRemoveRows();
}

void ServiceBoardModel::applySummaries(const QList<ServiceSummary>& summaries)
{
    BoardChangeSet changes(SortRole);
    for (const ServiceSummary& summary : summaries) {
        const int r = rowOf(summary.serviceId);
        if (r < 0)
            continue;
        Row& row = m_rows[r];
        if (row.uptimePercent != summary.uptime24hPercent) {
            row.uptimePercent = summary.uptime24hPercent;
            changes.mark(r, Uptime24h, kText | kSort);
        }
        // A summary is a snapshot of what the store had committed when it was read: once live data has
        // arrived it is older than what the row shows, except for the uptime only the store can compute.
        if (row.live)
            continue;
        const ServiceState state = row.def.paused ? ServiceState::Paused : summary.state;
        if (row.state != state) {
            row.state = state;
            changes.mark(r, State);
            changes.mark(r, ColumnCount - 1);
        }
        if (row.sinceMs != summary.sinceMs) {
            row.sinceMs = summary.sinceMs;
            changes.mark(r, Since, kText | kTip | kSort);
        }
        if (row.reason != summary.reason) {
            row.reason = summary.reason;
            changes.mark(r, State, kTip);
            changes.mark(r, Reason, kText | kTip | kSort);
        }
        if (row.latencyMs != summary.lastLatencyMs)
            markLatency(changes, r, row, summary.lastLatencyMs);
    }
    emitChanges(changes);
}

void ServiceBoardModel::applyResults(const QList<CheckResult>& results)
{
    // A batch may hold several results per service; only the newest one is shown.
    QHash<qint64, const CheckResult*> newest;
    for (const CheckResult& result : results) {
        const CheckResult*& slot = newest[result.serviceId];
        if (!slot || slot->startedAtMs <= result.startedAtMs)
            slot = &result;
    }
    BoardChangeSet changes(SortRole);
    for (auto it = newest.cbegin(); it != newest.cend(); ++it) {
        const int r = rowOf(it.key());
        if (r < 0)
            continue;
        Row& row = m_rows[r];
        row.live = true;
        const CheckResult& result = *it.value();
        const double latencyMs = result.totalUs / 1000.0;
        if (row.latencyMs != latencyMs)
            markLatency(changes, r, row, latencyMs);
        if (row.reason != result.reason) {
            row.reason = result.reason;
            changes.mark(r, State, kTip);
            changes.mark(r, Reason, kText | kTip | kSort);
        }
    }
    emitChanges(changes);
}

void ServiceBoardModel::applyStateChange(const StateChange& change)
{
    const int r = rowOf(change.serviceId);
    if (r < 0)
        return;
    Row& row = m_rows[r];
    row.live = true;
    BoardChangeSet changes(SortRole);
    if (row.state != change.to) {
        row.state = change.to;
        changes.mark(r, State);
        changes.mark(r, ColumnCount - 1);
    }
    if (row.sinceMs != change.atMs) {
        row.sinceMs = change.atMs;
        changes.mark(r, Since, kText | kTip | kSort);
    }
    if (row.reason != change.reason) {
        row.reason = change.reason;
        changes.mark(r, State, kTip);
        changes.mark(r, Reason, kText | kTip | kSort);
    }
    emitChanges(changes);
}

ServiceState ServiceBoardModel::stateOf(qint64 id) const
{
    const int r = rowOf(id);
    return r < 0 ? ServiceState::Unknown : m_rows.at(r).state;
}

ServiceState ServiceBoardModel::worstState() const
{
    if (m_rows.isEmpty())
        return ServiceState::Unknown;
    ServiceState worst = ServiceState::Unknown;
    bool any = false;
    for (const Row& row : m_rows) {
        if (row.maintenance)
            continue;
        if (!any || serviceStateSeverity(row.state) > serviceStateSeverity(worst))
            worst = row.state;
        any = true;
    }
    return worst;
}

void ServiceBoardModel::setIncidentMarks(const QHash<qint64, QString>& incidentReferences,
                                         const QSet<qint64>& underMaintenance)
{
    BoardChangeSet changes(SortRole);
    for (int i = 0; i < m_rows.size(); ++i) {
        Row& row = m_rows[i];
        const QString incident = incidentReferences.value(row.def.id);
        const bool maintenance = underMaintenance.contains(row.def.id);
        if (incident == row.incident && maintenance == row.maintenance)
            continue;
        if (maintenance != row.maintenance) {
            for (int column = 0; column < ColumnCount; ++column)
                changes.mark(i, column); // the background of the whole row changes
        }
        changes.mark(i, Incident, kText | kSort);
        row.incident = incident;
        row.maintenance = maintenance;
    }
    emitChanges(changes);
}

bool ServiceBoardModel::isUnderMaintenance(qint64 id) const
{
    const int row = rowOf(id);
    return row >= 0 && m_rows.at(row).maintenance;
}

int ServiceBoardModel::rowOf(qint64 id) const
{
    return m_rowById.value(id, -1);
}

qint64 ServiceBoardModel::idAt(int row) const
{
    return (row >= 0 && row < m_rows.size()) ? m_rows.at(row).def.id : 0;
}

const ServiceDefinition* ServiceBoardModel::definitionOf(qint64 id) const
{
    const int r = rowOf(id);
    return r < 0 ? nullptr : &m_rows.at(r).def;
}

qint64 ServiceBoardModel::sinceOf(qint64 id) const
{
    const int r = rowOf(id);
    return r < 0 ? 0 : m_rows.at(r).sinceMs;
}

QString ServiceBoardModel::reasonOf(qint64 id) const
{
    const int r = rowOf(id);
    return r < 0 ? QString() : m_rows.at(r).reason;
}

void ServiceBoardModel::refreshSince()
{
    // "for 12 min" moves once a minute at most, and never for a row without a change: signal the rows whose
    // text moved, not the whole column.
    const qint64 now = m_clock.nowMs();
    BoardChangeSet changes(SortRole);
    for (int i = 0; i < m_rows.size(); ++i) {
        Row& row = m_rows[i];
        const qint64 shown = TimeText::shownSeconds(row.sinceMs, now);
        if (shown == row.sinceShown)
            continue;
        row.sinceShown = shown;
        changes.mark(i, Since, kText);
    }
    emitChanges(changes);
}

void ServiceBoardModel::markLatency(BoardChangeSet& changes, int r, Row& row, double latencyMs)
{
    // A new figure that reads the same ("0.4 ms") moves only the sort key: views need not repaint it. The
    // digits decide, in the C locale: formatting in the user's locale asks the system for its symbols each
    // time, a good part of the window's work per result.
    QString digits = latencyMs < 0 ? QString() : QString::number(latencyMs, 'f', latencyMs < 10 ? 1 : 0);
    row.latencyMs = latencyMs;
    if (digits == row.latencyShown) {
        changes.mark(r, Latency, kSort);
        return;
    }
    row.latencyShown = std::move(digits);
    changes.mark(r, Latency, kText | kSort);
}

void ServiceBoardModel::emitChanges(const BoardChangeSet& changes)
{
    if (changes.isEmpty())
        return;
    for (const BoardChangeSet::Span& span : changes.spans()) {
        Q_EMIT dataChanged(index(span.firstRow, span.firstColumn), index(span.lastRow, span.lastColumn),
                           span.roles);
    }
}

void ServiceBoardModel::rebuildIndex()
{
    m_rowById.clear();
    for (int i = 0; i < m_rows.size(); ++i)
        m_rowById.insert(m_rows.at(i).def.id, i);
}
