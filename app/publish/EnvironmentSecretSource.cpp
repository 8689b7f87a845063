#include "publish/EnvironmentSecretSource.h"

namespace {

QString identifier(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text.toUpper()) {
        const bool plain = (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
        out.append(plain ? c : QLatin1Char('_'));
    }
    return out;
}

} // namespace

QString EnvironmentSecretSource::variableName(const QString& channelName, const QString& secretName)
{
    return QStringLiteral("VIGIE_SECRET_") + identifier(channelName) + QLatin1Char('_') +
           identifier(secretName);
}

SecretSource::Lookup EnvironmentSecretSource::lookup(const QString& channelName,
                                                     const QString& secretName) const
{
    const QByteArray name = variableName(channelName, secretName).toLatin1();
    if (!qEnvironmentVariableIsSet(name.constData()))
        return Lookup::missing();
    return Lookup::found(qgetenv(name.constData()));
}

QString EnvironmentSecretSource::describe() const
{
    return tr("environment variables VIGIE_SECRET_<CHANNEL>_<NAME>");
}
