#include "timeline/TimelinePanel.h"

#include "timeline/CorrelationListModel.h"

#include "time/Clock.h"
#include "timeline/TimelineExporter.h"
#include "timeline/TimelineModel.h"
#include "timeline/TimelineView.h"
#include "timeline/UptimeCsvExporter.h"
#include "timeline/UptimeTableModel.h"

#include <QButtonGroup>
#include <QDateTimeEdit>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>

#include <functional>
#include <QTableView>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

const QString kSettingsGroup = QStringLiteral("timeline/range");
const QString kCompactKey = QStringLiteral("timeline/compact");
constexpr int kCustomId = int(TimelineRange::Preset::Custom);

} // namespace

TimelinePanel::TimelinePanel(const Clock& clock, QWidget* parent)
    : QWidget(parent), m_clock(clock), m_model(new TimelineModel(clock, this)),
      m_uptime(new UptimeTableModel(this)), m_sorted(new QSortFilterProxyModel(this)),
      m_view(new TimelineView(m_model, clock, this)), m_table(new QTableView(this)),
      m_presets(new QButtonGroup(this)), m_customBox(new QWidget(this)),
      m_customFrom(new QDateTimeEdit(this)), m_customTo(new QDateTimeEdit(this)),
      m_compact(new QToolButton(this))
{
    m_sorted->setSourceModel(m_uptime);
    m_sorted->setSortRole(UptimeTableModel::SortRole);
    m_sorted->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_table->setModel(m_sorted);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(UptimeTableModel::UptimeVisible, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(22);
    // The name takes the spare width; figures keep the width of their header.
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(UptimeTableModel::Name, QHeaderView::Stretch);
    m_table->setWordWrap(false);

    m_correlations = new CorrelationListModel(this);
    m_correlationTable = new QTableView(this);
    m_correlationTable->setObjectName(QStringLiteral("correlationTable"));
    m_correlationTable->setModel(m_correlations);
    m_correlationTable->verticalHeader()->hide();
    m_correlationTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_correlationTable->horizontalHeader()->setStretchLastSection(true);
    m_correlationTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_correlationTable->setWordWrap(false);
    m_bottomTabs = new QTabWidget(this);
    m_bottomTabs->setDocumentMode(true);
    m_bottomTabs->addTab(m_table, tr("Uptime"));
    m_bottomTabs->addTab(m_correlationTable, tr("What else changed around this time"));

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_view);
    splitter->addWidget(m_bottomTabs);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(6);
    layout->addWidget(buildToolBar());
    layout->addWidget(splitter, 1);

    connect(m_view, &TimelineView::rangeChanged, this, &TimelinePanel::onRangeChanged);
    connect(m_view, &TimelineView::rangeRequested, this, &TimelinePanel::timelineRequested);
    connect(m_view, &TimelineView::bandActivated, this, &TimelinePanel::bandActivated);
    onRangeChanged(m_view->range());
}

QWidget* TimelinePanel::buildToolBar()
{
    auto* bar = new QWidget(this);
    auto* row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(4);
    row->addWidget(new QLabel(tr("Show:"), bar));
    const QList<QPair<TimelineRange::Preset, QString>> presets{
        {TimelineRange::Preset::LastHour, tr("1 h")},
        {TimelineRange::Preset::Last24Hours, tr("24 h")},
        {TimelineRange::Preset::Last7Days, tr("7 days")},
        {TimelineRange::Preset::Last30Days, tr("30 days")},
        {TimelineRange::Preset::Last90Days, tr("90 days")},
        {TimelineRange::Preset::Custom, tr("Custom…")},
    };
    for (const auto& [preset, label] : presets) {
        auto* button = new QToolButton(bar);
        button->setText(label);
        button->setCheckable(true);
        button->setAutoRaise(false);
        m_presets->addButton(button, int(preset));
        row->addWidget(button);
    }
    m_presets->setExclusive(true);
    connect(m_presets, &QButtonGroup::idClicked, this, &TimelinePanel::onPresetClicked);

    auto* custom = new QHBoxLayout(m_customBox);
    custom->setContentsMargins(6, 0, 0, 0);
    const QString format = QStringLiteral("yyyy-MM-dd HH:mm");
    for (QDateTimeEdit* edit : {m_customFrom, m_customTo}) {
        edit->setDisplayFormat(format);
        edit->setCalendarPopup(true);
    }
    auto* apply = new QPushButton(tr("Apply"), m_customBox);
    custom->addWidget(new QLabel(tr("From"), m_customBox));
    custom->addWidget(m_customFrom);
    custom->addWidget(new QLabel(tr("to"), m_customBox));
    custom->addWidget(m_customTo);
    custom->addWidget(apply);
    connect(apply, &QPushButton::clicked, this, &TimelinePanel::applyCustomRange);
    m_customBox->hide();
    row->addWidget(m_customBox);
    row->addStretch(1);

    m_compact->setText(tr("90-day bars"));
    m_compact->setToolTip(tr("One bar per day and service, as a status page shows it"));
    m_compact->setCheckable(true);
    connect(m_compact, &QToolButton::toggled, m_view, &TimelineView::setCompactMode);
    row->addWidget(m_compact);

    const QList<QPair<QString, void (TimelinePanel::*)()>> exports{
        {tr("Export PNG…"), &TimelinePanel::exportPng},
        {tr("Export SVG…"), &TimelinePanel::exportSvg},
        {tr("Export CSV…"), &TimelinePanel::exportCsv},
    };
    for (const auto& [label, slot] : exports) {
        auto* button = new QToolButton(bar);
        button->setText(label);
        connect(button, &QToolButton::clicked, this, slot);
        row->addWidget(button);
    }
    return bar;
}

QAbstractButton* TimelinePanel::presetButton(TimelineRange::Preset preset) const
{
    return m_presets->button(int(preset));
}

void TimelinePanel::onPresetClicked(int id)
{
    if (id == kCustomId) {
        const TimelineRange range = m_view->range();
        m_customFrom->setDateTime(QDateTime::fromMSecsSinceEpoch(range.fromMs()).toLocalTime());
        m_customTo->setDateTime(QDateTime::fromMSecsSinceEpoch(range.toMs()).toLocalTime());
        m_customBox->show();
        return;
    }
    m_customBox->hide();
    m_view->setPreset(TimelineRange::Preset(id));
}

void TimelinePanel::applyCustomRange()
{
    const qint64 from = m_customFrom->dateTime().toMSecsSinceEpoch();
    const qint64 to = m_customTo->dateTime().toMSecsSinceEpoch();
    m_view->setRange(TimelineRange::custom(from, to, m_clock.nowMs()));
}

void TimelinePanel::onRangeChanged(const TimelineRange& range)
{
    if (QAbstractButton* button = m_presets->button(int(range.preset())))
        button->setChecked(true);
    Q_EMIT rangeChanged(range);
}

void TimelinePanel::setTimeline(const QHash<qint64, QList<StateBand>>& bands, qint64 fromMs, qint64 toMs)
{
    m_model->setAllBands(bands);
    m_view->setLoadedRange(fromMs, toMs);
}

void TimelinePanel::setUptimeRows(const QList<UptimeRow>& rows)
{
    m_uptime->setRows(rows);
}

void TimelinePanel::saveSettings(QSettings& settings) const
{
    m_view->range().save(settings, kSettingsGroup);
    settings.setValue(kCompactKey, m_view->isCompactMode());
}

void TimelinePanel::restoreSettings(QSettings& settings)
{
    const TimelineRange range = TimelineRange::restore(settings, kSettingsGroup, m_clock.nowMs());
    if (range.preset() != TimelineRange::Preset::Custom)
        m_view->setPreset(range.preset());
    else
        m_view->setRange(range);
    m_compact->setChecked(settings.value(kCompactKey, false).toBool());
}

QString TimelinePanel::askFile(const QString& title, const QString& filter, const QString& suffix)
{
    QString path = QFileDialog::getSaveFileName(this, title, QString(), filter);
    if (!path.isEmpty() && !path.endsWith(suffix, Qt::CaseInsensitive))
        path += suffix;
    return path;
}

void TimelinePanel::reportError(const QString& message)
{
    QMessageBox::warning(this, tr("Export failed"), message);
}

void TimelinePanel::saveTo(const QString& path, const std::function<bool(QIODevice*, QString*)>& write)
{
    // QSaveFile: a failed export never leaves a truncated file where a good one was.
    QSaveFile file(path);
    QString error;
    if (!file.open(QIODevice::WriteOnly))
        return reportError(tr("Cannot open %1: %2").arg(path, file.errorString()));
    if (!write(&file, &error))
        return reportError(error);
    if (!file.commit())
        reportError(tr("Cannot save %1: %2").arg(path, file.errorString()));
}

void TimelinePanel::exportPng()
{
    const QString path =
        askFile(tr("Export the timeline as PNG"), tr("PNG images (*.png)"), QStringLiteral(".png"));
    if (path.isEmpty())
        return;
    saveTo(path, [this](QIODevice* device, QString* error) {
        TimelineExporter exporter(*m_view);
        const bool ok = exporter.writePng(device);
        *error = exporter.errorString();
        return ok;
    });
}

void TimelinePanel::exportSvg()
{
    const QString path =
        askFile(tr("Export the timeline as SVG"), tr("SVG drawings (*.svg)"), QStringLiteral(".svg"));
    if (path.isEmpty())
        return;
    saveTo(path, [this](QIODevice* device, QString* error) {
        TimelineExporter exporter(*m_view);
        const bool ok = exporter.writeSvg(device);
        *error = exporter.errorString();
        return ok;
    });
}

void TimelinePanel::exportCsv()
{
    const QString path =
        askFile(tr("Export the uptime table as CSV"), tr("CSV files (*.csv)"), QStringLiteral(".csv"));
    if (path.isEmpty())
        return;
    saveTo(path, [this](QIODevice* device, QString* error) {
        UptimeCsvExporter exporter;
        const bool ok = exporter.write(m_uptime->rows(), device);
        *error = exporter.errorString();
        return ok;
    });
}

void TimelinePanel::showCorrelations()
{
    m_bottomTabs->setCurrentWidget(m_correlationTable);
}
