#include "postmortem/ActionItemsView.h"

#include "incident/IncidentDesk.h"
#include "postmortem/ActionItemListModel.h"
#include "report/ActionItemCsvWriter.h"
#include "store/PostMortemStore.h"

#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QtConcurrent/QtConcurrentRun>
#include <QVBoxLayout>

ActionItemsView::ActionItemsView(IncidentDesk& desk, PostMortemStore& store, QWidget* parent)
    : QWidget(parent), m_desk(desk), m_store(store),
      m_model(new ActionItemListModel(ActionItemListModel::Mode::AcrossIncidents, this)),
      m_proxy(new QSortFilterProxyModel(this)), m_table(new QTableView(this)),
      m_showDone(new QCheckBox(tr("Show &done items too"), this)),
      m_refresh(new QPushButton(tr("&Refresh"), this)), m_export(new QPushButton(tr("Export &CSV…"), this)),
      m_status(new QLabel(this)), m_watcher(new QFutureWatcher<QString>(this))
{
    m_proxy->setSourceModel(m_model);
    // Dates as dates and the status in its order (open, in progress, done), not alphabetically.
    m_proxy->setSortRole(Qt::EditRole);
    m_table->setObjectName(QStringLiteral("actionItemsTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ActionItemListModel::DueColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(ActionItemListModel::IncidentColumn, 90);
    m_table->setColumnWidth(ActionItemListModel::TitleColumn, 280);
    m_table->setColumnWidth(ActionItemListModel::OwnerColumn, 130);
    m_table->setColumnWidth(ActionItemListModel::DueColumn, 100);
    m_table->setColumnWidth(ActionItemListModel::StatusColumn, 100);
    m_table->setToolTip(tr("Double-click an item to open its post-mortem"));
    m_export->setObjectName(QStringLiteral("actionItemsExport"));
    m_status->setObjectName(QStringLiteral("actionItemsStatus"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_showDone);
    bar->addStretch(1);
    bar->addWidget(m_refresh);
    bar->addWidget(m_export);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);

    connect(&m_store, &PostMortemStore::actionItemsLoaded, this, [this](const QList<ActionItem>& items) {
        updateReferences();
        m_model->setItems(items);
        m_status->setText(tr("%n action item(s)", nullptr, static_cast<int>(items.size())));
    });
    // Whatever the editor saves shows here once it is in the file.
    connect(&m_store, &PostMortemStore::writesCommitted, this, &ActionItemsView::refresh);
    connect(&m_desk, &IncidentDesk::loaded, this, &ActionItemsView::updateReferences);
    connect(&m_desk, &IncidentDesk::incidentAdded, this, &ActionItemsView::updateReferences);
    connect(m_showDone, &QCheckBox::toggled, this, &ActionItemsView::refresh);
    connect(m_refresh, &QPushButton::clicked, this, &ActionItemsView::refresh);
    connect(m_export, &QPushButton::clicked, this, &ActionItemsView::chooseCsvFile);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        const QModelIndex source = m_proxy->mapToSource(index);
        if (source.isValid())
            Q_EMIT openRequested(m_model->items().at(source.row()).incidentId);
    });
    connect(m_watcher, &QFutureWatcher<QString>::finished, this, [this] {
        const QString error = m_watcher->result();
        m_export->setEnabled(true);
        if (error.isEmpty()) {
            m_status->setText(tr("Saved to %1").arg(QDir::toNativeSeparators(m_exportPath)));
            Q_EMIT exported(m_exportPath);
        } else {
            m_status->setText(error);
            Q_EMIT exportFailed(error);
        }
    });
    updateReferences();
}

ActionItemsView::~ActionItemsView()
{
    m_watcher->waitForFinished();
}

void ActionItemsView::refresh()
{
    m_store.loadActionItems(!m_showDone->isChecked());
}

void ActionItemsView::updateReferences()
{
    QHash<QString, QString> references;
    for (const Incident& incident : m_desk.incidents())
        references.insert(incident.id, incident.reference);
    m_model->setReferences(references);
}

bool ActionItemsView::exportCsv(const QString& path)
{
    if (m_watcher->isRunning())
        return false;
    QList<ActionItem> items;
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        items.append(m_model->items().at(m_proxy->mapToSource(m_proxy->index(row, 0)).row()));
    QHash<QString, QString> references;
    for (const ActionItem& item : std::as_const(items))
        references.insert(item.incidentId, m_model->reference(item.incidentId));
    m_exportPath = path;
    m_export->setEnabled(false);
    m_status->setText(tr("Exporting…"));
    m_watcher->setFuture(QtConcurrent::run([items, references, path] {
        ActionItemCsvWriter writer(references);
        return writer.writeFile(items, path) ? QString() : writer.errorString();
    }));
    return true;
}

void ActionItemsView::chooseCsvFile()
{
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(tr("action-items") + QStringLiteral(".csv"));
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export action items"), suggested, tr("CSV (*.csv)"));
    if (!path.isEmpty())
        exportCsv(path);
}
