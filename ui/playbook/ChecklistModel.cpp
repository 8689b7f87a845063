#include "playbook/ChecklistModel.h"

#include "incident/IncidentDesk.h"
#include "playbook/ChecklistSchedule.h"
#include "playbook/ChecklistStyle.h"
#include "playbook/ChecklistText.h"
#include "time/Clock.h"

#include <QLocale>
#include <QSet>

namespace {

using Key = QPair<QString, int>;

Key keyOf(const StepStatus& status)
{
    return {status.stepId, status.occurrence};
}

} // namespace

ChecklistModel::ChecklistModel(const IncidentDesk& desk, const Clock& clock, QObject* parent)
    : QAbstractTableModel(parent), m_desk(desk), m_clock(clock), m_language(QLocale().name())
{
    connect(&desk, &IncidentDesk::incidentChanged, this, [this](const Incident& incident) {
        if (incident.id == m_incidentId)
            refresh();
    });
    connect(&desk, &IncidentDesk::loaded, this, &ChecklistModel::reset);
}

void ChecklistModel::setPlaybook(const Playbook& playbook)
{
    if (playbook == m_playbook)
        return;
    m_playbook = playbook;
    reset();
}

void ChecklistModel::setIncident(const QString& incidentId)
{
    if (incidentId == m_incidentId)
        return;
    m_incidentId = incidentId;
    reset();
}

void ChecklistModel::setLanguage(const QString& language)
{
    if (language == m_language)
        return;
    m_language = language;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void ChecklistModel::setShowNotApplicable(bool show)
{
    if (show == m_showNotApplicable)
        return;
    m_showNotApplicable = show;
    refresh();
}

void ChecklistModel::reset()
{
    beginResetModel();
    m_nowMs = m_clock.nowMs();
    m_rows = compute();
    endResetModel();
}

QList<StepStatus> ChecklistModel::compute() const
{
    const std::optional<Incident> incident = m_desk.incident(m_incidentId);
    if (!incident)
        return {};
    QList<StepStatus> rows = ChecklistSchedule(m_playbook, *incident).statuses(m_nowMs);
    if (!m_showNotApplicable)
        rows.removeIf([](const StepStatus& s) { return s.state == StepStatus::State::NotApplicable; });
    return rows;
}

void ChecklistModel::refresh()
{
    const qint64 previousNowMs = m_nowMs;
    m_nowMs = m_clock.nowMs();
    const QList<StepStatus> rows = compute();

    // Rows keep the playbook order and occurrences only add up, so the rows shown before that still exist
    // are a subsequence of the new ones: drop the gone, then walk both lists inserting what is new.
    QSet<Key> keep;
    for (const StepStatus& status : rows)
        keep.insert(keyOf(status));
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        if (keep.contains(keyOf(m_rows.at(row))))
            continue;
        beginRemoveRows(QModelIndex(), row, row);
        m_rows.removeAt(row);
        endRemoveRows();
    }
    for (int row = 0; row < rows.size(); ++row) {
        if (row < m_rows.size() && keyOf(m_rows.at(row)) == keyOf(rows.at(row))) {
            update(row, rows.at(row), previousNowMs);
            continue;
        }
        beginInsertRows(QModelIndex(), row, row);
        m_rows.insert(row, rows.at(row));
        endInsertRows();
    }
}

void ChecklistModel::update(int row, const StepStatus& now, qint64 previousNowMs)
{
    const StepStatus before = m_rows.at(row);
    m_rows[row] = now;
    if (before.state != now.state || before.title != now.title) {
        // The state colours the whole row.
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    int first = -1;
    int last = -1;
    for (int column = 0; column < ColumnCount; ++column) {
        if (text(before, column, previousNowMs) == text(now, column, m_nowMs))
            continue;
        if (first < 0)
            first = column;
        last = column;
    }
    if (first >= 0)
        Q_EMIT dataChanged(index(row, first), index(row, last),
                           {Qt::DisplayRole, Qt::ToolTipRole, DueAtRole});
}

std::optional<PlaybookStep> ChecklistModel::step(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return std::nullopt;
    return m_playbook.step(m_rows.at(row).stepId);
}

int ChecklistModel::rowOf(const QString& stepId, int occurrence) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).stepId == stepId && m_rows.at(row).occurrence == occurrence)
            return row;
    }
    return -1;
}

int ChecklistModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ChecklistModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ChecklistModel::text(const StepStatus& status, int column, qint64 nowMs) const
{
    const std::optional<PlaybookStep> playbookStep = m_playbook.step(status.stepId);
    switch (column) {
    case Title:
        // The occurrence has its own column.
        return status.title.text(m_language);
    case Occurrence:
        return playbookStep ? ChecklistText::occurrence(*playbookStep, status.occurrence) : QString();
    case Due:
        return ChecklistText::localTime(status.dueAtMs, nowMs);
    case Countdown:
        if (status.state == StepStatus::State::Waiting)
            return playbookStep ? ChecklistText::waitingFor(*playbookStep) : QString();
        return status.isOpen() ? ChecklistText::countdown(status.dueAtMs, nowMs) : QString();
    case State:
        return StepStatus::stateLabel(status.state);
    case Marked:
        return ChecklistText::marked(status, nowMs);
    case Channels:
        return playbookStep ? ChecklistText::channels(playbookStep->channels) : QString();
    default:
        return QString();
    }
}

QVariant ChecklistModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const StepStatus& status = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return text(status, index.column(), m_nowMs);
    case Qt::ToolTipRole:
        if (index.column() == Marked && status.mark && !status.mark->comment.isEmpty())
            return status.mark->comment;
        if (index.column() == Title) {
            const std::optional<PlaybookStep> playbookStep = m_playbook.step(status.stepId);
            return playbookStep ? playbookStep->instructions.text(m_language) : QString();
        }
        return QVariant();
    case Qt::DecorationRole:
        return index.column() == Title ? QVariant(ChecklistStyle::icon(status.state)) : QVariant();
    case Qt::ForegroundRole: {
        const QColor color = ChecklistStyle::textColor(status.state);
        return color.isValid() ? QVariant(color) : QVariant();
    }
    case Qt::BackgroundRole: {
        const QColor color = ChecklistStyle::backgroundColor(status.state);
        return color.isValid() ? QVariant(color) : QVariant();
    }
    case Qt::FontRole:
        if (status.state == StepStatus::State::Pending)
            return QVariant();
        return ChecklistStyle::font(QFont(), status.state);
    case StepIdRole:
        return status.stepId;
    case OccurrenceRole:
        return status.occurrence;
    case StateRole:
        return static_cast<int>(status.state);
    case DueAtRole:
        return status.dueAtMs;
    case OpenRole:
        return status.isOpen();
    default:
        return QVariant();
    }
}

QVariant ChecklistModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Title:
        return tr("Step");
    case Occurrence:
        return tr("Occurrence");
    case Due:
        return tr("Due");
    case Countdown:
        return tr("Countdown");
    case State:
        return tr("State");
    case Marked:
        return tr("Marked by");
    case Channels:
        return tr("Channels");
    default:
        return QVariant();
    }
}
