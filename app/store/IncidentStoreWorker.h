#pragma once

#include "incident/IncidentRecord.h"
#include "store/Database.h"
#include "store/IncidentWriteQueue.h"

#include <QList>
#include <QObject>
#include <QTimer>

#include <memory>

// The incident store's thread side (it runs in the Store's thread, on its own connection to the same file).
// Writes are queued and committed together once the queued work in hand is taken in: one transaction per
// event-loop turn. A failed commit (file locked by another process, disk full) keeps every write, in order,
// and tries again later with a growing delay; writes asked for meanwhile wait behind them instead of each
// trying the disk.
class IncidentStoreWorker : public QObject
{
    Q_OBJECT

public:
    // The thread is shared with the history store: waiting long for another process's lock would hold up the
    // check results too, and a failed write is retried anyway.
    static constexpr int BusyTimeoutMs = 250;
    static constexpr int FirstRetryMs = 250;
    static constexpr int MaxRetryMs = 4000;

    explicit IncidentStoreWorker(QObject* parent = nullptr);
    ~IncidentStoreWorker() override;

    // Opens the file (already migrated by the Store; migrations are checked again). In the store thread.
    DbResult<bool> open(const QString& path);
    // Commits what is queued (one last try) and closes the file.
    void stop();

    void enqueue(const IncidentWrite& write);
    void loadAll();

Q_SIGNALS:
    void loaded(const QList<IncidentRecord>& records);
    void loadFailed(const QString& message);
    void writeFailed(const QString& message);
    // After each commit: how many of the writes asked for it made durable.
    void writesCommitted(int count);

private:
    void commitQueued();
    DbResult<bool> apply(const QList<IncidentWrite>& writes);

    std::unique_ptr<Database> m_db;
    IncidentWriteQueue m_queue;
    QTimer* m_timer = nullptr; // 0 ms for this turn's writes, else the retry delay
    int m_retryMs = 0;         // 0 while commits succeed
    QString m_lastError;       // reported once per failure streak (and when it changes)
};
