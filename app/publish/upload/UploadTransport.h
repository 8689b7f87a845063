#pragma once

#include "publish/upload/PublishedFile.h"
#include "publish/upload/UploadError.h"

#include <optional>

// One kind of place the fallback page goes to (a folder, WebDAV, SFTP, an S3 bucket). FileUploader decides
// what goes up and in which order; a transport only knows how to put one file there, replacing any earlier
// copy in one step where the place allows it.
class UploadTransport
{
public:
    virtual ~UploadTransport() = default;

    // Checks what can be checked before the first transfer (secrets present, a key file written).
    virtual std::optional<UploadError> prepare() { return std::nullopt; }
    // Puts `file` at `remotePath` (the target's prefix already applied, '/'-separated, relative to the
    // target's root). nullopt when it is there.
    virtual std::optional<UploadError> put(const PublishedFile& file, const QString& remotePath) = 0;
};
