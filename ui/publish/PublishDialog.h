#pragma once

#include "publish/ChannelConfig.h"
#include "publish/Delivery.h"

#include <QDialog>
#include <QHash>

class QDialogButtonBox;
class QLabel;
class QListWidget;

// "Publish…": which channels an approved message goes to. Offers the channels that fit it (its kind;
// sandboxes for a drill), each ticked unless it already went there, and says when none fits, so the
// commander can copy the text and send it by hand. Ctrl+Enter publishes.
class PublishDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PublishDialog)

public:
    // `existing`: the draft's deliveries so far, by channel name (already sent or queued channels are shown
    // and cannot be chosen again).
    PublishDialog(const QString& title, const QString& text, bool drill, const QList<ChannelConfig>& fitting,
                  const QHash<QString, Delivery>& existing, QWidget* parent = nullptr);

    QStringList chosenChannels() const;

    QListWidget* channelList() const { return m_list; }
    QDialogButtonBox* buttonBox() const { return m_buttons; }
    QLabel* emptyLabel() const { return m_empty; }

Q_SIGNALS:
    void copyRequested();

private:
    void refreshButtons();

    QListWidget* m_list;
    QLabel* m_empty;
    QDialogButtonBox* m_buttons;
};
