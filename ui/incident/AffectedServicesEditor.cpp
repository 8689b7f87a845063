#include "incident/AffectedServicesEditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QVBoxLayout>

AffectedServicesEditor::AffectedServicesEditor(QWidget* parent)
    : QWidget(parent), m_grid(new QGridLayout),
      m_emptyLabel(new QLabel(tr("No services in the workspace."), this))
{
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setHorizontalSpacing(12);
    m_grid->setVerticalSpacing(2);
    m_grid->setColumnStretch(0, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_emptyLabel);
    layout->addLayout(m_grid);
    m_emptyLabel->setForegroundRole(QPalette::PlaceholderText);
}

void AffectedServicesEditor::setServices(const QList<ServiceDefinition>& services,
                                         const QList<AffectedService>& affected)
{
    clearRows();
    for (const ServiceDefinition& definition : services) {
        AffectedService service;
        service.serviceId = definition.id;
        service.serviceName = definition.name;
        service.impact = m_defaultImpact;
        addRow(service, false);
    }
    for (const AffectedService& service : affected) {
        if (!rowFor(service.serviceId))
            addRow(service, true);
    }
    setAffected(affected);
    m_emptyLabel->setVisible(m_rows.isEmpty());
    // A label's mnemonic lands on the first service.
    setFocusProxy(m_rows.isEmpty() ? nullptr : m_rows.first().check);
}

void AffectedServicesEditor::setAffected(const QList<AffectedService>& affected)
{
    for (Row& row : m_rows) {
        const QSignalBlocker checkBlocker(row.check);
        const QSignalBlocker impactBlocker(row.impact);
        bool found = false;
        for (const AffectedService& service : affected) {
            if (service.serviceId != row.service.serviceId)
                continue;
            found = true;
            row.service.impact = service.impact;
            row.check->setChecked(true);
            row.impact->setCurrentIndex(row.impact->findData(static_cast<int>(service.impact)));
        }
        if (!found)
            row.check->setChecked(false);
        row.impact->setEnabled(row.check->isChecked());
    }
}

QList<AffectedService> AffectedServicesEditor::affected() const
{
    QList<AffectedService> result;
    for (const Row& row : m_rows) {
        if (!row.check->isChecked())
            continue;
        AffectedService service = row.service;
        // A maintenance's "under maintenance" is not among the choices: it stays as it was.
        if (row.impact->currentIndex() >= 0)
            service.impact = static_cast<Impact>(row.impact->currentData().toInt());
        result.append(service);
    }
    return result;
}

void AffectedServicesEditor::setImpactVisible(bool visible)
{
    m_impactVisible = visible;
    for (const Row& row : m_rows)
        row.impact->setVisible(visible);
}

QCheckBox* AffectedServicesEditor::checkBoxFor(qint64 serviceId) const
{
    const Row* row = rowFor(serviceId);
    return row ? row->check : nullptr;
}

QComboBox* AffectedServicesEditor::impactComboFor(qint64 serviceId) const
{
    const Row* row = rowFor(serviceId);
    return row ? row->impact : nullptr;
}

void AffectedServicesEditor::clearRows()
{
    setFocusProxy(nullptr);
    for (const Row& row : m_rows) {
        delete row.check;
        delete row.impact;
    }
    m_rows.clear();
}

void AffectedServicesEditor::addRow(const AffectedService& service, bool checked)
{
    Row row;
    row.service = service;
    row.check = new QCheckBox(service.serviceName, this);
    row.check->setChecked(checked);
    row.impact = new QComboBox(this);
    for (const Impact impact : allImpacts()) {
        if (impact != Impact::UnderMaintenance)
            row.impact->addItem(impactLabel(impact), static_cast<int>(impact));
    }
    row.impact->setCurrentIndex(row.impact->findData(static_cast<int>(service.impact)));
    row.impact->setEnabled(checked);
    row.impact->setVisible(m_impactVisible);
    row.impact->setAccessibleName(tr("Impact on %1").arg(service.serviceName));
    const int line = static_cast<int>(m_rows.size());
    m_grid->addWidget(row.check, line, 0);
    m_grid->addWidget(row.impact, line, 1);
    QComboBox* impact = row.impact;
    connect(row.check, &QCheckBox::toggled, this, [this, impact](bool on) {
        impact->setEnabled(on);
        Q_EMIT changed();
    });
    connect(row.impact, &QComboBox::activated, this, [this] { Q_EMIT changed(); });
    m_rows.append(row);
}

const AffectedServicesEditor::Row* AffectedServicesEditor::rowFor(qint64 serviceId) const
{
    for (const Row& row : m_rows) {
        if (row.service.serviceId == serviceId)
            return &row;
    }
    return nullptr;
}
