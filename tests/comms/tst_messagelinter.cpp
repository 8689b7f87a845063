#include "comms/MessageLinter.h"

#include <QTest>

Q_DECLARE_METATYPE(LintWarning::Code)

namespace {

QList<LintWarning::Code> codesOf(const QList<LintWarning>& warnings)
{
    QList<LintWarning::Code> codes;
    for (const LintWarning& warning : warnings)
        codes.append(warning.code);
    return codes;
}

} // namespace

class MessageLinterTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rules_data();
    void rules();
    void spansPointAtTheWords();
    void workspaceListReplacesTheDefaults();
    void jargonFileErrors();
};

void MessageLinterTest::rules_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("expectTiming");
    QTest::addColumn<QList<LintWarning::Code>>("codes");

    using C = LintWarning::Code;
    const QList<C> none;
    QTest::newRow("en clean") << "en"
                              << "Checkout is failing for some customers. Next update by 14:30." << true
                              << none;
    QTest::newRow("fr clean")
        << "fr"
        << "Le paiement par Checkout échoue pour certains clients. Prochaine mise à jour à 14 h 30." << true
        << none;
    QTest::newRow("en no service") << "en"
                                   << "Something is wrong. Next update by 14:30." << true
                                   << QList<C>{C::NoService};
    QTest::newRow("fr no service") << "fr"
                                   << "Un problème est en cours. Prochain point dans 30 minutes." << true
                                   << QList<C>{C::NoService};
    QTest::newRow("service name is case-insensitive, whole word")
        << "en"
        << "CHECKOUT is failing. Update in 30 minutes." << true << none;
    QTest::newRow("a longer word is not the service")
        << "en"
        << "Checkouts are failing. Update in 30 minutes." << true << QList<C>{C::NoService};
    QTest::newRow("en no timing") << "en"
                                  << "Checkout is failing. We are on it." << true << QList<C>{C::NoTiming};
    QTest::newRow("fr no timing") << "fr"
                                  << "Le Checkout est en panne. Nous nous en occupons." << true
                                  << QList<C>{C::NoTiming};
    QTest::newRow("en 12-hour time") << "en"
                                     << "Checkout is failing. Next update at 2:30 PM." << true << none;
    QTest::newRow("en delay") << "en"
                              << "Checkout is failing. We will update you within the next 45 minutes." << true
                              << none;
    QTest::newRow("fr heure seule") << "fr"
                                    << "Checkout en panne. Prochain point vers 15 h." << true << none;
    QTest::newRow("fr délai") << "fr"
                              << "Checkout en panne. Nouveau point d'ici une heure." << true << none;
    QTest::newRow("a duration is not a timing")
        << "en"
        << "Checkout has been failing for 1 hr 25 min." << true << QList<C>{C::NoTiming};
    QTest::newRow("fr a duration is not a timing")
        << "fr"
        << "Checkout est en panne depuis 1 h 25 min." << true << QList<C>{C::NoTiming};
    QTest::newRow("closing message needs no timing") << "en"
                                                     << "Checkout is back to normal." << false << none;
    QTest::newRow("mustache left") << "en"
                                   << "Checkout is failing since {{started_at}}. Update by 14:30." << true
                                   << QList<C>{C::Placeholder};
    QTest::newRow("brackets left") << "fr"
                                   << "Checkout est en panne à cause de [cause]. Point à 14h30." << true
                                   << QList<C>{C::Placeholder};
    QTest::newRow("angle brackets left")
        << "en"
        << "Checkout fails for <customer>. Update at 14:30." << true << QList<C>{C::Placeholder};
    QTest::newRow("TODO and XXX") << "en"
                                  << "Checkout fails. TODO explain. Update at XXX or 14:30." << true
                                  << QList<C>{C::Placeholder, C::Placeholder};
    QTest::newRow("fr à compléter") << "fr"
                                    << "Checkout en panne : cause à compléter. Point à 14 h 30." << true
                                    << QList<C>{C::Placeholder};
    QTest::newRow("markdown link is not a placeholder")
        << "en"
        << "Checkout fails, see [our status page](https://status.example.com). Update by 14:30." << true
        << none;
    QTest::newRow("autolink is not a placeholder")
        << "en"
        << "Checkout fails, see <https://status.example.com>. Update by 14:30." << true << none;
    QTest::newRow("en jargon")
        << "en"
        << "Checkout fails: the DNS failover to the upstream pod broke. Update at 14:30." << true
        << QList<C>{C::Jargon, C::Jargon, C::Jargon, C::Jargon};
    QTest::newRow("en jargon, 5xx and k8s") << "en"
                                            << "Checkout returns 5xx since the k8s rollback. Update at 14:30."
                                            << true << QList<C>{C::Jargon, C::Jargon, C::Jargon};
    QTest::newRow("fr jargon")
        << "fr"
        << "Checkout en panne après une bascule du répartiteur de charge. Point à 14 h 30." << true
        << QList<C>{C::Jargon, C::Jargon};
    QTest::newRow("a word containing jargon is not jargon")
        << "en"
        << "Checkout is updated with podcasts. Update at 14:30." << true << none;
    QTest::newRow("English-only jargon is fine in French")
        << "fr"
        << "Checkout : le cache a une latence. Point à 14 h 30." << true << QList<C>{C::Jargon};
}

void MessageLinterTest::rules()
{
    QFETCH(QString, language);
    QFETCH(QString, text);
    QFETCH(bool, expectTiming);
    QFETCH(QList<LintWarning::Code>, codes);

    MessageLinter::Options options;
    options.language = language;
    options.affectedServices = {QStringLiteral("Checkout"), QStringLiteral("Search")};
    options.expectTiming = expectTiming;
    const QList<LintWarning> warnings = MessageLinter().lint(text, options);
    QStringList messages;
    for (const LintWarning& warning : warnings)
        messages.append(warning.message);
    QVERIFY2(codesOf(warnings) == codes, qPrintable(messages.join(QLatin1Char('\n'))));
    for (const LintWarning& warning : warnings)
        QVERIFY(!warning.message.isEmpty());
}

void MessageLinterTest::spansPointAtTheWords()
{
    MessageLinter::Options options;
    options.affectedServices = {QStringLiteral("API")};
    const QString text = QStringLiteral("The API has a TTL issue since [time]. Update at 14:30.");
    const QList<LintWarning> warnings = MessageLinter().lint(text, options);
    QCOMPARE(warnings.size(), 2);
    QCOMPARE(warnings.at(0).code, LintWarning::Code::Jargon);
    QCOMPARE(text.mid(warnings.at(0).start, warnings.at(0).length), QStringLiteral("TTL"));
    QVERIFY(warnings.at(0).message.contains(QStringLiteral("TTL")));
    QCOMPARE(warnings.at(1).code, LintWarning::Code::Placeholder);
    QCOMPARE(text.mid(warnings.at(1).start, warnings.at(1).length), QStringLiteral("[time]"));

    options.affectedServices = {QStringLiteral("Search")};
    const QList<LintWarning> missing = MessageLinter().lint(QStringLiteral("All fine at 14:30."), options);
    QCOMPARE(missing.size(), 1);
    QVERIFY(!missing.constFirst().hasSpan());
    QVERIFY(missing.constFirst().message.contains(QStringLiteral("Search")));
}

void MessageLinterTest::workspaceListReplacesTheDefaults()
{
    WorkspaceError error;
    const auto own =
        JargonList::read("en: [blast radius]\nfr: [rayon d'impact]\n", QStringLiteral("jargon.yaml"), &error);
    QVERIFY2(own.has_value(), qPrintable(error.toString()));
    const MessageLinter linter(*own);
    MessageLinter::Options options;
    options.expectTiming = false;
    QCOMPARE(linter.lint(QStringLiteral("The blast radius is small; DNS is fine."), options).size(), 1);
    options.language = QStringLiteral("fr");
    QCOMPARE(linter.lint(QStringLiteral("Le rayon d'impact est limité."), options).size(), 1);
    QVERIFY(JargonList::defaults().terms(QStringLiteral("en")).contains(QStringLiteral("DNS")));
    QVERIFY(JargonList::defaults().terms(QStringLiteral("fr")).contains(QStringLiteral("bascule")));
}

void MessageLinterTest::jargonFileErrors()
{
    WorkspaceError error;
    QVERIFY(!JargonList::read("en: DNS\n", QStringLiteral("jargon.yaml"), &error).has_value());
    QCOMPARE(error.line, 1);
    QCOMPARE(error.column, 5);
    QVERIFY(error.message.contains(QStringLiteral("en")));
    QVERIFY(!JargonList::read("en: [DNS]\nde: [TTL]\n", QStringLiteral("jargon.yaml"), &error).has_value());
    QCOMPARE(error.line, 2);
    QVERIFY(error.message.contains(QStringLiteral("de")));
    QVERIFY(!JargonList::read("fr: [DNS, [x]]\n", QStringLiteral("jargon.yaml"), &error).has_value());
    QCOMPARE(error.line, 1);
    QCOMPARE(error.column, 11);
}

QTEST_GUILESS_MAIN(MessageLinterTest)
#include "tst_messagelinter.moc"
