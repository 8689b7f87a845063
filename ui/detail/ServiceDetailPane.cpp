#include "detail/ServiceDetailPane.h"

#include "charts/LatencyChart.h"
#include "detail/StateChangeListModel.h"
#include "style/StateStyle.h"
#include "time/Clock.h"
#include "util/CheckKindText.h"
#include "util/TimeText.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace {
constexpr qint64 kHourMs = 60LL * 60 * 1000;
constexpr int kIconSize = 20;

QString colorName(ServiceState state)
{
    return StateStyle::textColorFor(state).name();
}
} // namespace

ServiceDetailPane::ServiceDetailPane(const Clock& clock, QWidget* parent)
    : QWidget(parent), m_clock(clock), m_changes(new StateChangeListModel(this)),
      m_placeholder(new QLabel(this)), m_content(new QWidget(this)), m_chart(new LatencyChart(this)),
      m_changeTable(new QTableView(this))
{
    auto* placeholder = static_cast<QLabel*>(m_placeholder);
    placeholder->setText(tr("Select a service to see its response time and state changes."));
    placeholder->setAlignment(Qt::AlignCenter);
    placeholder->setWordWrap(true);
    placeholder->setForegroundRole(QPalette::PlaceholderText);

    m_changeTable->setObjectName(QStringLiteral("stateChangeTable"));
    m_changeTable->setModel(m_changes);
    m_changeTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_changeTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_changeTable->setAlternatingRowColors(true);
    m_changeTable->setShowGrid(false);
    m_changeTable->setWordWrap(false);
    m_changeTable->setIconSize(QSize(14, 14));
    m_changeTable->verticalHeader()->hide();
    m_changeTable->verticalHeader()->setDefaultSectionSize(m_changeTable->fontMetrics().height() + 8);
    m_changeTable->horizontalHeader()->setStretchLastSection(true);
    m_changeTable->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    const QFontMetrics fm = m_changeTable->fontMetrics();
    m_changeTable->setColumnWidth(StateChangeListModel::Time,
                                  fm.horizontalAdvance(TimeText::absolute(1'700'000'000'000)) + 24);
    // Wide enough for the longest translated transition ("En attente → Opérationnel"), icon included.
    int changeWidth = 0;
    for (ServiceState from : {ServiceState::Unknown, ServiceState::Up, ServiceState::Degraded,
                              ServiceState::Down, ServiceState::Paused}) {
        for (ServiceState to : {ServiceState::Up, ServiceState::Degraded, ServiceState::Down}) {
            changeWidth =
                qMax(changeWidth, fm.horizontalAdvance(serviceStateLabel(from) + QStringLiteral(" → ") +
                                                       serviceStateLabel(to)));
        }
    }
    m_changeTable->setColumnWidth(StateChangeListModel::Change,
                                  changeWidth + style()->pixelMetric(QStyle::PM_SmallIconSize) + 24);

    auto* changesTitle = new QLabel(tr("State changes"), this);
    QFont titleFont = changesTitle->font();
    titleFont.setBold(true);
    changesTitle->setFont(titleFont);
    auto* changesBox = new QWidget(this);
    auto* changesLayout = new QVBoxLayout(changesBox);
    changesLayout->setContentsMargins(0, 0, 0, 0);
    changesLayout->addWidget(changesTitle);
    changesLayout->addWidget(m_changeTable, 1);

    auto* chartBox = new QWidget(this);
    auto* chartLayout = new QVBoxLayout(chartBox);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    chartLayout->addWidget(buildRangeBar());
    chartLayout->addWidget(m_chart, 1);

    auto* splitter = new QSplitter(Qt::Vertical, m_content);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(chartBox);
    splitter->addWidget(changesBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto* contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(buildHeader());
    contentLayout->addWidget(splitter, 1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(m_placeholder, 1);
    layout->addWidget(m_content, 1);
    m_content->hide();

    auto* sinceTimer = new QTimer(this);
    connect(sinceTimer, &QTimer::timeout, this, &ServiceDetailPane::refreshSince);
    sinceTimer->start(30'000);
}

QWidget* ServiceDetailPane::buildHeader()
{
    auto* header = new QWidget(this);
    m_nameLabel = new QLabel(header);
    m_nameLabel->setObjectName(QStringLiteral("detailName"));
    QFont nameFont = m_nameLabel->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.4);
    nameFont.setBold(true);
    m_nameLabel->setFont(nameFont);
    m_nameLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_subtitleLabel = new QLabel(header);
    m_subtitleLabel->setObjectName(QStringLiteral("detailSubtitle"));
    m_subtitleLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitleLabel->setForegroundRole(QPalette::PlaceholderText);

    m_stateIcon = new QLabel(header);
    m_stateIcon->setFixedSize(kIconSize, kIconSize);
    m_stateLabel = new QLabel(header);
    m_stateLabel->setObjectName(QStringLiteral("detailState"));
    QFont stateFont = m_stateLabel->font();
    stateFont.setBold(true);
    stateFont.setPointSizeF(stateFont.pointSizeF() * 1.15);
    m_stateLabel->setFont(stateFont);
    m_sinceLabel = new QLabel(header);
    m_sinceLabel->setObjectName(QStringLiteral("detailSince"));
    m_reasonLabel = new QLabel(header);
    m_reasonLabel->setObjectName(QStringLiteral("detailReason"));
    m_reasonLabel->setWordWrap(true);
    m_reasonLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_lastCheckLabel = new QLabel(header);
    m_lastCheckLabel->setObjectName(QStringLiteral("detailLastCheck"));
    m_lastCheckLabel->setForegroundRole(QPalette::PlaceholderText);

    auto* stateRow = new QHBoxLayout;
    stateRow->setSpacing(6);
    stateRow->addWidget(m_stateIcon);
    stateRow->addWidget(m_stateLabel);
    stateRow->addWidget(m_sinceLabel);
    stateRow->addStretch(1);
    stateRow->addWidget(m_lastCheckLabel);

    auto* declare = new QPushButton(tr("&Declare an incident…"), header);
    declare->setObjectName(QStringLiteral("detailDeclare"));
    declare->hide();
    connect(declare, &QPushButton::clicked, this, [this] {
        const qint64 start = m_outageStartMs > 0 ? m_outageStartMs : m_sinceMs;
        Q_EMIT declareRequested(m_service.id, start > 0 ? start : m_clock.nowMs());
    });
    m_declareButton = declare;

    auto* layout = new QVBoxLayout(header);
    layout->setContentsMargins(0, 0, 0, 4);
    layout->setSpacing(3);
    layout->addWidget(m_nameLabel);
    layout->addWidget(m_subtitleLabel);
    layout->addLayout(stateRow);
    layout->addWidget(m_reasonLabel);
    layout->addWidget(m_declareButton, 0, Qt::AlignLeft);
    return header;
}

QWidget* ServiceDetailPane::buildRangeBar()
{
    auto* bar = new QWidget(this);
    auto* title = new QLabel(tr("Response time"), bar);
    QFont titleFont = title->font();
    titleFont.setBold(true);
    title->setFont(titleFont);
    m_rangeGroup = new QButtonGroup(this);
    m_rangeGroup->setExclusive(true);
    auto* layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title);
    layout->addStretch(1);
    const QList<QPair<Range, QString>> ranges = {
        {Range::LastHour, tr("1 h")}, {Range::LastDay, tr("24 h")}, {Range::LastWeek, tr("7 d")}};
    for (const auto& [range, label] : ranges) {
        auto* button = new QToolButton(bar);
        button->setText(label);
        button->setCheckable(true);
        button->setAutoRaise(false);
        button->setChecked(range == m_range);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setMinimumWidth(button->fontMetrics().horizontalAdvance(QStringLiteral("24 h")) + 20);
        m_rangeGroup->addButton(button, static_cast<int>(range));
        layout->addWidget(button);
    }
    m_rangeGroup->button(static_cast<int>(Range::LastHour))->setToolTip(tr("Last hour"));
    m_rangeGroup->button(static_cast<int>(Range::LastDay))->setToolTip(tr("Last 24 hours"));
    m_rangeGroup->button(static_cast<int>(Range::LastWeek))->setToolTip(tr("Last 7 days"));
    connect(m_rangeGroup, &QButtonGroup::idClicked, this,
            [this](int id) { setRange(static_cast<Range>(id)); });
    return bar;
}

QAbstractButton* ServiceDetailPane::rangeButton(Range range) const
{
    return m_rangeGroup->button(static_cast<int>(range));
}

qint64 ServiceDetailPane::spanMs(Range range)
{
    switch (range) {
    case Range::LastHour:
        return kHourMs;
    case Range::LastDay:
        return 24 * kHourMs;
    case Range::LastWeek:
        return 7 * 24 * kHourMs;
    }
    return 24 * kHourMs;
}

void ServiceDetailPane::showService(const ServiceDefinition& service, ServiceState state, qint64 sinceMs,
                                    const QString& reason)
{
    const bool sameService = service.id != 0 && service.id == m_service.id;
    m_service = service;
    m_state = state;
    m_sinceMs = sinceMs;
    m_reason = reason;

    m_nameLabel->setText(service.name);
    QStringList parts;
    if (!service.group.isEmpty())
        parts << service.group;
    parts << CheckKindText::label(service.kind) << service.target;
    m_subtitleLabel->setText(parts.join(QStringLiteral("  ·  ")));
    updateStateLabels();
    m_placeholder->hide();
    m_content->show();
    if (sameService)
        return;
    m_lastCheckLabel->clear();
    m_chart->clear();
    m_changes->clear();
    m_periodToMs = 0; // another service: back to the range ending now
    if (QAbstractButton* button = rangeButton(m_range))
        button->setChecked(true);
    requestHistory();
}

void ServiceDetailPane::clearService()
{
    m_service = ServiceDefinition();
    m_chart->clear();
    m_changes->clear();
    m_content->hide();
    m_placeholder->show();
}

void ServiceDetailPane::showPeriod(qint64 fromMs, qint64 toMs, qint64 outageStartMs)
{
    m_periodFromMs = fromMs;
    m_periodToMs = toMs;
    m_outageStartMs = outageStartMs;
    updateDeclareButton();
    // No range button describes a fixed period.
    m_rangeGroup->setExclusive(false);
    for (QAbstractButton* button : m_rangeGroup->buttons())
        button->setChecked(false);
    m_rangeGroup->setExclusive(true);
    requestHistory();
}

void ServiceDetailPane::setRange(Range range)
{
    m_range = range;
    m_periodToMs = 0;
    m_outageStartMs = 0;
    updateDeclareButton();
    if (QAbstractButton* button = rangeButton(range); button && !button->isChecked())
        button->setChecked(true);
    requestHistory();
}

void ServiceDetailPane::requestHistory()
{
    if (m_service.id == 0)
        return;
    if (m_periodToMs > 0) {
        Q_EMIT historyRequested(m_service.id, m_periodFromMs, m_periodToMs);
        return;
    }
    const qint64 now = m_clock.nowMs();
    Q_EMIT historyRequested(m_service.id, now - spanMs(m_range), now);
}

void ServiceDetailPane::showHistory(const ServiceHistory& history)
{
    if (history.serviceId != m_service.id || m_service.id == 0)
        return;
    m_chart->setRollups(history.rollups, history.fromMs, history.toMs, history.results);
    m_changes->setChanges(history.changes);
}

void ServiceDetailPane::applyResults(const QList<CheckResult>& results)
{
    if (m_service.id == 0)
        return;
    const CheckResult* newest = nullptr;
    for (const CheckResult& result : results) {
        if (result.serviceId != m_service.id)
            continue;
        m_chart->appendLivePoint(result.startedAtMs, result.totalUs / 1000.0,
                                 result.outcome != CheckResult::Outcome::Down);
        if (!newest || newest->startedAtMs <= result.startedAtMs)
            newest = &result;
    }
    if (!newest)
        return;
    const QLocale locale;
    QString text = tr("Last check %1: %2 ms")
                       .arg(TimeText::absolute(newest->startedAtMs), locale.toString(newest->totalUs / 1000));
    if (newest->httpCode > 0)
        text += tr(", HTTP %1").arg(newest->httpCode);
    m_lastCheckLabel->setText(text);
    m_lastCheckLabel->setToolTip(newest->reason);
}

void ServiceDetailPane::applyStateChange(const StateChange& change)
{
    if (change.serviceId != m_service.id || m_service.id == 0)
        return;
    m_state = change.to;
    m_sinceMs = change.atMs;
    m_reason = change.reason;
    updateStateLabels();
    m_changes->addChange(change);
}

void ServiceDetailPane::refreshSince()
{
    if (m_service.id != 0)
        m_sinceLabel->setText(TimeText::forDuration(m_sinceMs, m_clock.nowMs()));
}

void ServiceDetailPane::updateStateLabels()
{
    updateDeclareButton();
    m_stateIcon->setPixmap(StateStyle::iconFor(m_state).pixmap(kIconSize, kIconSize));
    m_stateLabel->setText(serviceStateLabel(m_state));
    m_stateLabel->setStyleSheet(QStringLiteral("color: %1;").arg(colorName(m_state)));
    m_sinceLabel->setText(TimeText::forDuration(m_sinceMs, m_clock.nowMs()));
    m_sinceLabel->setToolTip(TimeText::absolute(m_sinceMs));
    m_reasonLabel->setText(m_reason);
    m_reasonLabel->setVisible(!m_reason.isEmpty());
}

void ServiceDetailPane::updateDeclareButton()
{
    if (!m_declareButton)
        return;
    const bool failing = m_state == ServiceState::Down || m_state == ServiceState::Degraded;
    if (m_outageStartMs > 0)
        m_declareButton->setText(tr("&Declare an incident from this outage…"));
    else
        m_declareButton->setText(tr("&Declare an incident…"));
    m_declareButton->setVisible(m_service.id != 0 && (m_outageStartMs > 0 || failing));
}
