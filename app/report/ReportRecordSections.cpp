#include "report/ReportRecordSections.h"

#include "report/PostMortemDocument.h"
#include "report/PostMortemFacts.h"
#include "report/ReportTexts.h"

namespace {

// What an action item's history line calls the item: its current title, else the title it had.
QString itemTitle(const PostMortem& postMortem, const QString& itemId, const QString& fallback)
{
    for (const ActionItem& item : postMortem.actionItems) {
        if (item.id == itemId)
            return item.title;
    }
    return fallback;
}

QString itemField(const QString& key, const ReportTexts& texts)
{
    if (key == QLatin1String("title"))
        return texts.columnAction();
    if (key == QLatin1String("owner"))
        return texts.columnOwner();
    if (key == QLatin1String("due_date"))
        return texts.columnDue();
    if (key == QLatin1String("status"))
        return texts.columnStatus();
    if (key == QLatin1String("link"))
        return texts.columnLink();
    return key;
}

QString itemValue(const QString& key, const QString& value, const ReportTexts& texts)
{
    if (key == QLatin1String("status")) {
        ActionItem::Status status;
        if (ActionItem::statusFromKey(value, &status))
            return texts.vocabulary().actionStatus(status);
    }
    if (key == QLatin1String("due_date") && !value.isEmpty())
        return texts.date(QDate::fromString(value, Qt::ISODate));
    return value;
}

QString describe(const PostMortem& postMortem, const PostMortemChange& change, const ReportTexts& texts)
{
    const ReportVocabulary& words = texts.vocabulary();
    if (change.field == QLatin1String("review_state")) {
        PostMortem::ReviewState from = PostMortem::ReviewState::Draft;
        PostMortem::ReviewState to = PostMortem::ReviewState::Draft;
        PostMortem::reviewStateFromKey(change.before, &from);
        PostMortem::reviewStateFromKey(change.after, &to);
        return texts.changeReviewState(words.reviewState(from), words.reviewState(to));
    }
    if (change.field.startsWith(QLatin1String("section."))) {
        PostMortem::Section section;
        if (PostMortem::sectionFromKey(change.field.mid(8), &section))
            return texts.changeSection(words.section(section));
        return change.field;
    }
    if (change.field.startsWith(QLatin1String("action."))) {
        const QStringList parts = change.field.mid(7).split(QLatin1Char('.'));
        if (parts.size() == 1)
            return change.after.isEmpty() ? texts.changeItemRemoved(change.before)
                                          : texts.changeItemAdded(change.after);
        const QString key = parts.at(1);
        return texts.changeItemField(
            QStringLiteral("%1 (%2)").arg(itemTitle(postMortem, parts.at(0), change.before),
                                          itemField(key, texts)),
            itemValue(key, change.before, texts), itemValue(key, change.after, texts));
    }
    return change.field;
}

} // namespace

QList<ReportBlock> ReportRecordSections::timeline(const PostMortemFacts& facts, bool customerFacing,
                                                  const ReportTexts& texts)
{
    QList<ReportBlock> blocks{ReportBlock::heading(texts.headingTimeline(), QStringLiteral("timeline"))};
    ReportTable table;
    table.header = {texts.columnTime(), texts.columnEvent(), texts.columnDetail(), texts.columnBy()};
    table.widths = {16, 15, 55, 14};
    table.numeric = {false, false, false, false};
    table.compact = true;
    table.rows.reserve(facts.timeline.size());
    for (const IncidentEvent& event : facts.timeline) {
        if (customerFacing && !PostMortemDocument::isCustomerVisible(event))
            continue;
        table.rows.append({texts.shortTime(event.atMs), texts.vocabulary().eventKind(event.kind), event.text,
                           event.author});
    }
    if (table.rows.isEmpty())
        blocks.append(ReportBlock::paragraph(texts.noEvents(), false, true));
    else
        blocks.append(ReportBlock::tableBlock(table, QStringLiteral("timeline-table")));
    return blocks;
}

QList<ReportBlock> ReportRecordSections::messages(const PostMortemFacts& facts, const ReportTexts& texts)
{
    QList<ReportBlock> blocks{ReportBlock::heading(texts.headingMessages(), QStringLiteral("messages"))};
    if (facts.messages.isEmpty()) {
        blocks.append(ReportBlock::paragraph(texts.noMessages(), false, true));
        return blocks;
    }
    for (const PostMortemFacts::PublishedMessage& message : facts.messages) {
        const QString kind =
            message.hasKind ? texts.vocabulary().channelKind(message.kind) : texts.fallbackPage();
        const QString channel =
            message.channel.isEmpty() ? kind : QStringLiteral("%1 (%2)").arg(message.channel, kind);
        blocks.append(ReportBlock::paragraph(
            QStringLiteral("%1 · %2").arg(texts.shortTime(message.atMs), channel), true));
        blocks.append(ReportBlock::quote(
            message.subject.isEmpty() ? message.text
                                      : QStringLiteral("%1\n\n%2").arg(message.subject, message.text)));
    }
    return blocks;
}

QList<ReportBlock> ReportRecordSections::adherence(const PostMortemFacts& facts, const ReportTexts& texts)
{
    const ChecklistAdherence::Report& report = facts.adherence;
    QList<ReportBlock> blocks{ReportBlock::heading(texts.headingAdherence(), QStringLiteral("adherence"))};
    if (!report.hasFirstMessage) {
        blocks.append(ReportBlock::paragraph(texts.noFirstMessageStep()));
    } else if (!report.firstMessageMarked) {
        blocks.append(ReportBlock::paragraph(texts.firstMessageNotSent()));
    } else if (report.firstMessageOnTime) {
        blocks.append(ReportBlock::paragraph(texts.firstMessageOnTime(report.firstMessageAfterMs)));
    } else {
        qint64 lateBy = 0;
        for (const ChecklistAdherence::Step& step : report.steps) {
            if (step.message && !step.repeating) {
                lateBy = step.lateByMs;
                break;
            }
        }
        blocks.append(ReportBlock::paragraph(texts.firstMessageLate(report.firstMessageAfterMs, lateBy)));
    }
    blocks.append(ReportBlock::paragraph(
        texts.updatesSummary(report.updatesDue, report.updatesLate, report.updatesLateTotalMs)));
    blocks.append(
        ReportBlock::paragraph(texts.stepsSummary(report.dueCount, report.lateCount, report.worstLateMs)));
    if (report.steps.isEmpty())
        return blocks;
    ReportTable table;
    table.header = {texts.columnStep(), texts.columnDue(), texts.columnDone(), texts.columnLateBy()};
    table.widths = {40, 20, 20, 20};
    table.numeric = {false, false, false, true};
    for (const ChecklistAdherence::Step& step : report.steps) {
        QString title = step.title.text(texts.languageCode());
        if (step.repeating)
            title = texts.occurrence(title, step.occurrence);
        QString done;
        if (step.markedAtMs > 0)
            done = step.skipped ? texts.skipped() : texts.shortTime(step.markedAtMs);
        else
            done = step.overdue ? texts.overdue() : texts.notDone();
        QString late = texts.none();
        if (step.dueAtMs > 0 && !step.skipped && (step.markedAtMs > 0 || step.overdue))
            late = step.lateByMs > 0 ? texts.duration(step.lateByMs) : texts.onTime();
        table.rows.append(
            {title, step.dueAtMs > 0 ? texts.shortTime(step.dueAtMs) : texts.none(), done, late});
    }
    blocks.append(ReportBlock::tableBlock(table, QStringLiteral("adherence-table")));
    return blocks;
}

QList<ReportBlock> ReportRecordSections::history(const PostMortem& postMortem,
                                                 const QList<PostMortemChange>& changes,
                                                 const ReportTexts& texts)
{
    QList<ReportBlock> blocks;
    if (changes.isEmpty())
        return blocks;
    blocks.append(ReportBlock::heading(texts.headingHistory(), QStringLiteral("history")));
    ReportTable table;
    table.header = {texts.columnTime(), texts.columnBy(), texts.columnChange()};
    table.widths = {20, 20, 60};
    table.numeric = {false, false, false};
    table.compact = true;
    for (const PostMortemChange& change : changes)
        table.rows.append({texts.shortTime(change.atMs), change.by, describe(postMortem, change, texts)});
    blocks.append(ReportBlock::tableBlock(table, QStringLiteral("history-table")));
    return blocks;
}
