#pragma once

#include "incident/Incident.h"
#include "incident/Severity.h"

#include <QSet>
#include <QSortFilterProxyModel>

#include <optional>

// Narrows the incident list: open or past ones, some severities, one kind, drills or not, and a text matched
// against reference, title and affected services. Sorts on the source's SortRole.
class IncidentListFilter final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IncidentListFilter)

public:
    enum class Scope
    {
        Open,
        Past,
        All
    };

    explicit IncidentListFilter(QObject* parent = nullptr);

    void setScope(Scope scope);
    // Empty: every severity. Maintenances have no severity to speak of and pass whatever is chosen.
    void setSeverities(const QSet<Severity>& severities);
    void setKind(std::optional<Incident::Kind> kind);
    void setShowDrills(bool show);
    void setText(const QString& text);
    // Back to showing everything.
    void clearFilters();

    Scope scope() const { return m_scope; }
    QSet<Severity> severities() const { return m_severities; }
    std::optional<Incident::Kind> kind() const { return m_kind; }
    bool showDrills() const { return m_showDrills; }
    QString text() const { return m_text; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    Scope m_scope = Scope::All;
    QSet<Severity> m_severities;
    std::optional<Incident::Kind> m_kind;
    bool m_showDrills = true;
    QString m_text;
};
