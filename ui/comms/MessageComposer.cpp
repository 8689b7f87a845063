#include "comms/MessageComposer.h"

#include "comms/LintWarningList.h"
#include "comms/MessageDraftEditor.h"
#include "comms/MessageDraftListModel.h"
#include "comms/MessagePreviewPanel.h"
#include "comms/MessageVocabulary.h"
#include "comms/PromiseExtractor.h"
#include "incident/IncidentDesk.h"
#include "time/Clock.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

// The text a draft was rendered to, as one string, to tell whether someone edited it since.
QString textKey(const QString& subject, const QString& body)
{
    return subject + QChar(0x1f) + body;
}

// Closing messages need no next-update time.
bool expectsTiming(const QString& templateId)
{
    return templateId != u"resolved" && templateId != u"maintenance-end";
}

} // namespace

MessageComposer::MessageComposer(IncidentDesk& desk, QWidget* parent)
    : QWidget(parent), m_desk(desk), m_model(new MessageDraftListModel(desk, this)),
      m_stack(new QStackedWidget(this))
{
    m_renderer.setCatalogue(TemplateCatalogue::defaults());
    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(saveDelayMs);
    m_lintTimer.setSingleShot(true);
    m_lintTimer.setInterval(lintDelayMs);
    connect(&m_saveTimer, &QTimer::timeout, this, &MessageComposer::flushSave);
    connect(&m_lintTimer, &QTimer::timeout, this, &MessageComposer::relint);

    auto* placeholder = new QLabel(tr("Select an incident to draft its messages."), m_stack);
    placeholder->setAlignment(Qt::AlignCenter);
    placeholder->setForegroundRole(QPalette::PlaceholderText);
    auto* splitter = new QSplitter(Qt::Horizontal, m_stack);
    splitter->addWidget(buildDraftList());
    auto* right = new QSplitter(Qt::Vertical, splitter);
    m_editor = new MessageDraftEditor(right);
    m_preview = new MessagePreviewPanel(right);
    right->addWidget(m_editor);
    right->addWidget(m_preview);
    right->setStretchFactor(0, 3);
    right->setStretchFactor(1, 2);
    right->setSizes({480, 320});
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 5);
    splitter->setSizes({380, 820});
    m_stack->addWidget(placeholder);
    m_stack->addWidget(splitter);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    // Ctrl+Return approves from the draft list as well as from the text.
    addAction(m_editor->approveAction());
    connect(m_editor->approveAction(), &QAction::triggered, this, &MessageComposer::approve);
    connect(m_editor->discardAction(), &QAction::triggered, this, &MessageComposer::discard);
    connect(m_editor->publishAction(), &QAction::triggered, this, [this] {
        if (!m_draftId.isEmpty() && m_editor->publishAction()->isEnabled())
            Q_EMIT publishRequested(m_draftId);
    });
    connect(m_editor->renderAction(), &QAction::triggered, this, &MessageComposer::renderFromTemplate);
    connect(m_editor, &MessageDraftEditor::textEdited, this, &MessageComposer::onTextEdited);
    connect(m_editor, &MessageDraftEditor::focusLeft, this, &MessageComposer::flushSave);
    connect(m_editor, &MessageDraftEditor::languageChosen, this, &MessageComposer::onLanguageChosen);
    connect(m_editor, &MessageDraftEditor::templateChosen, this, [this] {
        if (!m_draftId.isEmpty())
            m_templateOf.insert(m_draftId, m_editor->templateId());
        relint();
    });
    connect(&desk, &IncidentDesk::draftChanged, this, &MessageComposer::onDraftChanged);
    connect(&desk, &IncidentDesk::incidentChanged, this, [this](const Incident& incident) {
        if (incident.id == m_incidentId)
            relint();
    });
    connect(&desk, &IncidentDesk::loaded, this,
            [this] { setIncident(m_desk.record(m_incidentId) ? m_incidentId : QString()); });
    m_editor->setTemplateIds(m_renderer.catalogue().templateIds());
    fillLanguages();
    loadDraft();
}

MessageComposer::~MessageComposer()
{
    flushSave();
    // Closing the window moves the focus out of the editor while this object is half destroyed.
    disconnect(m_editor, nullptr, this, nullptr);
}

QWidget* MessageComposer::buildDraftList()
{
    auto* box = new QWidget(this);
    m_list = new QTableView(box);
    m_list->setObjectName(QStringLiteral("draftList"));
    m_list->setModel(m_model);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->verticalHeader()->hide();
    m_list->horizontalHeader()->setStretchLastSection(false);
    m_list->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->horizontalHeader()->setSectionResizeMode(MessageDraftListModel::Summary, QHeaderView::Stretch);
    m_list->setColumnHidden(MessageDraftListModel::Updated, true);
    m_list->setColumnHidden(MessageDraftListModel::Author, true);
    m_list->setWordWrap(false);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MessageComposer::onCurrentRowChanged);

    m_newDraftMenu = new QMenu(box);
    for (const ChannelKind channel : allChannelKinds()) {
        QAction* action = m_newDraftMenu->addAction(channelKindLabel(channel));
        action->setData(static_cast<int>(channel));
        connect(action, &QAction::triggered, this, [this, channel] { newDraft(channel); });
    }
    m_newDraftButton = new QToolButton(box);
    m_newDraftButton->setText(tr("&New draft…"));
    m_newDraftButton->setToolTip(tr("Draft a message for one channel from the chosen template"));
    m_newDraftButton->setMenu(m_newDraftMenu);
    m_newDraftButton->setPopupMode(QToolButton::InstantPopup);
    m_newDraftButton->setToolButtonStyle(Qt::ToolButtonTextOnly);

    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* header = new QHBoxLayout;
    header->addWidget(new QLabel(tr("<b>Messages</b>"), box));
    header->addStretch(1);
    header->addWidget(m_newDraftButton);
    layout->addLayout(header);
    layout->addWidget(m_list, 1);
    return box;
}

void MessageComposer::setCatalogue(const TemplateCatalogue& catalogue)
{
    m_renderer.setCatalogue(catalogue);
    m_editor->setTemplateIds(catalogue.templateIds());
    loadDraft();
}

void MessageComposer::setJargon(const JargonList& jargon)
{
    m_linter = MessageLinter(jargon);
    relint();
}

void MessageComposer::setNextUpdateSource(MessageDraftRenderer::NextUpdateSource source)
{
    m_renderer.setNextUpdateSource(std::move(source));
}

void MessageComposer::setAudience(const IncidentSettings& settings)
{
    m_renderer.setAudience(settings);
    fillLanguages();
    loadDraft();
}

void MessageComposer::setEvidenceSource(MessageDraftRenderer::EvidenceSource source)
{
    m_renderer.setEvidenceSource(std::move(source));
}

void MessageComposer::fillLanguages()
{
    QStringList languages = m_renderer.languages();
    for (const QString& language : MessageVocabulary::languages()) {
        if (!languages.contains(language))
            languages.append(language);
    }
    m_editor->setLanguages(languages);
}

void MessageComposer::setIncident(const QString& incidentId)
{
    flushSave();
    m_incidentId = incidentId;
    m_draftId.clear();
    m_editor->clearError();
    m_model->setIncident(incidentId);
    m_stack->setCurrentIndex(incidentId.isEmpty() ? 0 : 1);
    if (m_model->rowCount() > 0)
        selectDraft(m_model->draftIdAt(m_model->rowCount() - 1));
    else
        loadDraft();
}

QString MessageComposer::createDraft(const QString& stepId, int occurrence, const QString& templateId,
                                     ChannelKind channel, const QString& language)
{
    const std::optional<Incident> incident = m_desk.incident(m_incidentId);
    if (!incident)
        return QString();
    const RenderedMessage rendered =
        m_renderer.render(*incident, templateId, channel, language, m_desk.clock().nowMs());
    MessageDraft draft;
    draft.incidentId = m_incidentId;
    draft.stepId = stepId;
    draft.occurrence = occurrence;
    draft.channel = channel;
    draft.language = language;
    // A template that cannot be rendered leaves the draft empty, never with gaps: the preview says why.
    draft.subject = rendered.subject;
    draft.body = rendered.body;
    const IncidentDesk::DraftResult saved = m_desk.saveDraft(draft);
    if (!saved.draft) {
        m_editor->showError(saved.error);
        return QString();
    }
    const QString id = saved.draft->id;
    m_templateOf.insert(id, templateId);
    if (rendered.ok())
        m_renderedText.insert(id, textKey(rendered.subject, rendered.body));
    else
        m_renderErrors.insert(id, rendered.errors);
    return id;
}

QStringList MessageComposer::startDraft(const QString& stepId, int occurrence, const QString& templateId,
                                        const QList<ChannelKind>& channels)
{
    const IncidentRecord* record = m_desk.record(m_incidentId);
    if (!record)
        return {};
    flushSave();
    m_editor->clearError();
    QStringList ids;
    for (const ChannelKind channel : channels) {
        const auto existing =
            std::find_if(record->drafts.cbegin(), record->drafts.cend(), [&](const MessageDraft& draft) {
                return draft.stepId == stepId && draft.occurrence == occurrence && draft.channel == channel &&
                       draft.state == MessageDraft::State::Draft;
            });
        const QString id =
            existing != record->drafts.cend()
                ? existing->id
                : createDraft(stepId, occurrence, templateId, channel, m_renderer.defaultLanguage());
        if (!id.isEmpty())
            ids.append(id);
        record = m_desk.record(m_incidentId); // saving a draft may move the desk's storage
    }
    if (!ids.isEmpty())
        selectDraft(ids.first());
    return ids;
}

QString MessageComposer::newDraft(ChannelKind channel)
{
    if (m_incidentId.isEmpty())
        return QString();
    flushSave();
    m_editor->clearError();
    const QString id = createDraft(QString(), 1, m_editor->templateId(), channel, m_editor->language());
    if (!id.isEmpty())
        selectDraft(id);
    return id;
}

void MessageComposer::selectDraft(const QString& draftId)
{
    const int row = m_model->rowOf(draftId);
    if (row < 0)
        return;
    m_list->setCurrentIndex(m_model->index(row, MessageDraftListModel::Channel));
    m_list->scrollTo(m_list->currentIndex());
}

void MessageComposer::onCurrentRowChanged()
{
    const QString id = m_model->draftIdAt(m_list->currentIndex().row());
    if (id == m_draftId)
        return;
    flushSave();
    m_editor->clearError();
    m_draftId = id;
    loadDraft();
    Q_EMIT draftSelected(id);
}

QString MessageComposer::templateFor(const MessageDraft& draft) const
{
    if (m_templateOf.contains(draft.id))
        return m_templateOf.value(draft.id);
    const QStringList ids = m_renderer.catalogue().templateIds();
    return ids.contains(draft.stepId) ? draft.stepId : QString();
}

void MessageComposer::loadDraft()
{
    const MessageDraft* draft = m_draftId.isEmpty() ? nullptr : m_desk.draft(m_draftId);
    m_dirty = false;
    m_saveTimer.stop();
    m_editor->showDraft(draft, draft ? templateFor(*draft) : QString());
    m_editor->setEnabled(draft != nullptr);
    m_preview->setEnabled(draft != nullptr);
    m_preview->setRenderErrors(draft ? m_renderErrors.value(draft->id) : QStringList());
    refreshPreview();
    refreshActions();
    relint();
}

bool MessageComposer::isEditable() const
{
    const MessageDraft* draft = m_draftId.isEmpty() ? nullptr : m_desk.draft(m_draftId);
    return draft && draft->state == MessageDraft::State::Draft;
}

bool MessageComposer::canApprove() const
{
    return isEditable() && !m_editor->body().trimmed().isEmpty() && !m_preview->preview().anyBlocked();
}

void MessageComposer::refreshActions()
{
    const MessageDraft* draft = m_draftId.isEmpty() ? nullptr : m_desk.draft(m_draftId);
    m_editor->approveAction()->setEnabled(canApprove());
    // An approved message not yet published can still be withdrawn.
    m_editor->discardAction()->setEnabled(draft && (draft->state == MessageDraft::State::Draft ||
                                                    draft->state == MessageDraft::State::Approved));
    m_editor->renderAction()->setEnabled(isEditable());
    m_editor->publishAction()->setEnabled(
        m_publishing && draft &&
        (draft->state == MessageDraft::State::Approved || draft->state == MessageDraft::State::Published));
    m_newDraftButton->setEnabled(!m_incidentId.isEmpty());
}

void MessageComposer::onTextEdited()
{
    m_dirty = true;
    m_saveTimer.start();
    m_lintTimer.start();
    refreshPreview();
    refreshActions();
}

void MessageComposer::onLanguageChosen()
{
    if (!isEditable())
        return;
    m_dirty = true;
    flushSave();
    relint();
}

void MessageComposer::flushSave()
{
    m_saveTimer.stop();
    if (!m_dirty || m_draftId.isEmpty())
        return;
    m_dirty = false;
    const MessageDraft* stored = m_desk.draft(m_draftId);
    if (!stored || stored->state != MessageDraft::State::Draft)
        return;
    MessageDraft draft = *stored;
    draft.subject = m_editor->subject();
    draft.body = m_editor->body();
    draft.language = m_editor->language();
    if (draft == *stored)
        return;
    m_saving = true;
    const IncidentDesk::DraftResult saved = m_desk.saveDraft(draft);
    m_saving = false;
    if (!saved.draft)
        m_editor->showError(saved.error);
}

void MessageComposer::onDraftChanged(const MessageDraft& draft)
{
    if (draft.id != m_draftId || m_saving)
        return;
    if (!m_dirty && (draft.body != m_editor->body() || draft.subject != m_editor->subject())) {
        loadDraft(); // changed elsewhere (another composer, a restart)
        return;
    }
    m_editor->showState(&draft);
    refreshActions();
}

void MessageComposer::renderFromTemplate()
{
    const MessageDraft* draft = m_draftId.isEmpty() ? nullptr : m_desk.draft(m_draftId);
    if (!draft || !isEditable())
        return;
    const QString text = textKey(m_editor->subject(), m_editor->body());
    const bool edited =
        !m_editor->body().trimmed().isEmpty() && m_renderedText.value(m_draftId, QString()) != text;
    if (!edited) {
        applyRender();
        return;
    }
    auto* box = new QMessageBox(QMessageBox::Question, tr("Render from template"),
                                tr("This message was edited since it was rendered. Replace the text with "
                                   "the template's and lose these edits?"),
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("confirmRender"));
    box->button(QMessageBox::Yes)->setText(tr("&Replace"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    const QString draftId = m_draftId;
    connect(box, &QMessageBox::finished, this, [this, draftId](int result) {
        if (result == QMessageBox::Yes && draftId == m_draftId)
            applyRender();
    });
    box->open();
}

void MessageComposer::applyRender()
{
    const MessageDraft* draft = m_desk.draft(m_draftId);
    const std::optional<Incident> incident = m_desk.incident(m_incidentId);
    if (!draft || !incident)
        return;
    const QString templateId = m_editor->templateId();
    m_templateOf.insert(m_draftId, templateId);
    const RenderedMessage rendered = m_renderer.render(*incident, templateId, draft->channel,
                                                       m_editor->language(), m_desk.clock().nowMs());
    if (!rendered.ok()) {
        // The text in hand stays: a failed rendering never replaces it with a gapped one.
        m_renderErrors.insert(m_draftId, rendered.errors);
        m_preview->setRenderErrors(rendered.errors);
        return;
    }
    m_renderErrors.remove(m_draftId);
    m_preview->setRenderErrors({});
    m_renderedText.insert(m_draftId, textKey(rendered.subject, rendered.body));
    m_editor->setText(rendered.subject, rendered.body);
    m_dirty = true;
    flushSave();
    refreshPreview();
    relint();
    refreshActions();
}

void MessageComposer::setPublishingAvailable(bool available)
{
    m_publishing = available;
    m_editor->publishAction()->setVisible(available);
    refreshActions();
}

void MessageComposer::approve()
{
    if (!canApprove())
        return;
    flushSave();
    const MessageDraft* draft = m_desk.draft(m_draftId);
    const std::optional<Incident> incident = m_desk.incident(m_incidentId);
    if (!draft || !incident)
        return;
    PromiseExtractor::Reference reference;
    reference.atMs = m_desk.clock().nowMs();
    reference.timeZoneId = m_renderer.timeZoneFor(*incident);
    QList<MessagePromise> promises;
    for (const ExtractedPromise& extracted : PromiseExtractor::extract(draft->body, reference)) {
        MessagePromise promise;
        promise.kind = extracted.kind;
        promise.dueAtMs = extracted.dueAtMs;
        promises.append(promise);
    }
    const std::optional<QString> error = m_desk.approveDraft(m_draftId, promises);
    if (error)
        m_editor->showError(*error);
    else
        m_editor->clearError();
}

void MessageComposer::discard()
{
    if (m_draftId.isEmpty())
        return;
    flushSave();
    const std::optional<QString> error = m_desk.discardDraft(m_draftId);
    if (error)
        m_editor->showError(*error);
    else
        m_editor->clearError();
}

void MessageComposer::refreshPreview()
{
    const MessageDraft* draft = m_draftId.isEmpty() ? nullptr : m_desk.draft(m_draftId);
    m_preview->showPreview(draft ? draft->channel : ChannelKind::StatusPage, m_editor->subject(),
                           m_editor->body());
}

void MessageComposer::relint()
{
    m_lintTimer.stop();
    const std::optional<Incident> incident = m_desk.incident(m_incidentId);
    if (m_draftId.isEmpty() || !incident) {
        m_editor->lintList()->setWarnings({});
        return;
    }
    MessageLinter::Options options;
    options.language = m_editor->language();
    for (const AffectedService& service : incident->affected)
        options.affectedServices.append(service.serviceName);
    options.expectTiming = expectsTiming(m_editor->templateId());
    m_editor->lintList()->setWarnings(m_linter.lint(m_editor->body(), options));
}
