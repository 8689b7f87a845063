#pragma once

#include "publish/ChannelConfig.h"

#include <QDialog>
#include <QPointer>

#include <optional>

class ChannelEditDialog;
class ChannelListModel;
class MonitoringSession;
class PublishingSession;
class QAction;
class QLabel;
class QMessageBox;
class QPushButton;
class QTableView;
class SecretEntryDialog;

// The workspace's publishing channels (non-modal): add, edit, duplicate and remove them, test one without
// publishing, and hand a secret to the keychain. Every change goes to MonitoringSession::setChannels at
// once, so the store and the outbox have it before the next message. Nothing here waits: the editors and
// confirmations open window-modal, and a test answers through PublishingSession::channelTested.
class ChannelsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChannelsDialog)

public:
    ChannelsDialog(MonitoringSession& monitoring, PublishingSession& publishing, QWidget* parent = nullptr);

    ChannelListModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QAction* addChannelAction() const { return m_add; }
    QAction* editAction() const { return m_edit; }
    QAction* duplicateAction() const { return m_duplicate; }
    QAction* removeAction() const { return m_remove; }
    QAction* testAction() const { return m_test; }
    QAction* setSecretAction() const { return m_setSecret; }
    QLabel* keychainWarning() const { return m_keychainWarning; }
    QLabel* statusLabel() const { return m_status; }
    // The editor, confirmation or secret entry currently open, if any.
    ChannelEditDialog* channelEditor() const;
    QMessageBox* removeConfirmation() const;
    SecretEntryDialog* secretEntry() const;

    QString currentChannelName() const;
    void selectChannel(const QString& name);

Q_SIGNALS:
    // The keychain store writes it and answers with secretStored. The value is never kept here.
    void storeSecretRequested(const QString& channelName, const QString& secretName, const QString& value);

public Q_SLOTS:
    void setKeychainStatus(bool available, const QString& why);
    void secretStored(const QString& channelName, const QString& secretName, bool ok, const QString& message);

    void addChannel();
    void editChannel();
    void duplicateChannel();
    void removeChannel();
    void testChannel();
    void setSecret();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QAction* makeAction(const QString& text, const QKeySequence& shortcut, void (ChannelsDialog::*slot)());
    QPushButton* buttonFor(QAction* action);
    void openEditor(const ChannelConfig& channel, bool adding, const QString& replacing);
    void apply(const QList<ChannelConfig>& channels, const QString& select);
    void onChannelsChanged(const QList<ChannelConfig>& channels);
    void updateActions();
    void setStatus(const QString& text, bool problem);
    std::optional<ChannelConfig> currentChannel() const;

    MonitoringSession& m_monitoring;
    PublishingSession& m_publishing;
    ChannelListModel* m_model;
    QTableView* m_view;
    QLabel* m_keychainWarning;
    QLabel* m_status;
    QAction* m_add;
    QAction* m_edit;
    QAction* m_duplicate;
    QAction* m_remove;
    QAction* m_test;
    QAction* m_setSecret;
    bool m_keychainAvailable = true;
    QString m_selectAfterChange;
    QPointer<ChannelEditDialog> m_editor;
    QPointer<QMessageBox> m_confirmation;
    QPointer<SecretEntryDialog> m_secretEntry;
};
