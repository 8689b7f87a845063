#pragma once

#include "comms/MessageDraft.h"
#include "incident/Incident.h"
#include "incident/IncidentEvent.h"
#include "incident/IncidentRecord.h"
#include "incident/MessagePromise.h"
#include "store/DbResult.h"
#include "store/IncidentWriteQueue.h"

#include <QList>
#include <QObject>

class IncidentStoreWorker;
class Store;

// Incidents, their timelines, message drafts and promises, kept in the history database, as the GUI thread
// sees them. Its worker runs in the Store's thread on a connection of its own. Every call but open() and
// close() returns at once; each write is committed as soon as the store thread takes it in (writes asked for
// in the same turn share one transaction), and writesCommitted says when. Writes the file refuses are kept
// in memory, in order, and retried until they land.
//
// Open it after Store::open (the Store migrated the file) and close it before Store::close.
class IncidentStore : public QObject
{
    Q_OBJECT

public:
    explicit IncidentStore(Store& store, QObject* parent = nullptr);
    ~IncidentStore() override;

    // Opens the file on the store thread. Blocks until done: at start-up, like Store::open.
    DbResult<bool> open(const QString& path);
    // Commits what is queued (one last try) and closes the connection. Blocks; call it at shut-down.
    void close();
    bool isOpen() const { return m_worker != nullptr; }

    // Answers with loaded (or loadFailed); includes every write asked for before it unless the file
    // refuses writes at the time.
    void loadAll();
    // Inserts or updates the incident with its affected services and checklist marks.
    void saveIncident(const Incident& incident);
    // Appends to the incident's timeline; an id already stored is ignored.
    void appendEvent(const IncidentEvent& event);
    // Inserts or updates the draft: call it at every edit.
    void saveDraft(const MessageDraft& draft);
    void savePromise(const MessagePromise& promise);

    // Writes asked for and not yet reported committed (waiting, or held after a failure).
    int pendingWrites() const { return m_pendingWrites; }

Q_SIGNALS:
    void loaded(const QList<IncidentRecord>& records);
    void loadFailed(const QString& message);
    // A commit failed; the message names the file, what was being saved and why. The writes are kept.
    void writeFailed(const QString& message);
    // This many of the writes asked for (in the order asked) are now durable.
    void writesCommitted(int count);
    void pendingWritesChanged(int count);

private:
    template <typename F> void post(F&& work);
    void enqueue(const IncidentWrite& write);
    void onCommitted(int count);

    Store& m_store;
    IncidentStoreWorker* m_worker = nullptr; // lives in the store thread
    int m_pendingWrites = 0;
};
