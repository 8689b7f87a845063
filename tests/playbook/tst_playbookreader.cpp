#include "playbook/LocalizedText.h"
#include "playbook/PlaybookReader.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace {

constexpr qint64 minute = 60'000;
constexpr qint64 hour = 60 * minute;

const QString fileName = QStringLiteral("playbook.yaml");

QStringList stepIds(const Playbook& playbook)
{
    QStringList ids;
    for (const PlaybookStep& step : playbook.steps)
        ids.append(step.id);
    return ids;
}

// Every field given, none at its default.
const QByteArray fullPlaybook = R"(id: shop
name: {en: Shop plan, fr: Plan boutique}
steps:
  - id: announce
    title: {en: Tell users, fr: Informer les utilisateurs}
    instructions: Say what is broken.
    action: message
    channels: [status-page, email, social]
    template: announce
    severities: [sev1, SEV2]
    due: {after: 15m, from: declared}
  - id: call-legal
    title: Call legal
    action: task
    applies_to: both
    due: {after: 1h30m, from: previous-step}
  - id: update
    title: Post an update
    action: message
    channels: [chat]
    template: update
    due: {after: 10m, from: declared}
    repeat:
      every: {sev1: 30m, sev2: 1h, sev3: 2h, sev4: 4h}
      until: resolved
  - id: notice
    title: Announce the maintenance
    action: message
    channels: [status-page]
    template: maintenance-notice
    applies_to: maintenance
    due: {before: 48h, from: window-start}
  - id: ending
    title: End
    action: post-mortem
    applies_to: maintenance
    due: {from: window-end}
)";

} // namespace

class TestPlaybookReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void localizedTextFallsBack();
    void readsEveryField();
    void readsTheDefault();
    void theDefaultSpeaksEnglishAndFrench();
    void reportsErrorWithPlace_data();
    void reportsErrorWithPlace();
    void readsTheDocumentedExamples();
    void matchesTheDocumentedMessage();
    void readsFromAPath();
    void reportsAFileThatCannotBeOpened();
};

void TestPlaybookReader::localizedTextFallsBack()
{
    LocalizedText text(QStringLiteral("Hello"));
    text.set(QStringLiteral("fr"), QStringLiteral("Bonjour"));
    QCOMPARE(text.text(QStringLiteral("fr")), QStringLiteral("Bonjour"));
    QCOMPARE(text.text(QStringLiteral("fr_CA")), QStringLiteral("Bonjour"));
    QCOMPARE(text.text(QStringLiteral("de")), QStringLiteral("Hello"));
    LocalizedText german(QStringLiteral("Hallo"), QStringLiteral("de"));
    QCOMPARE(german.text(QStringLiteral("fr")), QStringLiteral("Hallo"));
    QCOMPARE(LocalizedText().text(QStringLiteral("en")), QString());
}

void TestPlaybookReader::readsEveryField()
{
    const PlaybookResult result = PlaybookReader::readFromBytes(fullPlaybook, fileName);
    QVERIFY2(result.ok(), qPrintable(result.error.toString()));
    const Playbook& playbook = *result.playbook;
    QCOMPARE(playbook.id, QStringLiteral("shop"));
    QCOMPARE(playbook.name.text(QStringLiteral("fr")), QStringLiteral("Plan boutique"));
    QCOMPARE(stepIds(playbook),
             QStringList({QStringLiteral("announce"), QStringLiteral("call-legal"), QStringLiteral("update"),
                          QStringLiteral("notice"), QStringLiteral("ending")}));

    const PlaybookStep& announce = playbook.steps.at(0);
    QCOMPARE(announce.title.text(QStringLiteral("en")), QStringLiteral("Tell users"));
    QCOMPARE(announce.title.text(QStringLiteral("fr")), QStringLiteral("Informer les utilisateurs"));
    QCOMPARE(announce.instructions.text(QStringLiteral("fr")), QStringLiteral("Say what is broken."));
    QCOMPARE(announce.action, PlaybookStep::Action::Message);
    QCOMPARE(announce.channels,
             QList<ChannelKind>({ChannelKind::StatusPage, ChannelKind::Email, ChannelKind::Social}));
    QCOMPARE(announce.templateId, QStringLiteral("announce"));
    QCOMPARE(announce.appliesTo, PlaybookStep::Scope::Incident);
    QCOMPARE(announce.severities, QList<Severity>({Severity::Sev1, Severity::Sev2}));
    QVERIFY(announce.due);
    QCOMPARE(announce.due->from, PlaybookStep::Anchor::Declared);
    QCOMPARE(announce.due->offsetMs, 15 * minute);
    QVERIFY(!announce.isRepeating());

    const PlaybookStep& legal = playbook.steps.at(1);
    QCOMPARE(legal.action, PlaybookStep::Action::Task);
    QCOMPARE(legal.appliesTo, PlaybookStep::Scope::Both);
    QCOMPARE(legal.due->from, PlaybookStep::Anchor::PreviousStep);
    QCOMPARE(legal.due->offsetMs, 90 * minute);
    QVERIFY(legal.severities.isEmpty());
    QVERIFY(legal.channels.isEmpty());

    const PlaybookStep& update = playbook.steps.at(2);
    QVERIFY(update.isRepeating());
    QCOMPARE(update.channels, QList<ChannelKind>({ChannelKind::Chat}));
    QCOMPARE(update.due->offsetMs, 10 * minute);
    QCOMPARE(update.repeat->cadenceMs(Severity::Sev1), 30 * minute);
    QCOMPARE(update.repeat->cadenceMs(Severity::Sev2), 1 * hour);
    QCOMPARE(update.repeat->cadenceMs(Severity::Sev3), 2 * hour);
    QCOMPARE(update.repeat->cadenceMs(Severity::Sev4), 4 * hour);

    const PlaybookStep& notice = playbook.steps.at(3);
    QCOMPARE(notice.appliesTo, PlaybookStep::Scope::Maintenance);
    QCOMPARE(notice.due->from, PlaybookStep::Anchor::WindowStart);
    QCOMPARE(notice.due->offsetMs, -48 * hour);

    const PlaybookStep& ending = playbook.steps.at(4);
    QCOMPARE(ending.action, PlaybookStep::Action::PostMortem);
    QCOMPARE(ending.due->from, PlaybookStep::Anchor::WindowEnd);
    QCOMPARE(ending.due->offsetMs, 0);
}

void TestPlaybookReader::readsTheDefault()
{
    QFile file(PlaybookReader::defaultPlaybookPath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const PlaybookResult result =
        PlaybookReader::readFromBytes(file.readAll(), QStringLiteral("default.yaml"));
    QVERIFY2(result.ok(), qPrintable(result.error.toString()));

    const Playbook playbook = PlaybookReader::defaultPlaybook();
    QCOMPARE(playbook, *result.playbook);
    QCOMPARE(playbook.id, QStringLiteral("default"));
    QCOMPARE(
        stepIds(playbook),
        QStringList({QStringLiteral("internal"), QStringLiteral("fallback-page"), QStringLiteral("announce"),
                     QStringLiteral("acknowledge"), QStringLiteral("update"), QStringLiteral("resolved"),
                     QStringLiteral("post-mortem"), QStringLiteral("maintenance-notice"),
                     QStringLiteral("maintenance-start"), QStringLiteral("maintenance-end")}));

    using Anchor = PlaybookStep::Anchor;
    struct Expected
    {
        const char* id;
        PlaybookStep::Action action;
        const char* templateId;
        Anchor from;
        qint64 offsetMs;
        PlaybookStep::Scope scope;
    };
    using A = PlaybookStep::Action;
    using S = PlaybookStep::Scope;
    const Expected expected[] = {
        {"internal", A::Internal, "internal-update", Anchor::Declared, 5 * minute, S::Incident},
        {"fallback-page", A::FallbackPage, "", Anchor::Declared, 10 * minute, S::Incident},
        {"announce", A::Message, "announce", Anchor::Declared, 15 * minute, S::Incident},
        {"acknowledge", A::Message, "acknowledge", Anchor::Declared, 30 * minute, S::Incident},
        {"resolved", A::Message, "resolved", Anchor::Resolved, 15 * minute, S::Incident},
        {"post-mortem", A::PostMortem, "", Anchor::Resolved, 5 * 24 * hour, S::Incident},
        {"maintenance-notice", A::Message, "maintenance-notice", Anchor::WindowStart, -48 * hour,
         S::Maintenance},
        {"maintenance-start", A::Message, "maintenance-start", Anchor::WindowStart, 0, S::Maintenance},
        {"maintenance-end", A::Message, "maintenance-end", Anchor::WindowEnd, 0, S::Maintenance},
    };
    for (const Expected& e : expected) {
        const std::optional<PlaybookStep> step = playbook.step(QString::fromLatin1(e.id));
        QVERIFY2(step, e.id);
        QCOMPARE(step->action, e.action);
        QCOMPARE(step->templateId, QString::fromLatin1(e.templateId));
        QVERIFY2(step->due, e.id);
        QCOMPARE(step->due->from, e.from);
        QCOMPARE(step->due->offsetMs, e.offsetMs);
        QCOMPARE(step->appliesTo, e.scope);
        QVERIFY2(!step->isRepeating(), e.id);
    }
    QCOMPARE(playbook.step(QStringLiteral("internal"))->channels, QList<ChannelKind>({ChannelKind::Chat}));
    QCOMPARE(playbook.step(QStringLiteral("fallback-page"))->severities,
             QList<Severity>({Severity::Sev1, Severity::Sev2}));
    QVERIFY(playbook.step(QStringLiteral("announce"))->channels.contains(ChannelKind::StatusPage));

    const PlaybookStep update = *playbook.step(QStringLiteral("update"));
    QCOMPARE(update.action, PlaybookStep::Action::Message);
    QCOMPARE(update.templateId, QStringLiteral("update"));
    QVERIFY(!update.due); // first due one cadence after declaring
    QVERIFY(update.isRepeating());
    QCOMPARE(update.repeat->cadenceMs(Severity::Sev1), 30 * minute);
    QCOMPARE(update.repeat->cadenceMs(Severity::Sev2), 60 * minute);
    QCOMPARE(update.repeat->cadenceMs(Severity::Sev3), 120 * minute);
    QCOMPARE(update.repeat->cadenceMs(Severity::Sev4), 240 * minute);
}

void TestPlaybookReader::theDefaultSpeaksEnglishAndFrench()
{
    const Playbook playbook = PlaybookReader::defaultPlaybook();
    QVERIFY(playbook.name.has(QStringLiteral("en")) && playbook.name.has(QStringLiteral("fr")));
    for (const PlaybookStep& step : playbook.steps) {
        for (const LocalizedText& text : {step.title, step.instructions}) {
            QVERIFY2(text.languages() == QStringList({QStringLiteral("en"), QStringLiteral("fr")}),
                     qPrintable(step.id));
            QVERIFY2(text.text(QStringLiteral("en")) != text.text(QStringLiteral("fr")), qPrintable(step.id));
        }
    }
}

void TestPlaybookReader::reportsErrorWithPlace_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("expected");

    // A valid first step on lines 1-7; a second step, when added, starts on line 8 at column 5.
    const QByteArray head = "steps:\n"
                            "  - id: announce\n"
                            "    title: Tell users\n"
                            "    action: message\n"
                            "    channels: [status-page]\n"
                            "    template: announce\n"
                            "    due: {after: 15m, from: declared}\n";
    const QByteArray second = "  - id: care\n"
                              "    title: Care\n"
                              "    action: task\n";
    const QByteArray due = "    due: {after: 30m, from: declared}\n";

    QTest::newRow("syntax: tab indentation")
        << QByteArray("steps:\n\t- id: a\n") << 2 << 2 << QString() << QStringLiteral("not valid YAML");
    QTest::newRow("empty file") << QByteArray("# nothing\n") << 0 << 0 << QString()
                                << QStringLiteral("the file is empty");
    QTest::newRow("no steps") << QByteArray("id: shop\n") << 1 << 1 << QString()
                              << QStringLiteral("missing required key \"steps\"");
    QTest::newRow("unknown top-level key")
        << QByteArray("id: shop\nstep:\n  - id: a\n") << 2 << 1 << QString()
        << QStringLiteral("unknown key \"step\"; did you mean \"steps\"?");
    QTest::newRow("name is a list") << QByteArray("name: [a, b]\nsteps: []\n") << 1 << 7
                                    << QStringLiteral("name")
                                    << QStringLiteral("expected a text, or a map of texts by language");
    QTest::newRow("steps is not a list")
        << QByteArray("steps:\n  id: a\n") << 2 << 3 << QStringLiteral("steps")
        << QStringLiteral("expected a list of steps");
    QTest::newRow("extends something else")
        << QByteArray("extends: mine\nsteps: []\n") << 1 << 10 << QStringLiteral("extends")
        << QStringLiteral("can only extend \"default\"");
    QTest::newRow("misspelt step key") << head + "  - id: care\n    titl: Care\n"
                                       << 9 << 5 << QStringLiteral("steps[1]")
                                       << QStringLiteral("unknown key \"titl\"; did you mean \"title\"?");
    QTest::newRow("after outside an extension")
        << head + second + due + "    after: announce\n"
        << 12 << 5 << QStringLiteral("steps[1]") << QStringLiteral("unknown key \"after\"");
    QTest::newRow("missing title") << head + "  - id: care\n    action: task\n"
                                   << 8 << 5 << QStringLiteral("steps[1]")
                                   << QStringLiteral("missing required key \"title\"");
    QTest::newRow("id with capitals")
        << head + "  - id: Care\n    title: Care\n    action: task\n" + due << 8 << 9
        << QStringLiteral("steps[1].id") << QStringLiteral("lower-case letters, digits and dashes");
    QTest::newRow("duplicate step id")
        << head + "  - id: announce\n    title: Again\n    action: task\n" + due << 8 << 9
        << QStringLiteral("steps[1].id")
        << QStringLiteral("\"announce\" is already the id of steps[0]; step ids must be unique");
    QTest::newRow("bad language code")
        << head + "  - id: care\n    title: {en: Care, French: Soin}\n    action: task\n" + due << 9 << 23
        << QStringLiteral("steps[1].title.French") << QStringLiteral("expected a language code");
    QTest::newRow("unknown action") << head + "  - id: care\n    title: Care\n    action: mesage\n" + due
                                    << 10 << 13 << QStringLiteral("steps[1].action")
                                    << QStringLiteral("unknown action \"mesage\"; expected one of message, "
                                                      "fallback-page, internal, post-mortem, task (did you "
                                                      "mean \"message\"?)");
    QTest::newRow("unknown channel kind")
        << head + second + "    channels: [status-page, emal]\n" + due << 11 << 29
        << QStringLiteral("steps[1].channels[1]")
        << QStringLiteral("unknown channel kind \"emal\"; expected one of status-page, email, social, chat "
                          "(did you mean \"email\"?)");
    QTest::newRow("channel listed twice")
        << head + second + "    channels: [chat, chat]\n" + due << 11 << 22
        << QStringLiteral("steps[1].channels[1]") << QStringLiteral("\"chat\" is listed twice");
    QTest::newRow("template id format")
        << head + second + "    template: Announce Now\n" + due << 11 << 15
        << QStringLiteral("steps[1].template") << QStringLiteral("expected a template id");
    QTest::newRow("severity out of range") << head + second + "    severities: [sev1, sev5]\n" + due << 11
                                           << 24 << QStringLiteral("steps[1].severities[1]")
                                           << QStringLiteral("expected a severity from sev1 to sev4");
    QTest::newRow("unknown applies_to")
        << head + second + "    applies_to: maintenace\n" + due << 11 << 17
        << QStringLiteral("steps[1].applies_to") << QStringLiteral("(did you mean \"maintenance\"?)");
    QTest::newRow("due.after not a duration")
        << head + second + "    due: {after: soon, from: declared}\n"
        << 11 << 18 << QStringLiteral("steps[1].due.after")
        << QStringLiteral("expected a duration such as 30s, 5m or 1h, got \"soon\"");
    QTest::newRow("due.after negative")
        << head + second + "    due: {after: -1h, from: declared}\n"
        << 11 << 18 << QStringLiteral("steps[1].due.after") << QStringLiteral("expected a duration");
    QTest::newRow("due with after and before")
        << head + second + "    due: {after: 1h, before: 2h, from: window-start}\n"
        << 11 << 30 << QStringLiteral("steps[1].due.before")
        << QStringLiteral("give either after or before, not both");
    QTest::newRow("due without from")
        << head + second + "    due: {after: 1h}\n"
        << 11 << 10 << QStringLiteral("steps[1].due") << QStringLiteral("missing required key \"from\"");
    QTest::newRow("unknown anchor") << head + second + "    due: {after: 1h, from: declred}\n"
                                    << 11 << 28 << QStringLiteral("steps[1].due.from")
                                    << QStringLiteral("(did you mean \"declared\"?)");
    QTest::newRow("misspelt due key") << head + second + "    due: {afer: 1h, from: declared}\n"
                                      << 11 << 11 << QStringLiteral("steps[1].due")
                                      << QStringLiteral("unknown key \"afer\"; did you mean \"after\"?");
    QTest::newRow("no due time") << head + second << 8 << 5 << QStringLiteral("steps[1]")
                                 << QStringLiteral("a step needs a due time");
    QTest::newRow("previous-step on the first step")
        << QByteArray("steps:\n  - id: first\n    title: First\n    action: task\n"
                      "    due: {after: 5m, from: previous-step}\n")
        << 5 << 28 << QStringLiteral("steps[0].due.from")
        << QStringLiteral("the first step has no previous step to count from");
    QTest::newRow("window anchor on an incident step")
        << head + second + "    due: {before: 1h, from: window-start}\n"
        << 11 << 29 << QStringLiteral("steps[1].due.from")
        << QStringLiteral("only maintenances have a window");
    QTest::newRow("repeat without cadence") << head + second + "    repeat: {until: resolved}\n"
                                            << 11 << 13 << QStringLiteral("steps[1].repeat")
                                            << QStringLiteral("a repeating step needs a cadence");
    QTest::newRow("repeat missing a severity")
        << head + second + "    repeat: {every: {sev1: 30m, sev2: 1h}}\n"
        << 11 << 21 << QStringLiteral("steps[1].repeat.every") << QStringLiteral("no cadence for sev3");
    QTest::newRow("repeat cadence too short") << head + second + "    repeat: {every: 10s}\n"
                                              << 11 << 21 << QStringLiteral("steps[1].repeat.every")
                                              << QStringLiteral("expected a duration from 1m to 168h");
    QTest::newRow("repeat until something else")
        << head + second + "    repeat: {every: 1h, until: mitigated}\n"
        << 11 << 32 << QStringLiteral("steps[1].repeat.until") << QStringLiteral("expected \"resolved\"");
    QTest::newRow("message without channels")
        << head + "  - id: care\n    title: Care\n    action: message\n    template: care\n" + due << 8 << 5
        << QStringLiteral("steps[1].channels") << QStringLiteral("a message step needs channels");
    QTest::newRow("message without template")
        << head + "  - id: care\n    title: Care\n    action: message\n    channels: [email]\n" + due << 8
        << 5 << QStringLiteral("steps[1].template") << QStringLiteral("a message step needs a template");
    QTest::newRow("channels on a task")
        << head + second + "    channels: [email]\n" + due << 11 << 15 << QStringLiteral("steps[1].channels")
        << QStringLiteral("channels only apply to message and internal steps, not to task steps");

    // Extensions, over the default playbook.
    QTest::newRow("extension removes an unknown step")
        << QByteArray("extends: default\nsteps:\n  - id: anounce\n    remove: true\n") << 3 << 9
        << QStringLiteral("steps[0].id")
        << QStringLiteral("there is no step \"anounce\" (did you mean \"announce\"?)");
    QTest::newRow("extension inserts after an unknown step")
        << QByteArray("extends: default\nsteps:\n  - id: legal\n    title: Call legal\n    action: task\n"
                      "    due: {after: 1h, from: declared}\n    after: acknowlege\n")
        << 7 << 12 << QStringLiteral("steps[0].after")
        << QStringLiteral("there is no step \"acknowlege\" (did you mean \"acknowledge\"?)");
    QTest::newRow("extension adds a step without a title")
        << QByteArray("extends: default\nsteps:\n  - id: legal\n    action: task\n"
                      "    due: {after: 1h, from: declared}\n")
        << 3 << 5 << QStringLiteral("steps[0]") << QStringLiteral("missing required key \"title\"");
    QTest::newRow("extension gives a step twice")
        << QByteArray(
               "extends: default\nsteps:\n  - id: update\n    title: A\n  - id: update\n    title: B\n")
        << 5 << 9 << QStringLiteral("steps[1].id") << QStringLiteral("already the id of steps[0]");
    QTest::newRow("extension breaks a step")
        << QByteArray("extends: default\nsteps:\n  - id: post-mortem\n    channels: [email]\n") << 4 << 15
        << QStringLiteral("steps[0].channels") << QStringLiteral("not to post-mortem steps");
    QTest::newRow("extension removes the step before a previous-step anchor")
        << QByteArray("extends: default\nsteps:\n  - id: internal\n    remove: true\n"
                      "  - id: fallback-page\n    due: {after: 1m, from: previous-step}\n")
        << 6 << 28 << QStringLiteral("steps[1].due.from")
        << QStringLiteral("the first step has no previous step");
}

void TestPlaybookReader::reportsErrorWithPlace()
{
    QFETCH(QByteArray, yaml);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, field);
    QFETCH(QString, expected);

    const PlaybookResult result = PlaybookReader::readFromBytes(yaml, fileName);
    QVERIFY(!result.ok());
    const WorkspaceError& error = result.error;
    QCOMPARE(error.file, fileName);
    QCOMPARE(error.line, line);
    QCOMPARE(error.column, column);
    if (!field.isEmpty())
        QVERIFY2(error.message.startsWith(field + QStringLiteral(": ")), qPrintable(error.message));
    QVERIFY2(error.message.contains(expected), qPrintable(error.message));
    if (line > 0)
        QVERIFY(error.toString().startsWith(QStringLiteral("playbook.yaml:%1:%2: ").arg(line).arg(column)));
}

void TestPlaybookReader::readsTheDocumentedExamples()
{
    QFile doc(QFINDTESTDATA("../../docs/playbook-format.md"));
    QVERIFY(doc.open(QIODevice::ReadOnly));
    const QByteArray text = doc.readAll();
    auto yamlBlockAfter = [&text](const QByteArray& heading) {
        const qsizetype start = text.indexOf("```yaml\n", text.indexOf(heading)) + 8;
        return text.mid(start, text.indexOf("```", start) - start);
    };

    const PlaybookResult complete =
        PlaybookReader::readFromBytes(yamlBlockAfter("## Example"), QStringLiteral("playbook-format.md"));
    QVERIFY2(complete.ok(), qPrintable(complete.error.toString()));
    QCOMPARE(stepIds(*complete.playbook),
             QStringList({QStringLiteral("announce"), QStringLiteral("update"), QStringLiteral("resolved"),
                          QStringLiteral("maintenance-notice")}));

    const PlaybookResult extension = PlaybookReader::readFromBytes(yamlBlockAfter("## Extending the default"),
                                                                   QStringLiteral("playbook-format.md"));
    QVERIFY2(extension.ok(), qPrintable(extension.error.toString()));
    QVERIFY(extension.playbook->indexOf(QStringLiteral("fallback-page")) < 0);
    QCOMPARE(extension.playbook->indexOf(QStringLiteral("legal")),
             extension.playbook->indexOf(QStringLiteral("acknowledge")) + 1);
}

void TestPlaybookReader::matchesTheDocumentedMessage()
{
    QByteArray yaml = "steps:\n";
    for (const char* id : {"a", "b"})
        yaml += QByteArray("  - id: ") + id +
                "\n    title: T\n    action: task\n    due: {after: 1m, from: declared}\n";
    yaml += "  - id: c\n    title: T\n    action: task\n    instructions: x\n    due: {after: soon, from: "
            "declared}\n";
    const PlaybookResult result = PlaybookReader::readFromBytes(yaml, fileName);
    QVERIFY(!result.ok());
    QCOMPARE(result.error.toString(),
             QStringLiteral("playbook.yaml:14:18: steps[2].due.after: expected a duration "
                            "such as 30s, 5m or 1h, got \"soon\""));
}

void TestPlaybookReader::readsFromAPath()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("shop-playbook.yaml"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(fullPlaybook);
    file.close();
    const PlaybookResult result = PlaybookReader::read(path);
    QVERIFY2(result.ok(), qPrintable(result.error.toString()));
    QCOMPARE(result.playbook->steps.size(), 5);

    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("steps:\n  - id: a\n    title: A\n    action: tsk\n");
    file.close();
    const PlaybookResult broken = PlaybookReader::read(path);
    QVERIFY(!broken.ok());
    QCOMPARE(broken.error.file, path);
    QCOMPARE(broken.error.line, 4);
    QCOMPARE(broken.error.column, 13);
}

void TestPlaybookReader::reportsAFileThatCannotBeOpened()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing.yaml"));
    const PlaybookResult result = PlaybookReader::read(path);
    QVERIFY(!result.ok());
    QCOMPARE(result.error.file, path);
    QCOMPARE(result.error.line, 0);
    QVERIFY2(result.error.message.contains(QStringLiteral("cannot open the playbook file")),
             qPrintable(result.error.message));
}

QTEST_GUILESS_MAIN(TestPlaybookReader)
#include "tst_playbookreader.moc"
