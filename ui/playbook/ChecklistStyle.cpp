#include "playbook/ChecklistStyle.h"

#include <QHash>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace {

QColor iconColor(StepStatus::State state)
{
    using State = StepStatus::State;
    switch (state) {
    case State::Overdue:
        return ChecklistStyle::overdueColor();
    case State::DueSoon:
        return QColor(0xd9, 0x8c, 0x00);
    case State::Done:
        return QColor(0x2e, 0x7d, 0x32);
    case State::Pending:
        return QColor(0x3b, 0x6e, 0xb4);
    case State::Waiting:
    case State::Skipped:
    case State::NotApplicable:
        return QColor(0x8a, 0x8a, 0x8a);
    }
    return QColor(0x8a, 0x8a, 0x8a);
}

QPixmap paintIcon(StepStatus::State state, int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor color = iconColor(state);
    const qreal s = size;
    QPen pen(Qt::white, s / 8, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    using State = StepStatus::State;
    switch (state) {
    case State::Overdue: { // a red disc with "!"
        painter.setPen(Qt::NoPen);
        painter.setBrush(color);
        painter.drawEllipse(QRectF(0.5, 0.5, s - 1, s - 1));
        painter.setPen(pen);
        painter.drawLine(QPointF(s / 2, s * 0.22), QPointF(s / 2, s * 0.58));
        painter.drawPoint(QPointF(s / 2, s * 0.77));
        break;
    }
    case State::DueSoon: { // an amber triangle
        QPainterPath triangle;
        triangle.moveTo(s / 2, 0.5);
        triangle.lineTo(s - 0.5, s - 0.5);
        triangle.lineTo(0.5, s - 0.5);
        triangle.closeSubpath();
        painter.fillPath(triangle, color);
        painter.setPen(pen);
        painter.drawLine(QPointF(s / 2, s * 0.38), QPointF(s / 2, s * 0.66));
        painter.drawPoint(QPointF(s / 2, s * 0.83));
        break;
    }
    case State::Done: { // a green disc with a tick
        painter.setPen(Qt::NoPen);
        painter.setBrush(color);
        painter.drawEllipse(QRectF(0.5, 0.5, s - 1, s - 1));
        painter.setPen(pen);
        painter.drawPolyline(
            QList<QPointF>{{s * 0.27, s * 0.52}, {s * 0.44, s * 0.69}, {s * 0.74, s * 0.33}});
        break;
    }
    case State::Skipped: { // a grey disc with a dash
        painter.setPen(Qt::NoPen);
        painter.setBrush(color);
        painter.drawEllipse(QRectF(0.5, 0.5, s - 1, s - 1));
        painter.setPen(pen);
        painter.drawLine(QPointF(s * 0.28, s / 2), QPointF(s * 0.72, s / 2));
        break;
    }
    case State::Pending:
    case State::Waiting:
    case State::NotApplicable: { // an open ring
        painter.setPen(QPen(color, s / 9));
        painter.setBrush(Qt::NoBrush);
        painter.drawEllipse(QRectF(s * 0.12, s * 0.12, s * 0.76, s * 0.76));
        break;
    }
    }
    return pixmap;
}

} // namespace

QColor ChecklistStyle::textColor(StepStatus::State state)
{
    using State = StepStatus::State;
    switch (state) {
    case State::Overdue:
        return overdueColor();
    case State::DueSoon:
        return QColor(0x8a, 0x55, 0x00);
    case State::Done:
        return QColor(0x2e, 0x6b, 0x30);
    case State::Skipped:
    case State::Waiting:
    case State::NotApplicable:
        return QColor(0x80, 0x80, 0x80);
    case State::Pending:
        return QColor();
    }
    return QColor();
}

QColor ChecklistStyle::backgroundColor(StepStatus::State state)
{
    switch (state) {
    case StepStatus::State::Overdue:
        return QColor(0xfd, 0xec, 0xea);
    case StepStatus::State::DueSoon:
        return QColor(0xff, 0xf4, 0xd6);
    default:
        return QColor();
    }
}

QIcon ChecklistStyle::icon(StepStatus::State state)
{
    static QHash<int, QIcon> cache;
    const int key = static_cast<int>(state);
    if (const auto it = cache.constFind(key); it != cache.cend())
        return *it;
    QIcon icon;
    for (const int size : {16, 32})
        icon.addPixmap(paintIcon(state, size));
    cache.insert(key, icon);
    return icon;
}

QFont ChecklistStyle::font(QFont base, StepStatus::State state)
{
    if (state == StepStatus::State::Skipped)
        base.setStrikeOut(true);
    if (state == StepStatus::State::NotApplicable)
        base.setItalic(true);
    if (state == StepStatus::State::Overdue)
        base.setBold(true);
    return base;
}
