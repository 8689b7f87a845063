#include "style/StateStyle.h"

#include <QHash>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace {

void drawGlyph(QPainter& p, ServiceState state, const QRectF& r)
{
    const qreal w = r.width();
    QPen pen(Qt::white, qMax<qreal>(1.5, w * 0.13), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    p.setPen(pen);
    p.setBrush(Qt::NoBrush);
    const QPointF c = r.center();
    switch (state) {
    case ServiceState::Up: {
        QPainterPath tick;
        tick.moveTo(c.x() - w * 0.22, c.y() + w * 0.01);
        tick.lineTo(c.x() - w * 0.06, c.y() + w * 0.17);
        tick.lineTo(c.x() + w * 0.23, c.y() - w * 0.15);
        p.drawPath(tick);
        break;
    }
    case ServiceState::Degraded:
        p.drawLine(QPointF(c.x(), c.y() - w * 0.22), QPointF(c.x(), c.y() + w * 0.06));
        p.drawPoint(QPointF(c.x(), c.y() + w * 0.22));
        break;
    case ServiceState::Down:
        p.drawLine(QPointF(c.x() - w * 0.17, c.y() - w * 0.17), QPointF(c.x() + w * 0.17, c.y() + w * 0.17));
        p.drawLine(QPointF(c.x() + w * 0.17, c.y() - w * 0.17), QPointF(c.x() - w * 0.17, c.y() + w * 0.17));
        break;
    case ServiceState::Paused:
        p.drawLine(QPointF(c.x() - w * 0.09, c.y() - w * 0.17), QPointF(c.x() - w * 0.09, c.y() + w * 0.17));
        p.drawLine(QPointF(c.x() + w * 0.09, c.y() - w * 0.17), QPointF(c.x() + w * 0.09, c.y() + w * 0.17));
        break;
    case ServiceState::Unknown:
        // Three dots: "waiting for a first result".
        pen.setWidthF(qMax<qreal>(2.0, w * 0.14));
        p.setPen(pen);
        for (int i = -1; i <= 1; ++i)
            p.drawPoint(QPointF(c.x() + i * w * 0.2, c.y()));
        break;
    }
}

QPixmap renderBadge(ServiceState state, int size)
{
    QPixmap pm(size, size);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF r = QRectF(0, 0, size, size).adjusted(0.5, 0.5, -0.5, -0.5);
    const QColor fill = StateStyle::colorFor(state);
    p.setPen(QPen(fill.darker(130), 1.0));
    p.setBrush(fill);
    // Degraded is a warning triangle: the shape differs as well as the colour.
    if (state == ServiceState::Degraded) {
        QPainterPath tri;
        tri.moveTo(r.center().x(), r.top() + size * 0.04);
        tri.lineTo(r.right(), r.bottom() - size * 0.06);
        tri.lineTo(r.left(), r.bottom() - size * 0.06);
        tri.closeSubpath();
        p.drawPath(tri);
        drawGlyph(p, state, r.adjusted(0, size * 0.12, 0, size * 0.02));
    } else {
        p.drawEllipse(r);
        drawGlyph(p, state, r);
    }
    return pm;
}

} // namespace

QColor StateStyle::colorFor(ServiceState state)
{
    switch (state) {
    case ServiceState::Up:
        return QColor(0x2e, 0x9d, 0x5b);
    case ServiceState::Degraded:
        return QColor(0xe0, 0x8e, 0x0b);
    case ServiceState::Down:
        return QColor(0xd6, 0x36, 0x36);
    case ServiceState::Paused:
        return QColor(0x8a, 0x8f, 0x98);
    case ServiceState::Unknown:
        return QColor(0x5b, 0x7c, 0xa8);
    }
    return QColor(Qt::gray);
}

QColor StateStyle::textColorFor(ServiceState state)
{
    switch (state) {
    case ServiceState::Up:
        return QColor(0x1e, 0x7a, 0x44);
    case ServiceState::Degraded:
        return QColor(0xa8, 0x5f, 0x00);
    case ServiceState::Down:
        return QColor(0xb3, 0x1d, 0x1d);
    case ServiceState::Paused:
        return QColor(0x6b, 0x70, 0x78);
    case ServiceState::Unknown:
        return QColor(0x3f, 0x5f, 0x8a);
    }
    return QColor(Qt::darkGray);
}

QColor StateStyle::tintFor(ServiceState state)
{
    switch (state) {
    case ServiceState::Down: {
        QColor c = colorFor(state);
        c.setAlpha(38);
        return c;
    }
    case ServiceState::Degraded: {
        QColor c = colorFor(state);
        c.setAlpha(34);
        return c;
    }
    case ServiceState::Up:
    case ServiceState::Paused:
    case ServiceState::Unknown:
        return QColor();
    }
    return QColor();
}

QIcon StateStyle::iconFor(ServiceState state)
{
    static QHash<int, QIcon> cache;
    const auto key = static_cast<int>(state);
    const auto it = cache.constFind(key);
    if (it != cache.constEnd())
        return *it;
    QIcon icon;
    for (const int size : {12, 16, 22, 24, 32, 48, 64, 128})
        icon.addPixmap(renderBadge(state, size));
    cache.insert(key, icon);
    return icon;
}
