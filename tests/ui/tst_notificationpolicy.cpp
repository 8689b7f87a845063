#include "tray/NotificationPolicy.h"

#include <QTest>

class TestNotificationPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decides_data();
    void decides();
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
    if (to == ServiceState::Down)
        QCOMPARE(n->body, change.reason);
}

QTEST_GUILESS_MAIN(TestNotificationPolicy)
#include "tst_notificationpolicy.moc"
