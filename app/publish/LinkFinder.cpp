#include "publish/LinkFinder.h"

#include <QRegularExpression>

QList<LinkFinder::Link> LinkFinder::find(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral(R"(\bhttps?://[^\s<>"'«»]+)"),
                                            QRegularExpression::CaseInsensitiveOption);
    static const QString trailing = QStringLiteral(".,;:!?)]}'\"");
    QList<Link> links;
    auto it = pattern.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        QString url = match.captured();
        // A closing parenthesis belongs to the address only when it opened one (Wikipedia-style paths).
        while (!url.isEmpty() && trailing.contains(url.back())) {
            if (url.back() == QLatin1Char(')') && url.count(QLatin1Char('(')) >= url.count(QLatin1Char(')')))
                break;
            url.chop(1);
        }
        if (url.indexOf(QLatin1String("://")) + 3 >= url.size())
            continue; // "https://" alone
        links.append(Link{match.capturedStart(), url.size(), url});
    }
    return links;
}
