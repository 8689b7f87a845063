#pragma once

#include <QList>
#include <QString>

#include <optional>

// The HTTP status codes a service accepts as healthy, written as in the workspace file: "200-299, 301".
class StatusCodeSet
{
public:
    struct Range
    {
        int low = 0;
        int high = 0;
        bool operator==(const Range&) const = default;
    };

    StatusCodeSet() = default; // 200-299
    explicit StatusCodeSet(QList<Range> ranges);

    // Parses "200-299, 301". On failure returns nullopt and sets *error to a message naming the bad part.
    static std::optional<StatusCodeSet> parse(const QString& text, QString* error = nullptr);

    bool contains(int code) const;
    QString toString() const;
    const QList<Range>& ranges() const { return m_ranges; }

    bool operator==(const StatusCodeSet&) const = default;

private:
    // Not a braced list: GCC 12 at -O2 reports the initializer_list temporary as uninitialized (a false
    // positive inside QList) wherever a default StatusCodeSet is built.
    QList<Range> m_ranges = QList<Range>(1, Range{200, 299});
};
