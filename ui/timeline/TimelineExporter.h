#pragma once

#include <QImage>
#include <QString>

class QIODevice;
class TimelineView;

// The timeline as the user sees it, for post-mortems and chat: a PNG at the view's size, or an SVG whose
// bands are vector rectangles.
class TimelineExporter
{
public:
    explicit TimelineExporter(const TimelineView& view);

    QImage renderImage() const;
    bool writePng(QIODevice* device);
    bool writeSvg(QIODevice* device);
    QString errorString() const { return m_error; }

private:
    bool checkWritable(QIODevice* device, const QString& format);

    const TimelineView& m_view;
    QString m_error;
};
