#pragma once

#include "publish/KeychainReply.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <functional>

class QThread;

namespace QKeychain {
class Job;
}

// The one thread of the process on which every QtKeychain job runs. QtKeychain queues its jobs in a
// process-wide executor that is not thread-safe and that lives in the thread of the first job: jobs
// started from two threads (the interface writing, the outbox reading) would race on it, and once that
// first thread ended every later job would wait forever. Running them all here avoids both.
//
// Entries are stored under the service "vigie" (see KeychainSecretSource::keyName for the keys), as text,
// never with QtKeychain's plain-text fallback (QSettings): without a keychain nothing is stored at all.
class KeychainJobs : public QObject
{
    Q_OBJECT

public:
    static KeychainJobs& instance();
    static QString serviceName() { return QStringLiteral("vigie"); }

    // Thread-safe; each returns a request number that `finished` answers with, on the keychain thread.
    quint64 read(const QString& key);
    quint64 write(const QString& key, const QString& value);
    quint64 remove(const QString& key);

    // Reads and waits at most `timeoutMs` for the answer, for a worker thread that may block. Waits on a
    // future rather than a nested event loop so that no other event of the calling thread runs meanwhile.
    KeychainReply readAndWait(const QString& key, int timeoutMs);

    bool isKeychainThread() const;

Q_SIGNALS:
    void finished(quint64 request, const KeychainReply& reply);

private:
    KeychainJobs() = default;
    using Done = std::function<void(const KeychainReply&)>;
    // Starts `job` on the keychain thread and calls `done` there with its outcome.
    void run(std::function<QKeychain::Job*()> makeJob, Done done);
    quint64 runWithSignal(std::function<QKeychain::Job*()> makeJob);
    static KeychainReply replyOf(const QKeychain::Job& job);

    std::atomic<quint64> m_nextRequest{1};
    QThread* m_thread = nullptr;

    friend class KeychainJobsHolder;
};
