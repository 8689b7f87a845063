#pragma once

#include "config/ServiceDefinition.h"
#include "incident/AffectedService.h"

#include <QList>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QGridLayout;

// Chooses the services an incident affects and the impact on each: one check box per workspace service with
// an impact beside it, all reachable with Tab and Space. A service the incident names but the workspace no
// longer has keeps its row, so that editing never drops it silently.
class AffectedServicesEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AffectedServicesEditor)

public:
    explicit AffectedServicesEditor(QWidget* parent = nullptr);

    // Rebuilds the rows: the workspace's services, then any affected one it does not know, checked.
    void setServices(const QList<ServiceDefinition>& services, const QList<AffectedService>& affected);
    void setAffected(const QList<AffectedService>& affected); // keeps the rows, updates checks and impacts
    QList<AffectedService> affected() const;
    // Maintenances cover services without an impact to choose: the impact combos hide.
    void setImpactVisible(bool visible);
    // The impact chosen for services ticked from now on.
    void setDefaultImpact(Impact impact) { m_defaultImpact = impact; }

    QCheckBox* checkBoxFor(qint64 serviceId) const;
    QComboBox* impactComboFor(qint64 serviceId) const;

Q_SIGNALS:
    // A check or an impact changed by hand.
    void changed();

private:
    struct Row
    {
        AffectedService service;
        QCheckBox* check = nullptr;
        QComboBox* impact = nullptr;
    };

    void clearRows();
    void addRow(const AffectedService& service, bool checked);
    const Row* rowFor(qint64 serviceId) const;

    QGridLayout* m_grid;
    QWidget* m_emptyLabel;
    QList<Row> m_rows;
    bool m_impactVisible = true;
    Impact m_defaultImpact = Impact::MajorOutage;
};
