#include "publish/KeychainSecretStore.h"

#include "publish/KeychainJobs.h"
#include "publish/KeychainSecretSource.h"

namespace {

// Read by probe() and never written: the keychain answering "not found" for it proves it is reachable.
const QString ProbeKey = QStringLiteral("probe/never-written");

} // namespace

KeychainSecretStore::KeychainSecretStore(QObject* parent) : QObject(parent)
{
    connect(&KeychainJobs::instance(), &KeychainJobs::finished, this, &KeychainSecretStore::onFinished,
            Qt::QueuedConnection);
}

void KeychainSecretStore::write(const QString& channelName, const QString& secretName, const QString& value)
{
    const quint64 request =
        KeychainJobs::instance().write(KeychainSecretSource::keyName(channelName, secretName), value);
    m_pending.insert(request, Pending{Action::Write, channelName, secretName});
}

void KeychainSecretStore::remove(const QString& channelName, const QString& secretName)
{
    const quint64 request =
        KeychainJobs::instance().remove(KeychainSecretSource::keyName(channelName, secretName));
    m_pending.insert(request, Pending{Action::Remove, channelName, secretName});
}

void KeychainSecretStore::probe()
{
    const quint64 request = KeychainJobs::instance().read(ProbeKey);
    m_pending.insert(request, Pending{Action::Probe, QString(), QString()});
}

void KeychainSecretStore::onFinished(quint64 request, const KeychainReply& reply)
{
    const auto it = m_pending.constFind(request);
    if (it == m_pending.constEnd())
        return; // another store's request
    const Pending pending = *it;
    m_pending.erase(it);
    switch (pending.action) {
    case Action::Probe:
        Q_EMIT probed(reply.reachable(), reply.reachable() ? QString() : reply.message);
        return;
    case Action::Remove:
        if (reply.reachable()) {
            Q_EMIT removed(pending.channelName, pending.secretName);
            return;
        }
        break;
    case Action::Write:
        if (reply.status == KeychainReply::Status::Done) {
            Q_EMIT written(pending.channelName, pending.secretName);
            return;
        }
        break;
    }
    Q_EMIT failed(pending.channelName, pending.secretName,
                  pending.action == Action::Write
                      ? tr("Cannot store the secret “%1” of the channel “%2”: %3")
                            .arg(pending.secretName, pending.channelName, reply.message)
                      : tr("Cannot remove the secret “%1” of the channel “%2”: %3")
                            .arg(pending.secretName, pending.channelName, reply.message));
}
