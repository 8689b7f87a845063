#pragma once

#include "comms/ChannelKind.h"
#include "comms/JargonList.h"
#include "comms/MessageDraftRenderer.h"
#include "comms/MessageLinter.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTimer>
#include <QWidget>

class IncidentDesk;
class MessageDraftListModel;
class MessagePreviewPanel;
class MessageDraftEditor;
class QMenu;
class QStackedWidget;
class QTableView;
class QToolButton;
struct MessageDraft;

// Where the support team writes an incident's messages and the commander or communications lead approves
// them: the drafts on the left, the selected one on the right, rendered from its template and still
// editable, with a live preview per target and the linter's warnings. The desk holds the drafts; every
// edit is saved through it shortly after typing stops and when the editor loses focus, so a crash loses
// nothing typed before it. Refusals show inline, never in a modal box. Nothing is sent from here.
class MessageComposer final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageComposer)

public:
    static constexpr int saveDelayMs = 400;
    static constexpr int lintDelayMs = 300;

    explicit MessageComposer(IncidentDesk& desk, QWidget* parent = nullptr);
    ~MessageComposer() override;

    void setCatalogue(const TemplateCatalogue& catalogue);
    void setJargon(const JargonList& jargon);
    // The status page URL, the zone and the languages (the first is the default) messages are written for.
    void setAudience(const IncidentSettings& settings);
    // Where the first announcement's summary comes from when nobody wrote one (the checks' last results).
    void setEvidenceSource(MessageDraftRenderer::EvidenceSource source);
    // When the next update is due by the checklist's cadence (see MessageDraftRenderer::setNextUpdateSource).
    void setNextUpdateSource(MessageDraftRenderer::NextUpdateSource source);

    void setIncident(const QString& incidentId); // empty: nothing to draft for
    QString incidentId() const { return m_incidentId; }

    // The checklist's "Draft message": one draft per channel in the default language, rendered from the
    // template (an open draft of the same step, occurrence and channel is reused), the first selected.
    // Returns the drafts' ids.
    QStringList startDraft(const QString& stepId, int occurrence, const QString& templateId,
                           const QList<ChannelKind>& channels);
    // An ad-hoc draft for `channel` from the template and language chosen in the editor; its id or empty.
    QString newDraft(ChannelKind channel);
    void selectDraft(const QString& draftId);
    QString currentDraftId() const { return m_draftId; }

    // Re-renders the selected draft, asking first when its text was edited since it was last rendered.
    void renderFromTemplate();
    void approve();
    void discard();
    bool canApprove() const;
    // With a publishing side, an approved (or already published) draft offers "Publish…", which asks for
    // its channels through publishRequested.
    void setPublishingAvailable(bool available);

    MessageDraftListModel* model() const { return m_model; }
    QTableView* draftList() const { return m_list; }
    MessageDraftEditor* editor() const { return m_editor; }
    MessagePreviewPanel* previewPanel() const { return m_preview; }
    QToolButton* newDraftButton() const { return m_newDraftButton; }
    QMenu* newDraftMenu() const { return m_newDraftMenu; }

Q_SIGNALS:
    void draftSelected(const QString& draftId);
    void publishRequested(const QString& draftId);

private:
    QWidget* buildDraftList();
    QString createDraft(const QString& stepId, int occurrence, const QString& templateId, ChannelKind channel,
                        const QString& language);
    void onCurrentRowChanged();
    void onDraftChanged(const MessageDraft& draft);
    void onTextEdited();
    void onLanguageChosen();
    void loadDraft();
    void applyRender();
    void flushSave();
    void relint();
    void refreshPreview();
    void refreshActions();
    void fillLanguages();
    QString templateFor(const MessageDraft& draft) const;
    bool isEditable() const;

    IncidentDesk& m_desk;
    MessageDraftRenderer m_renderer;
    MessageLinter m_linter;
    QString m_incidentId;
    QString m_draftId;
    // View state about drafts, not the drafts: which template each came from, the text it was last
    // rendered to (to tell edits), why it could not be rendered.
    QHash<QString, QString> m_templateOf;
    QHash<QString, QString> m_renderedText;
    QHash<QString, QStringList> m_renderErrors;
    bool m_publishing = false;
    bool m_saving = false;
    bool m_dirty = false;
    QTimer m_saveTimer;
    QTimer m_lintTimer;

    MessageDraftListModel* m_model;
    QStackedWidget* m_stack;
    QTableView* m_list = nullptr;
    QToolButton* m_newDraftButton = nullptr;
    QMenu* m_newDraftMenu = nullptr;
    MessageDraftEditor* m_editor = nullptr;
    MessagePreviewPanel* m_preview = nullptr;
};
