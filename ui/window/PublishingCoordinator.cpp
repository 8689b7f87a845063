#include "window/PublishingCoordinator.h"

#include "comms/MessageComposer.h"
#include "comms/MessageDraftEditor.h"
#include "incident/IncidentDesk.h"
#include "incident/IncidentDetailPane.h"
#include "incident/IncidentsPanel.h"
#include "publish/ChannelsDialog.h"
#include "publish/DeliveriesPanel.h"
#include "publish/KeychainSecretStore.h"
#include "publish/PublishDialog.h"
#include "session/PublishingSession.h"
#include "window/IncidentCoordinator.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QMainWindow>
#include <QMenu>
#include <QStatusBar>
#include <QTableView>
#include <QTabWidget>

PublishingCoordinator::PublishingCoordinator(PublishingSession& publishing, IncidentCoordinator& incidents,
                                             MonitoringSession& monitoring, QMainWindow* window,
                                             QObject* parent)
    : QObject(parent), m_publishing(publishing), m_incidents(incidents), m_window(window),
      m_monitoring(monitoring)
{
    IncidentsPanel* panel = incidents.panel();
    m_deliveries = new DeliveriesPanel(publishing, incidents.desk());
    m_deliveries->setObjectName(QStringLiteral("deliveriesPanel"));
    panel->addDetailTab(m_deliveries, tr("De&liveries"));
    connect(panel->detailPane(), &IncidentDetailPane::incidentShown, m_deliveries,
            &DeliveriesPanel::setIncident);
    m_deliveries->setIncident(panel->detailPane()->incidentId());

    MessageComposer* composer = incidents.composer();
    composer->setPublishingAvailable(true);
    connect(composer, &MessageComposer::publishRequested, this, &PublishingCoordinator::publishDraft);
    connect(&publishing, &PublishingSession::errorOccurred, this,
            [this](const QString& message) { m_window->statusBar()->showMessage(message, 30'000); });
    incidents.setFallbackPageHandler([this](const QString& incidentId) { switchToFallbackPage(incidentId); });
    connect(&publishing, &PublishingSession::fallbackPagePublished, this,
            [this](const QString&, const QString& channelName, const DeliveryOutcome& outcome) {
                m_window->statusBar()->showMessage(
                    outcome.kind == DeliveryOutcome::Kind::Sent
                        ? tr("The fallback status page is up on %1: %2").arg(channelName, outcome.externalId)
                        : tr("The fallback status page did not go up on %1: %2")
                              .arg(channelName, outcome.message),
                    60'000);
            });
    buildMenu();
}

ChannelsDialog* PublishingCoordinator::showChannels()
{
    if (!m_channelsDialog) {
        m_channelsDialog = new ChannelsDialog(m_monitoring, m_publishing, m_window);
        m_channelsDialog->setObjectName(QStringLiteral("channelsDialog"));
        m_keychain = new KeychainSecretStore(this);
        connect(m_keychain, &KeychainSecretStore::probed, m_channelsDialog,
                &ChannelsDialog::setKeychainStatus);
        connect(m_channelsDialog, &ChannelsDialog::storeSecretRequested, m_keychain,
                &KeychainSecretStore::write);
        connect(m_keychain, &KeychainSecretStore::written, m_channelsDialog,
                [this](const QString& channel, const QString& secret) {
                    m_channelsDialog->secretStored(channel, secret, true, QString());
                });
        connect(m_keychain, &KeychainSecretStore::failed, m_channelsDialog,
                [this](const QString& channel, const QString& secret, const QString& message) {
                    m_channelsDialog->secretStored(channel, secret, false, message);
                });
    }
    // Asked each time: a keychain may have been unlocked or started since.
    m_keychain->probe();
    m_channelsDialog->show();
    m_channelsDialog->raise();
    m_channelsDialog->activateWindow();
    return m_channelsDialog;
}

void PublishingCoordinator::switchToFallbackPage(const QString& incidentId)
{
    if (incidentId.isEmpty()) {
        m_window->statusBar()->showMessage(tr("Open an incident to switch to the fallback page for it."),
                                           10'000);
        return;
    }
    if (const std::optional<QString> refused = m_publishing.switchToFallbackPage(incidentId)) {
        m_window->statusBar()->showMessage(*refused, 30'000);
        return;
    }
    m_window->statusBar()->showMessage(tr("Publishing the fallback status page…"), 30'000);
}

void PublishingCoordinator::buildMenu()
{
    m_menu = new QMenu(tr("&Publishing"), m_window);
    m_channels = m_menu->addAction(tr("&Channels…"));
    m_channels->setToolTip(tr("Where approved messages go: status pages, email, social and chat channels"));
    connect(m_channels, &QAction::triggered, this, [this] { showChannels(); });
    m_menu->addSeparator();
    m_showDeliveries = m_menu->addAction(tr("Show the &deliveries"));
    m_showDeliveries->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Y));
    connect(m_showDeliveries, &QAction::triggered, this, [this] {
        m_incidents.showIncident(m_incidents.panel()->detailPane()->incidentId());
        m_incidents.panel()->detailPane()->tabs()->setCurrentWidget(m_deliveries);
        m_deliveries->view()->setFocus();
    });
    m_fallbackPage = m_menu->addAction(tr("Switch to the &fallback page"));
    m_fallbackPage->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    m_fallbackPage->setToolTip(tr("Publish a fresh copy of the static status page for the incident shown"));
    connect(m_fallbackPage, &QAction::triggered, this,
            [this] { switchToFallbackPage(m_incidents.panel()->detailPane()->incidentId()); });
    QAction* publish = m_menu->addAction(tr("&Publish the selected message…"));
    publish->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return));
    publish->setShortcutContext(Qt::ApplicationShortcut);
    connect(publish, &QAction::triggered, this,
            [this] { publishDraft(m_incidents.composer()->currentDraftId()); });
}

void PublishingCoordinator::publishDraft(const QString& draftId)
{
    const IncidentDesk& desk = m_incidents.desk();
    MessageComposer* composer = m_incidents.composer();
    const MessageDraft* draft = draftId.isEmpty() ? nullptr : desk.draft(draftId);
    if (!draft) {
        m_window->statusBar()->showMessage(tr("Select an approved message to publish."), 10'000);
        return;
    }
    const std::optional<Incident> incident = desk.incident(draft->incidentId);
    if (!incident)
        return;
    if (draft->state != MessageDraft::State::Approved && draft->state != MessageDraft::State::Published) {
        composer->editor()->showError(tr("Approve the message before publishing it."));
        return;
    }
    QHash<QString, Delivery> existing;
    for (const Delivery& delivery : m_publishing.deliveriesOf(incident->id)) {
        if (delivery.draftId == draftId)
            existing.insert(delivery.channelName, delivery);
    }
    const QString text =
        draft->subject.isEmpty() ? draft->body : draft->subject + QStringLiteral("\n\n") + draft->body;
    PublishDialog dialog(incident->reference + QStringLiteral(" — ") + incident->title, text, incident->drill,
                         m_publishing.channelsFor(*draft, *incident), existing, m_window);
    connect(&dialog, &PublishDialog::copyRequested, this, [this, draftId] { copyDraft(draftId); });
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QStringList chosen = dialog.chosenChannels();
    if (const std::optional<QString> refused = m_publishing.publish(draftId, chosen)) {
        composer->editor()->showError(*refused);
        return;
    }
    composer->editor()->clearError();
    m_window->statusBar()->showMessage(
        tr("Queued for %n channel(s); the Deliveries tab shows each one.", nullptr, int(chosen.size())),
        10'000);
}

void PublishingCoordinator::copyDraft(const QString& draftId)
{
    const MessageDraft* draft = m_incidents.desk().draft(draftId);
    if (!draft)
        return;
    QGuiApplication::clipboard()->setText(
        draft->subject.isEmpty() ? draft->body : draft->subject + QStringLiteral("\n\n") + draft->body);
    m_window->statusBar()->showMessage(tr("The message is on the clipboard."), 10'000);
}
