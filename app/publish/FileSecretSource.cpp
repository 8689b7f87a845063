#include "publish/FileSecretSource.h"

#include "publish/EnvironmentSecretSource.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <yaml-cpp/yaml.h>

namespace {

// "0644" from Qt's permission flags (the owner bits; Qt's "user" bits describe the current user).
QString octalMode(QFileDevice::Permissions p)
{
    auto digit = [p](QFileDevice::Permission r, QFileDevice::Permission w, QFileDevice::Permission x) {
        return QString::number((p & r ? 4 : 0) + (p & w ? 2 : 0) + (p & x ? 1 : 0));
    };
    return QStringLiteral("0") +
           digit(QFileDevice::ReadOwner, QFileDevice::WriteOwner, QFileDevice::ExeOwner) +
           digit(QFileDevice::ReadGroup, QFileDevice::WriteGroup, QFileDevice::ExeGroup) +
           digit(QFileDevice::ReadOther, QFileDevice::WriteOther, QFileDevice::ExeOther);
}

bool looksLikeKeyValue(const QByteArray& bytes)
{
    static const QRegularExpression assignment(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*="));
    for (const QByteArray& raw : bytes.split('\n')) {
        const QByteArray line = raw.trimmed();
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        return assignment.match(QString::fromUtf8(line)).hasMatch();
    }
    return false;
}

} // namespace

FileSecretSource::FileSecretSource(QString path) : m_path(std::move(path)) {}

QString FileSecretSource::describe() const
{
    return tr("the secrets file %1").arg(m_path);
}

QString FileSecretSource::checkPermissions() const
{
    const QFileInfo info(m_path);
    if (!info.exists())
        return tr("The secrets file %1 does not exist.").arg(m_path);
    const QFileDevice::Permissions p = QFile::permissions(m_path);
    const QFileDevice::Permissions shared =
        QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup | QFileDevice::WriteOther;
    if (p & shared)
        return tr("The secrets file %1 has mode %2: its group or others may read or change it. Make it "
                  "readable by its owner only (chmod 600) and try again.")
            .arg(m_path, octalMode(p));
    return QString();
}

FileSecretSource::Contents FileSecretSource::read() const
{
    Contents contents;
    contents.error = checkPermissions();
    if (!contents.error.isEmpty())
        return contents;
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly)) {
        contents.error = tr("Cannot read the secrets file %1: %2").arg(m_path, file.errorString());
        return contents;
    }
    const QByteArray bytes = file.readAll();
    if (looksLikeKeyValue(bytes)) {
        for (const QByteArray& raw : bytes.split('\n')) {
            const QByteArray line = raw.trimmed();
            const qsizetype eq = line.indexOf('=');
            if (line.isEmpty() || line.startsWith('#') || eq <= 0)
                continue;
            QByteArray value = line.mid(eq + 1).trimmed();
            if (value.size() >= 2 && (value.front() == '"' || value.front() == '\'') &&
                value.back() == value.front())
                value = value.mid(1, value.size() - 2);
            contents.values.insert(QString::fromUtf8(line.left(eq).trimmed()), value);
        }
        return contents;
    }
    try {
        const YAML::Node root = YAML::Load(bytes.toStdString());
        if (!root.IsMap() && !root.IsNull()) {
            contents.error =
                tr("The secrets file %1 is neither KEY=value lines nor a YAML map of channels.").arg(m_path);
            return contents;
        }
        for (auto channel = root.begin(); root.IsMap() && channel != root.end(); ++channel) {
            if (!channel->second.IsMap())
                continue;
            const QString channelName = QString::fromStdString(channel->first.Scalar());
            for (auto secret = channel->second.begin(); secret != channel->second.end(); ++secret) {
                if (!secret->second.IsScalar())
                    continue;
                contents.values.insert(EnvironmentSecretSource::variableName(
                                           channelName, QString::fromStdString(secret->first.Scalar())),
                                       QByteArray::fromStdString(secret->second.Scalar()));
            }
        }
    } catch (const YAML::Exception& e) {
        // The parser's message may quote the line, and with it a secret: only the position is given.
        contents.error = tr("The secrets file %1 is not valid YAML (line %2, column %3).")
                             .arg(m_path)
                             .arg(e.mark.line + 1)
                             .arg(e.mark.column + 1);
    }
    return contents;
}

SecretSource::Lookup FileSecretSource::lookup(const QString& channelName, const QString& secretName) const
{
    const Contents contents = read();
    if (!contents.error.isEmpty())
        return Lookup::failed(contents.error);
    const QString key = EnvironmentSecretSource::variableName(channelName, secretName);
    const auto it = contents.values.constFind(key);
    if (it == contents.values.constEnd())
        return Lookup::missing();
    return Lookup::found(*it);
}
