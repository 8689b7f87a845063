#pragma once

#include "SampleStats.h"

#include "config/ServiceDefinition.h"
#include "timeline/StateBand.h"
#include "timeline/TimelineSnapshot.h"

#include <QHash>
#include <QList>
#include <QSize>
#include <QString>

class ManualClock;
class Store;
class TimelineModel;
class TimelineView;

// The timeline's measurements on a generated store, the way the application chains them: the view asks for a
// range, the store answers off the GUI thread, BandBuilder turns each service's changes into bands, the model
// takes them and the view paints. Runs on the GUI thread of a QApplication (offscreen platform).
class TimelineBench
{
public:
    struct Row
    {
        QString what;
        SampleStats ms;
        double targetMs = 0; // 0: no target, reported only
        QString note;
    };
    struct Sizes
    {
        qint64 fileBytes = 0;
        qint64 resultBytes = 0;
        qint64 resultRows = 0;
        qint64 rollupBytes = 0;
        qint64 rollupRows = 0;
        qint64 hourlyBytes = 0;
        qint64 hourlyRows = 0;
        qint64 changeBytes = 0; // table and both indexes
        qint64 changeRows = 0;
    };

    TimelineBench(const QString& storePath, ManualClock& clock, int repetitions, const QSize& viewSize);
    ~TimelineBench();

    bool run();
    QString errorString() const { return m_error; }
    const QList<Row>& rows() const { return m_rows; }
    const Sizes& sizes() const { return m_sizes; }
    int services() const { return int(m_services.size()); }
    qint64 lastChangeCount() const { return m_lastChangeCount; }

private:
    bool measureOpen();
    bool measureSteps();
    bool measureOneService();
    bool measureSizes();
    QHash<qint64, QList<StateBand>> buildBands(const TimelineSnapshot& snapshot) const;
    Row& row(const QString& what, double targetMs = 0, const QString& note = QString());

    QString m_path;
    ManualClock& m_clock;
    int m_repetitions;
    QSize m_viewSize;
    Store* m_store = nullptr;
    TimelineModel* m_model = nullptr;
    TimelineView* m_view = nullptr;
    QList<ServiceDefinition> m_services;
    QList<Row> m_rows;
    Sizes m_sizes;
    QString m_error;
    qint64 m_lastChangeCount = 0;
};
