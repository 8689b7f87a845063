#include "history/IncidentHistoryView.h"

#include "history/IncidentCsvWriter.h"
#include "history/IncidentHistoryChart.h"
#include "history/IncidentHistoryModel.h"
#include "incident/IncidentDesk.h"
#include "incident/IncidentText.h"
#include "time/Clock.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QtConcurrent/QtConcurrentRun>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>
#include <array>

namespace {

// The span choices, in the order of the combo box, with their length in months (0: all).
constexpr std::array<std::pair<IncidentHistoryView::Span, int>, 4> kSpans{{
    {IncidentHistoryView::Span::Last6Months, 6},
    {IncidentHistoryView::Span::Last12Months, 12},
    {IncidentHistoryView::Span::Last24Months, 24},
    {IncidentHistoryView::Span::All, 0},
}};

QString statsText(const IncidentHistory::DurationStats& stats)
{
    return stats.hasData() ? IncidentText::span(stats.medianMs) : QStringLiteral("—");
}

} // namespace

IncidentHistoryView::IncidentHistoryView(const IncidentDesk& desk, QWidget* parent)
    : QWidget(parent), m_desk(desk), m_model(new IncidentHistoryModel(this)),
      m_chart(new IncidentHistoryChart(this)), m_table(new QTableView(this)), m_span(new QComboBox(this)),
      m_zone(new QComboBox(this)), m_drills(new QCheckBox(tr("Include &drills"), this)),
      m_export(new QPushButton(tr("&Export CSV…"), this)), m_summary(new QLabel(this)),
      m_exportStatus(new QLabel(this)), m_exportWatcher(new QFutureWatcher<QString>(this))
{
    m_span->setObjectName(QStringLiteral("historySpan"));
    m_span->addItem(tr("Last 6 months"));
    m_span->addItem(tr("Last 12 months"));
    m_span->addItem(tr("Last 24 months"));
    m_span->addItem(tr("All incidents"));
    m_span->setCurrentIndex(1);
    m_zone->setObjectName(QStringLiteral("historyZone"));
    m_zone->setToolTip(tr("Months begin and end at midnight in this time zone; the CSV states times in it"));
    const QByteArray systemId = QTimeZone::systemTimeZoneId();
    m_zone->addItem(tr("This computer (%1)").arg(QString::fromUtf8(systemId)), QString::fromUtf8(systemId));
    m_zone->addItem(QStringLiteral("UTC"), QStringLiteral("UTC"));
    m_drills->setObjectName(QStringLiteral("historyDrills"));
    m_drills->setToolTip(tr("Count rehearsals too; maintenances are never counted"));
    m_export->setObjectName(QStringLiteral("historyExport"));
    m_export->setToolTip(tr("Save the incidents counted here as a CSV file for a spreadsheet"));

    auto* spanLabel = new QLabel(tr("&Period:"), this);
    spanLabel->setBuddy(m_span);
    auto* zoneLabel = new QLabel(tr("Time &zone:"), this);
    zoneLabel->setBuddy(m_zone);
    auto* controls = new QHBoxLayout;
    controls->addWidget(spanLabel);
    controls->addWidget(m_span);
    controls->addSpacing(12);
    controls->addWidget(zoneLabel);
    controls->addWidget(m_zone);
    controls->addSpacing(12);
    controls->addWidget(m_drills);
    controls->addStretch(1);
    controls->addWidget(m_export);

    m_summary->setObjectName(QStringLiteral("historySummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_exportStatus->setObjectName(QStringLiteral("historyExportStatus"));
    m_exportStatus->setWordWrap(true);
    m_exportStatus->setOpenExternalLinks(true);
    m_exportStatus->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_exportStatus->hide();

    m_table->setObjectName(QStringLiteral("historyTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    // The figures share the width; the month takes what its name needs.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(IncidentHistoryModel::MonthColumn,
                                                      QHeaderView::ResizeToContents);

    m_splitter = new QSplitter(Qt::Vertical, this);
    QSplitter* splitter = m_splitter;
    splitter->setObjectName(QStringLiteral("historySplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_chart);
    splitter->addWidget(m_table);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(m_summary);
    layout->addWidget(m_exportStatus);
    layout->addWidget(splitter, 1);

    connect(m_span, &QComboBox::currentIndexChanged, this, &IncidentHistoryView::scheduleRefresh);
    connect(m_zone, &QComboBox::currentIndexChanged, this, &IncidentHistoryView::scheduleRefresh);
    connect(m_drills, &QCheckBox::toggled, this, &IncidentHistoryView::scheduleRefresh);
    connect(m_export, &QPushButton::clicked, this, &IncidentHistoryView::exportCsv);
    connect(m_exportWatcher, &QFutureWatcher<QString>::finished, this, &IncidentHistoryView::onExportDone);
    connect(&desk, &IncidentDesk::incidentAdded, this, &IncidentHistoryView::scheduleRefresh);
    connect(&desk, &IncidentDesk::incidentChanged, this, &IncidentHistoryView::scheduleRefresh);
    connect(&desk, &IncidentDesk::loaded, this, &IncidentHistoryView::scheduleRefresh);
}

void IncidentHistoryView::setPreferredZone(const QTimeZone& zone)
{
    // The workspace's zone may change: the entry added for the previous one goes.
    if (m_preferredZoneAdded) {
        m_zone->removeItem(0);
        m_preferredZoneAdded = false;
    }
    if (!zone.isValid())
        return;
    const QString id = QString::fromUtf8(zone.id());
    const int existing = m_zone->findData(id);
    if (existing >= 0) {
        m_zone->setCurrentIndex(existing);
        return;
    }
    m_zone->insertItem(0, tr("%1 (the messages' zone)").arg(id), id);
    m_preferredZoneAdded = true;
    m_zone->setCurrentIndex(0);
}

void IncidentHistoryView::setSpan(Span span)
{
    for (int i = 0; i < int(kSpans.size()); ++i) {
        if (kSpans.at(i).first == span)
            m_span->setCurrentIndex(i);
    }
}

IncidentHistoryView::Span IncidentHistoryView::span() const
{
    return kSpans.at(std::clamp(m_span->currentIndex(), 0, int(kSpans.size()) - 1)).first;
}

void IncidentHistoryView::setIncludeDrills(bool include)
{
    m_drills->setChecked(include);
}

QTimeZone IncidentHistoryView::zone() const
{
    const QTimeZone zone(m_zone->currentData().toString().toUtf8());
    return zone.isValid() ? zone : QTimeZone::systemTimeZone();
}

void IncidentHistoryView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!m_sized) {
        // The chart is what the eye goes to first: it gets the larger share until the user moves the handle.
        m_sized = true;
        const int height = std::max(m_splitter->height(), 400);
        m_splitter->setSizes({height * 3 / 5, height * 2 / 5});
    }
    // A month may have turned since it was last computed: "the last 12 months" moves with the clock.
    refresh();
}

void IncidentHistoryView::scheduleRefresh()
{
    m_stale = true;
    if (!isVisible() || m_refreshQueued)
        return;
    // A burst of changes (a load, an import) is computed once.
    m_refreshQueued = true;
    QTimer::singleShot(0, this, [this] {
        m_refreshQueued = false;
        if (m_stale)
            refresh();
    });
}

void IncidentHistoryView::refresh()
{
    m_stale = false;
    const QList<Incident> incidents = m_desk.incidents();
    const QTimeZone zone = this->zone();
    const qint64 nowMs = m_desk.clock().nowMs();
    IncidentHistory::Options options;
    options.includeDrills = m_drills->isChecked();
    const int months = kSpans.at(std::clamp(m_span->currentIndex(), 0, int(kSpans.size()) - 1)).second;
    const IncidentHistory::Range range =
        months > 0 ? IncidentHistory::Range::lastMonths(months, nowMs, zone)
                   : IncidentHistory::Range::spanning(incidents, nowMs, zone, options);
    m_history = IncidentHistory(incidents, zone, range, options);
    m_model->setHistory(m_history);
    m_chart->setHistory(m_history);
    m_summary->setText(summaryText());
    m_export->setEnabled(!m_exportWatcher->isRunning() && !m_history.incidents().isEmpty());
    // The latest months matter most; the table lists them last.
    m_table->scrollToBottom();
}

QString IncidentHistoryView::summaryText() const
{
    const IncidentHistory::Period& overall = m_history.overall();
    const IncidentHistory::Range& range = m_history.range();
    QStringList parts;
    parts.append(tr("%n incident(s) from %1 to %2", nullptr, overall.total)
                     .arg(IncidentHistoryModel::monthLabel(range.firstMonth),
                          IncidentHistoryModel::monthLabel(range.lastMonth)));
    parts.append(tr("median time to detect %1 (%2 of %3 had one)")
                     .arg(statsText(overall.detect))
                     .arg(overall.detect.count)
                     .arg(overall.total));
    parts.append(tr("median time to resolve %1 (%2 of %3 had one)")
                     .arg(statsText(overall.resolve))
                     .arg(overall.resolve.count)
                     .arg(overall.total));
    if (m_history.drillsLeftOut() > 0)
        parts.append(tr("%n drill(s) left out", nullptr, m_history.drillsLeftOut()));
    return parts.join(QStringLiteral(" · "));
}

void IncidentHistoryView::exportCsv()
{
    const IncidentHistory::Range& range = m_history.range();
    const QString name = QStringLiteral("vigie-incidents-%1-to-%2.csv")
                             .arg(range.firstMonth.toString(QStringLiteral("yyyy-MM")),
                                  range.lastMonth.toString(QStringLiteral("yyyy-MM")));
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = QFileDialog::getSaveFileName(this, tr("Export the incidents as CSV"),
                                                QDir(folder).filePath(name), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".csv");
    exportCsvTo(path);
}

void IncidentHistoryView::exportCsvTo(const QString& path)
{
    if (m_exportWatcher->isRunning())
        return;
    m_exportPath = path;
    m_exportCount = int(m_history.incidents().size());
    m_export->setEnabled(false);
    m_exportStatus->setStyleSheet(QString());
    m_exportStatus->setTextFormat(Qt::PlainText);
    m_exportStatus->setText(tr("Saving %1…").arg(QDir::toNativeSeparators(path)));
    m_exportStatus->show();
    // The worker gets copies: the desk may change, or the view close, while the file is written.
    const QList<Incident> incidents = m_history.incidents();
    const QTimeZone zone = m_history.zone();
    m_exportWatcher->setFuture(QtConcurrent::run([incidents, zone, path] {
        IncidentCsvWriter writer(zone);
        return writer.writeFile(incidents, path) ? QString() : writer.errorString();
    }));
}

void IncidentHistoryView::onExportDone()
{
    const QString error = m_exportWatcher->result();
    m_export->setEnabled(!m_history.incidents().isEmpty());
    const QString shown = QDir::toNativeSeparators(m_exportPath);
    if (error.isEmpty()) {
        const QUrl folder = QUrl::fromLocalFile(QFileInfo(m_exportPath).absolutePath());
        m_exportStatus->setStyleSheet(QString());
        m_exportStatus->setTextFormat(Qt::RichText);
        m_exportStatus->setText(
            tr("Saved %n incident(s) to %1 (<a href=\"%2\">open the folder</a>).", nullptr, m_exportCount)
                .arg(shown.toHtmlEscaped(), folder.toString(QUrl::FullyEncoded)));
    } else {
        m_exportStatus->setStyleSheet(QStringLiteral("color: #b3261e;"));
        m_exportStatus->setTextFormat(Qt::PlainText);
        m_exportStatus->setText(tr("The incidents were not exported. %1").arg(error));
    }
    Q_EMIT exportFinished(m_exportPath, error);
}
