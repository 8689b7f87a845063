#include "report/PostMortemChange.h"

namespace {

const ActionItem* findItem(const QList<ActionItem>& items, const QString& id)
{
    for (const ActionItem& item : items) {
        if (item.id == id)
            return &item;
    }
    return nullptr;
}

QString dateText(const QDate& date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

} // namespace

QList<PostMortemChange> PostMortemChange::between(const PostMortem& before, const PostMortem& after,
                                                  const QString& by, qint64 atMs)
{
    QList<PostMortemChange> changes;
    const auto add = [&](const QString& field, const QString& from, const QString& to) {
        changes.append(PostMortemChange{0, after.incidentId, atMs, by, field, from, to});
    };
    if (before.state != after.state)
        add(QStringLiteral("review_state"), PostMortem::reviewStateKey(before.state),
            PostMortem::reviewStateKey(after.state));
    for (PostMortem::Section section : PostMortem::sections()) {
        if (before.section(section) != after.section(section))
            add(QStringLiteral("section.") + PostMortem::sectionKey(section), QString(), QString());
    }
    const QString prefix = QStringLiteral("action.");
    for (const ActionItem& item : after.actionItems) {
        const ActionItem* old = findItem(before.actionItems, item.id);
        const QString field = prefix + item.id;
        if (!old) {
            add(field, QString(), item.title);
            continue;
        }
        if (old->title != item.title)
            add(field + QStringLiteral(".title"), old->title, item.title);
        if (old->owner != item.owner)
            add(field + QStringLiteral(".owner"), old->owner, item.owner);
        if (old->dueDate != item.dueDate)
            add(field + QStringLiteral(".due_date"), dateText(old->dueDate), dateText(item.dueDate));
        if (old->status != item.status)
            add(field + QStringLiteral(".status"), ActionItem::statusKey(old->status),
                ActionItem::statusKey(item.status));
        if (old->link != item.link)
            add(field + QStringLiteral(".link"), old->link, item.link);
    }
    for (const ActionItem& item : before.actionItems) {
        if (!findItem(after.actionItems, item.id))
            add(prefix + item.id, item.title, QString());
    }
    return changes;
}
