#include "publish/PublishDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

PublishDialog::PublishDialog(const QString& title, const QString& text, bool drill,
                             const QList<ChannelConfig>& fitting, const QHash<QString, Delivery>& existing,
                             QWidget* parent)
    : QDialog(parent), m_list(new QListWidget(this)), m_empty(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Publish: %1").arg(title));
    m_list->setObjectName(QStringLiteral("publishChannels"));
    auto* intro = new QLabel(drill ? tr("This is a drill: it goes only to sandbox channels.")
                                   : tr("Send the approved message to:"),
                             this);
    for (const ChannelConfig& channel : fitting) {
        auto* item = new QListWidgetItem(m_list);
        item->setData(Qt::UserRole, channel.name);
        const auto done = existing.constFind(channel.name);
        if (done != existing.constEnd() && done->state != Delivery::State::Cancelled) {
            item->setText(tr("%1 (%2: %3)")
                              .arg(channel.name, channel.type, Delivery::stateLabel(done->state).toLower()));
            item->setFlags(
                Qt::ItemIsUserCheckable); // shown, not enabled: the outbox never sends a draft twice
            item->setCheckState(Qt::Checked);
            continue;
        }
        item->setText(tr("%1 (%2, %3)").arg(channel.name, channel.type, channel.audience));
        item->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        item->setCheckState(Qt::Checked);
    }
    m_empty->setObjectName(QStringLiteral("publishNoChannel"));
    m_empty->setWordWrap(true);
    m_empty->setText(drill ? tr("No sandbox channel takes this kind of message. Add one under Publishing › "
                                "Channels, or copy the text.")
                           : tr("No channel takes this kind of message. Add one under Publishing › Channels, "
                                "or copy the text and send it by hand."));
    m_empty->setVisible(fitting.isEmpty());
    m_list->setVisible(!fitting.isEmpty());

    auto* preview = new QLabel(text, this);
    preview->setObjectName(QStringLiteral("publishPreview"));
    preview->setWordWrap(true);
    preview->setTextFormat(Qt::PlainText);
    preview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    preview->setStyleSheet(QStringLiteral("QLabel { border: 1px solid palette(mid); padding: 6px; }"));

    QPushButton* publish = m_buttons->addButton(tr("&Publish"), QDialogButtonBox::AcceptRole);
    publish->setObjectName(QStringLiteral("publishNow"));
    publish->setDefault(true);
    QPushButton* copy = m_buttons->addButton(tr("&Copy text"), QDialogButtonBox::ActionRole);
    connect(copy, &QPushButton::clicked, this, &PublishDialog::copyRequested);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PublishDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &PublishDialog::reject);
    connect(m_list, &QListWidget::itemChanged, this, &PublishDialog::refreshButtons);
    for (const QKeySequence& keys :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto* shortcut = new QShortcut(keys, this);
        connect(shortcut, &QShortcut::activated, this, [this] {
            if (!chosenChannels().isEmpty())
                accept();
        });
    }

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(preview);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_empty);
    layout->addWidget(m_buttons);
    refreshButtons();
    m_list->setFocus();
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
    resize(480, 360);
}

QStringList PublishDialog::chosenChannels() const
{
    QStringList names;
    for (int row = 0; row < m_list->count(); ++row) {
        const QListWidgetItem* item = m_list->item(row);
        if ((item->flags() & Qt::ItemIsEnabled) && item->checkState() == Qt::Checked)
            names.append(item->data(Qt::UserRole).toString());
    }
    return names;
}

void PublishDialog::refreshButtons()
{
    for (QAbstractButton* button : m_buttons->buttons()) {
        if (m_buttons->buttonRole(button) == QDialogButtonBox::AcceptRole)
            button->setEnabled(!chosenChannels().isEmpty());
    }
}
