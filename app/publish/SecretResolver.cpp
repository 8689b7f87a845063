#include "publish/SecretResolver.h"

#include <QStringList>

void SecretResolver::addSource(std::shared_ptr<const SecretSource> source)
{
    if (source)
        m_sources.append(std::move(source));
}

SecretResolver::Resolution SecretResolver::resolve(const ChannelConfig& channel) const
{
    Resolution resolution;
    for (const QString& name : channel.secrets) {
        bool found = false;
        for (const auto& source : m_sources) {
            const SecretSource::Lookup lookup = source->lookup(channel.name, name);
            if (lookup.kind == SecretSource::Lookup::Kind::Error) {
                resolution.error = tr("Cannot read the secret “%1” of the channel “%2”: %3")
                                       .arg(name, channel.name, lookup.error);
                return Resolution{Secrets(), resolution.error};
            }
            if (lookup.kind == SecretSource::Lookup::Kind::Found) {
                resolution.secrets.set(name, lookup.value);
                found = true;
                break;
            }
        }
        if (!found) {
            QStringList places;
            for (const auto& source : m_sources)
                places.append(source->describe());
            const QString where = places.isEmpty()
                                      ? tr("no secret source is set up")
                                      : tr("looked in %1").arg(places.join(QStringLiteral("; ")));
            return Resolution{Secrets(), tr("The channel “%1” needs the secret “%2”, which is not set (%3).")
                                             .arg(channel.name, name, where)};
        }
    }
    return resolution;
}
