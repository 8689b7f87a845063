#pragma once

#include "incident/IncidentRecord.h"
#include "playbook/Playbook.h"

#include <QDialog>
#include <QString>

#include <optional>

class Clock;
class QLabel;
class QPushButton;
class QTextBrowser;

// The drill report (or, for a real incident, the checklist report) of one incident: how long each step
// took against when it was due (DrillReport), shown rendered, copied or saved as Markdown. Made once, at
// the clock's time when it opens.
class DrillReportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DrillReportDialog)

public:
    DrillReportDialog(const IncidentRecord& record, const Playbook& playbook, const Clock& clock,
                      QWidget* parent = nullptr);

    QString markdown() const { return m_markdown; }
    void copyToClipboard() const;
    // Writes the Markdown to `path` all at once; returns an error naming the file, or nullopt.
    std::optional<QString> saveTo(const QString& path);
    // Asks where to save, then saves; an error shows in the dialog.
    void save();

    QTextBrowser* browser() const { return m_browser; }
    QPushButton* copyButton() const { return m_copy; }
    QPushButton* saveButton() const { return m_save; }
    QLabel* messageLabel() const { return m_message; }

private:
    QString suggestedFileName() const;

    QString m_markdown;
    QString m_reference;
    QTextBrowser* m_browser;
    QPushButton* m_copy;
    QPushButton* m_save;
    QLabel* m_message;
};
