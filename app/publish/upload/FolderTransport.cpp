#include "publish/upload/FolderTransport.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

std::optional<UploadError> FolderTransport::put(const PublishedFile& file, const QString& remotePath)
{
    const QString destination = m_target.path + QLatin1Char('/') + remotePath;
    const QString folder = QFileInfo(destination).absolutePath();
    if (!QDir().mkpath(folder) || !QFileInfo(folder).isDir())
        return UploadError{
            tr("the folder %1 cannot be created or is not a folder").arg(QDir::toNativeSeparators(folder)),
            false};
    QSaveFile out(destination);
    if (!out.open(QIODevice::WriteOnly))
        return UploadError{tr("the folder %1 cannot be written: %2")
                               .arg(QDir::toNativeSeparators(folder), out.errorString()),
                           false};
    out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser |
                       QFileDevice::WriteUser | QFileDevice::ReadGroup | QFileDevice::ReadOther);
    if (out.write(file.bytes) != file.bytes.size() || !out.commit())
        return UploadError{
            tr("%1 cannot be written in the folder %2: %3")
                .arg(QFileInfo(destination).fileName(), QDir::toNativeSeparators(folder), out.errorString()),
            false};
    return std::nullopt;
}
