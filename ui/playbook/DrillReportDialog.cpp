#include "playbook/DrillReportDialog.h"

#include "playbook/ChecklistAdherence.h"
#include "playbook/DrillReport.h"
#include "time/Clock.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSaveFile>
#include <QTextBrowser>
#include <QTextFrame>
#include <QTextTable>
#include <QTimeZone>
#include <QVBoxLayout>

DrillReportDialog::DrillReportDialog(const IncidentRecord& record, const Playbook& playbook,
                                     const Clock& clock, QWidget* parent)
    : QDialog(parent), m_reference(record.incident.reference), m_browser(new QTextBrowser(this)),
      m_copy(new QPushButton(tr("&Copy as Markdown"), this)), m_save(new QPushButton(tr("&Save…"), this)),
      m_message(new QLabel(this))
{
    const Incident& incident = record.incident;
    const qint64 now = clock.nowMs();
    const QTimeZone zone =
        incident.timeZoneId.isEmpty() ? QTimeZone::systemTimeZone() : QTimeZone(incident.timeZoneId.toUtf8());
    m_markdown =
        DrillReport::markdown(record, ChecklistAdherence::compute(playbook, incident, now), QLocale().name(),
                              zone.isValid() ? zone : QTimeZone::systemTimeZone(), now);
    setWindowTitle((incident.drill ? tr("Drill report: %1") : tr("Checklist report: %1")).arg(m_reference));

    m_browser->setObjectName(QStringLiteral("reportBrowser"));
    m_browser->setOpenExternalLinks(false);
    m_browser->setMarkdown(m_markdown);
    // The Markdown import packs table cells tight; give the step table room to read.
    for (QTextFrame* frame : m_browser->document()->rootFrame()->childFrames()) {
        if (auto* table = qobject_cast<QTextTable*>(frame)) {
            QTextTableFormat format = table->format();
            format.setCellPadding(4);
            format.setCellSpacing(0);
            format.setBorderCollapse(true);
            table->setFormat(format);
        }
    }
    m_message->setObjectName(QStringLiteral("reportMessage"));
    m_message->setWordWrap(true);
    m_message->hide();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_copy, QDialogButtonBox::ActionRole);
    buttons->addButton(m_save, QDialogButtonBox::ActionRole);
    m_copy->setAutoDefault(false);
    m_save->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &DrillReportDialog::reject);
    connect(m_copy, &QPushButton::clicked, this, [this] {
        copyToClipboard();
        m_message->setStyleSheet(QString());
        m_message->setText(tr("Copied as Markdown."));
        m_message->show();
    });
    connect(m_save, &QPushButton::clicked, this, &DrillReportDialog::save);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_browser, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(820, 560);
}

void DrillReportDialog::copyToClipboard() const
{
    QApplication::clipboard()->setText(m_markdown);
}

QString DrillReportDialog::suggestedFileName() const
{
    return QDir::home().filePath(tr("report-%1.md").arg(m_reference));
}

std::optional<QString> DrillReportDialog::saveTo(const QString& path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text) || file.write(m_markdown.toUtf8()) < 0 ||
        !file.commit())
        return tr("Could not save the report to %1: %2")
            .arg(QDir::toNativeSeparators(path), file.errorString());
    return std::nullopt;
}

void DrillReportDialog::save()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the report"), suggestedFileName(),
                                                      tr("Markdown (*.md);;All files (*)"));
    if (path.isEmpty())
        return;
    const std::optional<QString> error = saveTo(path);
    m_message->setStyleSheet(error ? QStringLiteral("QLabel { color: #b31d1d; font-weight: bold; }")
                                   : QString());
    m_message->setText(error ? *error : tr("Saved to %1.").arg(QDir::toNativeSeparators(path)));
    m_message->show();
}
