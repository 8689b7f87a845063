#include "publish/SecretResolver.h"

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
                return Resolution{Secrets(), resolution.error, resolution.unavailable};
            }
            if (lookup.kind == SecretSource::Lookup::Kind::Unavailable) {
                if (!resolution.unavailable.contains(lookup.error))
                    resolution.unavailable.append(lookup.error);
                continue;
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
            QString error = tr("The channel “%1” needs the secret “%2”, which is not set (%3).")
                                .arg(channel.name, name, where);
            for (const QString& why : std::as_const(resolution.unavailable))
                error += QLatin1Char(' ') + why;
            return Resolution{Secrets(), error, resolution.unavailable};
        }
    }
    return resolution;
}
