#include "timeline/TimelineExporter.h"
#include "timeline/TimelineModel.h"
#include "timeline/TimelineView.h"
#include "timeline/UptimeCsvExporter.h"

#include "ManualClock.h"
#include "TimelineHistoryGenerator.h"

#include <QBuffer>
#include <QImage>
#include <QTest>
#include <QXmlStreamReader>

namespace {

constexpr qint64 kDay = 86'400'000;
constexpr qint64 kNow = 1'717'243'200'000;

UptimeRow row(const QString& name, const QString& group, double uptime)
{
    UptimeRow r;
    r.serviceId = 1;
    r.name = name;
    r.group = group;
    r.slaTargetPercent = 99.9;
    r.uptimeVisiblePercent = uptime;
    r.uptime24hPercent = 100;
    r.uptime7dPercent = uptime;
    r.uptime30dPercent = -1;
    r.uptime90dPercent = -1;
    r.downtimeMinutes = 12.5;
    r.errorBudgetLeftPercent = -25;
    return r;
}

} // namespace

class TestTimelineExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pngHasTheViewsSize();
    void svgIsXmlWithRects();
    void exportToAClosedDeviceFails();
    void csvQuotesFieldsAndIgnoresTheLocale();
};

namespace {

struct Fixture
{
    ManualClock clock{kNow};
    TimelineModel model{clock};
    TimelineView view{&model, clock};

    Fixture()
    {
        const auto services = TimelineHistoryGenerator::services(6);
        model.setServices(services);
        model.setAllBands(TimelineHistoryGenerator::bands(services, kNow - 7 * kDay, kNow));
        view.setPreset(TimelineRange::Preset::Last7Days);
        view.resize(900, 320);
    }
};

} // namespace

void TestTimelineExport::pngHasTheViewsSize()
{
    Fixture f;
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    TimelineExporter exporter(f.view);
    QVERIFY2(exporter.writePng(&buffer), qPrintable(exporter.errorString()));
    QImage image;
    QVERIFY(image.loadFromData(buffer.data(), "PNG"));
    QCOMPARE(image.size(), f.view.size());
    // The same picture as on screen, pixel for pixel in the band area.
    const QImage screen = f.view.grab().toImage().convertToFormat(QImage::Format_RGB32);
    const QPoint probe(f.view.xForTime(kNow - 3 * kDay), f.view.rowCenterY(1));
    QCOMPARE(image.pixelColor(probe), screen.pixelColor(probe));
}

void TestTimelineExport::svgIsXmlWithRects()
{
    Fixture f;
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    TimelineExporter exporter(f.view);
    QVERIFY2(exporter.writeSvg(&buffer), qPrintable(exporter.errorString()));
    QXmlStreamReader xml(buffer.data());
    QString root;
    int rects = 0;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (root.isEmpty())
            root = xml.name().toString();
        if (xml.name() == QLatin1String("rect"))
            ++rects;
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(root, QStringLiteral("svg"));
    QVERIFY2(rects > 6, qPrintable(QString::number(rects)));
}

void TestTimelineExport::exportToAClosedDeviceFails()
{
    Fixture f;
    QBuffer closed;
    TimelineExporter exporter(f.view);
    QVERIFY(!exporter.writePng(&closed));
    QVERIFY(exporter.errorString().contains(QStringLiteral("PNG")));
    QVERIFY(!exporter.writeSvg(&closed));
    QVERIFY(exporter.errorString().contains(QStringLiteral("SVG")));
    UptimeCsvExporter csv;
    QVERIFY(!csv.write({}, &closed));
    QVERIFY(!csv.errorString().isEmpty());
}

void TestTimelineExport::csvQuotesFieldsAndIgnoresTheLocale()
{
    const QLocale previous;
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    UptimeCsvExporter exporter;
    const bool ok = exporter.write({row(QStringLiteral("Checkout, EU"), QStringLiteral("Payments"), 99.5),
                                    row(QStringLiteral("Say \"hi\""), QStringLiteral("Web\nfront"), -1)},
                                   &buffer);
    QLocale::setDefault(previous);
    QVERIFY2(ok, qPrintable(exporter.errorString()));
    const QString csv = QString::fromUtf8(buffer.data());
    const QStringList lines = csv.split(QStringLiteral("\r\n"));
    QCOMPARE(lines.at(0), QStringLiteral("service,group,sla_target_percent,uptime_visible_percent,"
                                         "uptime_24h_percent,uptime_7d_percent,uptime_30d_percent,"
                                         "uptime_90d_percent,downtime_minutes,error_budget_left_percent"));
    QCOMPARE(lines.at(1),
             QStringLiteral("\"Checkout, EU\",Payments,99.900,99.5000,100.0000,99.5000,,,12.50,-25.00"));
    QCOMPARE(lines.at(2), QStringLiteral("\"Say \"\"hi\"\"\",\"Web\nfront\",99.900,,100.0000,,,,12.50,"));
    QVERIFY(csv.endsWith(QStringLiteral("\r\n")));
}

QTEST_MAIN(TestTimelineExport)
#include "tst_timelineexport.moc"
