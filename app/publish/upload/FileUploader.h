#pragma once

#include "publish/Secrets.h"
#include "publish/upload/PublishedFile.h"
#include "publish/upload/UploadDigests.h"
#include "publish/upload/UploadResult.h"
#include "publish/upload/UploadTarget.h"

#include <QCoreApplication>

// Puts the fallback status page's files at their target (folder, WebDAV, SFTP or S3). Blocking: it runs on
// the outbox's sending thread, each transfer bounded by the target's time limit. Files go up one by one with
// the root index.html last (and other index pages just before it), so the page never links to a file that is
// not there yet. A file the target already holds byte for byte (per `previous`) is not sent again. Stops at
// the first file that fails. Messages name the channel, the file and the place, never a secret.
class FileUploader
{
    Q_DECLARE_TR_FUNCTIONS(FileUploader)

public:
    UploadResult upload(const PublishedFiles& files, const UploadTarget& target, const Secrets& secrets,
                        const UploadDigests& previous = {}) const;

    // `files` in the order they go up: other files first, then index pages, the root index.html last.
    static PublishedFiles inUploadOrder(PublishedFiles files);
    // Whether `path` is a relative, '/'-separated path that stays inside the target.
    static bool isSafePath(const QString& path);
};
