#pragma once

#include <QDate>
#include <QList>
#include <QMetaType>
#include <QString>

// One thing a post-mortem commits the team to doing so that the incident does not happen again: who owns it,
// by when, and where it is tracked. Kept per incident and listed across incidents (ActionItemTable), so that
// open items do not get lost once the post-mortem is read.
struct ActionItem
{
    enum class Status : int
    {
        Open = 0,
        InProgress = 1,
        Done = 2,
    };

    QString id; // UUID, assigned when the item is first saved
    QString incidentId;
    QString title;
    QString owner;
    QDate dueDate; // null when no date was set
    Status status = Status::Open;
    QString link; // the ticket or change that tracks it, as typed

    bool isDone() const { return status == Status::Done; }
    // Past its due date and not done, on `today` (in the team's zone).
    bool isOverdue(const QDate& today) const;

    static QString statusKey(Status status); // "open", "in_progress", "done"
    static bool statusFromKey(const QString& key, Status* out);
    static QList<Status> allStatuses();

    bool operator==(const ActionItem&) const = default;
};

Q_DECLARE_METATYPE(ActionItem)
