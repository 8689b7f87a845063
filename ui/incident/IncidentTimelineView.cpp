#include "incident/IncidentTimelineView.h"

#include "incident/IncidentTimelineFilter.h"
#include "incident/IncidentTimelineModel.h"
#include "util/TimeText.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScrollBar>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

IncidentTimelineView::IncidentTimelineView(const IncidentDesk& desk, QWidget* parent)
    : QWidget(parent), m_model(new IncidentTimelineModel(desk, this)),
      m_filter(new IncidentTimelineFilter(this)), m_table(new QTableView(this)),
      m_audience(new QComboBox(this)), m_bar(new QHBoxLayout)
{
    m_filter->setSourceModel(m_model);
    m_table->setObjectName(QStringLiteral("incidentTimelineTable"));
    m_table->setModel(m_filter);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(true);
    m_table->setIconSize(QSize(14, 14));
    m_table->verticalHeader()->hide();
    // Status reports span three lines: rows grow to their text.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    const QFontMetrics fm = m_table->fontMetrics();
    m_table->setColumnWidth(IncidentTimelineModel::Visibility,
                            fm.horizontalAdvance(tr("Internal")) + fm.height() + 24);
    m_table->setColumnWidth(IncidentTimelineModel::Time,
                            fm.horizontalAdvance(TimeText::absolute(1'700'000'000'000)) + 16);
    m_table->setColumnWidth(IncidentTimelineModel::Author, fm.horizontalAdvance(QLatin1Char('M')) * 9);
    m_table->setColumnWidth(IncidentTimelineModel::Kind, fm.horizontalAdvance(QLatin1Char('M')) * 10);

    m_audience->setObjectName(QStringLiteral("audienceCombo"));
    m_audience->addItem(tr("Everything"));
    m_audience->addItem(tr("Public only"), static_cast<int>(IncidentEvent::Visibility::Public));
    m_audience->addItem(tr("Internal only"), static_cast<int>(IncidentEvent::Visibility::Internal));
    auto* audienceLabel = new QLabel(tr("&Audience:"), this);
    audienceLabel->setBuddy(m_audience);

    m_bar->setContentsMargins(0, 0, 0, 0);
    m_bar->addWidget(audienceLabel);
    m_bar->addWidget(m_audience);
    m_bar->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(m_bar);
    layout->addWidget(m_table, 1);

    connect(m_audience, &QComboBox::currentIndexChanged, this, &IncidentTimelineView::applyAudience);
    // Follow the newest event unless the user scrolled up to read an older one.
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, [this] {
        QScrollBar* bar = m_table->verticalScrollBar();
        const bool atEnd = bar->value() >= bar->maximum() - 2;
        if (atEnd)
            QTimer::singleShot(0, m_table, &QTableView::scrollToBottom);
    });
}

void IncidentTimelineView::setIncident(const QString& incidentId)
{
    m_model->setIncident(incidentId);
    m_table->scrollToBottom();
}

void IncidentTimelineView::addToolAction(QAction* action)
{
    auto* button = new QToolButton(this);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_bar->addWidget(button);
}

void IncidentTimelineView::applyAudience()
{
    const QVariant data = m_audience->currentData();
    m_filter->setVisibility(
        data.isValid() ? std::optional(static_cast<IncidentEvent::Visibility>(data.toInt())) : std::nullopt);
}
