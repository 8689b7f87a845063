#include "playbook/PlaybookReader.h"
#include "PostMortemFixture.h"
#include "report/HtmlExporter.h"
#include "report/MarkdownExporter.h"
#include "report/ReportWriter.h"
#include "store/PostMortemStore.h"
#include "store/Store.h"
#include "time/Clock.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

namespace {

// The report's inputs as the store gives them back for the fixture's incident.
std::optional<ReportInputs> loadInputs(const QString& path)
{
    Store store(SystemClock::instance());
    if (!store.open(path).ok())
        return std::nullopt;
    PostMortemStore postMortems(store);
    if (!postMortems.open(path).ok())
        return std::nullopt;
    QSignalSpy loaded(&postMortems, &PostMortemStore::reportLoaded);
    postMortems.loadReport(PostMortemFixture::reference(), PostMortemFixture::nowMs());
    std::optional<ReportInputs> inputs;
    if (loaded.wait(10'000))
        inputs = loaded.first().first().value<ReportInputs>();
    postMortems.close();
    store.close();
    return inputs;
}

struct Run
{
    int exitCode = -1;
    QString out;
};

Run run(const QString& program, const QStringList& arguments)
{
    QProcess p;
    p.start(program, arguments);
    if (!p.waitForFinished(60'000))
        return {};
    return Run{p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
               QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError())};
}

QStringList headings(const QTextDocument& doc, int level)
{
    QStringList found;
    for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
        if (b.blockFormat().headingLevel() == level)
            found.append(b.text());
    }
    return found;
}

QList<QTextTable*> tables(const QTextDocument& doc)
{
    QList<QTextTable*> found;
    for (QTextFrame* frame : doc.rootFrame()->childFrames()) {
        if (auto* table = qobject_cast<QTextTable*>(frame))
            found.append(table);
    }
    return found;
}

QString cellText(QTextTable* table, int row, int column)
{
    QTextCursor c = table->cellAt(row, column).firstCursorPosition();
    c.setPosition(table->cellAt(row, column).lastPosition(), QTextCursor::KeepAnchor);
    return c.selectedText();
}

} // namespace

class TestPostMortemExport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ReportInputs m_inputs;
    ReportInputs m_longInputs; // the same incident with 150 more notes
    int m_files = 0;

    PostMortemDocument document(const QString& language = QStringLiteral("en"), bool customer = false,
                                ReportOptions::Paper paper = ReportOptions::Paper::A4,
                                const QByteArray& zone = "Europe/Paris",
                                const ReportInputs* inputs = nullptr) const
    {
        ReportOptions options;
        options.language = language;
        options.zone = QTimeZone(zone);
        options.paper = paper;
        options.customerFacing = customer;
        options.nowMs = PostMortemFixture::nowMs();
        return ReportWriter::document(inputs ? *inputs : m_inputs, PlaybookReader::defaultPlaybook(), options,
                                      ReportLanguage::load(language, QStringLiteral(VIGIE_REPORT_QM_DIR)));
    }

    QString written(const PostMortemDocument& doc, ReportOptions::Format format,
                    ReportWriter::Result* result = nullptr)
    {
        const QString path = m_dir.filePath(
            QStringLiteral("report-%1.%2").arg(++m_files).arg(ReportOptions::formatKey(format)));
        const ReportWriter::Result r = ReportWriter::writeFile(doc, format, path);
        if (result)
            *result = r;
        return r.ok() ? path : QString();
    }

    // The PDF's text as pdftotext (poppler) extracts it, page layout kept.
    QString pdfText(const QString& path)
    {
        const Run r =
            run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
        // The fonts' ligatures ("ﬁ") come out as single characters: compare letters.
        return r.exitCode == 0 ? r.out.normalized(QString::NormalizationForm_KC) : QString();
    }

    QString pdfInfo(const QString& path, const QString& key)
    {
        const Run r = run(QStringLiteral("pdfinfo"), {path});
        const QRegularExpression line(QStringLiteral("^") + key + QStringLiteral(":\\s+(.*)$"),
                                      QRegularExpression::MultilineOption);
        return line.match(r.out).captured(1).trimmed();
    }

    QString fileText(const QString& path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // To look at the reports by eye: VIGIE_KEEP_REPORTS=1 keeps them and says where.
        if (qEnvironmentVariableIsSet("VIGIE_KEEP_REPORTS")) {
            m_dir.setAutoRemove(false);
            qInfo("reports kept in %s", qPrintable(m_dir.path()));
        }
        for (const auto& [extra, target] : {std::pair{0, &m_inputs}, std::pair{150, &m_longInputs}}) {
            const QString path = m_dir.filePath(QStringLiteral("store-%1.db").arg(extra));
            const QString error = PostMortemFixture::writeStore(path, extra);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            const std::optional<ReportInputs> inputs = loadInputs(path);
            QVERIFY(inputs);
            *target = *inputs;
        }
        QCOMPARE(m_longInputs.record.events.size(), m_inputs.record.events.size() + 150);
    }

    void pdfHoldsTheTimelineAndFigures()
    {
        ReportWriter::Result result;
        const QString path = written(document(), ReportOptions::Format::Pdf, &result);
        QVERIFY2(!path.isEmpty(), qPrintable(result.error));
        const QString text = pdfText(path);
        QVERIFY(!text.isEmpty());
        // Title page and running texts.
        QVERIFY(text.contains(QStringLiteral("INC-1 — Card payments failing")));
        QVERIFY(text.contains(QStringLiteral("Page 1 of %1").arg(result.pages)));
        QVERIFY(text.contains(QStringLiteral("Page %1 of %1").arg(result.pages)));
        QVERIFY(text.contains(QStringLiteral("INC-1 · Post-mortem")));
        QVERIFY(text.contains(QStringLiteral("3 March 2026 at 14:00"))); // started, in Paris
        // Response times: detected +3, acknowledged (declared) +1, mitigated +45, resolved +75.
        QVERIFY(QRegularExpression(QStringLiteral("Time to detect\\s+3 min")).match(text).hasMatch());
        QVERIFY(QRegularExpression(QStringLiteral("Time to acknowledge\\s+1 min")).match(text).hasMatch());
        QVERIFY(QRegularExpression(QStringLiteral("Time to mitigate\\s+45 min")).match(text).hasMatch());
        QVERIFY(QRegularExpression(QStringLiteral("Time to resolve\\s+1 h 15 min")).match(text).hasMatch());
        // Downtime per service: API 40 min down, 30 degraded; Website 15 down, 30 degraded.
        QVERIFY(QRegularExpression(QStringLiteral("API\\s+Major outage\\s+40 min\\s+30 min"))
                    .match(text)
                    .hasMatch());
        QVERIFY(QRegularExpression(QStringLiteral("Website\\s+Partial outage\\s+15 min\\s+30 min"))
                    .match(text)
                    .hasMatch());
        // The timeline, the messages, the adherence.
        QVERIFY(text.contains(PostMortemFixture::internalNote()));
        QVERIFY(text.contains(PostMortemFixture::publicNote()));
        QVERIFY(text.contains(QStringLiteral("Published on statuspage-main")));
        QVERIFY(text.contains(PostMortemFixture::announcement()));
        QVERIFY(text.contains(QStringLiteral("statuspage-main (Status page)")));
        QVERIFY(text.contains(QStringLiteral("mastodon-main (Social media)")));
        QVERIFY(text.contains(
            QStringLiteral("The first message went out late: 21 min after the incident was declared, "
                           "6 min after it was due.")));
        QVERIFY(text.contains(QStringLiteral("update(s) fell due; 1 late by 8 min in all.")));
        // The team's sections and action items.
        QVERIFY(text.contains(QStringLiteral("Root cause and contributing factors")));
        QVERIFY(text.contains(QStringLiteral("Alarm on PSP error rates")));
        QVERIFY(text.contains(QStringLiteral("https://tracker.example/OPS-12")));
        // The chart: its legend and its time axis in Paris time, as vector text.
        QVERIFY(
            QRegularExpression(QStringLiteral("Up\\s+Degraded\\s+Down\\s+No data")).match(text).hasMatch());
        QVERIFY2(QRegularExpression(QStringLiteral("14:00\\s+14:15\\s+14:30\\s+14:45\\s+15:00\\s+15:15"))
                     .match(text)
                     .hasMatch(),
                 qPrintable(text));
        // ... and no raster image: the chart is drawn, not pasted.
        const Run images = run(QStringLiteral("pdfimages"), {QStringLiteral("-list"), path});
        QCOMPARE(images.exitCode, 0);
        QCOMPARE(images.out.trimmed().split(QLatin1Char('\n')).size(), 2); // the list's two header lines
    }

    void pdfPagesArePlausible_data()
    {
        QTest::addColumn<int>("paper");
        QTest::addColumn<QString>("size");
        QTest::newRow("A4") << int(ReportOptions::Paper::A4) << QStringLiteral("(A4)");
        QTest::newRow("Letter") << int(ReportOptions::Paper::Letter) << QStringLiteral("(letter)");
    }

    void pdfPagesArePlausible()
    {
        QFETCH(int, paper);
        QFETCH(QString, size);
        ReportWriter::Result result;
        const QString path = written(document(QStringLiteral("en"), false, ReportOptions::Paper(paper)),
                                     ReportOptions::Format::Pdf, &result);
        QVERIFY2(!path.isEmpty(), qPrintable(result.error));
        const int pages = pdfInfo(path, QStringLiteral("Pages")).toInt();
        QCOMPARE(pages, result.pages);
        // A title page, then a short incident's sections: a handful of pages, not one, not dozens.
        QVERIFY2(pages >= 3 && pages <= 8, qPrintable(QString::number(pages)));
        QVERIFY2(pdfInfo(path, QStringLiteral("Page size")).endsWith(size),
                 qPrintable(pdfInfo(path, QStringLiteral("Page size"))));
        QCOMPARE(pdfInfo(path, QStringLiteral("Title")), QStringLiteral("INC-1 — Card payments failing"));
        QCOMPARE(result.bytes, QFileInfo(path).size());
    }

    void longTablesRepeatTheirHeader()
    {
        ReportWriter::Result result;
        const QString path = written(
            document(QStringLiteral("en"), false, ReportOptions::Paper::A4, "Europe/Paris", &m_longInputs),
            ReportOptions::Format::Pdf, &result);
        QVERIFY2(!path.isEmpty(), qPrintable(result.error));
        const QString text = pdfText(path);
        const QStringList pages = text.split(QLatin1Char('\f'), Qt::SkipEmptyParts);
        static const QRegularExpression header(QStringLiteral("^\\s*Time\\s+Event\\s+What\\s+By\\s*$"),
                                               QRegularExpression::MultilineOption);
        int pagesWithHeader = 0;
        int notes = 0;
        for (const QString& page : pages) {
            if (header.match(page).hasMatch())
                ++pagesWithHeader;
            notes += page.count(QStringLiteral("Checked the PSP dashboard again"));
        }
        // 150 more rows run over several pages; each page of the table starts with its header row, and no
        // row is lost or cut in two at a page break.
        QVERIFY2(pagesWithHeader >= 3, qPrintable(QString::number(pagesWithHeader)));
        QCOMPARE(notes, 150);
        QVERIFY(text.contains(QStringLiteral("Checked the PSP dashboard again (150)")));
    }

    void htmlIsSelfContainedAndParses()
    {
        const QString path = written(document(), ReportOptions::Format::Html);
        QVERIFY(!path.isEmpty());
        const Run tidy = run(QStringLiteral("tidy"), {QStringLiteral("-q"), QStringLiteral("-e"), path});
        QVERIFY2(tidy.exitCode == 0, qPrintable(tidy.out)); // no error, not even a warning
        const QString html = fileText(path);
        // Nothing refers outside the file: no src or href except data: URIs, no script, style sheet link,
        // import or url().
        static const QRegularExpression reference(QStringLiteral("\\b(?:src|href)\\s*=\\s*[\"']?(?!data:)"),
                                                  QRegularExpression::CaseInsensitiveOption);
        QVERIFY2(!reference.match(html).hasMatch(), qPrintable(reference.match(html).captured()));
        for (const QString& banned :
             {QStringLiteral("<script"), QStringLiteral("<link"), QStringLiteral("@import"),
              QStringLiteral("url("), QStringLiteral("<img"), QStringLiteral("<iframe")})
            QVERIFY2(!html.contains(banned, Qt::CaseInsensitive), qPrintable(banned));
        QVERIFY(html.contains(QStringLiteral("<svg class=\"chart\"")));
        QVERIFY(html.contains(QStringLiteral("<style>")));
        QVERIFY(html.contains(QStringLiteral("@page { size: A4")));
        QVERIFY(html.contains(QStringLiteral("thead { display: table-header-group; }")));
        QVERIFY(html.contains(QStringLiteral("<html lang=\"en\">")));
        QVERIFY(html.contains(PostMortemFixture::internalNote().toHtmlEscaped()));
        QVERIFY(html.contains(QStringLiteral("<td class=\"num\">40 min</td>")));
        // The team's Markdown: its "# Sequence" below the section's heading, the image as its address.
        QVERIFY(html.contains(QStringLiteral("<h3>Sequence</h3>")));
        QVERIFY(html.contains(QStringLiteral("<strong>rotated keys</strong>")));
        QVERIFY(html.contains(QStringLiteral("the PSP status (https://psp.example/status)")));
        QVERIFY(html.contains(QStringLiteral("<th>Step</th>")));
        QVERIFY(html.contains(QStringLiteral("[https://grafana.example/render.png]")));
        QVERIFY(html.contains(QStringLiteral("<table class=\"team\">")));
    }

    void markdownRoundTripsThroughQTextDocument()
    {
        const QString markdown = MarkdownExporter::render(document());
        QTextDocument doc;
        doc.setMarkdown(markdown);
        QCOMPARE(headings(doc, 1), QStringList{QStringLiteral("INC-1 — Card payments failing")});
        const QStringList sections = headings(doc, 2);
        for (const QString& expected :
             {QStringLiteral("Summary"), QStringLiteral("Response times"),
              QStringLiteral("Affected services"), QStringLiteral("Outage timeline"),
              QStringLiteral("What happened"), QStringLiteral("Action items"),
              QStringLiteral("Incident timeline"), QStringLiteral("Messages published"),
              QStringLiteral("Checklist adherence"), QStringLiteral("History of this post-mortem")})
            QVERIFY2(sections.contains(expected), qPrintable(expected));
        QCOMPARE(headings(doc, 3), QStringList{QStringLiteral("Sequence")}); // the team's, demoted
        const QList<QTextTable*> found = tables(doc);
        // Services, outage periods, the team's own table, action items, timeline, adherence, history.
        QCOMPARE(found.size(), 7);
        QTextTable* services = found.at(0);
        QCOMPARE(cellText(services, 0, 0), QStringLiteral("Service"));
        QCOMPARE(cellText(services, 1, 0), QStringLiteral("API"));
        QCOMPARE(cellText(services, 1, 2), QStringLiteral("40 min"));
        QTextTable* periods = found.at(1);
        QCOMPARE(periods->rows(), 5); // header + API down, API degraded, Website degraded, Website down
        QCOMPARE(cellText(periods, 1, 1), QStringLiteral("Down"));
        QCOMPARE(cellText(periods, 1, 4), QStringLiteral("40 min"));
        QTextTable* items = found.at(3);
        QCOMPARE(items->rows(), 4);
        QCOMPARE(cellText(items, 1, 0), QStringLiteral("Alarm on PSP error rates"));
        QCOMPARE(cellText(items, 1, 4), QStringLiteral("https://tracker.example/OPS-12"));
        QTextTable* timeline = found.at(4);
        QCOMPARE(timeline->rows(), int(m_inputs.record.events.size()) + 1);
        QCOMPARE(cellText(timeline, 0, 2), QStringLiteral("What"));
        QVERIFY(doc.toPlainText().contains(PostMortemFixture::announcement()));
    }

    void frenchAndEnglish()
    {
        const QString french = MarkdownExporter::render(document(QStringLiteral("fr")));
        const QString english = MarkdownExporter::render(document(QStringLiteral("en")));
        // The report's own catalogue, whatever the application's language (this test runs in English).
        QVERIFY(french.contains(QStringLiteral("## Chronologie de l’incident")));
        QVERIFY(french.contains(QStringLiteral("## Actions correctives")));
        QVERIFY(french.contains(QStringLiteral("**Délai de détection:** 3 min")));
        QVERIFY(french.contains(
            QStringLiteral("6 étapes sont arrivées à échéance ; 2 en retard, au pire de 8 min.")));
        QVERIFY(french.contains(QStringLiteral("3 mars 2026 à 14:00")));
        QVERIFY(french.contains(QStringLiteral("| API | En panne |")));
        QVERIFY(english.contains(QStringLiteral("## Incident timeline")));
        QVERIFY(english.contains(QStringLiteral("3 March 2026 at 14:00")));
        QVERIFY(
            english.contains(QStringLiteral("6 checklist step(s) fell due; 2 late, the latest by 8 min.")));
        QVERIFY(english.contains(QStringLiteral("| API | Down |")));
        QVERIFY(!english.contains(QStringLiteral("Chronologie")));
        QCOMPARE(QCoreApplication::translate("ReportTexts", "Incident timeline"),
                 QStringLiteral("Incident timeline"));

        const QString html = HtmlExporter::render(document(QStringLiteral("fr")));
        QVERIFY(html.contains(QStringLiteral("<html lang=\"fr\">")));
        ReportWriter::Result result;
        const QString pdf = written(document(QStringLiteral("fr")), ReportOptions::Format::Pdf, &result);
        QVERIFY(!pdf.isEmpty());
        const QString text = pdfText(pdf);
        QVERIFY(text.contains(QStringLiteral("Page 2 sur %1").arg(result.pages)));
        QVERIFY(text.contains(QStringLiteral("Chronologie de l’incident")));
        QVERIFY(
            QRegularExpression(QStringLiteral("En panne\\s+No data")).match(text).hasMatch()); // chart legend
    }

    void timesFollowTheChosenZone()
    {
        const QString utc =
            MarkdownExporter::render(document(QStringLiteral("en"), false, ReportOptions::Paper::A4, "UTC"));
        QVERIFY(utc.contains(QStringLiteral("**Started:** 3 March 2026 at 13:00")));
        QVERIFY(utc.contains(QStringLiteral("Times are in UTC (UTC+00:00).")));
        const QString montreal = MarkdownExporter::render(
            document(QStringLiteral("en"), false, ReportOptions::Paper::A4, "America/Montreal"));
        QVERIFY(montreal.contains(QStringLiteral("**Started:** 3 March 2026 at 08:00")));
        // The offset the incident had (winter time), whatever the date the report is made on.
        QVERIFY(montreal.contains(QStringLiteral("Times are in America/Montreal (UTC-05:00).")));
    }

    void customerEditionLeavesInternalNotesOut()
    {
        const PostMortemDocument customer = document(QStringLiteral("en"), true);
        const QString markdown = MarkdownExporter::render(customer);
        const QString html = HtmlExporter::render(customer);
        const QString pdfPath = written(customer, ReportOptions::Format::Pdf);
        QVERIFY(!pdfPath.isEmpty());
        const QString pdf = pdfText(pdfPath);
        for (const QString* out : {&markdown, &html, &pdf}) {
            QVERIFY(!out->contains(PostMortemFixture::internalNote()));
            QVERIFY(!out->contains(PostMortemFixture::scratchPad()));
            QVERIFY(!out->contains(QStringLiteral("Not delivered to email-customers")));
            QVERIFY(!out->contains(QStringLiteral("History of this post-mortem")));
            QVERIFY(!out->contains(QStringLiteral("message drafted")));
            QVERIFY(out->contains(PostMortemFixture::publicNote()));
            QVERIFY(out->contains(PostMortemFixture::announcement()));
            QVERIFY(out->contains(QStringLiteral("Customer edition: internal notes are left out.")));
        }
        // The internal edition has them.
        const QString internal = MarkdownExporter::render(document());
        QVERIFY(internal.contains(PostMortemFixture::internalNote()));
        QVERIFY(internal.contains(PostMortemFixture::scratchPad()));
        QVERIFY(internal.contains(QStringLiteral("Not delivered to email-customers")));
        QVERIFY(internal.contains(QStringLiteral("Internal edition: not for customers.")));
    }

    void secretsNeverAppear()
    {
        // Planted in a channel's settings (the workspace sections) and in a delivery's error and external id.
        for (bool customer : {false, true}) {
            const PostMortemDocument doc = document(QStringLiteral("en"), customer);
            QVERIFY(!MarkdownExporter::render(doc).contains(PostMortemFixture::plantedSecret()));
            QVERIFY(!HtmlExporter::render(doc).contains(PostMortemFixture::plantedSecret()));
            const QString pdf = written(doc, ReportOptions::Format::Pdf);
            QVERIFY(!pdfText(pdf).contains(PostMortemFixture::plantedSecret()));
        }
    }

    void writeErrorsAreReported()
    {
        const ReportWriter::Result result =
            ReportWriter::writeFile(document(), ReportOptions::Format::Html,
                                    m_dir.filePath(QStringLiteral("missing/folder/report.html")));
        QVERIFY(!result.ok());
        QVERIFY2(result.error.contains(QStringLiteral("missing/folder/report.html")),
                 qPrintable(result.error));
        MarkdownExporter markdown;
        QVERIFY(!markdown.write(document(), nullptr));
        QVERIFY(!markdown.errorString().isEmpty());
    }
};

QTEST_MAIN(TestPostMortemExport)
#include "tst_postmortemexport.moc"
