#include "timeline/TimelineExporter.h"

#include "timeline/TimelineView.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QPainter>
#include <QSvgGenerator>

TimelineExporter::TimelineExporter(const TimelineView& view) : m_view(view) {}

QImage TimelineExporter::renderImage() const
{
    QImage image(m_view.size(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter p(&image);
    m_view.paintTimeline(p, image.size());
    return image;
}

bool TimelineExporter::checkWritable(QIODevice* device, const QString& format)
{
    m_error.clear();
    if (device && device->isWritable())
        return true;
    m_error = QCoreApplication::translate(
                  "TimelineExporter", "Cannot export the timeline as %1: the file is not open for writing.")
                  .arg(format);
    return false;
}

bool TimelineExporter::writePng(QIODevice* device)
{
    if (!checkWritable(device, QStringLiteral("PNG")))
        return false;
    if (!renderImage().save(device, "PNG")) {
        m_error = QCoreApplication::translate("TimelineExporter", "Cannot export the timeline as PNG: %1")
                      .arg(device->errorString());
        return false;
    }
    return true;
}

bool TimelineExporter::writeSvg(QIODevice* device)
{
    if (!checkWritable(device, QStringLiteral("SVG")))
        return false;
    QSvgGenerator generator;
    generator.setOutputDevice(device);
    generator.setSize(m_view.size());
    generator.setViewBox(QRect(QPoint(0, 0), m_view.size()));
    generator.setTitle(QCoreApplication::translate("TimelineExporter", "Vigie outage timeline"));
    QPainter p;
    if (!p.begin(&generator)) {
        m_error = QCoreApplication::translate("TimelineExporter", "Cannot export the timeline as SVG: %1")
                      .arg(device->errorString());
        return false;
    }
    m_view.paintTimeline(p, m_view.size());
    p.end();
    return true;
}
