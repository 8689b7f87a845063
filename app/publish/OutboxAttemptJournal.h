#pragma once

#include "publish/AttemptJournal.h"

#include <QString>

class OutboxWorker;

// The journal the outbox gives each attempt: note() runs in the sending thread and waits while the outbox
// thread commits the note to the delivery's row. The worker outlives every attempt (the sending thread stops
// before the worker closes), so the plain pointer stays valid while an adapter can call.
class OutboxAttemptJournal final : public AttemptJournal
{
public:
    OutboxAttemptJournal(OutboxWorker* worker, const QString& deliveryId)
        : m_worker(worker), m_deliveryId(deliveryId)
    {}

    bool note(const QJsonObject& progress) override;

private:
    OutboxWorker* m_worker;
    QString m_deliveryId;
};
