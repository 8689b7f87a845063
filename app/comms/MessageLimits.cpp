#include "comms/MessageLimits.h"

#include "comms/GraphemeCounter.h"

#include <QRegularExpression>

int MessageLimits::limit(PreviewTarget target)
{
    switch (target) {
    case PreviewTarget::Mastodon:
        return mastodonLimit;
    case PreviewTarget::Bluesky:
        return blueskyLimit;
    case PreviewTarget::Email:
        return emailSubjectLimit;
    case PreviewTarget::Chat:
        return chatLimit;
    case PreviewTarget::StatusPage:
        return 0;
    }
    return 0;
}

int MessageLimits::mastodonLength(const QString& text)
{
    // Mastodon (StatusLengthValidator) replaces every URL by 23 characters and a remote mention by its local
    // part before counting grapheme clusters.
    static const QRegularExpression url(QStringLiteral(R"(https?://[^\s<>"]+[^\s<>".,;:!?)\]'])"),
                                        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression mention(QStringLiteral(R"((?<![\w@])(@\w+)@[\w.-]+\w)"));
    QString countable = text;
    countable.replace(url, QString(mastodonUrlLength, QLatin1Char('x')));
    countable.replace(mention, QStringLiteral("\\1"));
    return GraphemeCounter::count(countable);
}

MessageLimits::Measure MessageLimits::measure(PreviewTarget target, const QString& text)
{
    Measure measure;
    measure.limit = limit(target);
    measure.used = target == PreviewTarget::Mastodon ? mastodonLength(text) : GraphemeCounter::count(text);
    measure.over = measure.limit > 0 && measure.used > measure.limit;
    return measure;
}
