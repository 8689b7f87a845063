#pragma once

#include "publish/Secrets.h"
#include "publish/upload/UploadTarget.h"
#include "publish/upload/UploadTransport.h"

#include <QCoreApplication>

class UploadCurl;

// PUTs each file under the target's address (a PUT replaces the old copy in one step on the server). When
// a parent collection may be missing (409, or nginx's 500, or 404), it creates the collections with MKCOL,
// top down, and PUTs again once. HTTP Basic authentication with the `username` setting and the `password`
// secret.
class WebDavTransport : public UploadTransport
{
    Q_DECLARE_TR_FUNCTIONS(WebDavTransport)

public:
    WebDavTransport(const UploadTarget& target, const Secrets& secrets);

    std::optional<UploadError> prepare() override;
    std::optional<UploadError> put(const PublishedFile& file, const QString& remotePath) override;

private:
    QByteArray addressOf(const QString& remotePath) const;
    void authenticate(UploadCurl& transfer) const;
    std::optional<UploadError> makeCollections(const QString& remotePath);

    UploadTarget m_target;
    QByteArray m_username;
    QByteArray m_password;
    bool m_hasPassword = false;
};
