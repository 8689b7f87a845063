#include "incident/IncidentsPanel.h"

#include "incident/DeclareIncidentDialog.h"
#include "incident/IncidentDesk.h"
#include "incident/IncidentDetailPane.h"
#include "incident/IncidentListFilter.h"
#include "incident/IncidentListModel.h"
#include "incident/IncidentStyle.h"
#include "incident/IncidentText.h"
#include "time/Clock.h"
#include "util/TimeText.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

IncidentsPanel::IncidentsPanel(IncidentDesk& desk, std::function<QList<ServiceDefinition>()> services,
                               QWidget* parent)
    : QWidget(parent), m_desk(desk), m_services(std::move(services)),
      m_model(new IncidentListModel(desk, this)), m_filter(new IncidentListFilter(this)),
      m_view(new QTableView(this)), m_detail(new IncidentDetailPane(desk, m_services, this)),
      m_declareAction(new QAction(tr("D&eclare incident…"), this)),
      m_maintenanceAction(new QAction(tr("Plan &maintenance…"), this))
{
    // Ctrl+D and Ctrl+M are taken by text fields on some platforms; Ctrl+N is "add service" in the window.
    m_declareAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    m_declareAction->setToolTip(
        tr("Declare an incident (%1)").arg(m_declareAction->shortcut().toString(QKeySequence::NativeText)));
    m_maintenanceAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    m_maintenanceAction->setToolTip(
        tr("Plan a scheduled maintenance (%1)")
            .arg(m_maintenanceAction->shortcut().toString(QKeySequence::NativeText)));
    addAction(m_declareAction);
    addAction(m_maintenanceAction);
    connect(m_declareAction, &QAction::triggered, this, [this] { declareFor({}, 0); });
    connect(m_maintenanceAction, &QAction::triggered, this, [this] { planMaintenance(); });

    m_filter->setSourceModel(m_model);
    m_filter->setScope(IncidentListFilter::Scope::Open);
    m_view->setObjectName(QStringLiteral("incidentList"));
    m_view->setModel(m_filter);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(IncidentListModel::Started, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->setIconSize(QSize(16, 16));
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    QHeaderView* header = m_view->horizontalHeader();
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setSectionResizeMode(IncidentListModel::Title, QHeaderView::Stretch);
    // Wide enough for the header and the longest value, in bold (open incidents are bold), in any language.
    QFont bold = m_view->font();
    bold.setBold(true);
    const QFontMetrics fm(bold);
    auto fit = [this, &fm](int column, QStringList samples, int extra = 0) {
        samples.append(m_model->headerData(column, Qt::Horizontal).toString());
        int width = 0;
        for (const QString& sample : samples)
            width = qMax(width, fm.horizontalAdvance(sample));
        m_view->setColumnWidth(column, width + extra + 24);
    };
    QStringList statuses;
    for (const bool maintenance : {false, true}) {
        for (const IncidentStatus status : incidentStatuses(maintenance))
            statuses.append(incidentStatusLabel(status));
    }
    fit(IncidentListModel::Reference, {QStringLiteral("MNT-999")});
    fit(IncidentListModel::Drill, {tr("DRILL")});
    fit(IncidentListModel::Kind, {IncidentText::kindLabel(Incident::Kind::Incident),
                                  IncidentText::kindLabel(Incident::Kind::Maintenance)});
    fit(IncidentListModel::Severity, {severityLabel(Severity::Sev1)}, m_view->iconSize().width() + 6);
    fit(IncidentListModel::Status, statuses);
    fit(IncidentListModel::Services, {QStringLiteral("Checkout API, Search")});
    fit(IncidentListModel::Started, {TimeText::absolute(1'700'000'000'000)});
    fit(IncidentListModel::Duration, {IncidentText::span(23 * 3'600'000LL + 59 * 60'000LL)});
    fit(IncidentListModel::Commander, {QStringLiteral("Commander")});

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    auto* listBox = new QWidget(splitter);
    auto* listLayout = new QVBoxLayout(listBox);
    listLayout->setContentsMargins(8, 8, 8, 0);
    listLayout->addWidget(buildFilterBar());
    listLayout->addWidget(m_view, 1);
    splitter->addWidget(listBox);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    // A few incidents are open at once: the detail, where the work happens, gets most of the height.
    splitter->setSizes({240, 720});

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &IncidentsPanel::onSelectionChanged);
    auto* durationTimer = new QTimer(this);
    connect(durationTimer, &QTimer::timeout, m_model, &IncidentListModel::refreshDurations);
    durationTimer->start(30'000);
}

QWidget* IncidentsPanel::buildFilterBar()
{
    auto* bar = new QWidget(this);
    m_scope = new QComboBox(bar);
    m_scope->setObjectName(QStringLiteral("scopeCombo"));
    m_scope->addItem(tr("Open"), static_cast<int>(IncidentListFilter::Scope::Open));
    m_scope->addItem(tr("Past"), static_cast<int>(IncidentListFilter::Scope::Past));
    m_scope->addItem(tr("All"), static_cast<int>(IncidentListFilter::Scope::All));
    auto* scopeLabel = new QLabel(tr("Sho&w:"), bar);
    scopeLabel->setBuddy(m_scope);
    connect(m_scope, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setScope(static_cast<IncidentListFilter::Scope>(m_scope->currentData().toInt()));
    });

    m_kind = new QComboBox(bar);
    m_kind->setObjectName(QStringLiteral("kindCombo"));
    m_kind->addItem(tr("Incidents and maintenances"));
    m_kind->addItem(tr("Incidents"), static_cast<int>(Incident::Kind::Incident));
    m_kind->addItem(tr("Maintenances"), static_cast<int>(Incident::Kind::Maintenance));
    auto* kindLabel = new QLabel(tr("&Kind:"), bar);
    kindLabel->setBuddy(m_kind);
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        const QVariant data = m_kind->currentData();
        m_filter->setKind(data.isValid() ? std::optional(static_cast<Incident::Kind>(data.toInt()))
                                         : std::nullopt);
    });

    auto* severities = new QHBoxLayout;
    severities->setSpacing(0);
    for (const Severity severity : allSeverities()) {
        auto* button = new QToolButton(bar);
        button->setObjectName(QStringLiteral("severity_") + severityKey(severity));
        button->setText(severityLabel(severity));
        button->setIcon(IncidentStyle::severityIcon(severity));
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setCheckable(true);
        button->setToolTip(tr("Only %1 (with the other levels ticked): %2")
                               .arg(severityLabel(severity), severityMeaning(severity)));
        connect(button, &QToolButton::toggled, this, &IncidentsPanel::applySeverities);
        m_severityButtons.append(button);
        severities->addWidget(button);
    }

    m_drills = new QCheckBox(tr("Include &drills"), bar);
    m_drills->setObjectName(QStringLiteral("drillsCheck"));
    m_drills->setChecked(true);
    connect(m_drills, &QCheckBox::toggled, m_filter, &IncidentListFilter::setShowDrills);

    m_search = new QLineEdit(bar);
    m_search->setObjectName(QStringLiteral("incidentSearch"));
    m_search->setPlaceholderText(tr("Reference, title or service"));
    m_search->setClearButtonEnabled(true);
    auto* searchLabel = new QLabel(tr("Searc&h:"), bar);
    searchLabel->setBuddy(m_search);
    connect(m_search, &QLineEdit::textChanged, m_filter, &IncidentListFilter::setText);

    auto* declare = new QToolButton(bar);
    declare->setObjectName(QStringLiteral("declareButton"));
    declare->setDefaultAction(m_declareAction);
    declare->setToolButtonStyle(Qt::ToolButtonTextOnly);
    declare->setStyleSheet(QStringLiteral("QToolButton { font-weight: bold; padding: 3px 10px; }"));
    auto* maintenance = new QToolButton(bar);
    maintenance->setObjectName(QStringLiteral("maintenanceButton"));
    maintenance->setDefaultAction(m_maintenanceAction);
    maintenance->setToolButtonStyle(Qt::ToolButtonTextOnly);

    auto* layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(declare);
    layout->addWidget(maintenance);
    layout->addSpacing(16);
    layout->addWidget(scopeLabel);
    layout->addWidget(m_scope);
    layout->addWidget(kindLabel);
    layout->addWidget(m_kind);
    layout->addLayout(severities);
    layout->addWidget(m_drills);
    layout->addSpacing(8);
    layout->addWidget(searchLabel);
    layout->addWidget(m_search, 1);
    return bar;
}

QAbstractButton* IncidentsPanel::severityButton(int level) const
{
    return level >= 1 && level <= m_severityButtons.size() ? m_severityButtons.at(level - 1) : nullptr;
}

void IncidentsPanel::applySeverities()
{
    QSet<Severity> chosen;
    for (int i = 0; i < m_severityButtons.size(); ++i) {
        if (m_severityButtons.at(i)->isChecked())
            chosen.insert(static_cast<Severity>(i + 1));
    }
    m_filter->setSeverities(chosen);
}

void IncidentsPanel::showIncident(const QString& incidentId)
{
    const int sourceRow = m_model->rowOf(incidentId);
    if (sourceRow < 0)
        return;
    QModelIndex index = m_filter->mapFromSource(m_model->index(sourceRow, 0));
    if (!index.isValid()) {
        // Hidden by the filters: show everything rather than an incident the list cannot point at.
        m_scope->setCurrentIndex(m_scope->findData(static_cast<int>(IncidentListFilter::Scope::All)));
        m_kind->setCurrentIndex(0);
        m_drills->setChecked(true);
        m_search->clear();
        for (QAbstractButton* button : m_severityButtons)
            button->setChecked(false);
        index = m_filter->mapFromSource(m_model->index(sourceRow, 0));
    }
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    m_detail->showIncident(incidentId);
}

void IncidentsPanel::onSelectionChanged()
{
    const QModelIndex current = m_view->currentIndex();
    if (current.isValid())
        m_detail->showIncident(current.data(IncidentListModel::IncidentIdRole).toString());
}

DeclareIncidentDialog* IncidentsPanel::declareFor(const QList<qint64>& serviceIds, qint64 startedAtMs)
{
    auto* dialog =
        new DeclareIncidentDialog(Incident::Kind::Incident, m_desk.userName(), m_desk.clock().nowMs(), this);
    dialog->setServices(m_services ? m_services() : QList<ServiceDefinition>(), serviceIds);
    dialog->setStartedAt(startedAtMs);
    return openDialog(dialog);
}

DeclareIncidentDialog* IncidentsPanel::planMaintenance(const QList<qint64>& serviceIds)
{
    auto* dialog = new DeclareIncidentDialog(Incident::Kind::Maintenance, m_desk.userName(),
                                             m_desk.clock().nowMs(), this);
    dialog->setServices(m_services ? m_services() : QList<ServiceDefinition>(), serviceIds);
    return openDialog(dialog);
}

DeclareIncidentDialog* IncidentsPanel::openDialog(DeclareIncidentDialog* dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QString id = m_desk.declare(dialog->request());
        showIncident(id);
        Q_EMIT declared(id);
    });
    dialog->open();
    return dialog;
}

int IncidentsPanel::addDetailTab(QWidget* page, const QString& title)
{
    return m_detail->addDetailTab(page, title);
}
