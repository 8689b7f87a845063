#include "comms/MessageContextBuilder.h"
#include "comms/TemplateCatalogue.h"
#include "comms/TemplateRenderer.h"
#include "IncidentFixture.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace {

const QString frenchSummary = QStringLiteral("Certains paiements échouent au moment de régler.");

Incident frenchIncident()
{
    return IncidentFixture::full(
        {QStringLiteral("API"), QStringLiteral("Site web"), QStringLiteral("Connexion")}, frenchSummary);
}

MessageFacts factsFor(const Incident& incident, const QString& language,
                      qint64 nowMs = IncidentFixture::nowMs())
{
    MessageContextBuilder::Audience audience;
    audience.language = language;
    audience.timeZoneId = QStringLiteral("Europe/Paris");
    audience.nowMs = nowMs;
    audience.statusPageUrl = QStringLiteral("https://status.example.com");
    return MessageContextBuilder::build(incident, audience);
}

QStringList names(std::initializer_list<const char*> list)
{
    QStringList result;
    for (const char* name : list)
        result.append(QString::fromUtf8(name));
    return result;
}

} // namespace

class TemplateRendererTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shippedTemplates_data();
    void shippedTemplates();
    void missingVariables_data();
    void missingVariables();
    void htmlEscapingOnlyInHtml();
    void invalidTemplateIsAnError();
    void jsonEscaping_data();
    void jsonEscaping();
};

void TemplateRendererTest::shippedTemplates_data()
{
    QTest::addColumn<Incident>("incident");
    QTest::addColumn<QString>("templateId");
    QTest::addColumn<ChannelKind>("channel");
    QTest::addColumn<QString>("language");
    QTest::addColumn<qint64>("nowMs");
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QString>("body");

    const Incident english = IncidentFixture::full();
    const qint64 now = IncidentFixture::nowMs();
    QTest::newRow("announce, status page, en")
        << english << "announce" << ChannelKind::StatusPage << "en" << now << QString()
        << QStringLiteral(
               "We are investigating a problem affecting API, Website and Login since 14:05 (UTC+1).\n\n"
               "Some payments fail at checkout.\n\n"
               "We know how much you rely on these services, and our team is doing everything it can "
               "to restore them quickly. Next update by 16:00 (UTC+1).");
    QTest::newRow("announce, status page, fr")
        << frenchIncident() << "announce" << ChannelKind::StatusPage << "fr" << now << QString()
        << QStringLiteral(
               "Nous analysons un problème qui touche API, Site web et Connexion depuis 14 h 05 (UTC+1).\n\n"
               "Certains paiements échouent au moment de régler.\n\n"
               "Nous savons combien ces services comptent pour vous : notre équipe est mobilisée pour "
               "les rétablir au plus vite. Prochaine mise à jour au plus tard à 16 h 00 (UTC+1).");
    QTest::newRow("announce, email, en")
        << english << "announce" << ChannelKind::Email << "en" << now
        << QStringLiteral("INC-42: problem affecting API, Website and Login")
        << QStringLiteral(
               "Hello,\n\n"
               "Since 14:05 (UTC+1), we have been seeing a problem with the following services:\n"
               "- API: major outage\n"
               "- Website: partial outage\n"
               "- Login: degraded performance\n\n"
               "Some payments fail at checkout.\n\n"
               "We know how much you rely on them. Our team is investigating and doing everything it "
               "can to restore normal service quickly. We will write again by 16:00 (UTC+1).\n\n"
               "Follow the incident as it happens: https://status.example.com\n\n"
               "Reference: INC-42");
    Incident drill = frenchIncident();
    drill.drill = true;
    drill.customerSummary.clear();
    QTest::newRow("announce, email, fr, drill without summary")
        << drill << "announce" << ChannelKind::Email << "fr" << now
        << QStringLiteral("EXERCICE – INC-42 : problème sur API, Site web et Connexion")
        << QStringLiteral(
               "Bonjour,\n\n"
               "Ceci est un exercice : rien n'est réellement en panne.\n\n"
               "Depuis 14 h 05 (UTC+1), nous constatons un problème sur les services suivants :\n"
               "- API : panne majeure\n"
               "- Site web : panne partielle\n"
               "- Connexion : performances dégradées\n\n"
               "Nous savons combien vous en dépendez. Notre équipe recherche la cause et fait le "
               "nécessaire pour rétablir le service au plus vite. Nous vous écrirons de nouveau au plus "
               "tard à 16 h 00 (UTC+1).\n\n"
               "Suivez l'incident en direct : https://status.example.com\n\n"
               "Référence : INC-42");
    QTest::newRow("announce, social, en")
        << english << "announce" << ChannelKind::Social << "en" << now << QString()
        << QStringLiteral(
               "We are investigating a problem affecting API, Website and Login. Our team is on it. "
               "Next update by 16:00 (UTC+1). https://status.example.com");
    Incident monitoring = frenchIncident();
    monitoring.status = IncidentStatus::Monitoring;
    QTest::newRow("update, chat, fr")
        << monitoring << "update" << ChannelKind::Chat << "fr" << now << QString()
        << QStringLiteral(
               "*INC-42 – Checkout errors* (Sous surveillance) : perturbations sur API, Site web et "
               "Connexion depuis 1 h 25 min. Certains paiements échouent au moment de régler. Retour à "
               "la normale prévu vers 17 h 00 (UTC+1). Prochaine mise à jour au plus tard à 16 h 00 "
               "(UTC+1).");
    Incident resolved = english;
    resolved.status = IncidentStatus::Resolved;
    resolved.moments.resolvedMs = now;
    QTest::newRow("resolved, status page, en")
        << resolved << "resolved" << ChannelKind::StatusPage << "en" << now + 3'600'000 << QString()
        << QStringLiteral(
               "The problem affecting API, Website and Login is resolved and everything is working "
               "normally again.\n\n"
               "It started at 14:05 (UTC+1) and lasted 1 hr 25 min. We are sorry for the disruption. "
               "We will analyse what happened and take steps so that it does not happen again.");
    QTest::newRow("maintenance notice, status page, fr, same day")
        << IncidentFixture::maintenance() << "maintenance-notice" << ChannelKind::StatusPage << "fr" << now
        << QString()
        << QStringLiteral(
               "Maintenance programmée sur API entre 22 h 00 (UTC+1) et 23 h 30 (UTC+1).\n\n"
               "Pendant cette période, ces services pourront être brièvement indisponibles. Nous vous "
               "préviendrons au début et à la fin de l'intervention.");
    QTest::newRow("maintenance notice, social, en, the day before")
        << IncidentFixture::maintenance() << "maintenance-notice" << ChannelKind::Social << "en"
        << IncidentFixture::utc(2026, 3, 2, 10, 0) << QString()
        << QStringLiteral(
               "Scheduled maintenance on API from 22:00 (UTC+1) on Tuesday 3 March to 23:30 (UTC+1) "
               "on Tuesday 3 March. These services may be briefly unavailable. "
               "https://status.example.com");
}

void TemplateRendererTest::shippedTemplates()
{
    QFETCH(Incident, incident);
    QFETCH(QString, templateId);
    QFETCH(ChannelKind, channel);
    QFETCH(QString, language);
    QFETCH(qint64, nowMs);
    QFETCH(QString, subject);
    QFETCH(QString, body);

    WorkspaceError error;
    const TemplateCatalogue catalogue = TemplateCatalogue::defaults(&error);
    QVERIFY2(!catalogue.isEmpty(), qPrintable(error.toString()));
    const std::optional<MessageTemplate> entry = catalogue.find(templateId, channel, language);
    QVERIFY(entry.has_value());
    const RenderedMessage message = TemplateRenderer::render(*entry, factsFor(incident, language, nowMs));
    QVERIFY2(message.ok(), qPrintable(message.errors.join(QLatin1Char('\n'))));
    QCOMPARE(message.subject, subject);
    QCOMPARE(message.body, body);
}

void TemplateRendererTest::missingVariables_data()
{
    QTest::addColumn<QString>("templateText");
    QTest::addColumn<bool>("withEstimate");
    QTest::addColumn<QStringList>("missing");
    QTest::addColumn<QString>("rendered");

    QTest::newRow("estimate printed, not set")
        << "Back by {{estimated_resolution_at}}." << false << names({"estimated_resolution_at"}) << QString();
    QTest::newRow("estimate printed, set")
        << "Back by {{estimated_resolution_at}}." << true << QStringList() << "Back by 17:00 (UTC+1).";
    QTest::newRow("estimate in its own section, not set")
        << "Working on it.{{#estimated_resolution_at}} Back by "
           "{{estimated_resolution_at}}.{{/estimated_resolution_at}}"
        << false << QStringList() << "Working on it.";
    QTest::newRow("inverted section when not set")
        << "{{^estimated_resolution_at}}No estimate yet.{{/estimated_resolution_at}}" << false
        << QStringList() << "No estimate yet.";
    QTest::newRow("inverted section when set hides its content")
        << "{{^estimated_resolution_at}}{{owner}}{{/estimated_resolution_at}}done" << true << QStringList()
        << "done";
    QTest::newRow("unknown names, in order, once")
        << "{{owner}} {{ticket}} {{owner}} {{{raw_owner}}} {{& amp_owner}}" << true
        << names({"owner", "ticket", "raw_owner", "amp_owner"}) << QString();
    QTest::newRow("inside the services list") << "{{#services}}{{name}} ({{impact}}) {{owner}}{{/services}}"
                                              << true << names({"owner"}) << QString();
    QTest::newRow("outer names inside the services list")
        << "{{#services}}{{reference}}/{{name}} {{/services}}" << true << QStringList()
        << "INC-42/API INC-42/Website INC-42/Login";
    QTest::newRow("comment and changed delimiters")
        << "{{! a comment }}{{=<% %>=}}<% reference %> <% nope %>" << true << names({"nope"}) << QString();
}

void TemplateRendererTest::missingVariables()
{
    QFETCH(QString, templateText);
    QFETCH(bool, withEstimate);
    QFETCH(QStringList, missing);
    QFETCH(QString, rendered);

    Incident incident = IncidentFixture::full();
    if (!withEstimate)
        incident.estimatedResolutionMs = 0;
    MessageTemplate entry;
    entry.templateId = QStringLiteral("test");
    entry.body = templateText;
    const RenderedMessage message = TemplateRenderer::render(entry, factsFor(incident, QStringLiteral("en")));
    QCOMPARE(message.missingVariables, missing);
    QCOMPARE(message.ok(), missing.isEmpty());
    QCOMPARE(message.body, rendered);
    for (const QString& name : missing)
        QVERIFY2(message.errors.join(QLatin1Char(' ')).contains(name),
                 qPrintable(message.errors.join(QLatin1Char(' '))));
}

void TemplateRendererTest::htmlEscapingOnlyInHtml()
{
    const Incident incident =
        IncidentFixture::full({QStringLiteral("R&D <tools>"), QStringLiteral("\"Shop\"")});
    const TemplateCatalogue catalogue = TemplateCatalogue::defaults();
    const MessageFacts facts = factsFor(incident, QStringLiteral("en"));

    const RenderedMessage email = TemplateRenderer::render(
        *catalogue.find(QStringLiteral("announce"), ChannelKind::Email, QStringLiteral("en")), facts);
    QVERIFY2(email.ok(), qPrintable(email.errors.join(QLatin1Char('\n'))));
    QCOMPARE(email.subject, QStringLiteral("INC-42: problem affecting R&D <tools> and \"Shop\""));
    QVERIFY(email.body.contains(QStringLiteral("- R&D <tools>: major outage")));
    QVERIFY(email.html.contains(QStringLiteral("<li>R&amp;D &lt;tools&gt;: major outage</li>")));
    QVERIFY(email.html.contains(QStringLiteral("<li>&quot;Shop&quot;: partial outage</li>")));
    QVERIFY(!email.html.contains(QStringLiteral("R&D")));

    const RenderedMessage post = TemplateRenderer::render(
        *catalogue.find(QStringLiteral("announce"), ChannelKind::Social, QStringLiteral("en")), facts);
    QVERIFY(post.body.contains(QStringLiteral("affecting R&D <tools> and \"Shop\".")));
    QVERIFY(!post.body.contains(QStringLiteral("&amp;")));
    QVERIFY(post.html.isEmpty());
}

void TemplateRendererTest::invalidTemplateIsAnError()
{
    MessageTemplate entry;
    entry.body = QStringLiteral("{{#services}}{{name}}");
    const RenderedMessage message =
        TemplateRenderer::render(entry, factsFor(IncidentFixture::full(), QStringLiteral("en")));
    QVERIFY(!message.ok());
    QVERIFY(message.body.isEmpty());
    QVERIFY2(message.errors.join(QLatin1Char(' ')).contains(QStringLiteral("services")),
             qPrintable(message.errors.join(QLatin1Char(' '))));
}

void TemplateRendererTest::jsonEscaping_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("inside");

    QTest::newRow("quotes and backslash")
        << QStringLiteral("say \"hi\" \\ bye") << QStringLiteral("say \\\"hi\\\" \\\\ bye");
    QTest::newRow("line breaks and tab") << QStringLiteral("a\nb\r\tc") << QStringLiteral("a\\nb\\r\\tc");
    QTest::newRow("other control") << QStringLiteral("bell\x07") << QStringLiteral("bell\\u0007");
    QTest::newRow("markup and emoji stay")
        << QStringLiteral("<b>R&D</b> \U0001F680") << QStringLiteral("<b>R&D</b> \U0001F680");
}

// In a JSON body each printed value is the inside of a JSON string, and the result parses back to it.
void TemplateRendererTest::jsonEscaping()
{
    QFETCH(QString, value);
    QFETCH(QString, inside);
    QStringList errors;
    QStringList missing;
    const QString rendered = TemplateRenderer::renderText(
        QStringLiteral("{\"v\":\"{{v}}\"}"), QVariantMap{{QStringLiteral("v"), value}},
        TemplateRenderer::Escaping::Json, &errors, &missing);
    QVERIFY(errors.isEmpty());
    QCOMPARE(rendered, QStringLiteral("{\"v\":\"") + inside + QStringLiteral("\"}"));
    QCOMPARE(QJsonDocument::fromJson(rendered.toUtf8()).object().value(QStringLiteral("v")).toString(),
             value);
}

QTEST_GUILESS_MAIN(TemplateRendererTest)
#include "tst_templaterenderer.moc"
