#include "incident/AutoDeclareRule.h"

#include <QTest>

namespace {

constexpr qint64 kMin = 60'000;
constexpr qint64 kNow = 1'717'243'200'000;

StateChange down(qint64 serviceId, ServiceState from = ServiceState::Up)
{
    return StateChange{0, serviceId, kNow, from, ServiceState::Down, QStringLiteral("HTTP 503")};
}

Incident open(const QString& id, QList<qint64> services, qint64 declaredAtMs)
{
    Incident incident;
    incident.id = id;
    incident.declaredAtMs = declaredAtMs;
    for (const qint64 service : services)
        incident.affected.append(AffectedService{service, QString::number(service), Impact::MajorOutage});
    return incident;
}

using Action = AutoDeclareRule::Decision::Action;

} // namespace

class TestAutoDeclareRule : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decides_data()
    {
        QTest::addColumn<StateChange>("change");
        QTest::addColumn<QString>("group");
        QTest::addColumn<QList<Incident>>("incidents");
        QTest::addColumn<int>("action");
        QTest::addColumn<QString>("incidentId");

        QTest::newRow("down, group not automatic: offer")
            << down(1) << QStringLiteral("Website") << QList<Incident>{} << int(Action::Offer) << QString();
        QTest::newRow("down, ungrouped: offer")
            << down(1) << QString() << QList<Incident>{} << int(Action::Offer) << QString();
        QTest::newRow("down, automatic group: declare")
            << down(1) << QStringLiteral("payments") << QList<Incident>{} << int(Action::Declare)
            << QString();
        QTest::newRow("degraded is not down")
            << StateChange{0, 1, kNow, ServiceState::Up, ServiceState::Degraded, {}}
            << QStringLiteral("Payments") << QList<Incident>{} << int(Action::None) << QString();
        QTest::newRow("down again (restart) is not new")
            << down(1, ServiceState::Down) << QStringLiteral("Payments") << QList<Incident>{}
            << int(Action::None) << QString();
        QTest::newRow("already in an open incident")
            << down(1) << QStringLiteral("Website")
            << QList<Incident>{open(QStringLiteral("a"), {1}, kNow - kMin)} << int(Action::None) << QString();

        Incident maintenance = open(QStringLiteral("m"), {1}, kNow - 60 * kMin);
        maintenance.kind = Incident::Kind::Maintenance;
        maintenance.status = IncidentStatus::InProgress;
        maintenance.windowStartMs = kNow - 10 * kMin;
        maintenance.windowEndMs = kNow + 10 * kMin;
        QTest::newRow("inside its maintenance window")
            << down(1) << QStringLiteral("Payments") << QList<Incident>{maintenance} << int(Action::None)
            << QString();
        Incident later = maintenance;
        later.windowStartMs = kNow + 60 * kMin;
        later.windowEndMs = kNow + 120 * kMin;
        later.status = IncidentStatus::Scheduled;
        QTest::newRow("maintenance planned for later does not cover now")
            << down(1) << QStringLiteral("Payments") << QList<Incident>{later} << int(Action::Declare)
            << QString();

        QTest::newRow("group incident opened 5 min ago: join")
            << down(2) << QStringLiteral("Payments")
            << QList<Incident>{open(QStringLiteral("other"), {9}, kNow - 5 * kMin),
                               open(QStringLiteral("grp"), {1}, kNow - 5 * kMin)}
            << int(Action::Join) << QStringLiteral("grp");
        QTest::newRow("group incident older than the join window: declare")
            << down(2) << QStringLiteral("Payments")
            << QList<Incident>{open(QStringLiteral("grp"), {1}, kNow - 16 * kMin)} << int(Action::Declare)
            << QString();
        Incident drill = open(QStringLiteral("drill"), {1}, kNow - kMin);
        drill.drill = true;
        QTest::newRow("a drill is never joined")
            << down(2) << QStringLiteral("Payments") << QList<Incident>{drill} << int(Action::Declare)
            << QString();
    }

    void decides()
    {
        QFETCH(StateChange, change);
        QFETCH(QString, group);
        QFETCH(QList<Incident>, incidents);
        QFETCH(int, action);
        QFETCH(QString, incidentId);
        // Services 1 and 2 are the Payments group.
        const AutoDeclareRule::Decision decision =
            AutoDeclareRule::decide(change, group, {QStringLiteral("Payments")}, incidents, {1, 2});
        QCOMPARE(int(decision.action), action);
        QCOMPARE(decision.incidentId, incidentId);
    }
};

QTEST_GUILESS_MAIN(TestAutoDeclareRule)
#include "tst_autodeclarerule.moc"
