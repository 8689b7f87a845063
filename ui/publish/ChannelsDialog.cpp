#include "publish/ChannelsDialog.h"

#include "publish/ChannelEditDialog.h"
#include "publish/ChannelListModel.h"
#include "publish/SecretEntryDialog.h"
#include "session/MonitoringSession.h"
#include "session/PublishingSession.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

ChannelsDialog::ChannelsDialog(MonitoringSession& monitoring, PublishingSession& publishing, QWidget* parent)
    : QDialog(parent), m_monitoring(monitoring), m_publishing(publishing),
      m_model(new ChannelListModel(this)), m_view(new QTableView(this)), m_keychainWarning(new QLabel(this)),
      m_status(new QLabel(this)),
      m_add(makeAction(tr("&Add…"), QKeySequence::New, &ChannelsDialog::addChannel)),
      m_edit(makeAction(tr("&Edit…"), QKeySequence(Qt::Key_F2), &ChannelsDialog::editChannel)),
      m_duplicate(makeAction(tr("D&uplicate…"), QKeySequence(Qt::CTRL | Qt::Key_D),
                             &ChannelsDialog::duplicateChannel)),
      m_remove(makeAction(tr("&Remove…"), QKeySequence::Delete, &ChannelsDialog::removeChannel)),
      m_test(makeAction(tr("&Test this channel"), QKeySequence(Qt::CTRL | Qt::Key_T),
                        &ChannelsDialog::testChannel)),
      m_setSecret(makeAction(tr("Set &secret…"), QKeySequence(), &ChannelsDialog::setSecret))
{
    setWindowTitle(tr("Channels"));
    setModal(false);
    m_view->setObjectName(QStringLiteral("channelsView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setTabKeyNavigation(false);
    m_view->verticalHeader()->hide();
    for (int column = 0; column < ChannelListModel::Readiness; ++column)
        m_view->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(ChannelListModel::Readiness, QHeaderView::Stretch);
    m_view->setWordWrap(false);
    // Delete and F2 mean "this row" only while the table has the focus.
    m_remove->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_edit->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_view->addAction(m_remove);
    m_view->addAction(m_edit);
    m_test->setToolTip(tr("Checks the credentials and the address without publishing anything (Ctrl+T)"));
    m_setSecret->setToolTip(tr("Saves one of the channel’s secrets in the system keychain"));

    m_keychainWarning->setObjectName(QStringLiteral("keychainWarning"));
    m_keychainWarning->setWordWrap(true);
    m_keychainWarning->setStyleSheet(QStringLiteral(
        "background: #fff4ce; color: #5c3c00; border: 1px solid #e0c060; border-radius: 3px; padding: 6px;"));
    m_keychainWarning->hide();
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setWordWrap(true);

    auto* rowButtons = new QHBoxLayout;
    rowButtons->addWidget(buttonFor(m_add));
    rowButtons->addWidget(buttonFor(m_edit));
    rowButtons->addWidget(buttonFor(m_duplicate));
    rowButtons->addWidget(buttonFor(m_remove));
    rowButtons->addStretch(1);
    rowButtons->addWidget(buttonFor(m_test));
    rowButtons->addWidget(buttonFor(m_setSecret));

    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    close->button(QDialogButtonBox::Close)->setAutoDefault(false);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_keychainWarning);
    layout->addWidget(m_view, 1);
    layout->addLayout(rowButtons);
    layout->addWidget(m_status);
    layout->addWidget(close);

    connect(close, &QDialogButtonBox::rejected, this, &ChannelsDialog::reject);
    connect(m_view, &QTableView::doubleClicked, this, &ChannelsDialog::editChannel);
    m_view->installEventFilter(this);
    connect(&m_monitoring, &MonitoringSession::channelsChanged, this, &ChannelsDialog::onChannelsChanged);
    connect(&m_publishing, &PublishingSession::channelTested, this,
            [this](const QString& name, const DeliveryOutcome& outcome) {
                m_model->setTestOutcome(name, outcome);
                updateActions();
            });
    connect(m_model, &QAbstractItemModel::modelReset, this, &ChannelsDialog::updateActions);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ChannelsDialog::updateActions);

    onChannelsChanged(m_monitoring.channels());
    resize(860, 420);
}

bool ChannelsDialog::eventFilter(QObject* watched, QEvent* event)
{
    // Enter edits the current channel. The view would pass the key on to the dialog, which would press the
    // default button of whatever child dialog is showing by then: the key stops here.
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            key->modifiers() == Qt::NoModifier) {
            editChannel();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

QAction* ChannelsDialog::makeAction(const QString& text, const QKeySequence& shortcut,
                                    void (ChannelsDialog::*slot)())
{
    auto* action = new QAction(text, this);
    action->setShortcut(shortcut);
    QDialog::addAction(action);
    connect(action, &QAction::triggered, this, slot);
    return action;
}

QPushButton* ChannelsDialog::buttonFor(QAction* action)
{
    auto* button = new QPushButton(action->text(), this);
    button->setAutoDefault(false);
    button->setEnabled(action->isEnabled());
    button->setToolTip(action->toolTip());
    connect(button, &QPushButton::clicked, action, &QAction::trigger);
    connect(action, &QAction::changed, button, [button, action] {
        button->setEnabled(action->isEnabled());
        button->setToolTip(action->toolTip());
    });
    return button;
}

std::optional<ChannelConfig> ChannelsDialog::currentChannel() const
{
    const int row = m_view->selectionModel()->currentIndex().row();
    if (row < 0 || row >= m_model->channels().size())
        return std::nullopt;
    return m_model->channels().at(row);
}

QString ChannelsDialog::currentChannelName() const
{
    const auto channel = currentChannel();
    return channel ? channel->name : QString();
}

void ChannelsDialog::selectChannel(const QString& name)
{
    const int row = m_model->rowOf(name);
    if (row < 0)
        return;
    m_view->selectionModel()->setCurrentIndex(m_model->index(row, 0), QItemSelectionModel::ClearAndSelect |
                                                                          QItemSelectionModel::Rows);
}

void ChannelsDialog::onChannelsChanged(const QList<ChannelConfig>& channels)
{
    const QString keep = m_selectAfterChange.isEmpty() ? currentChannelName() : m_selectAfterChange;
    m_selectAfterChange.clear();
    m_model->setChannels(channels);
    if (m_model->rowOf(keep) >= 0)
        selectChannel(keep);
    else if (m_model->rowCount() > 0)
        selectChannel(m_model->channels().first().name);
    updateActions();
}

void ChannelsDialog::updateActions()
{
    const auto channel = currentChannel();
    m_edit->setEnabled(channel.has_value());
    m_duplicate->setEnabled(channel.has_value());
    m_remove->setEnabled(channel.has_value());
    m_test->setEnabled(channel && m_model->testState(channel->name) != ChannelListModel::TestState::Testing);
    m_setSecret->setEnabled(channel && !channel->secrets.isEmpty() && m_keychainAvailable);
    if (!m_keychainAvailable)
        m_setSecret->setToolTip(tr("No system keychain is available here"));
    else if (channel && channel->secrets.isEmpty())
        m_setSecret->setToolTip(tr("This channel names no secret"));
    else
        m_setSecret->setToolTip(tr("Saves one of the channel’s secrets in the system keychain"));
}

void ChannelsDialog::apply(const QList<ChannelConfig>& channels, const QString& select)
{
    m_selectAfterChange = select;
    m_monitoring.setChannels(channels);
    m_selectAfterChange.clear();
}

void ChannelsDialog::openEditor(const ChannelConfig& channel, bool adding, const QString& replacing)
{
    if (m_editor)
        m_editor->close();
    auto* editor = new ChannelEditDialog(this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    QStringList others;
    for (const ChannelConfig& existing : m_model->channels()) {
        if (adding || existing.name != replacing)
            others.append(existing.name);
    }
    editor->setTakenNames(others);
    editor->setChannel(channel, adding);
    connect(editor, &QDialog::accepted, this, [this, editor, adding, replacing] {
        const ChannelConfig edited = editor->channel();
        QList<ChannelConfig> channels = m_monitoring.channels();
        const auto it = std::find_if(channels.begin(), channels.end(),
                                     [&](const ChannelConfig& c) { return c.name == replacing; });
        if (adding || it == channels.end())
            channels.append(edited);
        else
            *it = edited;
        apply(channels, edited.name);
        setStatus(adding ? tr("Channel “%1” added.").arg(edited.name)
                         : tr("Channel “%1” saved.").arg(edited.name),
                  false);
    });
    m_editor = editor;
    editor->open();
}

void ChannelsDialog::addChannel()
{
    openEditor(ChannelConfig{}, true, QString()); // no type yet: the editor asks for one
}

void ChannelsDialog::editChannel()
{
    if (const auto channel = currentChannel())
        openEditor(*channel, false, channel->name);
}

void ChannelsDialog::duplicateChannel()
{
    auto channel = currentChannel();
    if (!channel)
        return;
    const QString base = channel->name;
    QString name = tr("%1 (copy)").arg(base);
    for (int n = 2; m_model->rowOf(name) >= 0; ++n)
        name = tr("%1 (copy %2)").arg(base).arg(n);
    channel->name = name;
    openEditor(*channel, true, QString());
}

void ChannelsDialog::removeChannel()
{
    const auto channel = currentChannel();
    if (!channel)
        return;
    if (m_confirmation)
        m_confirmation->close();
    auto* box = new QMessageBox(QMessageBox::Question, tr("Remove channel"),
                                tr("Remove the channel “%1”? Messages will no longer be published there; "
                                   "deliveries already made stay in the history.")
                                    .arg(channel->name),
                                QMessageBox::Yes | QMessageBox::No, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setDefaultButton(QMessageBox::No);
    const QString name = channel->name;
    connect(box, &QMessageBox::finished, this, [this, name](int result) {
        if (result != QMessageBox::Yes)
            return;
        QList<ChannelConfig> channels = m_monitoring.channels();
        channels.removeIf([&](const ChannelConfig& c) { return c.name == name; });
        apply(channels, QString());
        setStatus(tr("Channel “%1” removed.").arg(name), false);
    });
    m_confirmation = box;
    box->open();
}

void ChannelsDialog::testChannel()
{
    const auto channel = currentChannel();
    if (!channel || m_model->testState(channel->name) == ChannelListModel::TestState::Testing)
        return;
    m_model->setTesting(channel->name);
    updateActions();
    m_publishing.testChannel(channel->name);
}

void ChannelsDialog::setSecret()
{
    const auto channel = currentChannel();
    if (!channel || channel->secrets.isEmpty() || !m_keychainAvailable)
        return;
    if (m_secretEntry)
        m_secretEntry->close();
    auto* entry = new SecretEntryDialog(channel->name, channel->secrets, this);
    entry->setAttribute(Qt::WA_DeleteOnClose);
    const QString name = channel->name;
    connect(entry, &SecretEntryDialog::secretEntered, this,
            [this, name](const QString& secretName, const QString& value) {
                setStatus(tr("Saving the secret “%1” of “%2”…").arg(secretName, name), false);
                Q_EMIT storeSecretRequested(name, secretName, value);
            });
    m_secretEntry = entry;
    entry->open();
}

void ChannelsDialog::setKeychainStatus(bool available, const QString& why)
{
    m_keychainAvailable = available;
    if (available) {
        m_keychainWarning->hide();
    } else {
        QString text = tr("No system keychain is available: secrets cannot be saved here; headless runs "
                          "read them from the environment or a secrets file.");
        if (!why.isEmpty())
            text += u' ' + tr("(%1)").arg(why);
        m_keychainWarning->setText(text);
        m_keychainWarning->show();
        if (m_secretEntry)
            m_secretEntry->reject();
    }
    updateActions();
}

void ChannelsDialog::secretStored(const QString& channelName, const QString& secretName, bool ok,
                                  const QString& message)
{
    if (ok)
        setStatus(tr("The secret “%1” of “%2” is saved in the keychain.").arg(secretName, channelName),
                  false);
    else
        setStatus(tr("The secret “%1” of “%2” was not saved: %3").arg(secretName, channelName, message),
                  true);
}

void ChannelsDialog::setStatus(const QString& text, bool problem)
{
    m_status->setText(text);
    m_status->setStyleSheet(problem ? QStringLiteral("color: #b31d1d;") : QString());
}

ChannelEditDialog* ChannelsDialog::channelEditor() const
{
    return m_editor;
}

QMessageBox* ChannelsDialog::removeConfirmation() const
{
    return m_confirmation;
}

SecretEntryDialog* ChannelsDialog::secretEntry() const
{
    return m_secretEntry;
}
