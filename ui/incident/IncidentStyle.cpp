#include "incident/IncidentStyle.h"

#include <QCoreApplication>
#include <QHash>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace {

QPixmap canvas(int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    return pixmap;
}

QPixmap severityBadge(Severity severity, int size)
{
    QPixmap pixmap = canvas(size);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(IncidentStyle::severityColor(severity));
    const qreal margin = size * 0.06;
    painter.drawRoundedRect(QRectF(margin, margin, size - 2 * margin, size - 2 * margin), size * 0.22,
                            size * 0.22);
    QFont font = painter.font();
    font.setBold(true);
    font.setPixelSize(qMax(6, static_cast<int>(size * 0.66)));
    painter.setFont(font);
    painter.setPen(Qt::white);
    painter.drawText(QRectF(0, 0, size, size), Qt::AlignCenter, QString::number(static_cast<int>(severity)));
    return pixmap;
}

QPixmap globe(const QColor& color, int size)
{
    QPixmap pixmap = canvas(size);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const qreal stroke = qMax(1.0, size / 12.0);
    const QRectF box(stroke, stroke, size - 2 * stroke, size - 2 * stroke);
    painter.setPen(QPen(color, stroke));
    painter.setBrush(color.lighter(185));
    painter.drawEllipse(box);
    painter.setBrush(Qt::NoBrush);
    painter.drawEllipse(box.adjusted(box.width() * 0.28, 0, -box.width() * 0.28, 0));
    painter.drawLine(QPointF(box.left(), box.center().y()), QPointF(box.right(), box.center().y()));
    return pixmap;
}

QPixmap padlock(const QColor& color, int size)
{
    QPixmap pixmap = canvas(size);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const qreal stroke = qMax(1.0, size / 9.0);
    const QRectF body(size * 0.18, size * 0.45, size * 0.64, size * 0.48);
    const QRectF shackle(size * 0.30, size * 0.10, size * 0.40, size * 0.62);
    painter.setPen(QPen(color, stroke));
    painter.setBrush(Qt::NoBrush);
    painter.drawArc(shackle, 0, 180 * 16);
    painter.drawLine(QPointF(shackle.left(), shackle.center().y()), QPointF(shackle.left(), body.top()));
    painter.drawLine(QPointF(shackle.right(), shackle.center().y()), QPointF(shackle.right(), body.top()));
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    painter.drawRoundedRect(body, size * 0.08, size * 0.08);
    return pixmap;
}

} // namespace

QColor IncidentStyle::severityColor(Severity severity)
{
    switch (severity) {
    case Severity::Sev1:
        return QColor(0xc6, 0x28, 0x28);
    case Severity::Sev2:
        return QColor(0xe6, 0x5c, 0x00);
    case Severity::Sev3:
        return QColor(0xb2, 0x8a, 0x00);
    case Severity::Sev4:
        return QColor(0x45, 0x6a, 0x8c);
    }
    return QColor(Qt::gray);
}

QIcon IncidentStyle::severityIcon(Severity severity)
{
    static QHash<int, QIcon> cache;
    const int key = static_cast<int>(severity);
    if (auto found = cache.constFind(key); found != cache.cend())
        return found.value();
    QIcon icon;
    for (const int size : {14, 16, 20, 24, 32})
        icon.addPixmap(severityBadge(severity, size));
    cache.insert(key, icon);
    return icon;
}

QColor IncidentStyle::statusTextColor(IncidentStatus status)
{
    switch (status) {
    case IncidentStatus::Investigating:
        return QColor(0xb3, 0x1d, 0x1d);
    case IncidentStatus::Identified:
        return QColor(0xb3, 0x52, 0x00);
    case IncidentStatus::Monitoring:
    case IncidentStatus::Verifying:
        return QColor(0x1d, 0x5f, 0xa8);
    case IncidentStatus::InProgress:
        return QColor(0x6a, 0x3d, 0x9a);
    case IncidentStatus::Scheduled:
        return QColor(0x45, 0x5a, 0x64);
    case IncidentStatus::Resolved:
    case IncidentStatus::Completed:
        return QColor(0x2e, 0x7d, 0x32);
    }
    return QColor(Qt::black);
}

QColor IncidentStyle::visibilityColor(IncidentEvent::Visibility visibility)
{
    return visibility == IncidentEvent::Visibility::Public ? QColor(0x15, 0x65, 0xc0)
                                                           : QColor(0x5f, 0x63, 0x68);
}

QIcon IncidentStyle::visibilityIcon(IncidentEvent::Visibility visibility)
{
    static QHash<int, QIcon> cache;
    const int key = static_cast<int>(visibility);
    if (auto found = cache.constFind(key); found != cache.cend())
        return found.value();
    QIcon icon;
    for (const int size : {14, 16, 20, 24, 32}) {
        icon.addPixmap(visibility == IncidentEvent::Visibility::Public
                           ? globe(visibilityColor(visibility), size)
                           : padlock(visibilityColor(visibility), size));
    }
    cache.insert(key, icon);
    return icon;
}

QString IncidentStyle::visibilityLabel(IncidentEvent::Visibility visibility)
{
    return visibility == IncidentEvent::Visibility::Public
               ? QCoreApplication::translate("IncidentStyle", "Public")
               : QCoreApplication::translate("IncidentStyle", "Internal");
}

QColor IncidentStyle::drillColor()
{
    return QColor(0x7b, 0x1f, 0xa2);
}

QString IncidentStyle::drillBadgeStyleSheet()
{
    return QStringLiteral("QLabel { color: white; background: %1; border-radius: 3px; padding: 1px 6px;"
                          " font-weight: bold; }")
        .arg(drillColor().name());
}
