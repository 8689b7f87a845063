#pragma once

#include "report/ActionItem.h"
#include "report/PostMortem.h"
#include "report/PostMortemChange.h"
#include "report/ReportInputs.h"
#include "store/Database.h"

#include <QList>
#include <QObject>
#include <QStringList>
#include <QTimer>

#include <memory>

// The post-mortem store's thread side, in the Store's thread on a connection of its own (as the incident
// store's). Saves are queued and committed together once per event-loop turn, each post-mortem with the
// history lines of its change in the same transaction; a failed commit keeps them, in order, and tries again
// with a growing delay.
class PostMortemStoreWorker : public QObject
{
    Q_OBJECT

public:
    static constexpr int BusyTimeoutMs = 250;
    static constexpr int FirstRetryMs = 250;
    static constexpr int MaxRetryMs = 4000;
    // How many references an unknown-incident answer lists.
    static constexpr int KnownReferences = 8;

    explicit PostMortemStoreWorker(QObject* parent = nullptr);
    ~PostMortemStoreWorker() override;

    DbResult<bool> open(const QString& path);
    void stop();

    void save(const PostMortem& postMortem, const QList<PostMortemChange>& changes);
    void load(const QString& incidentId);
    void loadActionItems(bool openOnly);
    void loadReport(const QString& incident, qint64 nowMs);

Q_SIGNALS:
    void loaded(const QString& incidentId, const PostMortem& postMortem, bool found,
                const QList<PostMortemChange>& history);
    void actionItemsLoaded(const QList<ActionItem>& items);
    void reportLoaded(const ReportInputs& inputs);
    void reportNotFound(const QString& incident, const QStringList& knownReferences);
    void loadFailed(const QString& message);
    void writeFailed(const QString& message);
    void writesCommitted(int count);

private:
    struct PendingSave
    {
        PostMortem postMortem;
        QList<PostMortemChange> changes;
        int saves = 1;
    };
    void commitQueued();
    DbResult<bool> apply(const QList<PendingSave>& saves);
    bool ready(const QString& operation);

    std::unique_ptr<Database> m_db;
    QList<PendingSave> m_queue;
    QTimer* m_timer = nullptr;
    int m_retryMs = 0;
    QString m_lastError;
};
