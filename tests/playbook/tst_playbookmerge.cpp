#include "playbook/PlaybookReader.h"

#include <QTest>

namespace {

constexpr qint64 minute = 60'000;

const QString fileName = QStringLiteral("playbook.yaml");

QStringList stepIds(const Playbook& playbook)
{
    QStringList ids;
    for (const PlaybookStep& step : playbook.steps)
        ids.append(step.id);
    return ids;
}

} // namespace

// Files that extend a playbook; the errors they can cause are in tst_playbookreader's table.
class TestPlaybookMerge : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void extensionOverridesInsertsAndRemoves();
    void extensionAppliesOverAGivenBase();
};

void TestPlaybookMerge::extensionOverridesInsertsAndRemoves()
{
    const QByteArray yaml = R"(extends: default
name: Shop plan
steps:
  - id: update
    repeat: {every: 15m}
  - id: announce
    title: {en: Warn everybody, fr: Prévenir tout le monde}
    channels: [status-page]
  - id: fallback-page
    remove: true
  - id: legal
    title: Call legal
    action: task
    due: {after: 45m, from: declared}
    after: acknowledge
  - id: board
    title: Brief the board
    action: internal
    channels: [email]
    due: {after: 20m, from: previous-step}
    after: acknowledge
  - id: internal
    after: announce
  - id: thank-you
    title: Thank the team
    action: task
    due: {after: 1h, from: resolved}
)";
    const PlaybookResult result = PlaybookReader::readFromBytes(yaml, fileName);
    QVERIFY2(result.ok(), qPrintable(result.error.toString()));
    const Playbook& playbook = *result.playbook;
    QCOMPARE(playbook.id, QStringLiteral("default"));
    QCOMPARE(playbook.name.text(QStringLiteral("fr")), QStringLiteral("Shop plan"));
    QCOMPARE(stepIds(playbook),
             QStringList({QStringLiteral("announce"), QStringLiteral("internal"),
                          QStringLiteral("acknowledge"), QStringLiteral("legal"), QStringLiteral("board"),
                          QStringLiteral("update"), QStringLiteral("resolved"), QStringLiteral("post-mortem"),
                          QStringLiteral("maintenance-notice"), QStringLiteral("maintenance-start"),
                          QStringLiteral("maintenance-end"), QStringLiteral("thank-you")}));

    const Playbook original = PlaybookReader::defaultPlaybook();
    const PlaybookStep update = *playbook.step(QStringLiteral("update"));
    for (const Severity severity : allSeverities())
        QCOMPARE(update.repeat->cadenceMs(severity), 15 * minute);
    QCOMPARE(update.title, original.step(QStringLiteral("update"))->title); // fields not given stay

    const PlaybookStep announce = *playbook.step(QStringLiteral("announce"));
    QCOMPARE(announce.title.text(QStringLiteral("fr")), QStringLiteral("Prévenir tout le monde"));
    QCOMPARE(announce.channels, QList<ChannelKind>({ChannelKind::StatusPage}));
    QCOMPARE(announce.due->offsetMs, 15 * minute);
    QCOMPARE(announce.instructions, original.step(QStringLiteral("announce"))->instructions);

    // Moved, not changed.
    QCOMPARE(*playbook.step(QStringLiteral("internal")), *original.step(QStringLiteral("internal")));
    QCOMPARE(playbook.step(QStringLiteral("board"))->due->from, PlaybookStep::Anchor::PreviousStep);
    QCOMPARE(playbook.step(QStringLiteral("legal"))->due->offsetMs, 45 * minute);
}

void TestPlaybookMerge::extensionAppliesOverAGivenBase()
{
    Playbook base;
    base.id = QStringLiteral("team");
    PlaybookStep only;
    only.id = QStringLiteral("only");
    only.title = LocalizedText(QStringLiteral("Only"));
    only.due = PlaybookStep::Due{PlaybookStep::Anchor::Declared, 5 * minute};
    base.steps.append(only);

    const QByteArray yaml =
        "extends: default\nid: mine\nsteps:\n  - id: only\n    due: {after: 7m, from: declared}\n";
    const PlaybookResult result = PlaybookReader::readFromBytes(yaml, fileName, base);
    QVERIFY2(result.ok(), qPrintable(result.error.toString()));
    QCOMPARE(result.playbook->id, QStringLiteral("mine"));
    QCOMPARE(stepIds(*result.playbook), QStringList({QStringLiteral("only")}));
    QCOMPARE(result.playbook->steps.first().due->offsetMs, 7 * minute);
    QCOMPARE(result.playbook->steps.first().title.text(QStringLiteral("en")), QStringLiteral("Only"));
}

QTEST_GUILESS_MAIN(TestPlaybookMerge)
#include "tst_playbookmerge.moc"
