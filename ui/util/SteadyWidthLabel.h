#pragma once

#include <QLabel>

// A label for text that changes every second or so (the status bar's count of stored results). QLabel asks
// its parent for a new layout on every setText(), and in a status bar that lays out the bar and then the
// whole main window around it. This label keeps a fixed size that only grows: a new text that fits repaints
// the label alone; one that needs more room grows it once.
class SteadyWidthLabel final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SteadyWidthLabel)

public:
    explicit SteadyWidthLabel(QWidget* parent = nullptr);

    // Shadows QLabel::setText, which is not virtual: set the text through this type, or the label may clip
    // a longer text.
    void setText(const QString& text);

protected:
    void changeEvent(QEvent* event) override;

private:
    void growToFit(bool allowShrink);
};
