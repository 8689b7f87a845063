#pragma once

#include "report/ActionItem.h"
#include "report/PostMortem.h"
#include "report/PostMortemChange.h"
#include "report/ReportInputs.h"
#include "store/DbResult.h"

#include <QList>
#include <QObject>
#include <QStringList>

class PostMortemStoreWorker;
class QThread;
class Store;

// Post-mortems, their action items and their history, kept in the history database, as the caller's (GUI)
// thread sees them. Its worker runs in the Store's thread on a connection of its own, like IncidentStore's.
// Every call but open() and close() returns at once and answers through a signal; saves are committed as
// soon as the store thread takes them in and kept in memory, in order, while the file refuses them.
//
// In the application it shares the Store's thread: open it after Store::open and close it before
// Store::close. A command-line report, which must not run the history store's upkeep (rollups, pruning)
// beside a running cockpit, gives it a thread of its own instead.
class PostMortemStore : public QObject
{
    Q_OBJECT

public:
    explicit PostMortemStore(Store& store, QObject* parent = nullptr);
    // Runs on `thread`, which must be running from open() to close().
    explicit PostMortemStore(QThread* thread, QObject* parent = nullptr);
    ~PostMortemStore() override;

    // Opens the file on the store thread. Blocks until done: at start-up, like Store::open.
    DbResult<bool> open(const QString& path);
    // Commits what is queued (one last try) and closes the connection. Blocks.
    void close();
    bool isOpen() const { return m_worker != nullptr; }

    // Saves the post-mortem with its action items and records `changes` (see PostMortemChange::between) in
    // the same transaction.
    void save(const PostMortem& postMortem, const QList<PostMortemChange>& changes);
    // Answers with loaded: the incident's post-mortem (blank, found == false, when none yet) and its history.
    void load(const QString& incidentId);
    // Action items across incidents; answers with actionItemsLoaded.
    void loadActionItems(bool openOnly);
    // Everything a report on `incident` (its id or reference, any case) needs; answers with reportLoaded, or
    // reportNotFound with the most recent references.
    void loadReport(const QString& incident, qint64 nowMs);

    int pendingWrites() const { return m_pendingWrites; }

Q_SIGNALS:
    void loaded(const QString& incidentId, const PostMortem& postMortem, bool found,
                const QList<PostMortemChange>& history);
    void actionItemsLoaded(const QList<ActionItem>& items);
    void reportLoaded(const ReportInputs& inputs);
    void reportNotFound(const QString& incident, const QStringList& knownReferences);
    void loadFailed(const QString& message);
    // A commit failed; the message names the file and why. The saves are kept and retried.
    void writeFailed(const QString& message);
    void writesCommitted(int count);

private:
    template <typename F> void post(F&& work);
    bool refuse(const QString& message);
    void onCommitted(int count);

    QThread* m_thread;
    PostMortemStoreWorker* m_worker = nullptr; // lives in the store thread
    int m_pendingWrites = 0;
};
