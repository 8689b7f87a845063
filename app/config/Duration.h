#pragma once

#include <QString>

#include <optional>

// Durations as written in workspace and Gatus files: "30" (seconds), "30s", "800ms", "5m", "1h", and Go-style
// sequences such as "1h30m" or "1.5s".
class Duration
{
public:
    // Milliseconds, or nullopt when the text is not a duration. A bare number counts as seconds.
    static std::optional<qint64> parseMs(const QString& text);
    // The shortest exact spelling that parseMs reads back: 90000 -> "1m30s", 800 -> "800ms", 0 -> "0s".
    static QString format(qint64 ms);
};
