#pragma once

#include "incident/MessagePromise.h"

#include <QtGlobal>

// A time a message commits to, as PromiseExtractor read it, with where in the text it was said.
struct ExtractedPromise
{
    MessagePromise::Kind kind = MessagePromise::Kind::NextUpdate;
    qint64 dueAtMs = 0; // UTC
    int start = 0;      // the time expression in the text
    int length = 0;

    bool operator==(const ExtractedPromise&) const = default;
};
