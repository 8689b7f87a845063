#pragma once

#include "report/PostMortem.h"
#include "report/PostMortemChange.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QWidget>

class ActionItemListModel;
class IncidentDesk;
class PostMortemStore;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class QTabWidget;
class QTreeWidget;

// The post-mortem of one incident as the team writes it: the review state, the six Markdown sections, the
// action items and, read-only, who changed what and when. The incident's facts are summed up on one line at
// the top; the full record goes into the exported document. Loads and saves go through PostMortemStore,
// which answers by signal: the UI thread never waits for the file. Edits are signed with the desk's author.
class PostMortemEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PostMortemEditor)

public:
    PostMortemEditor(IncidentDesk& desk, PostMortemStore& store, QWidget* parent = nullptr);

    // Asks the store for the incident's post-mortem; the fields fill in when it answers.
    void setIncident(const QString& incidentId);
    QString incidentId() const { return m_incidentId; }
    bool isLoaded() const { return m_loaded; }
    // True when something differs from what was last saved or loaded.
    bool isModified() const;
    // What the fields hold now.
    PostMortem current() const;
    // Queues the save with its history lines; false (nothing queued) when nothing changed or none is loaded.
    bool save();

    QLabel* factsLabel() const { return m_facts; }
    QComboBox* stateCombo() const { return m_state; }
    QPlainTextEdit* sectionEdit(PostMortem::Section section) const;
    QTabWidget* sectionTabs() const { return m_sectionTabs; }
    ActionItemListModel* actionModel() const { return m_actions; }
    QTableView* actionView() const { return m_actionView; }
    QPushButton* addActionButton() const { return m_addAction; }
    QPushButton* removeActionButton() const { return m_removeAction; }
    QTreeWidget* historyView() const { return m_history; }
    QPushButton* saveButton() const { return m_save; }
    QPushButton* exportButton() const { return m_export; }
    QLabel* statusLabel() const { return m_status; }

    static QString sectionTitle(PostMortem::Section section);
    static QString reviewStateText(PostMortem::ReviewState state);

Q_SIGNALS:
    void loaded(const QString& incidentId);
    void exportRequested(const QString& incidentId);

protected:
    // Closing the editor's window keeps what was typed: it is saved, never dropped.
    void hideEvent(QHideEvent* event) override;

private:
    void onLoaded(const QString& incidentId, const PostMortem& postMortem, bool found,
                  const QList<PostMortemChange>& history);
    void showFacts();
    void showHistory();
    void updateButtons();
    QString describe(const PostMortemChange& change) const;
    QString actionTitle(const QString& itemId) const;

    IncidentDesk& m_desk;
    PostMortemStore& m_store;
    QString m_incidentId;
    bool m_loaded = false;
    PostMortem m_saved;
    QList<PostMortemChange> m_changes;       // oldest first
    QHash<QString, QString> m_removedTitles; // action titles the history names after they are gone
    QLabel* m_facts;
    QComboBox* m_state;
    QTabWidget* m_sectionTabs;
    QList<QPlainTextEdit*> m_sections; // in PostMortem::sections() order
    ActionItemListModel* m_actions;
    QTableView* m_actionView;
    QPushButton* m_addAction;
    QPushButton* m_removeAction;
    QTreeWidget* m_history;
    QPushButton* m_save;
    QPushButton* m_export;
    QLabel* m_status;
};
