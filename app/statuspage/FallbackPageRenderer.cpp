#include "statuspage/FallbackPageRenderer.h"

#include "statuspage/AtomFeedWriter.h"
#include "statuspage/FallbackHtmlWriter.h"
#include "statuspage/SummaryJsonWriter.h"

namespace {

// From a file at `fromPath` to `toPath`, both relative to the page's root (at most one folder deep).
QString relativeLink(const QString& fromPath, const QString& toPath)
{
    const QString folder = fromPath.left(fromPath.lastIndexOf(QLatin1Char('/')) + 1);
    if (folder.isEmpty())
        return toPath;
    return toPath.startsWith(folder) ? toPath.mid(folder.size()) : QStringLiteral("../") + toPath;
}

QString folderOf(const QString& language)
{
    return language == FallbackPageRenderer::languages().constFirst() ? QString()
                                                                      : language + QLatin1Char('/');
}

} // namespace

FallbackPageRenderer::FallbackPageRenderer(const QTimeZone& zone, const QString& catalogueDir)
    : m_zone(zone.isValid() ? zone : QTimeZone::utc())
{
    for (const QString& language : languages())
        m_texts.append(PageTexts(language, m_zone, catalogueDir));
}

QStringList FallbackPageRenderer::languages()
{
    return {QStringLiteral("en"), QStringLiteral("fr")};
}

QString FallbackPageRenderer::pagePath(const QString& language)
{
    return folderOf(language) + QStringLiteral("index.html");
}

QString FallbackPageRenderer::feedPath(const QString& language)
{
    return folderOf(language) + QStringLiteral("history.atom");
}

QStringList FallbackPageRenderer::languagesWithoutCatalogue() const
{
    QStringList missing;
    for (const PageTexts& texts : m_texts) {
        if (!texts.hasCatalogue())
            missing.append(texts.language());
    }
    return missing;
}

const PageTexts& FallbackPageRenderer::textsFor(const QString& language) const
{
    for (const PageTexts& texts : m_texts) {
        if (texts.language() == language)
            return texts;
    }
    return m_texts.constFirst();
}

StatusPageFiles FallbackPageRenderer::render(const StatusSnapshot& snapshot) const
{
    const QString html = QStringLiteral("text/html; charset=utf-8");
    const QString atom = QStringLiteral("application/atom+xml");
    const QString summary = QString::fromLatin1(summaryPath);
    const QStringList all = languages();

    StatusPageFiles files;
    for (const QString& language : all) {
        const QString other = all.at((all.indexOf(language) + 1) % all.size());
        const QString path = pagePath(language);
        FallbackHtmlWriter::Links links;
        links.otherLanguage = other;
        links.otherLanguagePage = relativeLink(path, pagePath(other));
        //: The link to this page in your language, shown on the pages of the other languages; name yours.
        links.otherLanguageLabel =
            textsFor(other).text(QT_TRANSLATE_NOOP("FallbackPage", "This page in English"));
        links.feed = relativeLink(path, feedPath(language));
        links.summary = relativeLink(path, summary);
        const FallbackHtmlWriter writer(textsFor(language), links);
        files.files.append({path, html, writer.write(snapshot)});
    }
    const PageTexts& english = textsFor(all.constFirst());
    files.files.append({summary, QStringLiteral("application/json"),
                        SummaryJsonWriter(m_zone).write(snapshot, english.banner(snapshot.indicator()))});
    for (const QString& language : all) {
        const AtomFeedWriter writer(textsFor(language), feedPath(language), pagePath(language));
        files.files.append({feedPath(language), atom, writer.write(snapshot)});
    }
    return files;
}
