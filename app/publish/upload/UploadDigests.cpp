#include "publish/upload/UploadDigests.h"

#include <QCryptographicHash>

QByteArray UploadDigests::digest(const PublishedFile& file)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(file.contentType);
    hash.addData(QByteArrayView("\0", 1));
    hash.addData(file.bytes);
    return hash.result().toHex();
}

bool UploadDigests::unchanged(const QString& where, const PublishedFile& file) const
{
    if (where != target)
        return false;
    const auto known = byPath.constFind(file.path);
    return known != byPath.constEnd() && *known == digest(file);
}

QJsonObject UploadDigests::toJson() const
{
    QJsonObject files;
    for (auto it = byPath.constBegin(); it != byPath.constEnd(); ++it)
        files.insert(it.key(), QString::fromLatin1(it.value()));
    return QJsonObject{{QStringLiteral("target"), target}, {QStringLiteral("files"), files}};
}

UploadDigests UploadDigests::fromJson(const QJsonObject& json)
{
    UploadDigests digests;
    digests.target = json.value(QStringLiteral("target")).toString();
    const QJsonObject files = json.value(QStringLiteral("files")).toObject();
    for (auto it = files.constBegin(); it != files.constEnd(); ++it)
        digests.byPath.insert(it.key(), it.value().toString().toLatin1());
    return digests;
}
