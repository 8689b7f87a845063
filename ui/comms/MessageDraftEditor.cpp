#include "comms/MessageDraftEditor.h"

#include "comms/LintWarningList.h"
#include "util/TimeText.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QToolButton>
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

MessageDraftEditor::MessageDraftEditor(QWidget* parent)
    : QWidget(parent), m_renderAction(new QAction(tr("&Render from template"), this)),
      m_approveAction(new QAction(tr("&Approve"), this)), m_publishAction(new QAction(tr("&Publish…"), this)),
      m_discardAction(new QAction(tr("&Discard"), this)), m_template(new QComboBox(this)),
      m_channel(new QComboBox(this)), m_language(new QComboBox(this)), m_banner(new QLabel(this)),
      m_error(new QLabel(this)), m_subjectRow(new QWidget(this)), m_subject(new QLineEdit(m_subjectRow)),
      m_body(new QPlainTextEdit(this)), m_lint(new LintWarningList(this))
{
    m_approveAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_approveAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_approveAction->setToolTip(tr("Approve this message for publication (%1)")
                                    .arg(m_approveAction->shortcut().toString(QKeySequence::NativeText)));
    m_discardAction->setToolTip(tr("Set this draft aside; it stays in the list, greyed"));
    m_renderAction->setToolTip(tr("Write the message again from the template with the incident's facts"));
    addAction(m_approveAction);
    // Its shortcut (Ctrl+Shift+Enter) belongs to the Publishing menu, which acts on this editor's draft.
    m_publishAction->setToolTip(
        tr("Send this approved message to its channels (%1)")
            .arg(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return).toString(QKeySequence::NativeText)));
    m_publishAction->setVisible(false);
    addAction(m_publishAction);

    m_banner->setObjectName(QStringLiteral("draftBanner"));
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(QStringLiteral("QLabel { background: #e7f4ea; border: 1px solid #b7dcc0;"
                                           " border-radius: 3px; padding: 3px 6px; color: #1e5b2c; }"));
    m_banner->hide();
    m_error->setObjectName(QStringLiteral("composerError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(
        QStringLiteral("QLabel { color: #b31d1d; font-weight: bold; background: #fdecea;"
                       " border: 1px solid #f5c2c0; border-radius: 3px; padding: 3px 6px; }"));
    m_error->hide();

    m_subject->setPlaceholderText(tr("Email subject"));
    auto* subjectLabel = new QLabel(tr("&Subject:"), m_subjectRow);
    subjectLabel->setBuddy(m_subject);
    auto* subjectLayout = new QHBoxLayout(m_subjectRow);
    subjectLayout->setContentsMargins(0, 0, 0, 0);
    subjectLayout->addWidget(subjectLabel);
    subjectLayout->addWidget(m_subject, 1);
    m_body->setObjectName(QStringLiteral("draftBody"));
    m_body->setAccessibleName(tr("Message text"));
    m_body->setTabChangesFocus(true);
    m_subject->installEventFilter(this);
    m_body->installEventFilter(this);
    connect(m_subject, &QLineEdit::textChanged, this, &MessageDraftEditor::onTextChanged);
    connect(m_body, &QPlainTextEdit::textChanged, this, &MessageDraftEditor::onTextChanged);
    // A few warnings at most are expected; the body needs the room.
    m_lint->setMaximumHeight(m_lint->fontMetrics().height() * 4);
    connect(m_lint, &LintWarningList::spanActivated, this, &MessageDraftEditor::selectSpan);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buildChooser());
    layout->addWidget(m_banner);
    layout->addWidget(m_error);
    layout->addWidget(m_subjectRow);
    layout->addWidget(m_body, 1);
    layout->addLayout(buildActions());
    layout->addWidget(m_lint);
}

QLayout* MessageDraftEditor::buildChooser()
{
    for (const ChannelKind channel : allChannelKinds())
        m_channel->addItem(channelKindLabel(channel), static_cast<int>(channel));
    m_channel->setEnabled(false);
    m_channel->setToolTip(tr("A draft is written for one channel; start a new draft for another"));
    connect(m_language, &QComboBox::activated, this, &MessageDraftEditor::languageChosen);
    connect(m_template, &QComboBox::activated, this, &MessageDraftEditor::templateChosen);
    auto* chooser = new QHBoxLayout;
    auto addChoice = [&](const QString& text, QComboBox* combo) {
        auto* label = new QLabel(text, this);
        label->setBuddy(combo);
        chooser->addWidget(label);
        chooser->addWidget(combo);
    };
    addChoice(tr("&Template:"), m_template);
    addChoice(tr("Channel:"), m_channel);
    addChoice(tr("&Language:"), m_language);
    chooser->addStretch(1);
    chooser->addWidget(buttonFor(m_renderAction, this));
    return chooser;
}

QLayout* MessageDraftEditor::buildActions()
{
    auto* actions = new QHBoxLayout;
    actions->addWidget(new QLabel(tr("<b>Clarity</b>"), this));
    actions->addStretch(1);
    actions->addWidget(buttonFor(m_discardAction, this));
    QToolButton* approve = buttonFor(m_approveAction, this);
    QFont bold = approve->font();
    bold.setBold(true);
    approve->setFont(bold);
    actions->addWidget(approve);
    QToolButton* publish = buttonFor(m_publishAction, this);
    publish->setObjectName(QStringLiteral("publishButton"));
    publish->setFont(bold);
    actions->addWidget(publish);
    return actions;
}

void MessageDraftEditor::setTemplateIds(const QStringList& ids)
{
    const QString current = templateId();
    m_template->clear();
    for (const QString& id : ids)
        m_template->addItem(id, id);
    m_template->setCurrentIndex(qMax(0, m_template->findData(current)));
}

void MessageDraftEditor::setLanguages(const QStringList& languages)
{
    const QString current = language();
    m_language->clear();
    for (const QString& code : languages)
        m_language->addItem(QLocale(code).nativeLanguageName(), code);
    m_language->setCurrentIndex(qMax(0, m_language->findData(current)));
}

void MessageDraftEditor::showDraft(const MessageDraft* draft, const QString& templateId)
{
    m_loading = true;
    if (!draft) {
        m_subject->clear();
        m_body->clear();
        m_body->setPlaceholderText(
            tr("Start a message from the checklist's “Draft message”, or with “New draft…”."));
    } else {
        m_channel->setCurrentIndex(m_channel->findData(static_cast<int>(draft->channel)));
        const int language = m_language->findData(draft->language);
        if (language >= 0)
            m_language->setCurrentIndex(language);
        const int entry = m_template->findData(templateId);
        if (entry >= 0)
            m_template->setCurrentIndex(entry);
        m_subject->setText(draft->subject);
        m_body->setPlainText(draft->body);
        m_body->setPlaceholderText(tr("The message, as the audience will read it."));
    }
    m_subjectRow->setVisible(draft && draft->channel == ChannelKind::Email);
    m_loading = false;
    showState(draft);
}

void MessageDraftEditor::showState(const MessageDraft* draft)
{
    const bool editable = draft && draft->state == MessageDraft::State::Draft;
    m_subject->setReadOnly(!editable);
    m_body->setReadOnly(!editable);
    m_language->setEnabled(editable);
    m_template->setEnabled(editable);
    QString banner;
    if (draft) {
        switch (draft->state) {
        case MessageDraft::State::Draft:
            break;
        case MessageDraft::State::Approved:
            banner = tr("Approved by %1 on %2. An approved message no longer changes; draft a new one to "
                        "say more.")
                         .arg(draft->approvedBy, TimeText::absolute(draft->approvedAtMs));
            break;
        case MessageDraft::State::Published:
            banner = tr("Published on %1, approved by %2 on %3.")
                         .arg(TimeText::absolute(draft->publishedAtMs), draft->approvedBy,
                              TimeText::absolute(draft->approvedAtMs));
            break;
        case MessageDraft::State::Discarded:
            banner = tr("Discarded on %1.").arg(TimeText::absolute(draft->updatedAtMs));
            break;
        }
    }
    m_banner->setText(banner);
    m_banner->setVisible(!banner.isEmpty());
}

void MessageDraftEditor::setText(const QString& subject, const QString& body)
{
    m_loading = true;
    m_subject->setText(subject);
    m_body->setPlainText(body);
    m_loading = false;
}

void MessageDraftEditor::onTextChanged()
{
    if (!m_loading)
        Q_EMIT textEdited();
}

void MessageDraftEditor::selectSpan(int start, int length)
{
    const int last = m_body->document()->characterCount() - 1;
    QTextCursor cursor(m_body->document());
    cursor.setPosition(qBound(0, start, last));
    cursor.setPosition(qBound(0, start + length, last), QTextCursor::KeepAnchor);
    m_body->setTextCursor(cursor);
    m_body->setFocus(Qt::OtherFocusReason);
}

void MessageDraftEditor::showError(const QString& message)
{
    m_error->setText(message);
    m_error->show();
}

void MessageDraftEditor::clearError()
{
    m_error->clear();
    m_error->hide();
}

QString MessageDraftEditor::subject() const
{
    return m_subject->text();
}

QString MessageDraftEditor::body() const
{
    return m_body->toPlainText();
}

QString MessageDraftEditor::templateId() const
{
    return m_template->currentData().toString();
}

QString MessageDraftEditor::language() const
{
    return m_language->currentData().toString();
}

bool MessageDraftEditor::eventFilter(QObject* watched, QEvent* event)
{
    if ((watched == m_body || watched == m_subject) && event->type() == QEvent::FocusOut)
        Q_EMIT focusLeft();
    return QWidget::eventFilter(watched, event);
}
