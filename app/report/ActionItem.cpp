#include "report/ActionItem.h"

bool ActionItem::isOverdue(const QDate& today) const
{
    return !isDone() && dueDate.isValid() && dueDate < today;
}

QString ActionItem::statusKey(Status status)
{
    switch (status) {
    case Status::Open:
        return QStringLiteral("open");
    case Status::InProgress:
        return QStringLiteral("in_progress");
    case Status::Done:
        return QStringLiteral("done");
    }
    return QStringLiteral("open");
}

bool ActionItem::statusFromKey(const QString& key, Status* out)
{
    for (Status status : allStatuses()) {
        if (statusKey(status) == key) {
            *out = status;
            return true;
        }
    }
    return false;
}

QList<ActionItem::Status> ActionItem::allStatuses()
{
    return {Status::Open, Status::InProgress, Status::Done};
}
