#include "publish/upload/FileUploader.h"

#include "publish/ResponseClassifier.h"
#include "publish/upload/FolderTransport.h"
#include "publish/upload/S3Transport.h"
#include "publish/upload/SftpTransport.h"
#include "publish/upload/WebDavTransport.h"

#include <algorithm>
#include <memory>

namespace {

std::unique_ptr<UploadTransport> transportFor(const UploadTarget& target, const Secrets& secrets)
{
    switch (target.kind) {
    case UploadTarget::Kind::Folder:
        return std::make_unique<FolderTransport>(target);
    case UploadTarget::Kind::WebDav:
        return std::make_unique<WebDavTransport>(target, secrets);
    case UploadTarget::Kind::Sftp:
        return std::make_unique<SftpTransport>(target, secrets);
    case UploadTarget::Kind::S3:
        return std::make_unique<S3Transport>(target, secrets);
    }
    return nullptr;
}

int rank(const PublishedFile& file)
{
    if (file.path == QLatin1String("index.html"))
        return 2;
    return file.path.endsWith(QLatin1String("/index.html")) ? 1 : 0;
}

} // namespace

PublishedFiles FileUploader::inUploadOrder(PublishedFiles files)
{
    std::stable_sort(files.begin(), files.end(),
                     [](const PublishedFile& a, const PublishedFile& b) { return rank(a) < rank(b); });
    return files;
}

bool FileUploader::isSafePath(const QString& path)
{
    if (path.isEmpty() || path.startsWith(QLatin1Char('/')) || path.contains(QLatin1Char('\\')) ||
        path.contains(QChar(0)))
        return false;
    const QStringList segments = path.split(QLatin1Char('/'));
    return std::none_of(segments.begin(), segments.end(), [](const QString& segment) {
        return segment.isEmpty() || segment == QLatin1String(".") || segment == QLatin1String("..");
    });
}

UploadResult FileUploader::upload(const PublishedFiles& files, const UploadTarget& target,
                                  const Secrets& secrets, const UploadDigests& previous) const
{
    UploadResult result;
    const QString where = target.describe();
    result.digests.target = where;
    if (previous.target == where)
        result.digests.byPath = previous.byPath;

    QList<QByteArray> sensitive;
    for (const QString& name : target.secretNames()) {
        if (const QByteArray value = secrets.value(name); value.size() >= 4)
            sensitive.append(value);
    }
    const auto failure = [&](const QString& path, const UploadError& error) {
        result.status = error.retryable ? UploadResult::Status::Retry : UploadResult::Status::Failed;
        result.failedPath = path;
        const QString message =
            path.isEmpty()
                ? tr("%1: cannot upload the fallback page to %2: %3.")
                      .arg(target.channel, where, error.message)
                : tr("%1: uploading %2 to %3 failed: %4.").arg(target.channel, path, where, error.message);
        result.message = ResponseClassifier::redacted(message, sensitive);
        return result;
    };

    for (const PublishedFile& file : files) {
        if (!isSafePath(file.path))
            return failure(file.path,
                           UploadError{tr("the path must be relative and stay inside the target"), false});
    }
    const std::unique_ptr<UploadTransport> transport = transportFor(target, secrets);
    if (!transport)
        return failure(QString(), UploadError{tr("this kind of target is not supported"), false});
    bool prepared = false;
    for (const PublishedFile& file : inUploadOrder(files)) {
        if (result.digests.unchanged(where, file)) {
            result.unchanged.append(file.path);
            continue;
        }
        if (!prepared) {
            if (const auto problem = transport->prepare())
                return failure(QString(), *problem);
            prepared = true;
        }
        if (const auto problem = transport->put(file, target.prefix + file.path)) {
            result.digests.byPath.remove(file.path);
            return failure(file.path, *problem);
        }
        result.uploaded.append(file.path);
        result.digests.byPath.insert(file.path, UploadDigests::digest(file));
    }
    result.status = UploadResult::Status::Uploaded;
    return result;
}
