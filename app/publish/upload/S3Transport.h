#pragma once

#include "publish/Secrets.h"
#include "publish/upload/UploadTarget.h"
#include "publish/upload/UploadTransport.h"

#include <QCoreApplication>

// PUTs each file as an object of an S3-compatible bucket (AWS, MinIO, Garage, Ceph, R2...), signed with
// AWS Signature Version 4 by libcurl. Path-style addresses (`url`/`bucket`/key) when `bucket` is set, else
// `url` is taken as the bucket's own address. The payload hash is sent and signed; a PUT replaces the object
// in one step. Who may read is the bucket policy's business, unless the `acl` setting asks for a canned ACL.
class S3Transport : public UploadTransport
{
    Q_DECLARE_TR_FUNCTIONS(S3Transport)

public:
    S3Transport(const UploadTarget& target, const Secrets& secrets);

    std::optional<UploadError> prepare() override;
    std::optional<UploadError> put(const PublishedFile& file, const QString& remotePath) override;

    // "SignatureDoesNotMatch: The request signature we calculated..." from an S3 error document.
    static QString serviceError(const QByteArray& body);

private:
    QByteArray addressOf(const QString& remotePath) const;

    UploadTarget m_target;
    QByteArray m_accessKeyId;
    QByteArray m_secretAccessKey;
};
