#pragma once

#include <QString>

// Why one transfer did not happen, as a sentence for a person (never a secret), and whether the same
// transfer may succeed later as it is (the network, a 5xx) or not (refused credentials, a host key that does
// not match, a folder that cannot be written).
struct UploadError
{
    QString message;
    bool retryable = false;
};
