#include "comms/PromiseExtractor.h"
#include "IncidentFixture.h"

#include <QTest>
#include <QTimeZone>

namespace {

using Kind = MessagePromise::Kind;

struct Expected
{
    Kind kind;
    qint64 dueAtMs;
};

} // namespace

Q_DECLARE_METATYPE(QList<Expected>)

class PromiseExtractorTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void extract_data();
    void extract();
    void pointsAtTheTime();
};

void PromiseExtractorTest::extract_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("zone");
    QTest::addColumn<qint64>("referenceMs");
    QTest::addColumn<QList<Expected>>("expected");

    const auto utc = IncidentFixture::utc;
    const qint64 ref = utc(2026, 3, 3, 13, 5); // 14:05 in Paris
    const QString paris = QStringLiteral("Europe/Paris");
    const qint64 minute = 60'000;

    QTest::newRow("en by 14:30") << "Next update by 14:30." << paris << ref
                                 << QList<Expected>{{Kind::NextUpdate, utc(2026, 3, 3, 13, 30)}};
    QTest::newRow("en at 2:30 PM") << "API is down. Next update at 2:30 PM." << paris << ref
                                   << QList<Expected>{{Kind::NextUpdate, utc(2026, 3, 3, 13, 30)}};
    QTest::newRow("en at 3 p.m.") << "We will update you again at 3 p.m. today." << paris << ref
                                  << QList<Expected>{{Kind::NextUpdate, utc(2026, 3, 3, 14, 0)}};
    QTest::newRow("en in 30 minutes") << "Next update in 30 minutes." << paris << ref
                                      << QList<Expected>{{Kind::NextUpdate, ref + 30 * minute}};
    QTest::newRow("en within an hour") << "We will post another update within an hour." << paris << ref
                                       << QList<Expected>{{Kind::NextUpdate, ref + 60 * minute}};
    QTest::newRow("fr à 14h30") << "Prochaine mise à jour à 14h30." << paris << ref
                                << QList<Expected>{{Kind::NextUpdate, utc(2026, 3, 3, 13, 30)}};
    QTest::newRow("fr à 14 h 30") << "Prochaine mise à jour à 14 h 30." << paris << ref
                                  << QList<Expected>{{Kind::NextUpdate, utc(2026, 3, 3, 13, 30)}};
    QTest::newRow("fr vers 15 h") << "Prochaine mise à jour vers 15 h." << paris << ref
                                  << QList<Expected>{{Kind::NextUpdate, utc(2026, 3, 3, 14, 0)}};
    QTest::newRow("fr dans 45 minutes") << "Prochain point dans 45 minutes." << paris << ref
                                        << QList<Expected>{{Kind::NextUpdate, ref + 45 * minute}};
    QTest::newRow("fr d'ici une demi-heure") << "Nous reviendrons vers vous d'ici une demi-heure." << paris
                                             << ref << QList<Expected>{{Kind::NextUpdate, ref + 30 * minute}};
    QTest::newRow("en estimated resolution") << "Estimated resolution by 16:00." << paris << ref
                                             << QList<Expected>{{Kind::Resolution, utc(2026, 3, 3, 15, 0)}};
    QTest::newRow("fr résolution estimée") << "Résolution estimée vers 16 h." << paris << ref
                                           << QList<Expected>{{Kind::Resolution, utc(2026, 3, 3, 15, 0)}};
    QTest::newRow("both, with stated offsets (shipped wording)")
        << "Since 14:05 (UTC+1), API is down. We expect the service to be back to normal by 17:00 "
           "(UTC+1).\n\n"
           "Next update by 16:00 (UTC+1)."
        << QStringLiteral("UTC") << ref
        << QList<Expected>{{Kind::Resolution, utc(2026, 3, 3, 16, 0)},
                           {Kind::NextUpdate, utc(2026, 3, 3, 15, 0)}};
    QTest::newRow("fr both, shipped wording")
        << "Nous prévoyons un retour à la normale vers 17 h 00 (UTC+1). Prochaine mise à jour au plus tard à "
           "16 h 00 (UTC+1)."
        << paris << ref
        << QList<Expected>{{Kind::Resolution, utc(2026, 3, 3, 16, 0)},
                           {Kind::NextUpdate, utc(2026, 3, 3, 15, 0)}};
    QTest::newRow("start time is no promise")
        << "The problem started at 14:05 and is being fixed." << paris << ref << QList<Expected>{};
    QTest::newRow("a past resolution is no promise")
        << "It was resolved at 15:00 and lasted 1 hr 25 min." << paris << ref << QList<Expected>{};
    QTest::newRow("a time in another sentence is not the update's")
        << "Next update soon. Payments failed at 14:30." << paris << ref << QList<Expected>{};
    QTest::newRow("rollover past midnight") << "Next update by 00:10." << paris << utc(2026, 3, 3, 22, 40)
                                            << QList<Expected>{{Kind::NextUpdate, utc(2026, 3, 3, 23, 10)}};
    QTest::newRow("earlier than now means tomorrow")
        << "Next update by 9:00." << paris << ref
        << QList<Expected>{{Kind::NextUpdate, utc(2026, 3, 4, 8, 0)}};
    QTest::newRow("12 am is midnight") << "Next update at 12 am." << paris << ref
                                       << QList<Expected>{{Kind::NextUpdate, utc(2026, 3, 3, 23, 0)}};
    QTest::newRow("New York") << "Next update by 10:00." << QStringLiteral("America/New_York") << ref
                              << QList<Expected>{{Kind::NextUpdate, utc(2026, 3, 3, 15, 0)}};
    QTest::newRow("stated offset wins over the zone")
        << "Next update by 16:00 (UTC+1)." << QStringLiteral("America/New_York") << ref
        << QList<Expected>{{Kind::NextUpdate, utc(2026, 3, 3, 15, 0)}};
    // Summer time starts in Paris on 29 March 2026 at 02:00: 03:30 that night is 01:30 UTC.
    QTest::newRow("across the change to summer time")
        << "Prochaine mise à jour à 3 h 30." << paris << utc(2026, 3, 28, 23, 30)
        << QList<Expected>{{Kind::NextUpdate, utc(2026, 3, 29, 1, 30)}};
}

void PromiseExtractorTest::extract()
{
    QFETCH(QString, text);
    QFETCH(QString, zone);
    QFETCH(qint64, referenceMs);
    QFETCH(QList<Expected>, expected);

    const QList<ExtractedPromise> promises = PromiseExtractor::extract(text, {referenceMs, zone});
    QCOMPARE(promises.size(), expected.size());
    for (int i = 0; i < promises.size(); ++i) {
        QCOMPARE(promises.at(i).kind, expected.at(i).kind);
        QCOMPARE(QDateTime::fromMSecsSinceEpoch(promises.at(i).dueAtMs, QTimeZone::utc()),
                 QDateTime::fromMSecsSinceEpoch(expected.at(i).dueAtMs, QTimeZone::utc()));
    }
}

void PromiseExtractorTest::pointsAtTheTime()
{
    const QString text = QStringLiteral("API is down. Next update by 14:30 (UTC+1).");
    const QList<ExtractedPromise> promises =
        PromiseExtractor::extract(text, {IncidentFixture::utc(2026, 3, 3, 13, 5), QStringLiteral("UTC")});
    QCOMPARE(promises.size(), 1);
    QCOMPARE(text.mid(promises.constFirst().start, promises.constFirst().length),
             QStringLiteral("14:30 (UTC+1)"));
}

QTEST_GUILESS_MAIN(PromiseExtractorTest)
#include "tst_promiseextractor.moc"
