#include "postmortem/PostMortemEditor.h"

#include "incident/IncidentDesk.h"
#include "incident/IncidentText.h"
#include "postmortem/ActionItemDelegate.h"
#include "postmortem/ActionItemListModel.h"
#include "store/PostMortemStore.h"
#include "time/Clock.h"
#include "util/TimeText.h"

#include <QComboBox>
#include <QDateTime>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHideEvent>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTabWidget>
#include <QTreeWidget>
#include <QUuid>
#include <QVBoxLayout>

PostMortemEditor::PostMortemEditor(IncidentDesk& desk, PostMortemStore& store, QWidget* parent)
    : QWidget(parent), m_desk(desk), m_store(store), m_facts(new QLabel(this)), m_state(new QComboBox(this)),
      m_sectionTabs(new QTabWidget(this)),
      m_actions(new ActionItemListModel(ActionItemListModel::Mode::Editable, this)),
      m_actionView(new QTableView(this)), m_addAction(new QPushButton(tr("&Add an action"), this)),
      m_removeAction(new QPushButton(tr("Remo&ve"), this)), m_history(new QTreeWidget(this)),
      m_save(new QPushButton(tr("&Save"), this)), m_export(new QPushButton(tr("E&xport…"), this)),
      m_status(new QLabel(this))
{
    m_facts->setObjectName(QStringLiteral("postMortemFacts"));
    m_facts->setWordWrap(true);
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_facts->font();
    bold.setBold(true);
    m_facts->setFont(bold);

    m_state->setObjectName(QStringLiteral("postMortemState"));
    for (PostMortem::ReviewState state : {PostMortem::ReviewState::Draft, PostMortem::ReviewState::InReview,
                                          PostMortem::ReviewState::Published})
        m_state->addItem(reviewStateText(state), static_cast<int>(state));
    auto* stateLabel = new QLabel(tr("Review &state:"), this);
    stateLabel->setBuddy(m_state);
    m_save->setObjectName(QStringLiteral("postMortemSave"));
    m_save->setShortcut(QKeySequence::Save);
    m_export->setObjectName(QStringLiteral("postMortemExport"));
    auto* top = new QHBoxLayout;
    top->addWidget(stateLabel);
    top->addWidget(m_state);
    top->addStretch(1);
    top->addWidget(m_save);
    top->addWidget(m_export);

    // Sections, one tab each: a commander writes them one at a time and the window stays small.
    m_sectionTabs->setObjectName(QStringLiteral("postMortemSections"));
    for (PostMortem::Section section : PostMortem::sections()) {
        auto* edit = new QPlainTextEdit(m_sectionTabs);
        edit->setObjectName(QStringLiteral("section_") + PostMortem::sectionKey(section));
        edit->setPlaceholderText(tr("Markdown: **bold**, lists with -, links as they are."));
        m_sectionTabs->addTab(edit, sectionTitle(section));
        m_sections.append(edit);
        connect(edit, &QPlainTextEdit::textChanged, this, &PostMortemEditor::updateButtons);
    }

    m_actionView->setObjectName(QStringLiteral("postMortemActions"));
    m_actionView->setModel(m_actions);
    m_actionView->setItemDelegate(new ActionItemDelegate(*m_actions, m_actionView));
    m_actionView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_actionView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_actionView->verticalHeader()->hide();
    m_actionView->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_actionView->horizontalHeader()->setStretchLastSection(true);
    m_actionView->setColumnWidth(m_actions->columnFor(ActionItemListModel::TitleColumn), 260);
    m_actionView->setColumnWidth(m_actions->columnFor(ActionItemListModel::OwnerColumn), 120);
    m_actionView->setColumnWidth(m_actions->columnFor(ActionItemListModel::DueColumn), 100);
    m_actionView->setColumnWidth(m_actions->columnFor(ActionItemListModel::StatusColumn), 100);
    m_addAction->setObjectName(QStringLiteral("postMortemAddAction"));
    m_removeAction->setObjectName(QStringLiteral("postMortemRemoveAction"));
    auto* actionButtons = new QVBoxLayout;
    actionButtons->addWidget(m_addAction);
    actionButtons->addWidget(m_removeAction);
    actionButtons->addStretch(1);
    auto* actionsBox = new QGroupBox(tr("Action items"), this);
    auto* actionsLayout = new QHBoxLayout(actionsBox);
    actionsLayout->addWidget(m_actionView, 1);
    actionsLayout->addLayout(actionButtons);

    m_history->setObjectName(QStringLiteral("postMortemHistory"));
    m_history->setRootIsDecorated(false);
    m_history->setHeaderLabels({tr("When"), tr("Who"), tr("What")});
    m_history->setColumnWidth(0, 150);
    m_history->setColumnWidth(1, 120);
    auto* historyBox = new QGroupBox(tr("History of this post-mortem"), this);
    auto* historyLayout = new QVBoxLayout(historyBox);
    historyLayout->addWidget(m_history);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_sectionTabs);
    splitter->addWidget(actionsBox);
    splitter->addWidget(historyBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setStretchFactor(2, 1);

    m_status->setObjectName(QStringLiteral("postMortemStatus"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_facts);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);

    connect(&m_store, &PostMortemStore::loaded, this, &PostMortemEditor::onLoaded);
    connect(&m_store, &PostMortemStore::loadFailed, this, [this](const QString& message) {
        if (!m_loaded)
            m_status->setText(message);
    });
    connect(&m_store, &PostMortemStore::writeFailed, this,
            [this](const QString& message) { m_status->setText(tr("Not saved yet: %1").arg(message)); });
    connect(&m_store, &PostMortemStore::writesCommitted, this, [this] {
        if (m_store.pendingWrites() == 0 && m_status->text() == tr("Saving…"))
            m_status->setText(tr("Saved."));
    });
    connect(m_state, &QComboBox::currentIndexChanged, this, &PostMortemEditor::updateButtons);
    connect(m_actions, &ActionItemListModel::edited, this, &PostMortemEditor::updateButtons);
    connect(m_actionView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &PostMortemEditor::updateButtons);
    connect(m_addAction, &QPushButton::clicked, this, [this] {
        const int row = m_actions->addItem(m_incidentId);
        const QModelIndex title =
            m_actions->index(row, m_actions->columnFor(ActionItemListModel::TitleColumn));
        m_actionView->setCurrentIndex(title);
        m_actionView->edit(title);
    });
    connect(m_removeAction, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_actionView->currentIndex();
        if (current.isValid())
            m_actions->removeItem(current.row());
    });
    connect(m_save, &QPushButton::clicked, this, &PostMortemEditor::save);
    connect(m_export, &QPushButton::clicked, this, [this] { Q_EMIT exportRequested(m_incidentId); });
    connect(&m_desk, &IncidentDesk::incidentChanged, this, [this](const Incident& incident) {
        if (incident.id == m_incidentId)
            showFacts();
    });
    setIncident(QString());
}

QString PostMortemEditor::sectionTitle(PostMortem::Section section)
{
    switch (section) {
    case PostMortem::Section::WhatHappened:
        return tr("What happened");
    case PostMortem::Section::CustomerImpact:
        return tr("Impact on customers");
    case PostMortem::Section::RootCause:
        return tr("Root cause");
    case PostMortem::Section::WentWell:
        return tr("What went well");
    case PostMortem::Section::WentBadly:
        return tr("What went badly");
    case PostMortem::Section::GotLucky:
        return tr("Where we got lucky");
    }
    return QString();
}

QString PostMortemEditor::reviewStateText(PostMortem::ReviewState state)
{
    switch (state) {
    case PostMortem::ReviewState::Draft:
        return tr("Draft");
    case PostMortem::ReviewState::InReview:
        return tr("In review");
    case PostMortem::ReviewState::Published:
        return tr("Published");
    }
    return QString();
}

QPlainTextEdit* PostMortemEditor::sectionEdit(PostMortem::Section section) const
{
    return m_sections.value(static_cast<int>(PostMortem::sections().indexOf(section)));
}

void PostMortemEditor::setIncident(const QString& incidentId)
{
    m_incidentId = incidentId;
    m_loaded = false;
    m_saved = PostMortem{};
    m_saved.incidentId = incidentId;
    m_changes.clear();
    m_removedTitles.clear();
    for (QPlainTextEdit* edit : std::as_const(m_sections))
        edit->clear();
    m_actions->setItems({});
    m_state->setCurrentIndex(0);
    showFacts();
    showHistory();
    m_status->setText(incidentId.isEmpty() ? tr("Choose an incident.") : tr("Loading…"));
    updateButtons();
    if (!incidentId.isEmpty())
        m_store.load(incidentId);
}

void PostMortemEditor::onLoaded(const QString& incidentId, const PostMortem& postMortem, bool found,
                                const QList<PostMortemChange>& history)
{
    // Answers for another incident (an earlier request, another editor) are not ours.
    if (incidentId != m_incidentId || m_loaded)
        return;
    m_loaded = true;
    m_saved = postMortem;
    m_saved.incidentId = incidentId;
    m_changes = history;
    m_state->setCurrentIndex(m_state->findData(static_cast<int>(postMortem.state)));
    for (PostMortem::Section section : PostMortem::sections())
        sectionEdit(section)->setPlainText(postMortem.section(section));
    m_actions->setItems(postMortem.actionItems);
    showHistory();
    m_status->setText(found ? QString() : tr("No post-mortem yet: what you write here starts it."));
    updateButtons();
    Q_EMIT loaded(incidentId);
}

PostMortem PostMortemEditor::current() const
{
    PostMortem postMortem = m_saved;
    postMortem.incidentId = m_incidentId;
    postMortem.state = static_cast<PostMortem::ReviewState>(m_state->currentData().toInt());
    for (PostMortem::Section section : PostMortem::sections())
        postMortem.setSection(section, sectionEdit(section)->toPlainText());
    postMortem.actionItems = m_actions->items();
    for (ActionItem& item : postMortem.actionItems)
        item.incidentId = m_incidentId;
    return postMortem;
}

bool PostMortemEditor::isModified() const
{
    if (!m_loaded)
        return false;
    const PostMortem now = current();
    return !PostMortemChange::between(m_saved, now, QString(), 0).isEmpty();
}

void PostMortemEditor::hideEvent(QHideEvent* event)
{
    save();
    QWidget::hideEvent(event);
}

bool PostMortemEditor::save()
{
    if (!m_loaded || m_incidentId.isEmpty())
        return false;
    PostMortem next = current();
    // Items get their id when first saved: the history and the store follow them by it.
    QList<ActionItem> items = next.actionItems;
    for (ActionItem& item : items) {
        if (item.id.isEmpty())
            item.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    }
    next.actionItems = items;
    const qint64 now = m_desk.clock().nowMs();
    const QString author = m_desk.userName();
    const QList<PostMortemChange> changes = PostMortemChange::between(m_saved, next, author, now);
    if (changes.isEmpty())
        return false;
    if (next.createdAtMs == 0)
        next.createdAtMs = now;
    next.updatedAtMs = now;
    next.updatedBy = author;
    for (const ActionItem& item : std::as_const(m_saved.actionItems))
        m_removedTitles.insert(item.id, item.title);
    m_store.save(next, changes);
    m_saved = next;
    m_changes.append(changes);
    // The ids just given, without resetting the table under the user's cursor.
    if (m_actions->items() != next.actionItems)
        m_actions->setItems(next.actionItems);
    showHistory();
    m_status->setText(tr("Saving…"));
    updateButtons();
    return true;
}

void PostMortemEditor::showFacts()
{
    const std::optional<Incident> incident = m_desk.incident(m_incidentId);
    if (!incident) {
        m_facts->setText(m_incidentId.isEmpty() ? tr("No incident chosen") : m_incidentId);
        return;
    }
    const KeyMoments& moments = incident->moments;
    const auto at = [](qint64 ms) { return ms > 0 ? TimeText::absolute(ms) : tr("not yet"); };
    const auto span = [](std::optional<qint64> ms) {
        return ms ? IncidentText::span(*ms) : tr("not reached");
    };
    m_facts->setText(tr("%1 — %2 · %3 · started %4 · ended %5 · TTD %6 · TTR %7")
                         .arg(incident->reference, incident->title, severityLabel(incident->severity),
                              at(IncidentText::startedMs(*incident)), at(moments.resolvedMs),
                              span(moments.timeToDetectMs()), span(moments.timeToResolveMs())));
}

QString PostMortemEditor::actionTitle(const QString& itemId) const
{
    for (const ActionItem& item : m_actions->items()) {
        if (item.id == itemId)
            return item.title;
    }
    return m_removedTitles.value(itemId, itemId);
}

QString PostMortemEditor::describe(const PostMortemChange& change) const
{
    if (change.field == QLatin1String("review_state")) {
        PostMortem::ReviewState from = PostMortem::ReviewState::Draft;
        PostMortem::ReviewState to = PostMortem::ReviewState::Draft;
        PostMortem::reviewStateFromKey(change.before, &from);
        PostMortem::reviewStateFromKey(change.after, &to);
        return tr("Review state: %1 → %2").arg(reviewStateText(from), reviewStateText(to));
    }
    static const QString sectionPrefix = QStringLiteral("section.");
    if (change.field.startsWith(sectionPrefix)) {
        PostMortem::Section section = PostMortem::Section::WhatHappened;
        if (PostMortem::sectionFromKey(change.field.mid(sectionPrefix.size()), &section))
            return tr("Edited “%1”").arg(sectionTitle(section));
        return tr("Edited %1").arg(change.field);
    }
    static const QString actionPrefix = QStringLiteral("action.");
    if (change.field.startsWith(actionPrefix)) {
        const QStringList parts = change.field.mid(actionPrefix.size()).split(QLatin1Char('.'));
        if (parts.size() == 1)
            return change.before.isEmpty() ? tr("Added the action “%1”").arg(change.after)
                                           : tr("Removed the action “%1”").arg(change.before);
        return tr("Action “%1”: %2 “%3” → “%4”")
            .arg(actionTitle(parts.first()), parts.at(1), change.before, change.after);
    }
    return tr("%1: “%2” → “%3”").arg(change.field, change.before, change.after);
}

void PostMortemEditor::showHistory()
{
    m_history->clear();
    // Newest first: the last edits are what a reviewer looks for.
    for (auto it = m_changes.crbegin(); it != m_changes.crend(); ++it) {
        auto* row = new QTreeWidgetItem(m_history);
        row->setText(0, TimeText::absolute(it->atMs));
        row->setText(1, it->by);
        row->setText(2, describe(*it));
    }
}

void PostMortemEditor::updateButtons()
{
    const bool ready = m_loaded && !m_incidentId.isEmpty();
    m_state->setEnabled(ready);
    for (QPlainTextEdit* edit : std::as_const(m_sections))
        edit->setReadOnly(!ready);
    m_addAction->setEnabled(ready);
    m_removeAction->setEnabled(ready && m_actionView->currentIndex().isValid());
    m_save->setEnabled(ready && isModified());
    m_export->setEnabled(!m_incidentId.isEmpty());
}
