#include "comms/MessageContextBuilder.h"
#include "comms/MessageLinter.h"
#include "comms/TemplateCatalogue.h"
#include "comms/TemplateRenderer.h"
#include "IncidentFixture.h"

#include <QTemporaryDir>
#include <QTest>

class TemplateCatalogueTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shipsEveryTemplate();
    void everyShippedTemplateRenders_data();
    void everyShippedTemplateRenders();
    void errorsNameTheirPlace_data();
    void errorsNameTheirPlace();
    void workspaceFileOverridesEntries();
    void unreadableFileIsAnError();
};

void TemplateCatalogueTest::shipsEveryTemplate()
{
    WorkspaceError error;
    const TemplateCatalogue catalogue = TemplateCatalogue::defaults(&error);
    QVERIFY2(!catalogue.isEmpty(), qPrintable(error.toString()));
    const QStringList ids = TemplateCatalogue::shippedTemplateIds();
    QCOMPARE(ids.size(), 8);
    QCOMPARE(catalogue.size(), ids.size() * 4 * 2);
    for (const QString& id : ids) {
        for (const ChannelKind channel : allChannelKinds()) {
            for (const QString& language : {QStringLiteral("en"), QStringLiteral("fr")}) {
                const auto entry = catalogue.find(id, channel, language);
                QVERIFY2(entry.has_value(), qPrintable(id + QLatin1Char('/') + channelKindKey(channel) +
                                                       QLatin1Char('/') + language));
                QVERIFY(!entry->body.trimmed().isEmpty());
                QCOMPARE(entry->subject.isEmpty(), channel != ChannelKind::Email);
                // Customer emails have an HTML body; the internal update is plain text.
                if (channel == ChannelKind::Email)
                    QCOMPARE(entry->html.isEmpty(), id == u"internal-update");
            }
        }
    }
}

void TemplateCatalogueTest::everyShippedTemplateRenders_data()
{
    QTest::addColumn<QString>("templateId");
    QTest::addColumn<ChannelKind>("channel");
    QTest::addColumn<QString>("language");
    QTest::addColumn<bool>("drill");
    const TemplateCatalogue catalogue = TemplateCatalogue::defaults();
    for (const MessageTemplate& entry : catalogue.entries()) {
        for (const bool drill : {false, true}) {
            const QString name = entry.templateId + QLatin1Char(' ') + channelKindKey(entry.channel) +
                                 QLatin1Char(' ') + entry.language +
                                 (drill ? QStringLiteral(" drill") : QString());
            QTest::newRow(qPrintable(name)) << entry.templateId << entry.channel << entry.language << drill;
        }
    }
}

// Every shipped template renders for a complete incident (or maintenance) in its language, and what it
// renders passes the linter's placeholder and jargon rules and names the affected service.
void TemplateCatalogueTest::everyShippedTemplateRenders()
{
    QFETCH(QString, templateId);
    QFETCH(ChannelKind, channel);
    QFETCH(QString, language);
    QFETCH(bool, drill);

    const bool maintenance = templateId.startsWith(QStringLiteral("maintenance"));
    Incident incident = maintenance ? IncidentFixture::maintenance() : IncidentFixture::full();
    incident.drill = drill;
    incident.customerSummary = QStringLiteral("Payments are affected.");
    if (templateId == u"resolved")
        incident.moments.resolvedMs = IncidentFixture::nowMs();
    MessageContextBuilder::Audience audience;
    audience.language = language;
    audience.nowMs = IncidentFixture::nowMs();
    audience.statusPageUrl = QStringLiteral("https://status.example.com");
    const MessageFacts facts = MessageContextBuilder::build(incident, audience);

    const auto entry = TemplateCatalogue::defaults().find(templateId, channel, language);
    QVERIFY(entry.has_value());
    const RenderedMessage message = TemplateRenderer::render(*entry, facts);
    QVERIFY2(message.ok(), qPrintable(message.errors.join(QLatin1Char('\n'))));
    QVERIFY(!message.body.isEmpty());
    QVERIFY(!message.body.contains(QStringLiteral("{{")));
    const QString drillWord = language == u"fr" ? QStringLiteral("exercice") : QStringLiteral("drill");
    QCOMPARE(message.body.contains(drillWord, Qt::CaseInsensitive), drill);
    if (channel == ChannelKind::Email) {
        QCOMPARE(message.subject.contains(drillWord, Qt::CaseInsensitive), drill);
        QCOMPARE(message.html.isEmpty(), templateId == u"internal-update");
        if (!message.html.isEmpty())
            QCOMPARE(message.html.contains(drillWord, Qt::CaseInsensitive), drill);
    }

    MessageLinter::Options options;
    options.language = language;
    options.affectedServices = {incident.affected.constFirst().serviceName};
    options.expectTiming = false;
    const QList<LintWarning> warnings =
        MessageLinter().lint(message.subject + QLatin1Char('\n') + message.body, options);
    QStringList found;
    for (const LintWarning& warning : warnings)
        found.append(warning.message);
    QVERIFY2(warnings.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
}

void TemplateCatalogueTest::errorsNameTheirPlace_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("fragment");

    QTest::newRow("not YAML") << QByteArray("version: 1\ntemplates: [\n") << 3 << 1 << "not valid YAML";
    QTest::newRow("empty file") << QByteArray("") << 0 << 0 << "empty";
    QTest::newRow("wrong version") << QByteArray("version: 2\ntemplates: {}\n") << 1 << 10 << "version 2";
    QTest::newRow("bad template id") << QByteArray("version: 1\ntemplates:\n  Announce!:\n    en: {}\n") << 3
                                     << 3 << "Announce!";
    QTest::newRow("unknown language")
        << QByteArray("version: 1\ntemplates:\n  announce:\n    de:\n      chat:\n        body: Hallo\n") << 4
        << 5 << "unknown key \"de\"";
    QTest::newRow("unknown channel")
        << QByteArray("version: 1\ntemplates:\n  announce:\n    en:\n      emial:\n        body: x\n") << 5
        << 7 << "unknown key \"emial\"; expected one of status-page, email, social, chat";
    QTest::newRow("email without subject")
        << QByteArray("version: 1\ntemplates:\n  announce:\n    en:\n      email:\n        body: Hello\n")
        << 6 << 9 << "templates.announce.en.email: missing required key \"subject\"";
    QTest::newRow("subject on a social post")
        << QByteArray("version: 1\ntemplates:\n  announce:\n    en:\n      social:\n        subject: x\n"
                      "        body: y\n")
        << 6 << 9 << "unknown key \"subject\"";
    QTest::newRow("unclosed section")
        << QByteArray("version: 1\ntemplates:\n  update:\n    fr:\n      chat:\n"
                      "        body: \"{{#services}}{{name}}\"\n")
        << 6 << 15 << "templates.update.fr.chat.body: template \"update\" (chat, fr) is not valid Mustache: ";
    QTest::newRow("unclosed tag in a subject")
        << QByteArray("version: 1\ntemplates:\n  announce:\n    en:\n      email:\n        subject: "
                      "\"{{reference\"\n"
                      "        body: ok\n")
        << 6 << 18 << "template \"announce\" (email, en) is not valid Mustache";
    QTest::newRow("empty body")
        << QByteArray("version: 1\ntemplates:\n  announce:\n    en:\n      chat:\n        body: \"  \"\n")
        << 6 << 15 << "the body is empty";
}

void TemplateCatalogueTest::errorsNameTheirPlace()
{
    QFETCH(QByteArray, yaml);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, fragment);

    WorkspaceError error;
    const auto catalogue = TemplateCatalogue::read(yaml, QStringLiteral("templates.yaml"), &error);
    QVERIFY(!catalogue.has_value());
    QCOMPARE(error.file, QStringLiteral("templates.yaml"));
    QVERIFY2(error.message.contains(fragment), qPrintable(error.toString()));
    QCOMPARE(error.line, line);
    QCOMPARE(error.column, column);
}

void TemplateCatalogueTest::workspaceFileOverridesEntries()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("templates.yaml"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("version: 1\n"
               "templates:\n"
               "  announce:\n"
               "    fr:\n"
               "      social:\n"
               "        body: \"Souci sur {{services_text}}, on s'en occupe. Point à {{next_update_at}}.\"\n"
               "  apology:\n"
               "    en:\n"
               "      chat:\n"
               "        body: \"Sorry about {{services_text}}.\"\n");
    file.close();

    WorkspaceError error;
    const auto own = TemplateCatalogue::readFile(path, &error);
    QVERIFY2(own.has_value(), qPrintable(error.toString()));
    QCOMPARE(own->size(), 2);
    const TemplateCatalogue defaults = TemplateCatalogue::defaults();
    const TemplateCatalogue merged = defaults.overriddenBy(*own);
    QCOMPARE(merged.size(), defaults.size() + 1);
    QCOMPARE(merged.find(QStringLiteral("announce"), ChannelKind::Social, QStringLiteral("fr"))->body,
             QStringLiteral("Souci sur {{services_text}}, on s'en occupe. Point à {{next_update_at}}."));
    QCOMPARE(merged.find(QStringLiteral("announce"), ChannelKind::Social, QStringLiteral("en")),
             defaults.find(QStringLiteral("announce"), ChannelKind::Social, QStringLiteral("en")));
    QVERIFY(merged.templateIds().contains(QStringLiteral("apology")));
}

void TemplateCatalogueTest::unreadableFileIsAnError()
{
    QTemporaryDir dir;
    WorkspaceError error;
    QVERIFY(!TemplateCatalogue::readFile(dir.filePath(QStringLiteral("absent.yaml")), &error).has_value());
    QVERIFY(error.file.endsWith(QStringLiteral("absent.yaml")));
    QVERIFY(!error.hasPosition());
    QVERIFY(!error.message.isEmpty());
}

QTEST_GUILESS_MAIN(TemplateCatalogueTest)
#include "tst_templatecatalogue.moc"
