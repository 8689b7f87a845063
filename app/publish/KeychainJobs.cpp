#include "publish/KeychainJobs.h"

#include <QThread>

#include <qt6keychain/keychain.h>

#include <chrono>
#include <future>
#include <memory>

// Owns the keychain thread for the life of the process and stops it at exit.
class KeychainJobsHolder
{
public:
    KeychainJobsHolder()
    {
        qRegisterMetaType<KeychainReply>();
        jobs.m_thread = &thread;
        thread.setObjectName(QStringLiteral("vigie-keychain"));
        jobs.moveToThread(&thread);
        thread.start();
    }
    ~KeychainJobsHolder()
    {
        thread.quit();
        thread.wait();
    }

    KeychainJobs jobs;
    QThread thread;
};

KeychainJobs& KeychainJobs::instance()
{
    static KeychainJobsHolder holder;
    return holder.jobs;
}

bool KeychainJobs::isKeychainThread() const
{
    return QThread::currentThread() == m_thread;
}

KeychainReply KeychainJobs::replyOf(const QKeychain::Job& job)
{
    KeychainReply reply;
    switch (job.error()) {
    case QKeychain::NoError:
        reply.status = KeychainReply::Status::Done;
        if (const auto* read = qobject_cast<const QKeychain::ReadPasswordJob*>(&job))
            reply.value = read->binaryData();
        return reply;
    case QKeychain::EntryNotFound:
        reply.status = KeychainReply::Status::NotFound;
        reply.message = tr("The system keychain has no entry “%1”.").arg(job.key());
        return reply;
    case QKeychain::CouldNotDeleteEntry:
        reply.status = KeychainReply::Status::Failed;
        reply.message =
            tr("The system keychain could not delete the entry “%1”: %2").arg(job.key(), job.errorString());
        return reply;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        break;
    }
    // QtKeychain reports a missing D-Bus session, a missing Secret Service and a locked keyring alike as
    // errors of the keychain, not of the entry: all mean the keychain cannot be used now.
    reply.status = KeychainReply::Status::Unavailable;
    reply.message = tr("The system keychain is not available: %1").arg(job.errorString());
    return reply;
}

void KeychainJobs::run(std::function<QKeychain::Job*()> makeJob, Done done)
{
    QMetaObject::invokeMethod(this, [this, makeJob = std::move(makeJob), done = std::move(done)] {
        QKeychain::Job* job = makeJob();
        job->setInsecureFallback(false);
        job->setAutoDelete(true);
        connect(job, &QKeychain::Job::finished, this,
                [done](QKeychain::Job* finished) { done(replyOf(*finished)); });
        job->start();
    });
}

quint64 KeychainJobs::runWithSignal(std::function<QKeychain::Job*()> makeJob)
{
    const quint64 request = m_nextRequest.fetch_add(1);
    run(std::move(makeJob), [this, request](const KeychainReply& reply) { Q_EMIT finished(request, reply); });
    return request;
}

quint64 KeychainJobs::read(const QString& key)
{
    return runWithSignal([key] {
        auto* job = new QKeychain::ReadPasswordJob(serviceName());
        job->setKey(key);
        return job;
    });
}

quint64 KeychainJobs::write(const QString& key, const QString& value)
{
    return runWithSignal([key, value] {
        auto* job = new QKeychain::WritePasswordJob(serviceName());
        job->setKey(key);
        job->setTextData(value);
        return job;
    });
}

quint64 KeychainJobs::remove(const QString& key)
{
    return runWithSignal([key] {
        auto* job = new QKeychain::DeletePasswordJob(serviceName());
        job->setKey(key);
        return job;
    });
}

KeychainReply KeychainJobs::readAndWait(const QString& key, int timeoutMs)
{
    if (isKeychainThread()) {
        KeychainReply reply;
        reply.message = tr("The system keychain is not available: it was asked from its own thread.");
        return reply;
    }
    // Shared with the job, which may finish after the wait gave up.
    auto promise = std::make_shared<std::promise<KeychainReply>>();
    std::future<KeychainReply> answer = promise->get_future();
    run(
        [key] {
            auto* job = new QKeychain::ReadPasswordJob(serviceName());
            job->setKey(key);
            return job;
        },
        [promise](const KeychainReply& reply) { promise->set_value(reply); });
    if (answer.wait_for(std::chrono::milliseconds(timeoutMs)) != std::future_status::ready) {
        KeychainReply reply;
        reply.message = tr("The system keychain is not available: it did not answer within %n second(s) "
                           "(it may be locked and waiting for its password).",
                           nullptr, (timeoutMs + 999) / 1000);
        return reply;
    }
    try {
        return answer.get();
    } catch (const std::future_error&) {
        // The job was dropped unstarted: the keychain thread stopped, as it does when the process exits.
        KeychainReply reply;
        reply.message = tr("The system keychain is not available: Vigie is shutting down.");
        return reply;
    }
}
