#pragma once

#include "comms/LintWarning.h"

#include <QList>
#include <QListWidget>

// What the message linter found in a draft, one line each; a warning about words in the text selects them
// in the editor when clicked (or activated from the keyboard).
class LintWarningList final : public QListWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LintWarningList)

public:
    enum Role
    {
        StartRole = Qt::UserRole + 1, // int; -1 when the warning has no span
        LengthRole,                   // int
        CodeRole,                     // int (LintWarning::Code)
    };

    explicit LintWarningList(QWidget* parent = nullptr);

    void setWarnings(const QList<LintWarning>& warnings);
    const QList<LintWarning>& warnings() const { return m_warnings; }

Q_SIGNALS:
    void spanActivated(int start, int length);

private:
    void activate(QListWidgetItem* item);

    QList<LintWarning> m_warnings;
};
