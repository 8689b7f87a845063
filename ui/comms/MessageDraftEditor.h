#pragma once

#include "comms/MessageDraft.h"

#include <QStringList>
#include <QWidget>

class LintWarningList;
class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

// The editing side of the composer for one draft: the template, channel and language it is written from,
// a banner once it is approved (then read-only), an inline error line, the subject (email only), the text
// and the linter's warnings under it. It shows what it is given and reports edits; the composer saves them.
class MessageDraftEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageDraftEditor)

public:
    explicit MessageDraftEditor(QWidget* parent = nullptr);

    void setTemplateIds(const QStringList& ids);
    void setLanguages(const QStringList& languages); // codes, the default first
    // Shows a draft (nullptr: none) without reporting it as an edit.
    void showDraft(const MessageDraft* draft, const QString& templateId);
    // Read-only and the banner, from the draft's state.
    void showState(const MessageDraft* draft);
    // Replaces the text without reporting it as an edit.
    void setText(const QString& subject, const QString& body);
    void selectSpan(int start, int length);
    void showError(const QString& message);
    void clearError();

    QString subject() const;
    QString body() const;
    QString templateId() const;
    QString language() const;

    QAction* renderAction() const { return m_renderAction; }
    QAction* approveAction() const { return m_approveAction; }
    QAction* discardAction() const { return m_discardAction; }
    // Shown only where a publishing side is wired (the composer's setPublishingAvailable).
    QAction* publishAction() const { return m_publishAction; }
    QComboBox* templateCombo() const { return m_template; }
    QComboBox* channelCombo() const { return m_channel; }
    QComboBox* languageCombo() const { return m_language; }
    QLineEdit* subjectEdit() const { return m_subject; }
    QPlainTextEdit* bodyEdit() const { return m_body; }
    QLabel* bannerLabel() const { return m_banner; }
    QLabel* errorLabel() const { return m_error; }
    LintWarningList* lintList() const { return m_lint; }

Q_SIGNALS:
    void textEdited();
    void languageChosen();
    void templateChosen();
    void focusLeft(); // the subject or the text lost the focus

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QLayout* buildChooser();
    QLayout* buildActions();
    void onTextChanged();

    bool m_loading = false;
    QAction* m_renderAction;
    QAction* m_approveAction;
    QAction* m_publishAction;
    QAction* m_discardAction;
    QComboBox* m_template;
    QComboBox* m_channel;
    QComboBox* m_language;
    QLabel* m_banner;
    QLabel* m_error;
    QWidget* m_subjectRow;
    QLineEdit* m_subject;
    QPlainTextEdit* m_body;
    LintWarningList* m_lint;
};
