#include "util/SteadyWidthLabel.h"

#include <QEvent>
#include <QTextDocument>

#include <algorithm>

SteadyWidthLabel::SteadyWidthLabel(QWidget* parent) : QLabel(parent)
{
    growToFit(true);
}

void SteadyWidthLabel::setText(const QString& text)
{
    if (text == this->text())
        return;
    // With a fixed size, QLabel's own updateGeometry() leaves the parent's layout alone.
    QLabel::setText(text);
    // Measuring the line is cheaper than QLabel's size hint, which lays the text out twice: ask for that only
    // when the line may not fit.
    if (textFormat() == Qt::PlainText || !Qt::mightBeRichText(text)) {
        const int room = contentsRect().width() - 2 * std::max(0, indent()) - 2 * margin();
        if (!text.contains(QLatin1Char('\n')) && fontMetrics().horizontalAdvance(text) <= room)
            return;
    }
    growToFit(false);
}

void SteadyWidthLabel::changeEvent(QEvent* event)
{
    QLabel::changeEvent(event);
    // Another font or style measures text differently: start again from what the text needs now.
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        growToFit(true);
}

void SteadyWidthLabel::growToFit(bool allowShrink)
{
    const QSize wanted = QLabel::sizeHint();
    const QSize steady = allowShrink ? wanted : wanted.expandedTo(minimumSize());
    if (steady != minimumSize() || steady != maximumSize())
        setFixedSize(steady);
}
