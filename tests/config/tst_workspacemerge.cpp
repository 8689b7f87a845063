#include "config/WorkspaceMerge.h"

#include <QTest>

namespace {

ServiceDefinition service(qint64 id, const QString& name, const QString& target)
{
    ServiceDefinition s;
    s.id = id;
    s.name = name;
    s.kind = CheckKind::Tcp;
    s.target = target;
    return s;
}

QStringList names(const QList<ServiceDefinition>& services)
{
    QStringList out;
    for (const ServiceDefinition& s : services)
        out.append(s.name);
    return out;
}

QList<qint64> ids(const QList<ServiceDefinition>& services)
{
    QList<qint64> out;
    for (const ServiceDefinition& s : services)
        out.append(s.id);
    return out;
}

const QList<ServiceDefinition> stored = {
    service(11, QStringLiteral("Orders DB"), QStringLiteral("127.0.0.1:5432")),
    service(12, QStringLiteral("Cache"), QStringLiteral("127.0.0.1:6379")),
    service(13, QStringLiteral("Legacy FTP"), QStringLiteral("127.0.0.1:21")),
};

// Orders DB unchanged, Cache moved to another port, Queue new, Legacy FTP absent.
const QByteArray file = "services:\n"
                        "  - name: Orders DB\n    kind: tcp\n    target: 127.0.0.1:5432\n"
                        "  - name: cache \n    kind: tcp\n    target: 127.0.0.1:6380\n"
                        "  - name: Queue\n    kind: tcp\n    target: 127.0.0.1:5672\n"
                        "settings:\n  raw_retention_days: 9\n";

} // namespace

class TestWorkspaceMerge : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sortsServicesByName();
    void removesAbsentServicesOnlyWhenAsked_data();
    void removesAbsentServicesOnlyWhenAsked();
    void treatsAnyChangedFieldAsAnUpdate();
    void ignoresIdsInTheFile();
    void aWrongFileChangesNothing();
    void anIdenticalFileChangesNothing();
};

void TestWorkspaceMerge::sortsServicesByName()
{
    WorkspaceError error;
    const auto plan = WorkspaceMerge::planFromFile(stored, file, QStringLiteral("w.yaml"),
                                                   WorkspaceMerge::Absent::Keep, &error);
    QVERIFY2(plan, qPrintable(error.toString()));
    QCOMPARE(names(plan->toAdd), QStringList{QStringLiteral("Queue")});
    QCOMPARE(ids(plan->toAdd), QList<qint64>{0});
    QCOMPARE(names(plan->toUpdate), QStringList{QStringLiteral("cache")}); // the file's spelling wins
    QCOMPARE(ids(plan->toUpdate), QList<qint64>{12});
    QCOMPARE(plan->toUpdate.first().target, QStringLiteral("127.0.0.1:6380"));
    QCOMPARE(plan->unchanged, QList<ServiceDefinition>{stored.first()});
    QVERIFY(plan->toRemove.isEmpty());
    QCOMPARE(plan->settings.rawRetentionDays, std::optional<int>(9));
    QVERIFY(plan->changesSomething());
}

void TestWorkspaceMerge::removesAbsentServicesOnlyWhenAsked_data()
{
    QTest::addColumn<WorkspaceMerge::Absent>("absent");
    QTest::addColumn<QList<qint64>>("removed");
    QTest::newRow("keep") << WorkspaceMerge::Absent::Keep << QList<qint64>{};
    QTest::newRow("remove") << WorkspaceMerge::Absent::Remove << QList<qint64>{13};
}

void TestWorkspaceMerge::removesAbsentServicesOnlyWhenAsked()
{
    QFETCH(WorkspaceMerge::Absent, absent);
    QFETCH(QList<qint64>, removed);
    const auto plan = WorkspaceMerge::planFromFile(stored, file, QStringLiteral("w.yaml"), absent, nullptr);
    QVERIFY(plan);
    QCOMPARE(ids(plan->toRemove), removed);
}

void TestWorkspaceMerge::treatsAnyChangedFieldAsAnUpdate()
{
    Workspace workspace;
    ServiceDefinition paused = stored.at(0);
    paused.id = 0;
    paused.paused = true;
    workspace.services.append(paused);
    ServiceDefinition header = stored.at(1);
    header.id = 0;
    header.kind = CheckKind::Http;
    header.target = QStringLiteral("http://127.0.0.1:6379/");
    workspace.services.append(header);
    const WorkspaceMergePlan plan = WorkspaceMerge::plan(stored, workspace, WorkspaceMerge::Absent::Remove);
    QCOMPARE(ids(plan.toUpdate), (QList<qint64>{11, 12}));
    QVERIFY(plan.toUpdate.at(0).paused);
    QCOMPARE(plan.toUpdate.at(1).kind, CheckKind::Http);
    QVERIFY(plan.unchanged.isEmpty());
    QVERIFY(plan.toAdd.isEmpty());
    QCOMPARE(ids(plan.toRemove), QList<qint64>{13});
}

void TestWorkspaceMerge::ignoresIdsInTheFile()
{
    Workspace workspace;
    ServiceDefinition stray = service(999, QStringLiteral("New one"), QStringLiteral("127.0.0.1:1"));
    workspace.services.append(stray);
    ServiceDefinition sameAsStored = stored.at(2);
    sameAsStored.id = 555;
    workspace.services.append(sameAsStored);
    const WorkspaceMergePlan plan = WorkspaceMerge::plan(stored, workspace, WorkspaceMerge::Absent::Keep);
    QCOMPARE(ids(plan.toAdd), QList<qint64>{0});
    QCOMPARE(ids(plan.unchanged), QList<qint64>{13});
    QVERIFY(plan.toUpdate.isEmpty());
}

void TestWorkspaceMerge::aWrongFileChangesNothing()
{
    // The first service alone would be a valid update; the error further down must still cancel everything.
    const QByteArray wrong =
        "services:\n"
        "  - name: Orders DB\n    kind: tcp\n    target: 127.0.0.1:9999\n"
        "  - name: Queue\n    kind: tcp\n    target: 127.0.0.1:5672\n    interval: soon\n";
    WorkspaceError error;
    const auto plan = WorkspaceMerge::planFromFile(stored, wrong, QStringLiteral("w.yaml"),
                                                   WorkspaceMerge::Absent::Remove, &error);
    QVERIFY(!plan);
    QCOMPARE(error.line, 8);
    QVERIFY2(error.message.contains(QStringLiteral("services[1].interval")), qPrintable(error.message));
}

void TestWorkspaceMerge::anIdenticalFileChangesNothing()
{
    Workspace workspace;
    for (ServiceDefinition s : stored) {
        s.id = 0;
        workspace.services.append(s);
    }
    const WorkspaceMergePlan plan = WorkspaceMerge::plan(stored, workspace, WorkspaceMerge::Absent::Remove);
    QVERIFY(!plan.changesSomething());
    QCOMPARE(plan.unchanged, stored);
}

QTEST_GUILESS_MAIN(TestWorkspaceMerge)
#include "tst_workspacemerge.moc"
