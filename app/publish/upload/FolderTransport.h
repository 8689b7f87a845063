#pragma once

#include "publish/upload/UploadTarget.h"
#include "publish/upload/UploadTransport.h"

#include <QCoreApplication>

// Writes the files under a local (or mounted) folder: each through a temporary file in the same folder,
// renamed over the old one, so a web server reading the folder never serves half a page. Files are made
// readable by everyone, since the web server usually runs as another user.
class FolderTransport : public UploadTransport
{
    Q_DECLARE_TR_FUNCTIONS(FolderTransport)

public:
    explicit FolderTransport(const UploadTarget& target) : m_target(target) {}

    std::optional<UploadError> put(const PublishedFile& file, const QString& remotePath) override;

private:
    UploadTarget m_target;
};
