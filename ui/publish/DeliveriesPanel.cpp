#include "publish/DeliveriesPanel.h"

#include "incident/IncidentDesk.h"
#include "publish/DeliveryListModel.h"
#include "session/PublishingSession.h"

#include <QAction>
#include <QClipboard>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

namespace {

QToolButton* buttonFor(QAction* action, QWidget* parent)
{
    auto* button = new QToolButton(parent);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    return button;
}

} // namespace

DeliveriesPanel::DeliveriesPanel(PublishingSession& publishing, const IncidentDesk& desk, QWidget* parent)
    : QWidget(parent), m_publishing(publishing), m_desk(desk),
      m_model(new DeliveryListModel(publishing, desk, this)), m_view(new QTableView(this)),
      m_summary(new QLabel(this)), m_retry(new QAction(tr("&Retry now"), this)),
      m_cancel(new QAction(tr("C&ancel"), this)), m_copy(new QAction(tr("&Copy text"), this)),
      m_open(new QAction(tr("&Open link"), this))
{
    m_view->setObjectName(QStringLiteral("deliveriesView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(DeliveryListModel::MessageColumn, QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(DeliveryListModel::DetailColumn,
                                                     QHeaderView::Interactive);
    m_view->horizontalHeader()->setSectionResizeMode(DeliveryListModel::WhenColumn,
                                                     QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(DeliveryListModel::LiveColumn,
                                                     QHeaderView::ResizeToContents);
    m_view->setWordWrap(false);
    m_summary->setObjectName(QStringLiteral("deliveriesSummary"));
    m_summary->setWordWrap(true);

    m_retry->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_retry->setToolTip(
        tr("Try this delivery again now (%1)").arg(m_retry->shortcut().toString(QKeySequence::NativeText)));
    m_cancel->setShortcut(QKeySequence(Qt::Key_Delete));
    m_cancel->setToolTip(tr("Withdraw this delivery: it will not be sent (Del)"));
    m_copy->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_copy->setToolTip(tr("Copy the message to send it by hand (%1)")
                           .arg(m_copy->shortcut().toString(QKeySequence::NativeText)));
    m_open->setToolTip(tr("Open where the message was published"));
    for (QAction* action : {m_retry, m_cancel, m_copy, m_open}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
    }

    connect(m_retry, &QAction::triggered, this, [this] {
        const QString id = currentDeliveryId();
        if (!id.isEmpty())
            m_publishing.retry(id);
    });
    connect(m_cancel, &QAction::triggered, this, [this] {
        const QString id = currentDeliveryId();
        if (!id.isEmpty())
            m_publishing.cancel(id);
    });
    connect(m_copy, &QAction::triggered, this, &DeliveriesPanel::copyText);
    connect(m_open, &QAction::triggered, this, &DeliveriesPanel::openLink);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &DeliveriesPanel::refreshActions);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &DeliveriesPanel::refreshActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &DeliveriesPanel::refreshActions);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &DeliveriesPanel::refreshActions);

    auto* actions = new QHBoxLayout;
    actions->addWidget(m_summary, 1);
    for (QAction* action : {m_retry, m_cancel, m_copy, m_open})
        actions->addWidget(buttonFor(action, this));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(actions);
    layout->addWidget(m_view, 1);
    refreshActions();
}

void DeliveriesPanel::setIncident(const QString& incidentId)
{
    m_model->setIncident(incidentId);
    if (m_model->rowCount() > 0)
        m_view->selectRow(0);
    refreshActions();
}

QString DeliveriesPanel::currentDeliveryId() const
{
    const Delivery* delivery = m_model->deliveryAt(m_view->currentIndex().row());
    return delivery ? delivery->id : QString();
}

void DeliveriesPanel::refreshActions()
{
    const Delivery* delivery = m_model->deliveryAt(m_view->currentIndex().row());
    m_retry->setEnabled(delivery && delivery->canRetry());
    m_cancel->setEnabled(delivery && delivery->canCancel());
    m_copy->setEnabled(delivery && m_desk.draft(delivery->draftId));
    m_open->setEnabled(delivery && delivery->state == Delivery::State::Sent &&
                       delivery->externalId.startsWith(QLatin1String("http")));

    int sent = 0, waiting = 0, failed = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        switch (m_model->deliveryAt(row)->state) {
        case Delivery::State::Sent:
            ++sent;
            break;
        case Delivery::State::Failed:
            ++failed;
            break;
        case Delivery::State::Cancelled:
            break;
        default:
            ++waiting;
        }
    }
    if (m_model->rowCount() == 0)
        m_summary->setText(tr("Nothing published for this incident yet. Approve a message, then Publish."));
    else
        m_summary->setText(tr("%1 sent, %2 waiting, %3 failed").arg(sent).arg(waiting).arg(failed));
}

void DeliveriesPanel::copyText()
{
    const Delivery* delivery = m_model->deliveryAt(m_view->currentIndex().row());
    const MessageDraft* draft = delivery ? m_desk.draft(delivery->draftId) : nullptr;
    if (!draft)
        return;
    const QString text =
        draft->subject.isEmpty() ? draft->body : draft->subject + QStringLiteral("\n\n") + draft->body;
    QGuiApplication::clipboard()->setText(text);
}

void DeliveriesPanel::openLink()
{
    const Delivery* delivery = m_model->deliveryAt(m_view->currentIndex().row());
    if (delivery && delivery->externalId.startsWith(QLatin1String("http")))
        QDesktopServices::openUrl(QUrl(delivery->externalId));
}
