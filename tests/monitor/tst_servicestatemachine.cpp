#include "monitor/ServiceStateMachine.h"

#include <QTest>

// Result sequences are written one letter per check: U up, G degraded (still working), D down.
// Expected changes are "index:from>to" joined by spaces, index being the result that confirmed the change.
class TestServiceStateMachine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void confirmation_data();
    void confirmation();
    void changeCarriesTimeAndReason();
    void pauseIgnoresResultsAndResumeStartsFresh();
};

namespace {

CheckResult result(QChar letter, qint64 atMs)
{
    CheckResult r;
    r.serviceId = 42;
    r.startedAtMs = atMs;
    if (letter == QLatin1Char('U')) {
        r.outcome = CheckResult::Outcome::Up;
    } else if (letter == QLatin1Char('G')) {
        r.outcome = CheckResult::Outcome::Degraded;
        r.reason = QStringLiteral("response took 812 ms (threshold 500 ms)");
    } else {
        r.outcome = CheckResult::Outcome::Down;
        r.reason = QStringLiteral("connection refused");
    }
    return r;
}

} // namespace

void TestServiceStateMachine::confirmation_data()
{
    QTest::addColumn<QString>("seed");
    QTest::addColumn<int>("failuresBeforeDown");
    QTest::addColumn<int>("successesBeforeUp");
    QTest::addColumn<QString>("sequence");
    QTest::addColumn<QString>("changes");

    const QString unknown = QStringLiteral("unknown");
    QTest::newRow("first result taken at once") << unknown << 3 << 1 << "U"
                                                << "0:unknown>up";
    QTest::newRow("first failure taken at once") << unknown << 3 << 2 << "D"
                                                 << "0:unknown>down";
    QTest::newRow("one lost check is no outage") << unknown << 3 << 1 << "UDU"
                                                 << "0:unknown>up";
    QTest::newRow("two failures are no outage") << unknown << 3 << 1 << "UDDUDD"
                                                << "0:unknown>up";
    QTest::newRow("three in a row is an outage") << unknown << 3 << 1 << "UDDD"
                                                 << "0:unknown>up 3:up>down";
    QTest::newRow("failuresBeforeDown 1") << unknown << 1 << 1 << "UD"
                                          << "0:unknown>up 1:up>down";
    QTest::newRow("recovery needs successesBeforeUp") << unknown << 1 << 3 << "DUUDUUU"
                                                      << "0:unknown>down 6:down>up";
    QTest::newRow("recover as degraded") << unknown << 1 << 2 << "DUG"
                                         << "0:unknown>down 2:down>degraded";
    QTest::newRow("up and degraded follow each result") << unknown << 3 << 1 << "UGGU"
                                                        << "0:unknown>up 1:up>degraded 3:degraded>up";
    QTest::newRow("failures from degraded") << unknown << 2 << 1 << "GDD"
                                            << "0:unknown>degraded 2:degraded>down";
    QTest::newRow("seeded down needs confirmation") << QStringLiteral("down") << 3 << 2 << "UDUU"
                                                    << "3:down>up";
    QTest::newRow("seeded up keeps counting") << QStringLiteral("up") << 2 << 1 << "DUDD"
                                              << "3:up>down";
    QTest::newRow("counts below one act as one") << unknown << 0 << 0 << "UDU"
                                                 << "0:unknown>up 1:up>down 2:down>up";
}

void TestServiceStateMachine::confirmation()
{
    QFETCH(QString, seed);
    QFETCH(int, failuresBeforeDown);
    QFETCH(int, successesBeforeUp);
    QFETCH(QString, sequence);
    QFETCH(QString, changes);

    ServiceStateMachine machine(42);
    for (ServiceState s : {ServiceState::Unknown, ServiceState::Up, ServiceState::Down}) {
        if (serviceStateKey(s) == seed)
            machine.seed(s);
    }
    machine.setConfirmation(failuresBeforeDown, successesBeforeUp);
    QStringList seen;
    for (qsizetype i = 0; i < sequence.size(); ++i) {
        if (const std::optional<StateChange> change = machine.apply(result(sequence[i], i))) {
            seen.append(QStringLiteral("%1:%2>%3")
                            .arg(change->atMs)
                            .arg(serviceStateKey(change->from), serviceStateKey(change->to)));
        }
    }
    QCOMPARE(seen.join(QLatin1Char(' ')), changes);
}

void TestServiceStateMachine::changeCarriesTimeAndReason()
{
    ServiceStateMachine machine(42);
    machine.setConfirmation(2, 1);
    QVERIFY(machine.apply(result(QLatin1Char('U'), 1000)).has_value());
    QVERIFY(!machine.apply(result(QLatin1Char('D'), 2000)).has_value());
    const std::optional<StateChange> down = machine.apply(result(QLatin1Char('D'), 3000));
    QVERIFY(down.has_value());
    QCOMPARE(down->serviceId, 42);
    QCOMPARE(down->atMs, 3000);
    QCOMPARE(down->from, ServiceState::Up);
    QCOMPARE(down->to, ServiceState::Down);
    QCOMPARE(down->reason, QStringLiteral("connection refused"));
    QCOMPARE(machine.state(), ServiceState::Down);
}

void TestServiceStateMachine::pauseIgnoresResultsAndResumeStartsFresh()
{
    ServiceStateMachine machine(42);
    machine.setConfirmation(3, 3);
    machine.apply(result(QLatin1Char('U'), 1));
    const std::optional<StateChange> paused = machine.setPaused(true, 5);
    QVERIFY(paused.has_value());
    QCOMPARE(paused->to, ServiceState::Paused);
    QCOMPARE(paused->atMs, 5);
    QVERIFY(!machine.setPaused(true, 6).has_value());
    QVERIFY(!machine.apply(result(QLatin1Char('D'), 7)).has_value());
    QCOMPARE(machine.state(), ServiceState::Paused);

    const std::optional<StateChange> resumed = machine.setPaused(false, 8);
    QVERIFY(resumed.has_value());
    QCOMPARE(resumed->from, ServiceState::Paused);
    QCOMPARE(resumed->to, ServiceState::Unknown);
    // From Unknown the next result counts at once, despite failuresBeforeDown 3.
    const std::optional<StateChange> down = machine.apply(result(QLatin1Char('D'), 9));
    QVERIFY(down.has_value());
    QCOMPARE(down->to, ServiceState::Down);
}

QTEST_GUILESS_MAIN(TestServiceStateMachine)
#include "tst_servicestatemachine.moc"
