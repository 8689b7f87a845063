#include "PostMortemFixture.h"
#include "store/Database.h"
#include "store/IncidentTable.h"
#include "store/PostMortemStore.h"
#include "store/PostMortemTable.h"
#include "store/SchemaMigrations.h"
#include "store/Store.h"
#include "time/Clock.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

ActionItem item(const QString& id, const QString& incidentId, const QString& title, QDate due,
                ActionItem::Status status = ActionItem::Status::Open)
{
    ActionItem i;
    i.id = id;
    i.incidentId = incidentId;
    i.title = title;
    i.owner = QStringLiteral("Zoë");
    i.dueDate = due;
    i.status = status;
    i.link = QStringLiteral("https://tracker.example/") + id;
    return i;
}

PostMortem written(const QString& incidentId)
{
    PostMortem pm;
    pm.incidentId = incidentId;
    pm.whatHappened = QStringLiteral("Le prestataire a refusé nos clés — « carte refusée » ✋🏽");
    pm.rootCause = QStringLiteral("## Cause\n\nRotation sans confirmation.");
    pm.createdAtMs = 1'772'542'800'000;
    pm.updatedAtMs = 1'772'546'400'000;
    pm.updatedBy = QStringLiteral("Łukasz");
    return pm;
}

// The Store and the PostMortemStore the application runs, on one file.
struct Stores
{
    Store store{SystemClock::instance()};
    PostMortemStore postMortems{store};
    DbResult<bool> opened;

    explicit Stores(const QString& path)
    {
        opened = store.open(path);
        if (opened.ok())
            opened = postMortems.open(path);
    }
    ~Stores()
    {
        postMortems.close();
        store.close();
    }
    bool saved(const PostMortem& pm, const QList<PostMortemChange>& changes = {})
    {
        postMortems.save(pm, changes);
        return QTest::qWaitFor([this] { return postMortems.pendingWrites() == 0; }, 10'000);
    }
};

struct Loaded
{
    PostMortem postMortem;
    bool found = false;
    QList<PostMortemChange> history;
};

std::optional<Loaded> load(PostMortemStore& store, const QString& incidentId)
{
    QSignalSpy spy(&store, &PostMortemStore::loaded);
    store.load(incidentId);
    if (!spy.wait(10'000))
        return std::nullopt;
    const QList<QVariant> args = spy.first();
    return Loaded{args.at(1).value<PostMortem>(), args.at(2).toBool(),
                  args.at(3).value<QList<PostMortemChange>>()};
}

QList<ActionItem> actionItems(PostMortemStore& store, bool openOnly)
{
    QSignalSpy spy(&store, &PostMortemStore::actionItemsLoaded);
    store.loadActionItems(openOnly);
    if (!spy.wait(10'000))
        return {};
    return spy.first().first().value<QList<ActionItem>>();
}

QStringList titles(const QList<ActionItem>& items)
{
    QStringList t;
    for (const ActionItem& i : items)
        t.append(i.title);
    return t;
}

} // namespace

class TestPostMortemStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;
    QString freshPath() { return m_dir.filePath(QStringLiteral("pm-%1.db").arg(++m_files)); }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void roundTripsAPostMortemWithItsHistory()
    {
        const QString path = freshPath();
        PostMortem pm = written(QStringLiteral("inc-a"));
        pm.state = PostMortem::ReviewState::InReview;
        pm.actionItems = {item(QStringLiteral("x1"), QString(), QStringLiteral("Alarme"), QDate(2026, 3, 20)),
                          item(QStringLiteral("x2"), QString(), QStringLiteral("No date"), QDate())};
        const QList<PostMortemChange> history =
            PostMortemChange::between(PostMortem{}, pm, QStringLiteral("Zoë"), 1'772'546'400'000);
        {
            Stores stores(path);
            QVERIFY2(stores.opened.ok(), qPrintable(stores.opened.error));
            QVERIFY(stores.saved(pm, history));
        }
        Stores reopened(path);
        QVERIFY2(reopened.opened.ok(), qPrintable(reopened.opened.error));
        const std::optional<Loaded> got = load(reopened.postMortems, QStringLiteral("inc-a"));
        QVERIFY(got);
        QVERIFY(got->found);
        PostMortem expected = pm;
        for (ActionItem& i : expected.actionItems)
            i.incidentId = pm.incidentId; // the store files each item under its post-mortem
        QCOMPARE(got->postMortem.actionItems, expected.actionItems);
        QCOMPARE(got->postMortem, expected);
        QCOMPARE(got->history.size(), history.size());
        for (qsizetype i = 0; i < history.size(); ++i) {
            PostMortemChange stored = got->history.at(i);
            QVERIFY(stored.id > 0);
            stored.id = 0;
            QCOMPARE(stored, history.at(i));
        }
    }

    void blankWhenNoneWasWritten()
    {
        Stores stores(freshPath());
        QVERIFY2(stores.opened.ok(), qPrintable(stores.opened.error));
        const std::optional<Loaded> got = load(stores.postMortems, QStringLiteral("nothing"));
        QVERIFY(got);
        QVERIFY(!got->found);
        QCOMPARE(got->postMortem.incidentId, QStringLiteral("nothing"));
        QVERIFY(got->postMortem.isBlank());
        QVERIFY(got->history.isEmpty());
    }

    void savesInOneTurnKeepEveryHistoryLine()
    {
        Stores stores(freshPath());
        QVERIFY2(stores.opened.ok(), qPrintable(stores.opened.error));
        PostMortem first = written(QStringLiteral("inc-b"));
        PostMortem second = first;
        second.state = PostMortem::ReviewState::Published;
        second.wentWell = QStringLiteral("Fast detection");
        QSignalSpy committed(&stores.postMortems, &PostMortemStore::writesCommitted);
        stores.postMortems.save(first,
                                PostMortemChange::between(PostMortem{}, first, QStringLiteral("A"), 1));
        stores.postMortems.save(second, PostMortemChange::between(first, second, QStringLiteral("B"), 2));
        QCOMPARE(stores.postMortems.pendingWrites(), 2);
        QTRY_COMPARE_WITH_TIMEOUT(stores.postMortems.pendingWrites(), 0, 10'000);
        const std::optional<Loaded> got = load(stores.postMortems, QStringLiteral("inc-b"));
        QVERIFY(got);
        QCOMPARE(got->postMortem.state, PostMortem::ReviewState::Published);
        QStringList fields;
        for (const PostMortemChange& c : got->history)
            fields.append(c.by + QLatin1Char(':') + c.field);
        QCOMPARE(
            fields,
            QStringList({QStringLiteral("A:section.what_happened"), QStringLiteral("A:section.root_cause"),
                         QStringLiteral("B:review_state"), QStringLiteral("B:section.went_well")}));
    }

    void actionItemsAcrossIncidents()
    {
        Stores stores(freshPath());
        QVERIFY2(stores.opened.ok(), qPrintable(stores.opened.error));
        PostMortem a = written(QStringLiteral("inc-a"));
        a.actionItems = {
            item(QStringLiteral("a1"), QString(), QStringLiteral("late April"), QDate(2026, 4, 30)),
            item(QStringLiteral("a2"), QString(), QStringLiteral("done"), QDate(2026, 3, 1),
                 ActionItem::Status::Done),
            item(QStringLiteral("a3"), QString(), QStringLiteral("undated"), QDate())};
        PostMortem b = written(QStringLiteral("inc-b"));
        b.actionItems = {item(QStringLiteral("b1"), QString(), QStringLiteral("mid March"),
                              QDate(2026, 3, 15), ActionItem::Status::InProgress)};
        QVERIFY(stores.saved(a));
        QVERIFY(stores.saved(b));
        // Open ones, dated first by date, undated last.
        QCOMPARE(titles(actionItems(stores.postMortems, true)),
                 QStringList(
                     {QStringLiteral("mid March"), QStringLiteral("late April"), QStringLiteral("undated")}));
        const QList<ActionItem> all = actionItems(stores.postMortems, false);
        QCOMPARE(all.size(), 4);
        QCOMPARE(all.first().title, QStringLiteral("done"));
        QCOMPARE(all.first().incidentId, QStringLiteral("inc-a"));
        QVERIFY(all.first().isDone());
        QVERIFY(all.at(1).isOverdue(QDate(2026, 3, 16)));
        QVERIFY(!all.at(1).isOverdue(QDate(2026, 3, 15)));

        // Saving the post-mortem again replaces its items: a dropped item is gone everywhere.
        a.actionItems.removeFirst();
        QVERIFY(stores.saved(a));
        QCOMPARE(titles(actionItems(stores.postMortems, true)),
                 QStringList({QStringLiteral("mid March"), QStringLiteral("undated")}));
    }

    void historyLinesSayWhatChanged()
    {
        PostMortem before = written(QStringLiteral("inc-c"));
        before.actionItems = {
            item(QStringLiteral("k"), QString(), QStringLiteral("Keep"), QDate(2026, 3, 20)),
            item(QStringLiteral("r"), QString(), QStringLiteral("Remove"), QDate())};
        PostMortem after = before;
        after.state = PostMortem::ReviewState::InReview;
        after.gotLucky = QStringLiteral("It was a Tuesday.");
        after.actionItems[0].status = ActionItem::Status::Done;
        after.actionItems[0].dueDate = QDate(2026, 3, 25);
        after.actionItems.removeLast();
        after.actionItems.append(item(QStringLiteral("n"), QString(), QStringLiteral("New"), QDate()));
        const QList<PostMortemChange> changes =
            PostMortemChange::between(before, after, QStringLiteral("Zoë"), 42);
        QStringList lines;
        for (const PostMortemChange& c : changes) {
            QCOMPARE(c.by, QStringLiteral("Zoë"));
            QCOMPARE(c.atMs, qint64(42));
            QCOMPARE(c.incidentId, QStringLiteral("inc-c"));
            lines.append(c.field + QLatin1Char('=') + c.before + QStringLiteral("->") + c.after);
        }
        QCOMPARE(lines, QStringList({QStringLiteral("review_state=draft->in_review"),
                                     QStringLiteral("section.got_lucky=->"),
                                     QStringLiteral("action.k.due_date=2026-03-20->2026-03-25"),
                                     QStringLiteral("action.k.status=open->done"),
                                     QStringLiteral("action.n=->New"), QStringLiteral("action.r=Remove->")}));
        QVERIFY(PostMortemChange::between(after, after, QStringLiteral("Zoë"), 43).isEmpty());
    }

    void migratesAVersionSixFile() // through steps 7 (outbox) and 8 (post-mortems)
    {
        const QString path = freshPath();
        const QList<MigrationStep> upToSix = SchemaMigrations::steps().mid(0, 6);
        QCOMPARE(upToSix.last().version, 6);
        {
            Database db;
            QVERIFY(db.open(path, upToSix).ok());
            QCOMPARE(db.schemaVersion().value, 6);
            QVERIFY(db.begin(QStringLiteral("test")).ok());
            Incident incident;
            incident.id = QStringLiteral("old");
            incident.reference = QStringLiteral("INC-7");
            incident.title = QStringLiteral("Before post-mortems");
            QVERIFY(IncidentTable(db).save(incident).ok());
            QVERIFY(db.commit(QStringLiteral("test")).ok());
            QSqlQuery q(db.connection());
            QVERIFY(!q.exec(QStringLiteral("SELECT COUNT(*) FROM post_mortems")));
            db.close();
        }
        Database db;
        const DbResult<bool> opened = db.open(path);
        QVERIFY2(opened.ok(), qPrintable(opened.error));
        QCOMPARE(db.schemaVersion().value, 8);
        QCOMPARE(SchemaMigrations::currentVersion(), 8);
        const DbResult<QList<Incident>> incidents = IncidentTable(db).all();
        QVERIFY(incidents.ok());
        QCOMPARE(incidents.value.size(), 1);
        QCOMPARE(incidents.value.first().title, QStringLiteral("Before post-mortems"));
        for (const char* table : {"post_mortems", "action_items", "post_mortem_changes"}) {
            QSqlQuery q(db.connection());
            QVERIFY2(q.exec(QStringLiteral("SELECT COUNT(*) FROM ") + QLatin1String(table)), table);
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toInt(), 0);
        }
        QVERIFY(db.begin(QStringLiteral("test")).ok());
        PostMortem pm = written(QStringLiteral("old"));
        pm.state = PostMortem::ReviewState::Published;
        QVERIFY(PostMortemTable(db).save(pm).ok());
        QVERIFY(db.commit(QStringLiteral("test")).ok());
        const auto states = PostMortemTable(db).states();
        QVERIFY(states.ok());
        QCOMPARE(states.value.size(), 1);
        QCOMPARE(states.value.first().first, QStringLiteral("old"));
        QCOMPARE(states.value.first().second, PostMortem::ReviewState::Published);
        // Stable keys in the file.
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT review_state FROM post_mortems")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("published"));
    }

    void loadsEverythingAReportNeeds()
    {
        const QString path = freshPath();
        const QString error = PostMortemFixture::writeStore(path);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        Stores stores(path);
        QVERIFY2(stores.opened.ok(), qPrintable(stores.opened.error));
        QSignalSpy loaded(&stores.postMortems, &PostMortemStore::reportLoaded);
        stores.postMortems.loadReport(QStringLiteral("inc-1"), PostMortemFixture::nowMs()); // any case
        QVERIFY(loaded.wait(10'000));
        const ReportInputs inputs = loaded.first().first().value<ReportInputs>();
        QCOMPARE(inputs.record.incident.reference, PostMortemFixture::reference());
        QVERIFY(inputs.hasPostMortem);
        QCOMPARE(inputs.postMortem.state, PostMortem::ReviewState::InReview);
        QCOMPARE(inputs.postMortem.actionItems.size(), 3);
        QVERIFY(!inputs.changes.isEmpty());
        QCOMPARE(inputs.deliveries.size(), 3);
        QCOMPARE(inputs.stateChanges.size(), 2);
        // Each service's list starts with its last change before the chart's window (12:52:30).
        const QList<StateChange> api = inputs.stateChanges.value(1);
        QCOMPARE(api.first().atMs, PostMortemFixture::utc(12, 0));
        QCOMPARE(api.size(), 4);
    }

    void unknownIncidentListsTheKnownOnes()
    {
        const QString path = freshPath();
        const QString error = PostMortemFixture::writeStore(path);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        Stores stores(path);
        QVERIFY2(stores.opened.ok(), qPrintable(stores.opened.error));
        QSignalSpy notFound(&stores.postMortems, &PostMortemStore::reportNotFound);
        QSignalSpy loaded(&stores.postMortems, &PostMortemStore::reportLoaded);
        stores.postMortems.loadReport(QStringLiteral("INC-999"), PostMortemFixture::nowMs());
        QVERIFY(notFound.wait(10'000));
        QVERIFY(loaded.isEmpty());
        QCOMPARE(notFound.first().at(0).toString(), QStringLiteral("INC-999"));
        QCOMPARE(notFound.first().at(1).toStringList(), QStringList{PostMortemFixture::reference()});
    }
};

QTEST_GUILESS_MAIN(TestPostMortemStore)
#include "tst_postmortemstore.moc"
