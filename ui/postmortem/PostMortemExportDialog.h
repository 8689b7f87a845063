#pragma once

#include "playbook/Playbook.h"
#include "report/ReportOptions.h"
#include "report/ReportWriter.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QString>
#include <QTimeZone>

class PostMortemStore;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
struct ReportInputs;

// "Export…" for one post-mortem: format, language, time zone, paper, customer edition and file. The store
// reads the report's inputs on its thread, then ReportWriter makes and writes the document on a pool thread
// (QtConcurrent) while a busy bar runs; the dialog then says where it saved, with a link to the folder, or
// why it could not.
class PostMortemExportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PostMortemExportDialog)

public:
    struct Context
    {
        QString incidentId;
        QString reference;       // for the suggested file name
        Playbook playbook;       // the one in force
        QTimeZone workspaceZone; // invalid when the workspace names none
        QString language;        // the interface's, offered first
        qint64 nowMs = 0;
    };

    PostMortemExportDialog(PostMortemStore& store, Context context, QWidget* parent = nullptr);
    ~PostMortemExportDialog() override;

    // The file the export goes to; the format follows its extension when it has a known one.
    void setPath(const QString& path);
    QString path() const;
    ReportOptions::Format format() const;
    void setFormat(ReportOptions::Format format);
    ReportOptions options() const;
    // Starts the export with the dialog's choices; false when it cannot start (no file, one under way).
    bool startExport();
    bool isRunning() const { return m_running; }

    QComboBox* formatCombo() const { return m_format; }
    QComboBox* languageCombo() const { return m_language; }
    QComboBox* zoneCombo() const { return m_zone; }
    QComboBox* paperCombo() const { return m_paper; }
    QCheckBox* customerCheck() const { return m_customer; }
    QLineEdit* pathEdit() const { return m_path; }
    QProgressBar* progressBar() const { return m_progress; }
    QLabel* resultLabel() const { return m_result; }
    QPushButton* exportButton() const { return m_exportButton; }

Q_SIGNALS:
    void exported(const QString& path);
    void failed(const QString& message);

private:
    void browse();
    void onReportLoaded(const ReportInputs& inputs);
    void finish(const QString& path, const ReportWriter::Result& result);
    void fail(const QString& message);
    void setRunning(bool running);
    QString suggestedName() const;

    PostMortemStore& m_store;
    Context m_context;
    QComboBox* m_format;
    QComboBox* m_language;
    QComboBox* m_zone;
    QComboBox* m_paper;
    QCheckBox* m_customer;
    QLineEdit* m_path;
    QPushButton* m_browse;
    QProgressBar* m_progress;
    QLabel* m_result;
    QDialogButtonBox* m_buttons;
    QPushButton* m_exportButton;
    QFutureWatcher<ReportWriter::Result>* m_watcher;
    bool m_running = false;
    bool m_waitingForInputs = false;
    QString m_runningPath;
    ReportOptions m_runningOptions;
    ReportOptions::Format m_runningFormat = ReportOptions::Format::Pdf;
};
