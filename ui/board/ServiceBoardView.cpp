#include "board/ServiceBoardView.h"

#include "board/BoardTreeView.h"
#include "board/ServiceBoardFilter.h"
#include "board/ServiceBoardModel.h"
#include "style/StateStyle.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QShortcut>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace {
// The Since column ages with the clock; twice a minute keeps "for 12 min" honest without churn.
constexpr int kSinceRefreshMs = 30'000;
} // namespace

ServiceBoardView::ServiceBoardView(ServiceBoardModel* model, QWidget* parent)
    : QWidget(parent), m_model(model), m_filter(new ServiceBoardFilter(this)),
      m_filterEdit(new QLineEdit(this)), m_stateCombo(new QComboBox(this)), m_tree(new BoardTreeView(this)),
      m_sinceTimer(new QTimer(this))
{
    m_filterEdit->setObjectName(QStringLiteral("boardFilterEdit"));
    m_filterEdit->setPlaceholderText(tr("Filter by name, group or reason (Ctrl+F)"));
    m_filterEdit->setClearButtonEnabled(true);
    m_filterEdit->setAccessibleName(tr("Service filter"));

    m_stateCombo->setObjectName(QStringLiteral("boardStateCombo"));
    m_stateCombo->setAccessibleName(tr("State filter"));
    m_stateCombo->addItem(tr("All states"), -1);
    for (const ServiceState state :
         {ServiceState::Down, ServiceState::Degraded, ServiceState::Up, ServiceState::Paused}) {
        m_stateCombo->addItem(StateStyle::iconFor(state), serviceStateLabel(state), static_cast<int>(state));
    }

    auto* filterBar = new QHBoxLayout;
    filterBar->setContentsMargins(0, 0, 0, 0);
    filterBar->addWidget(m_filterEdit, 1);
    filterBar->addWidget(m_stateCombo);

    m_filter->setSourceModel(model);
    m_tree->setObjectName(QStringLiteral("boardTree"));
    m_tree->setModel(m_filter);
    m_tree->setRootIsDecorated(false);
    m_tree->setItemsExpandable(false);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSortingEnabled(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setAllColumnsShowFocus(true);
    m_tree->setIconSize(QSize(16, 16));
    m_tree->setTextElideMode(Qt::ElideRight);
    // Worst first: the operator's eye lands on what is down.
    m_tree->sortByColumn(ServiceBoardModel::State, Qt::DescendingOrder);
    applyColumnWidths();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addLayout(filterBar);
    layout->addWidget(m_tree, 1);

    auto* findShortcut = new QShortcut(QKeySequence::Find, this);
    findShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(findShortcut, &QShortcut::activated, this, [this] {
        m_filterEdit->setFocus(Qt::ShortcutFocusReason);
        m_filterEdit->selectAll();
    });

    connect(m_filterEdit, &QLineEdit::textChanged, m_filter, &ServiceBoardFilter::setText);
    // Enter in the filter jumps to the first match so that the keyboard flow is: Ctrl+F, type, Enter, Enter.
    connect(m_filterEdit, &QLineEdit::returnPressed, this, [this] {
        if (m_filter->rowCount() == 0)
            return;
        m_tree->setFocus(Qt::OtherFocusReason);
        if (!m_tree->selectionModel()->hasSelection())
            m_tree->setCurrentIndex(m_filter->index(0, 0));
    });
    connect(m_stateCombo, &QComboBox::currentIndexChanged, this, &ServiceBoardView::onStateFilterChanged);

    connect(m_tree->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ServiceBoardView::onCurrentChanged);
    // Filtering and resets may drop the selection without a selectionChanged.
    connect(m_filter, &QAbstractItemModel::modelReset, this, &ServiceBoardView::onCurrentChanged);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &ServiceBoardView::onCurrentChanged);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &ServiceBoardView::onCurrentChanged);
    connect(m_tree, &QAbstractItemView::activated, this, [this](const QModelIndex& index) {
        const qint64 id = index.data(ServiceBoardModel::ServiceIdRole).toLongLong();
        if (id != 0)
            Q_EMIT serviceActivated(id);
    });

    connect(m_sinceTimer, &QTimer::timeout, model, &ServiceBoardModel::refreshSince);
    m_sinceTimer->start(kSinceRefreshMs);
}

qint64 ServiceBoardView::selectedServiceId() const
{
    const QModelIndexList rows = m_tree->selectionModel()->selectedRows(ServiceBoardModel::State);
    if (rows.isEmpty())
        return 0;
    return rows.constFirst().data(ServiceBoardModel::ServiceIdRole).toLongLong();
}

void ServiceBoardView::selectService(qint64 id)
{
    const int sourceRow = m_model->rowOf(id);
    if (sourceRow < 0) {
        m_tree->selectionModel()->clearSelection();
        return;
    }
    const QModelIndex proxyIndex =
        m_filter->mapFromSource(m_model->index(sourceRow, ServiceBoardModel::State));
    if (!proxyIndex.isValid())
        return;
    m_tree->selectionModel()->setCurrentIndex(proxyIndex, QItemSelectionModel::ClearAndSelect |
                                                              QItemSelectionModel::Rows);
    m_tree->scrollTo(proxyIndex);
}

int ServiceBoardView::visibleRowCount() const
{
    return m_filter->rowCount();
}

void ServiceBoardView::onStateFilterChanged(int comboIndex)
{
    const int value = m_stateCombo->itemData(comboIndex).toInt();
    m_filter->setState(value < 0 ? std::nullopt
                                 : std::optional<ServiceState>(static_cast<ServiceState>(value)));
}

void ServiceBoardView::onCurrentChanged()
{
    const qint64 id = selectedServiceId();
    if (id == m_lastEmitted)
        return;
    m_lastEmitted = id;
    Q_EMIT serviceSelected(id);
}

void ServiceBoardView::applyColumnWidths()
{
    QHeaderView* header = m_tree->header();
    header->setStretchLastSection(true);
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    header->setSortIndicatorShown(true);
    const QFontMetrics fm = m_tree->fontMetrics();
    const int pad = fm.averageCharWidth() * 3;
    QFont bold = m_tree->font();
    bold.setBold(true);
    const QFontMetrics boldFm(bold);
    int stateWidth = fm.horizontalAdvance(tr("State")) + pad; // room for the sort indicator
    for (const ServiceState state : {ServiceState::Unknown, ServiceState::Up, ServiceState::Degraded,
                                     ServiceState::Down, ServiceState::Paused}) {
        stateWidth = qMax(stateWidth, boldFm.horizontalAdvance(serviceStateLabel(state)));
    }
    header->resizeSection(ServiceBoardModel::State, stateWidth + m_tree->iconSize().width() + pad);
    header->resizeSection(ServiceBoardModel::Name, fm.averageCharWidth() * 26);
    header->resizeSection(ServiceBoardModel::Group, fm.averageCharWidth() * 14);
    header->resizeSection(ServiceBoardModel::Since, fm.horizontalAdvance(tr("for 23 h 59 min")) + pad);
    header->resizeSection(ServiceBoardModel::Latency,
                          fm.horizontalAdvance(QStringLiteral("12 345 ms")) + pad);
    header->resizeSection(ServiceBoardModel::Uptime24h, qMax(fm.horizontalAdvance(QStringLiteral("100.00 %")),
                                                             fm.horizontalAdvance(tr("Uptime 24 h"))) +
                                                            pad);
}
