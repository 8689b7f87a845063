#include "TimelineBench.h"

#include "ManualClock.h"
#include "store/Store.h"
#include "StoreProbe.h"
#include "timeline/BandBuilder.h"
#include "timeline/SlaCalculator.h"
#include "timeline/TimelineModel.h"
#include "timeline/TimelineView.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QImage>
#include <QKeyEvent>
#include <QPainter>
#include <QTimer>
#include <QWheelEvent>

#include <functional>

namespace {

constexpr qint64 kDayMs = 24 * 3600 * 1000LL;
constexpr int kTimeoutMs = 120'000;

double msSince(const QElapsedTimer& t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

// Runs the event loop until `done` turns true (set by a queued answer) or the timeout passes.
bool waitUntil(const bool& done)
{
    QElapsedTimer t;
    t.start();
    while (!done && t.elapsed() < kTimeoutMs)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    return done;
}

} // namespace

TimelineBench::TimelineBench(const QString& storePath, ManualClock& clock, int repetitions,
                             const QSize& viewSize)
    : m_path(storePath), m_clock(clock), m_repetitions(repetitions), m_viewSize(viewSize)
{}

TimelineBench::~TimelineBench()
{
    delete m_view;
    delete m_model;
    if (m_store)
        m_store->close();
    delete m_store;
}

TimelineBench::Row& TimelineBench::row(const QString& what, double targetMs, const QString& note)
{
    for (Row& r : m_rows) {
        if (r.what == what)
            return r;
    }
    m_rows.append(Row{what, {}, targetMs, note});
    return m_rows.last();
}

bool TimelineBench::run()
{
    QElapsedTimer t;
    t.start();
    m_store = new Store(m_clock);
    DbResult<bool> opened = m_store->open(m_path);
    if (!opened.ok()) {
        m_error = opened.error;
        return false;
    }
    row(QStringLiteral("Store::open (migrate check, rollup recovery, prune)"), 0, QStringLiteral("once"))
        .ms.add(msSince(t));
    bool loaded = false;
    QObject::connect(m_store, &Store::servicesLoaded, m_store, [&](const QList<ServiceDefinition>& services) {
        m_services = services;
        loaded = true;
    });
    m_store->loadServices();
    if (!waitUntil(loaded)) {
        m_error = QStringLiteral("the store did not list its services");
        return false;
    }
    const bool ok = measureOpen() && measureSteps() && measureOneService();
    m_store->close();
    return ok && measureSizes();
}

QHash<qint64, QList<StateBand>> TimelineBench::buildBands(const TimelineSnapshot& snapshot) const
{
    QHash<qint64, QList<StateBand>> bands;
    const qint64 now = m_clock.nowMs();
    for (auto it = snapshot.changesByService.cbegin(); it != snapshot.changesByService.cend(); ++it)
        bands.insert(it.key(), BandBuilder::build(it.key(), it.value(), snapshot.fromMs, snapshot.toMs, now));
    return bands;
}

bool TimelineBench::measureOpen()
{
    for (int rep = 0; rep < m_repetitions; ++rep) {
        delete m_view;
        delete m_model;
        m_model = new TimelineModel(m_clock);
        m_model->setServices(m_services);
        m_view = new TimelineView(m_model, m_clock);
        m_view->resize(m_viewSize);
        m_view->show();
        QCoreApplication::processEvents();
        QObject::connect(m_view, &TimelineView::rangeRequested, m_store, &Store::requestTimeline);

        TimelineSnapshot snapshot;
        bool answered = false;
        auto c = QObject::connect(m_store, &Store::timelineReady, m_view, [&](const TimelineSnapshot& s) {
            snapshot = s;
            answered = true;
        });
        QElapsedTimer total;
        total.start();
        QElapsedTimer t;
        t.start();
        m_view->setPreset(TimelineRange::Preset::Last30Days);
        if (!waitUntil(answered)) {
            m_error = QStringLiteral("no timeline answer");
            return false;
        }
        QObject::disconnect(c);
        row(QStringLiteral("open: query (requestTimeline → timelineReady)")).ms.add(msSince(t));
        qint64 changes = 0;
        for (const QList<StateChange>& list : std::as_const(snapshot.changesByService))
            changes += list.size();
        m_lastChangeCount = changes;
        t.restart();
        const QHash<qint64, QList<StateBand>> bands = buildBands(snapshot);
        row(QStringLiteral("open: BandBuilder, all services")).ms.add(msSince(t));
        t.restart();
        m_model->setAllBands(bands);
        m_view->setLoadedRange(snapshot.fromMs, snapshot.toMs);
        row(QStringLiteral("open: TimelineModel fill")).ms.add(msSince(t));
        t.restart();
        m_view->viewport()->repaint();
        const double paint = msSince(t);
        row(QStringLiteral("open: paint of the view (visible rows)")).ms.add(paint);
        row(QStringLiteral("**open 30 days, total to first paint**"), 200).ms.add(msSince(total));

        // Every row at once, as an export of the whole workspace draws it.
        const QSize all(m_viewSize.width(), TimelineFrame::kAxisHeight + 13 * TimelineFrame::kGroupRowHeight +
                                                int(m_services.size()) * TimelineFrame::kRowHeight);
        QImage image(all, QImage::Format_ARGB32_Premultiplied);
        t.restart();
        {
            QPainter p(&image);
            m_view->paintTimeline(p, all);
        }
        row(QStringLiteral("paint of all %1 rows into a %2×%3 image")
                .arg(m_services.size())
                .arg(all.width())
                .arg(all.height()))
            .ms.add(msSince(t));
    }
    return true;
}

bool TimelineBench::measureSteps()
{
    // A step that leaves the loaded period asks the store again; the answer is timed from the request to
    // the repaint with the new bands.
    QElapsedTimer requestTimer;
    bool pending = false;
    int requests = 0;
    QObject::connect(m_view, &TimelineView::rangeRequested, m_view, [&]() {
        requestTimer.start();
        pending = true;
        ++requests;
    });
    QObject::connect(m_store, &Store::timelineReady, m_view, [&](const TimelineSnapshot& snapshot) {
        m_model->setAllBands(buildBands(snapshot));
        m_view->setLoadedRange(snapshot.fromMs, snapshot.toMs);
        m_view->viewport()->repaint();
        row(QStringLiteral("re-query after leaving the loaded period: query + bands + fill + paint"))
            .ms.add(msSince(requestTimer));
        pending = false;
    });
    const QPoint centre = m_view->plotRect().center();
    auto wheel = [&](int delta) {
        QWheelEvent e(centre, m_view->viewport()->mapToGlobal(centre), QPoint(), QPoint(0, delta),
                      Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        QCoreApplication::sendEvent(m_view->viewport(), &e);
    };
    auto key = [&](Qt::Key k) {
        QKeyEvent e(QEvent::KeyPress, k, Qt::NoModifier);
        QCoreApplication::sendEvent(m_view, &e);
    };
    auto step = [&](const QString& what, const std::function<void()>& input) {
        QElapsedTimer t;
        t.start();
        input();
        m_view->viewport()->repaint();
        row(what, 50).ms.add(msSince(t));
        QElapsedTimer w;
        w.start();
        while (pending && w.elapsed() < kTimeoutMs)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    };
    const QString zoom = QStringLiteral("**zoom step (wheel) → repaint**");
    const QString pan = QStringLiteral("**pan step (←/→ key) → repaint**");
    for (int i = 0; i < 10; ++i)
        step(zoom, [&]() { wheel(120); });
    for (int i = 0; i < 20; ++i)
        step(pan, [&]() { key(Qt::Key_Left); });
    for (int i = 0; i < 10; ++i)
        step(pan, [&]() { key(Qt::Key_Right); });
    for (int i = 0; i < 20; ++i)
        step(zoom, [&]() { wheel(-120); });
    row(QStringLiteral("re-query after leaving the loaded period: query + bands + fill + paint")).note =
        QStringLiteral("%1 requests in 60 steps").arg(requests);
    return true;
}

bool TimelineBench::measureOneService()
{
    const qint64 now = m_clock.nowMs();
    const qint64 from = now - 90 * kDayMs;
    const qint64 id = m_services.isEmpty() ? 1 : m_services.first().id;
    const double sla = m_services.isEmpty() ? 99.9 : m_services.first().slaTargetPercent;
    const int plotWidth = m_view->plotRect().width();
    // About one point per pixel; beyond an hour, whole hours, which the store reads from its hourly rollups.
    qint64 bucketMs = qMax<qint64>(60'000, ((now - from) / plotWidth + 59'999) / 60'000 * 60'000);
    if (bucketMs > 3'600'000)
        bucketMs = (bucketMs + 3'599'999) / 3'600'000 * 3'600'000;
    for (int rep = 0; rep < m_repetitions; ++rep) {
        ServiceHistory history;
        bool answered = false;
        auto c = QObject::connect(m_store, &Store::historyReady, m_view, [&](const ServiceHistory& h) {
            history = h;
            answered = true;
        });
        QElapsedTimer t;
        t.start();
        m_store->requestHistory(id, from, now);
        if (!waitUntil(answered)) {
            m_error = QStringLiteral("no history answer");
            return false;
        }
        QObject::disconnect(c);
        row(QStringLiteral("one service, 90 days via requestHistory (changes + every per-minute rollup)"), 0,
            QStringLiteral("%1 changes, %2 rollups; the detail pane asks it for 7 days at most")
                .arg(history.changes.size())
                .arg(history.rollups.size()))
            .ms.add(msSince(t));

        QElapsedTimer total;
        total.start();
        QList<StateChange> changes;
        answered = false;
        c = QObject::connect(m_store, &Store::changesReady, m_view, [&](qint64, const QList<StateChange>& l) {
            changes = l;
            answered = true;
        });
        t.restart();
        m_store->requestChanges(id, from, now);
        if (!waitUntil(answered)) {
            m_error = QStringLiteral("no changes answer");
            return false;
        }
        QObject::disconnect(c);
        row(QStringLiteral("one service, 90 days: state changes (requestChanges)"), 0,
            QStringLiteral("%1 changes").arg(changes.size()))
            .ms.add(msSince(t));
        t.restart();
        const QList<UptimeReport> reports = SlaCalculator::standardReports(id, changes, now, sla);
        row(QStringLiteral("one service: uptime reports 24 h / 7 d / 30 d / 90 d"), 0,
            QStringLiteral("90-day uptime %1").arg(reports.constLast().uptimeText()))
            .ms.add(msSince(t));

        QList<RollupPoint> points;
        answered = false;
        c = QObject::connect(m_store, &Store::rollupsReady, m_view, [&](qint64, const QList<RollupPoint>& p) {
            points = p;
            answered = true;
        });
        t.restart();
        m_store->requestRollupsAt(id, from, now, bucketMs);
        if (!waitUntil(answered)) {
            m_error = QStringLiteral("no rollups answer");
            return false;
        }
        QObject::disconnect(c);
        row(QStringLiteral("one service, 90 days: latency points (requestRollupsAt, ~1 per pixel)"), 0,
            QStringLiteral("%1 points, %2 min buckets").arg(points.size()).arg(bucketMs / 60'000))
            .ms.add(msSince(t));
        row(QStringLiteral("**one service, 90 days: changes + uptime + latency points**"), 20)
            .ms.add(msSince(total));
    }
    return true;
}

bool TimelineBench::measureSizes()
{
    StoreProbe probe(m_path);
    m_sizes.fileBytes = QFileInfo(m_path).size();
    m_sizes.resultBytes = probe.tableBytes(QStringLiteral("results"));
    m_sizes.resultRows = probe.rowCount(QStringLiteral("results"));
    m_sizes.rollupBytes = probe.tableBytes(QStringLiteral("rollups"));
    m_sizes.rollupRows = probe.rowCount(QStringLiteral("rollups"));
    m_sizes.hourlyBytes = probe.tableBytes(QStringLiteral("rollups_hourly"));
    m_sizes.hourlyRows = probe.rowCount(QStringLiteral("rollups_hourly"));
    m_sizes.changeBytes = probe.tableBytes(QStringLiteral("state_changes")) +
                          probe.tableBytes(QStringLiteral("state_changes_by_service")) +
                          probe.tableBytes(QStringLiteral("state_changes_by_time"));
    m_sizes.changeRows = probe.rowCount(QStringLiteral("state_changes"));
    if (m_sizes.resultBytes < 0) {
        m_error = probe.errorString();
        return false;
    }
    return true;
}
