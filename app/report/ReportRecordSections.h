#pragma once

#include "report/PostMortem.h"
#include "report/PostMortemChange.h"
#include "report/ReportBlock.h"

#include <QList>

class PostMortemFacts;
class ReportTexts;

// The sections of a post-mortem that quote the record as it is: the incident timeline, the messages
// published, the checklist adherence and the post-mortem's own history. Apart from PostMortemDocument so
// that each file stays about one thing.
class ReportRecordSections
{
public:
    static QList<ReportBlock> timeline(const PostMortemFacts& facts, bool customerFacing,
                                       const ReportTexts& texts);
    static QList<ReportBlock> messages(const PostMortemFacts& facts, const ReportTexts& texts);
    static QList<ReportBlock> adherence(const PostMortemFacts& facts, const ReportTexts& texts);
    static QList<ReportBlock> history(const PostMortem& postMortem, const QList<PostMortemChange>& changes,
                                      const ReportTexts& texts);
};
