#pragma once

#include "playbook/StepStatus.h"

#include <QColor>
#include <QFont>
#include <QIcon>

// How checklist states look, in one place for the table and the header: overdue red, due soon amber, done
// green, skipped struck out. Each icon has its own shape too, so that states read without colour vision.
class ChecklistStyle
{
public:
    ChecklistStyle() = delete;

    static QColor overdueColor() { return QColor(0xb3, 0x1d, 0x1d); }
    static QColor textColor(StepStatus::State state);       // invalid: the palette's
    static QColor backgroundColor(StepStatus::State state); // invalid: none
    static QIcon icon(StepStatus::State state);             // cached
    // The table font for a state: skipped steps are struck out, steps out of scope in italics.
    static QFont font(QFont base, StepStatus::State state);
};
