#pragma once

#include "publish/KeychainReply.h"

#include <QHash>
#include <QObject>
#include <QString>

// Writes and removes channel secrets in the system keychain for the interface, under the names
// KeychainSecretSource reads. Never blocks: every request is answered by a signal, in the thread the store
// lives in. Nothing is ever kept in plain text instead: without a keychain a write fails and says so.
class KeychainSecretStore : public QObject
{
    Q_OBJECT

public:
    explicit KeychainSecretStore(QObject* parent = nullptr);

    void write(const QString& channelName, const QString& secretName, const QString& value);
    // Removing an entry that is not there counts as removed.
    void remove(const QString& channelName, const QString& secretName);
    // Whether a keychain answers, by reading an entry that is never written: "not found" is an answer.
    void probe();

Q_SIGNALS:
    void written(const QString& channelName, const QString& secretName);
    void removed(const QString& channelName, const QString& secretName);
    void probed(bool available, const QString& why);
    void failed(const QString& channelName, const QString& secretName, const QString& message);

private:
    enum class Action
    {
        Write,
        Remove,
        Probe,
    };
    struct Pending
    {
        Action action;
        QString channelName;
        QString secretName;
    };

    void onFinished(quint64 request, const KeychainReply& reply);

    QHash<quint64, Pending> m_pending;
};
