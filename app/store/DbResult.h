#pragma once

#include <QString>

// The outcome of one database operation: a value, or a message for a person that names the file and the
// operation. Store code returns these instead of throwing or logging.
template <typename T> struct DbResult
{
    T value{};
    QString error; // empty on success

    bool ok() const { return error.isEmpty(); }

    static DbResult success(T v) { return DbResult{std::move(v), QString()}; }
    static DbResult failure(QString message) { return DbResult{T{}, std::move(message)}; }
};
