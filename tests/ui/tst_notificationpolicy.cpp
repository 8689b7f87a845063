#include "tray/NotificationPolicy.h"

#include <QTest>

class TestNotificationPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decides_data();
    void decides();
    void stepDueNamesTheIncidentAndTheStep();
};

void TestNotificationPolicy::decides_data()
{
    QTest::addColumn<ServiceState>("from");
    QTest::addColumn<ServiceState>("to");
    QTest::addColumn<bool>("notifies");
    QTest::addColumn<bool>("critical");
    QTest::addColumn<QString>("titlePart");

    QTest::newRow("up to down") << ServiceState::Up << ServiceState::Down << true << true << "is down";
    QTest::newRow("degraded to down")
        << ServiceState::Degraded << ServiceState::Down << true << true << "is down";
    QTest::newRow("first state down")
        << ServiceState::Unknown << ServiceState::Down << true << true << "is down";
    QTest::newRow("down to up") << ServiceState::Down << ServiceState::Up << true << false << "recovered";
    QTest::newRow("down to degraded")
        << ServiceState::Down << ServiceState::Degraded << true << false << "recovered";
    QTest::newRow("up to degraded") << ServiceState::Up << ServiceState::Degraded << false << false << "";
    QTest::newRow("unknown to up") << ServiceState::Unknown << ServiceState::Up << false << false << "";
    QTest::newRow("down to paused") << ServiceState::Down << ServiceState::Paused << false << false << "";
}

void TestNotificationPolicy::decides()
{
    QFETCH(ServiceState, from);
    QFETCH(ServiceState, to);
    QFETCH(bool, notifies);
    QFETCH(bool, critical);
    QFETCH(QString, titlePart);
    StateChange change;
    change.from = from;
    change.to = to;
    change.reason = QStringLiteral("unexpected status 503");
    const auto n = NotificationPolicy::forChange(QStringLiteral("Payments"), change);
    QCOMPARE(n.has_value(), notifies);
    if (!n)
        return;
    QCOMPARE(n->critical, critical);
    QVERIFY2(n->title.contains(QStringLiteral("Payments")), qPrintable(n->title));
    QVERIFY2(n->title.contains(titlePart), qPrintable(n->title));
    if (to == ServiceState::Down) {
        // The reason first, then what a click does.
        QVERIFY2(n->body.startsWith(change.reason + QLatin1Char('\n')), qPrintable(n->body));
        QVERIFY2(n->body.contains(QStringLiteral("declare an incident")), qPrintable(n->body));
    }
    // A service inside its maintenance window raises nothing, whatever the change.
    QVERIFY(!NotificationPolicy::forChange(QStringLiteral("Payments"), change, true).has_value());
}

void TestNotificationPolicy::stepDueNamesTheIncidentAndTheStep()
{
    const auto n = NotificationPolicy::forStepDue(QStringLiteral("INC-4"),
                                                  QStringLiteral("Announce the problem"), false);
    QVERIFY2(n.title.contains(QStringLiteral("INC-4")), qPrintable(n.title));
    QVERIFY(!n.title.contains(QStringLiteral("Drill")));
    QCOMPARE(n.body, QStringLiteral("Announce the problem"));
    const auto drill =
        NotificationPolicy::forStepDue(QStringLiteral("INC-5"), QStringLiteral("Announce"), true);
    QVERIFY2(drill.title.startsWith(QStringLiteral("[Drill]")), qPrintable(drill.title));
}

QTEST_GUILESS_MAIN(TestNotificationPolicy)
#include "tst_notificationpolicy.moc"
