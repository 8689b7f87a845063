#include "statuspage/FallbackHtmlWriter.h"

#include "statuspage/MarkupText.h"

#include <QCryptographicHash>

namespace {

// Phones first: one column, no fixed widths; print in black on white without the links' chrome.
constexpr const char* styleSheet = R"css(
*{box-sizing:border-box}
body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;line-height:1.5;color:#1f2328;background:#f6f8fa}
.page{max-width:48rem;margin:0 auto;padding:1rem}
header{display:flex;flex-wrap:wrap;justify-content:space-between;align-items:baseline;gap:.5rem}
h1{font-size:1.5rem;margin:.5rem 0}
h2{font-size:1.15rem;margin:1rem 0 .5rem}
h3{font-size:1rem;margin:.75rem 0 .25rem}
a{color:#0550ae}
.banner{padding:1rem;border-radius:.5rem;color:#fff;font-weight:600;font-size:1.15rem;margin:1rem 0}
.banner-none{background:#1a7f37}
.banner-maintenance{background:#0969da}
.banner-minor{background:#9a6700}
.banner-major{background:#bc4c00}
.banner-critical{background:#cf222e}
.box{background:#fff;border:1px solid #d0d7de;border-radius:.5rem;margin:1rem 0;padding:0 1rem .5rem}
ul.components{list-style:none;margin:0;padding:0}
ul.components li{display:flex;flex-wrap:wrap;justify-content:space-between;gap:0 1rem;padding:.5rem 0;border-top:1px solid #eaeef2}
.name{overflow-wrap:anywhere}
.st{font-weight:600}
.st-operational{color:#1a7f37}
.st-under_maintenance{color:#0969da}
.st-degraded_performance{color:#9a6700}
.st-partial_outage{color:#bc4c00}
.st-major_outage{color:#cf222e}
article{border-top:1px solid #eaeef2;padding:.25rem 0 .5rem}
.meta{color:#57606a;font-size:.9rem;margin:.25rem 0}
ol.updates{list-style:none;padding:0;margin:0}
ol.updates li{border-left:3px solid #d0d7de;padding-left:.75rem;margin:.5rem 0}
.text{white-space:pre-wrap;overflow-wrap:anywhere;margin:.25rem 0}
footer{color:#57606a;font-size:.9rem;margin:2rem 0 1rem}
@media print{body{background:#fff;color:#000}.page{max-width:none}.banner{color:#000;background:none;border:2px solid #000}.box{border:1px solid #000;break-inside:avoid}nav,.links{display:none}a{color:#000;text-decoration:none}}
)css";

QString escaped(const QString& text)
{
    return MarkupText::html(text);
}

} // namespace

FallbackHtmlWriter::FallbackHtmlWriter(const PageTexts& texts, const Links& links)
    : m_texts(texts), m_links(links)
{}

QString FallbackHtmlWriter::anchorOf(const QString& incidentId)
{
    const QByteArray hash = QCryptographicHash::hash(incidentId.toUtf8(), QCryptographicHash::Sha1);
    return QStringLiteral("incident-") + QString::fromLatin1(hash.toHex().left(12));
}

QByteArray FallbackHtmlWriter::write(const StatusSnapshot& snapshot) const
{
    const PageIndicator indicator = snapshot.indicator();
    QString html = head(snapshot);
    html += QStringLiteral("<body>\n<div class=\"page\">\n<header>\n<h1 dir=\"auto\">") +
            escaped(snapshot.title) + QStringLiteral("</h1>\n<nav><a href=\"") +
            escaped(m_links.otherLanguagePage) + QStringLiteral("\" hreflang=\"") +
            escaped(m_links.otherLanguage) + QStringLiteral("\" lang=\"") + escaped(m_links.otherLanguage) +
            QStringLiteral("\" xml:lang=\"") + escaped(m_links.otherLanguage) + QStringLiteral("\">") +
            escaped(m_links.otherLanguageLabel) + QStringLiteral("</a></nav>\n</header>\n<main>\n");
    html += QStringLiteral("<p class=\"banner banner-") + pageIndicatorKey(indicator) +
            QStringLiteral("\" role=\"status\">") + escaped(m_texts.banner(indicator)) +
            QStringLiteral("</p>\n");
    html += components(snapshot);
    html += incidents(snapshot.openIncidents(), QT_TRANSLATE_NOOP("FallbackPage", "Current incidents"),
                      QT_TRANSLATE_NOOP("FallbackPage", "No incident is in progress."));
    if (!snapshot.openMaintenances().isEmpty())
        html +=
            incidents(snapshot.openMaintenances(), QT_TRANSLATE_NOOP("FallbackPage", "Maintenance"), nullptr);
    html += incidents(snapshot.resolvedIncidents(), QT_TRANSLATE_NOOP("FallbackPage", "Recently resolved"),
                      QT_TRANSLATE_NOOP("FallbackPage", "No incident was resolved recently."));
    html += QStringLiteral("</main>\n") + footer(snapshot) + QStringLiteral("</div>\n</body>\n</html>\n");
    return html.toUtf8();
}

QString FallbackHtmlWriter::head(const StatusSnapshot& snapshot) const
{
    const QString language = escaped(m_texts.language());
    return QStringLiteral("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"") +
           language + QStringLiteral("\" xml:lang=\"") + language +
           QStringLiteral("\">\n<head>\n<meta charset=\"utf-8\" />\n"
                          "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n"
                          "<title>") +
           escaped(snapshot.title + QStringLiteral(" – ") + m_texts.banner(snapshot.indicator())) +
           QStringLiteral("</title>\n<link rel=\"alternate\" type=\"application/atom+xml\" href=\"") +
           escaped(m_links.feed) + QStringLiteral("\" title=\"") +
           escaped(m_texts.text(QT_TRANSLATE_NOOP("FallbackPage", "Incident history"))) +
           QStringLiteral("\" />\n<link rel=\"alternate\" hreflang=\"") + escaped(m_links.otherLanguage) +
           QStringLiteral("\" href=\"") + escaped(m_links.otherLanguagePage) +
           QStringLiteral("\" />\n<style>") + QString::fromUtf8(styleSheet) +
           QStringLiteral("</style>\n</head>\n");
}

QString FallbackHtmlWriter::components(const StatusSnapshot& snapshot) const
{
    QString html = QStringLiteral("<section class=\"box\">\n<h2>") +
                   escaped(m_texts.text(QT_TRANSLATE_NOOP("FallbackPage", "Components"))) +
                   QStringLiteral("</h2>\n");
    if (snapshot.components.isEmpty()) {
        html += QStringLiteral("<p>") +
                escaped(m_texts.text(QT_TRANSLATE_NOOP("FallbackPage", "No component is listed."))) +
                QStringLiteral("</p>\n");
    }
    for (const QString& group : snapshot.groups()) {
        if (!group.isEmpty())
            html += QStringLiteral("<h3 dir=\"auto\">") + escaped(group) + QStringLiteral("</h3>\n");
        html += QStringLiteral("<ul class=\"components\">\n");
        for (const StatusComponent& component : snapshot.componentsOf(group)) {
            const QString key = componentStatusKey(component.status);
            html += QStringLiteral("<li><span class=\"name\" dir=\"auto\">") + escaped(component.name) +
                    QStringLiteral("</span> <span class=\"st st-") + key + QStringLiteral("\">") +
                    escaped(m_texts.componentStatus(component.status)) + QStringLiteral("</span></li>\n");
        }
        html += QStringLiteral("</ul>\n");
    }
    return html + QStringLiteral("</section>\n");
}

QString FallbackHtmlWriter::incidents(const QList<StatusIncident>& list, const char* heading,
                                      const char* none) const
{
    QString html = QStringLiteral("<section class=\"box\">\n<h2>") + escaped(m_texts.text(heading)) +
                   QStringLiteral("</h2>\n");
    if (list.isEmpty() && none)
        html += QStringLiteral("<p>") + escaped(m_texts.text(none)) + QStringLiteral("</p>\n");
    for (const StatusIncident& entry : list)
        html += incident(entry);
    return html + QStringLiteral("</section>\n");
}

QString FallbackHtmlWriter::incident(const StatusIncident& entry) const
{
    QString html = QStringLiteral("<article id=\"") + anchorOf(entry.id) +
                   QStringLiteral("\">\n<h3 dir=\"auto\">") + escaped(entry.title) +
                   QStringLiteral("</h3>\n<p class=\"meta\"><span dir=\"auto\">") + escaped(entry.reference) +
                   QStringLiteral("</span> · ") + escaped(m_texts.incidentStatus(entry.status)) +
                   QStringLiteral(" · ");
    if (entry.maintenance && entry.scheduledForMs > 0) {
        html += escaped(m_texts.text(QT_TRANSLATE_NOOP("FallbackPage", "Scheduled from %1")))
                    .arg(time(entry.scheduledForMs));
        if (entry.scheduledUntilMs > 0)
            html += QLatin1Char(' ') + escaped(m_texts.text(QT_TRANSLATE_NOOP("FallbackPage", "until %1")))
                                           .arg(time(entry.scheduledUntilMs));
    } else {
        html += escaped(m_texts.text(QT_TRANSLATE_NOOP("FallbackPage", "Started %1")))
                    .arg(time(entry.startedAtMs));
    }
    if (entry.resolvedAtMs > 0)
        html +=
            QStringLiteral(" · ") + escaped(m_texts.text(QT_TRANSLATE_NOOP("FallbackPage", "Resolved %1")))
                                        .arg(time(entry.resolvedAtMs));
    html += QStringLiteral("</p>\n");
    if (!entry.componentNames.isEmpty()) {
        QStringList names;
        for (const QString& name : entry.componentNames)
            names.append(QStringLiteral("<span dir=\"auto\">") + escaped(name) + QStringLiteral("</span>"));
        html += QStringLiteral("<p class=\"meta\">") +
                escaped(m_texts.text(QT_TRANSLATE_NOOP("FallbackPage", "Affected: %1")))
                    .arg(names.join(QStringLiteral(", "))) +
                QStringLiteral("</p>\n");
    }
    if (!entry.updates.isEmpty()) {
        html += QStringLiteral("<ol class=\"updates\">\n");
        for (const StatusUpdate& item : entry.updates)
            html += update(item);
        html += QStringLiteral("</ol>\n");
    }
    return html + QStringLiteral("</article>\n");
}

QString FallbackHtmlWriter::update(const StatusUpdate& item) const
{
    QString used;
    const QString text = item.text(m_texts.language(), &used);
    QString language;
    if (used != m_texts.language())
        language = QStringLiteral(" lang=\"") + escaped(used) + QStringLiteral("\" xml:lang=\"") +
                   escaped(used) + QLatin1Char('"');
    return QStringLiteral("<li>\n<p class=\"meta\"><strong>") + escaped(m_texts.incidentStatus(item.status)) +
           QStringLiteral("</strong> · ") + time(item.atMs) +
           QStringLiteral("</p>\n<p class=\"text\" dir=\"auto\"") + language + QLatin1Char('>') +
           escaped(text) + QStringLiteral("</p>\n</li>\n");
}

QString FallbackHtmlWriter::time(qint64 atMs) const
{
    return QStringLiteral("<time datetime=\"") + PageTexts::rfc3339(atMs, m_texts.zone()) +
           QStringLiteral("\">") + escaped(m_texts.dateTime(atMs)) + QStringLiteral("</time>");
}

QString FallbackHtmlWriter::footer(const StatusSnapshot& snapshot) const
{
    return QStringLiteral("<footer>\n<p>") +
           escaped(m_texts.text(QT_TRANSLATE_NOOP("FallbackPage", "Updated %1")))
               .arg(time(snapshot.generatedAtMs)) +
           QStringLiteral("</p>\n<p class=\"links\"><a href=\"") + escaped(m_links.feed) +
           QStringLiteral("\" type=\"application/atom+xml\">") +
           escaped(m_texts.text(QT_TRANSLATE_NOOP("FallbackPage", "Incident history (Atom feed)"))) +
           QStringLiteral("</a> · <a href=\"") + escaped(m_links.summary) +
           QStringLiteral("\" type=\"application/json\">summary.json</a></p>\n</footer>\n");
}
