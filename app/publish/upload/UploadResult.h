#pragma once

#include "publish/DeliveryOutcome.h"
#include "publish/upload/UploadDigests.h"

#include <QString>
#include <QStringList>

// What one upload of the fallback page came to. On failure the files before `failedPath` are in place (and
// in `digests`), the others are not; `status` says whether the same upload may succeed later.
struct UploadResult
{
    enum class Status
    {
        Uploaded, // every file is in place
        Retry,    // may succeed later as it is: no connection, a timeout, a 5xx
        Failed, // cannot succeed as it is: settings, a missing secret, refused credentials, a wrong host key
    };

    Status status = Status::Failed;
    QStringList uploaded;  // paths sent, in the order they went up
    QStringList unchanged; // paths skipped because the target already had these bytes
    QString failedPath;    // the file that did not go up; empty when no file was tried
    QString message;       // for a person, naming the channel, the file and the reason; never a secret
    UploadDigests digests; // what the target holds now, for the next upload

    bool ok() const { return status == Status::Uploaded; }

    // The outbox's view: Sent (with `externalId`, e.g. the public address, and the digests in the thread
    // under "uploaded"), Retry or Failed with the message.
    DeliveryOutcome toOutcome(const QString& externalId) const
    {
        switch (status) {
        case Status::Uploaded:
            return DeliveryOutcome::sent(externalId,
                                         QJsonObject{{QStringLiteral("uploaded"), digests.toJson()}});
        case Status::Retry:
            return DeliveryOutcome::retry(message);
        case Status::Failed:
            break;
        }
        return DeliveryOutcome::failed(message);
    }
};
