#pragma once

#include "publish/AttemptJournal.h"

#include <QJsonObject>
#include <QList>
#include <QMutex>

// An attempt's journal for adapter tests: keeps every note, in order (adapters may note from the thread
// they run in).
class RecordingJournal final : public AttemptJournal
{
public:
    bool note(const QJsonObject& progress) override
    {
        QMutexLocker lock(&m_mutex);
        m_notes.append(progress);
        return true;
    }
    QList<QJsonObject> notes() const
    {
        QMutexLocker lock(&m_mutex);
        return m_notes;
    }

private:
    mutable QMutex m_mutex;
    QList<QJsonObject> m_notes;
};
