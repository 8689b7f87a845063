#pragma once

#include "publish/upload/PublishedFile.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QString>

// What was last put at one target, file by file, so that an unchanged file is not sent again. Kept by the
// caller between uploads (for instance in the delivery's thread, as JSON); digests made for another target
// are ignored, so a changed setting always sends everything again. Pass an empty value to force a full push.
struct UploadDigests
{
    QString target;                    // UploadTarget::describe() of where they went
    QHash<QString, QByteArray> byPath; // hex SHA-256 of content type and bytes

    static QByteArray digest(const PublishedFile& file);
    bool unchanged(const QString& target, const PublishedFile& file) const;

    QJsonObject toJson() const;
    static UploadDigests fromJson(const QJsonObject& json);

    bool operator==(const UploadDigests&) const = default;
};
