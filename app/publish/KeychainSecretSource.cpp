#include "publish/KeychainSecretSource.h"

#include "publish/KeychainJobs.h"

namespace {

QString escaped(const QString& name)
{
    QString out = name;
    out.replace(QLatin1Char('%'), QLatin1String("%25"));
    out.replace(QLatin1Char('/'), QLatin1String("%2F"));
    return out;
}

} // namespace

KeychainSecretSource::KeychainSecretSource(int timeoutMs) : m_timeoutMs(timeoutMs) {}

QString KeychainSecretSource::keyName(const QString& channelName, const QString& secretName)
{
    return QStringLiteral("channel/") + escaped(channelName) + QLatin1Char('/') + escaped(secretName);
}

SecretSource::Lookup KeychainSecretSource::lookup(const QString& channelName, const QString& secretName) const
{
    const KeychainReply reply =
        KeychainJobs::instance().readAndWait(keyName(channelName, secretName), m_timeoutMs);
    switch (reply.status) {
    case KeychainReply::Status::Done:
        return Lookup::found(reply.value);
    case KeychainReply::Status::NotFound:
        return Lookup::missing();
    case KeychainReply::Status::Unavailable:
        return Lookup::unavailable(reply.message);
    case KeychainReply::Status::Failed:
        break;
    }
    return Lookup::failed(reply.message);
}

QString KeychainSecretSource::describe() const
{
    return tr("the system keychain (service “%1”, key “channel/<channel>/<secret>”)")
        .arg(KeychainJobs::serviceName());
}
