#pragma once

#include "comms/MessagePreview.h"

#include <QHash>
#include <QStringList>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;

// A draft as each target of its channel will show it, one tab per target: the text, its length against the
// target's limit ("520 / 500", red when over, with why it is blocked) and a button copying it to the
// clipboard. A template that could not be rendered shows its error above, naming the missing facts.
class MessagePreviewPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessagePreviewPanel)

public:
    explicit MessagePreviewPanel(QWidget* parent = nullptr);

    void showPreview(ChannelKind channel, const QString& subject, const QString& body);
    void setRenderErrors(const QStringList& errors); // empty: hidden
    const MessagePreview& preview() const { return m_preview; }
    // What "Copy" puts on the clipboard for a target: the post, or the email's subject and body.
    QString clipboardText(PreviewTarget target) const;

    QTabWidget* tabs() const { return m_tabs; }
    QLabel* renderErrorLabel() const { return m_renderError; }
    QPlainTextEdit* textView(PreviewTarget target) const;
    QLabel* counterLabel(PreviewTarget target) const;
    QLabel* blockLabel(PreviewTarget target) const;
    QPushButton* copyButton(PreviewTarget target) const;

Q_SIGNALS:
    void copied(PreviewTarget target);

private:
    struct Page
    {
        QWidget* widget = nullptr;
        QPlainTextEdit* text = nullptr;
        QLabel* counter = nullptr;
        QLabel* block = nullptr;
        QPushButton* copy = nullptr;
    };

    Page buildPage(PreviewTarget target);
    void showTarget(const MessagePreview::Target& target);
    void copy(PreviewTarget target);

    QTabWidget* m_tabs;
    QLabel* m_renderError;
    QHash<int, Page> m_pages; // by PreviewTarget
    QList<PreviewTarget> m_shown;
    MessagePreview m_preview;
    QString m_subject;
    QString m_body;
};
