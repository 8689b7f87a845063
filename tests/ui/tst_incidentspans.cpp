#include "timeline/IncidentSpans.h"
#include "timeline/TimelineModel.h"
#include "timeline/TimelineView.h"

#include "ManualClock.h"

#include <QApplication>
#include <QPainter>
#include <QTest>

namespace {

constexpr qint64 kMin = 60'000;
constexpr qint64 kNow = 1'717'243'200'000; // 2024-06-01 12:00 UTC
constexpr int kPlotWidth = 660;            // 110 minutes: 6 px a minute

ServiceDefinition service(qint64 id, const QString& name, const QString& group)
{
    ServiceDefinition def;
    def.id = id;
    def.name = name;
    def.group = group;
    return def;
}

Incident incident(const QString& reference, QList<qint64> serviceIds, qint64 startedMs, qint64 resolvedMs)
{
    Incident i;
    i.id = reference;
    i.reference = reference;
    i.title = QStringLiteral("Checkout failing");
    i.severity = Severity::Sev1;
    i.status = resolvedMs > 0 ? IncidentStatus::Resolved : IncidentStatus::Investigating;
    for (const qint64 id : serviceIds)
        i.affected.append(AffectedService{id, QString::number(id), Impact::MajorOutage});
    i.declaredAtMs = startedMs + 5 * kMin;
    i.moments.startedMs = startedMs;
    i.moments.resolvedMs = resolvedMs;
    return i;
}

// Rows (24 px each, groups 26 px): Network (group), Mail relay, Payments (group), Checkout API, Login.
struct Fixture
{
    ManualClock clock{kNow};
    TimelineModel model{clock};
    TimelineView view{&model, clock};

    Fixture()
    {
        model.setServices({service(1, QStringLiteral("Checkout API"), QStringLiteral("Payments")),
                           service(2, QStringLiteral("Login"), QStringLiteral("Payments")),
                           service(3, QStringLiteral("Mail relay"), QStringLiteral("Network"))});
        view.resize(TimelineFrame::kNameWidth + kPlotWidth + 8, 300);
        view.setRange(TimelineRange::custom(kNow - 100 * kMin, kNow + 10 * kMin, kNow));
        view.show();
    }
    // The rows as the view lays them out (groups sorted by name, all 24/26 px).
    QList<IncidentSpan> layout() const
    {
        return IncidentSpans::layout(model, currentFrame(), view.plotRect(), view.fontMetrics());
    }
    TimelineFrame currentFrame() const
    {
        TimelineFrame frame;
        frame.range = view.range();
        frame.nowMs = kNow;
        int top = 0;
        for (int g = 0; g < model.rowCount(); ++g) {
            const QModelIndex group = model.index(g, 0);
            const bool expanded = view.isGroupExpanded(group.data(TimelineModel::GroupNameRole).toString());
            frame.rows.append(TimelineRowSlot{group, true, expanded, top, TimelineFrame::kGroupRowHeight});
            top += TimelineFrame::kGroupRowHeight;
            if (!expanded)
                continue;
            for (int s = 0; s < model.rowCount(group); ++s) {
                frame.rows.append(
                    TimelineRowSlot{model.index(s, 0, group), false, true, top, TimelineFrame::kRowHeight});
                top += TimelineFrame::kRowHeight;
            }
        }
        return frame;
    }
};

} // namespace

class TestIncidentSpans : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void spansCoverAdjacentAffectedRowsOverTheIncidentPeriod()
    {
        Fixture f;
        f.model.setIncidents({incident(QStringLiteral("INC-7"), {1, 2}, kNow - 60 * kMin, kNow - 30 * kMin)});
        const QList<IncidentSpan> spans = f.layout();
        QCOMPARE(spans.size(), 1);
        QCOMPARE(spans.first().rects.size(), 1); // Checkout API and Login are adjacent: one rectangle
        const QRect r = spans.first().rects.first();
        const QRect plot = f.view.plotRect();
        // 40 minutes from the left edge at 6 px a minute, 30 minutes long.
        QCOMPARE(r.left(), plot.left() + 240);
        QCOMPARE(r.width(), 180);
        // Rows: Network 26, Mail relay 24, Payments 26, then Checkout API and Login, 24 each.
        QCOMPARE(r.top(), TimelineFrame::kAxisHeight + 26 + 24 + 26);
        QCOMPARE(r.height(), 48);
        QCOMPARE(f.view.rowCenterY(1), r.top() + 12);
    }

    void anOpenIncidentReachesNow()
    {
        Fixture f;
        f.model.setIncidents({incident(QStringLiteral("INC-8"), {3}, kNow - 20 * kMin, 0)});
        const QList<IncidentSpan> spans = f.layout();
        QCOMPARE(spans.size(), 1);
        const QRect r = spans.first().rects.first();
        QCOMPARE(r.left(), f.view.plotRect().left() + 480);
        QCOMPARE(r.right() + 1, f.view.xForTime(kNow));
        QCOMPARE(r.top(), TimelineFrame::kAxisHeight + 26);
    }

    void separateRowsGiveSeparateRectangles()
    {
        Fixture f;
        f.model.setIncidents({incident(QStringLiteral("INC-9"), {3, 1}, kNow - 60 * kMin, kNow - 10 * kMin)});
        const QList<IncidentSpan> spans = f.layout();
        QCOMPARE(spans.size(), 1);
        QCOMPARE(spans.first().rects.size(), 2); // the Payments group row sits between them
    }

    void aCollapsedGroupCarriesTheSpan()
    {
        Fixture f;
        f.view.setGroupExpanded(QStringLiteral("Payments"), false);
        f.model.setIncidents({incident(QStringLiteral("INC-10"), {2}, kNow - 60 * kMin, kNow - 30 * kMin)});
        const QList<IncidentSpan> spans = f.layout();
        QCOMPARE(spans.size(), 1);
        QCOMPARE(spans.first().rects.first().top(), TimelineFrame::kAxisHeight + 26 + 24);
        QCOMPARE(spans.first().rects.first().height(), 26);
    }

    void incidentsOutsideTheRangeAreNotDrawn()
    {
        Fixture f;
        f.model.setIncidents({incident(QStringLiteral("INC-1"), {1}, kNow - 300 * kMin, kNow - 200 * kMin)});
        QVERIFY(f.layout().isEmpty());
    }

    void maintenanceUsesItsWindow()
    {
        Fixture f;
        Incident m = incident(QStringLiteral("MNT-2"), {3}, 0, 0);
        m.kind = Incident::Kind::Maintenance;
        m.status = IncidentStatus::InProgress;
        m.moments = KeyMoments{};
        m.windowStartMs = kNow - 90 * kMin;
        m.windowEndMs = kNow - 80 * kMin;
        f.model.setIncidents({m});
        const QList<IncidentSpan> spans = f.layout();
        QCOMPARE(spans.size(), 1);
        QCOMPARE(spans.first().rects.first().left(), f.view.plotRect().left() + 60);
        QCOMPARE(spans.first().rects.first().width(), 60);
    }

    void hoverNamesTheIncidentAndThePaintShowsIt()
    {
        Fixture f;
        f.model.setIncidents({incident(QStringLiteral("INC-7"), {1, 2}, kNow - 60 * kMin, kNow - 30 * kMin)});
        const QRect r = f.layout().first().rects.first();
        const QString tip = f.view.toolTipAt(QPoint(r.center().x(), r.bottom() - 4));
        QVERIFY2(tip.contains(QStringLiteral("INC-7")), qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("Checkout failing")), qPrintable(tip));
        QVERIFY(f.view.toolTipAt(QPoint(r.left() - 30, r.center().y())).indexOf(QStringLiteral("INC-7")) < 0);

        QImage image(f.view.viewport()->size(), QImage::Format_ARGB32);
        QPainter painter(&image);
        f.view.paintTimeline(painter, image.size());
        painter.end();
        // The reference tag is filled with the severity's colour at the span's top left corner.
        QCOMPARE(image.pixelColor(r.left() + 2, r.top() + 2).rgb(),
                 IncidentSpans::colorFor(f.model.incidents().first()).rgb());
    }
};

QTEST_MAIN(TestIncidentSpans)
#include "tst_incidentspans.moc"
