#include "postmortem/PostMortemExportDialog.h"

#include "report/ReportInputs.h"
#include "report/ReportLanguage.h"
#include "store/PostMortemStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QtConcurrent/QtConcurrentRun>
#include <QUrl>
#include <QVBoxLayout>

namespace {

QString extension(ReportOptions::Format format)
{
    switch (format) {
    case ReportOptions::Format::Pdf:
        return QStringLiteral("pdf");
    case ReportOptions::Format::Html:
        return QStringLiteral("html");
    case ReportOptions::Format::Markdown:
        return QStringLiteral("md");
    }
    return QStringLiteral("pdf");
}

} // namespace

PostMortemExportDialog::PostMortemExportDialog(PostMortemStore& store, Context context, QWidget* parent)
    : QDialog(parent), m_store(store), m_context(std::move(context)), m_format(new QComboBox(this)),
      m_language(new QComboBox(this)), m_zone(new QComboBox(this)), m_paper(new QComboBox(this)),
      m_customer(new QCheckBox(tr("C&ustomer-facing (leave out internal notes)"), this)),
      m_path(new QLineEdit(this)), m_browse(new QPushButton(tr("&Browse…"), this)),
      m_progress(new QProgressBar(this)), m_result(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this)),
      m_watcher(new QFutureWatcher<ReportWriter::Result>(this))
{
    setWindowTitle(tr("Export the post-mortem of %1").arg(m_context.reference));
    m_format->addItem(tr("PDF"), static_cast<int>(ReportOptions::Format::Pdf));
    m_format->addItem(tr("HTML (one file)"), static_cast<int>(ReportOptions::Format::Html));
    m_format->addItem(tr("Markdown"), static_cast<int>(ReportOptions::Format::Markdown));
    m_language->addItem(tr("English"), QStringLiteral("en"));
    m_language->addItem(tr("French"), QStringLiteral("fr"));
    if (m_context.language.startsWith(QLatin1String("fr")))
        m_language->setCurrentIndex(1);
    if (m_context.workspaceZone.isValid())
        m_zone->addItem(tr("The workspace's (%1)").arg(QString::fromUtf8(m_context.workspaceZone.id())),
                        QString::fromUtf8(m_context.workspaceZone.id()));
    m_zone->addItem(tr("This computer's (%1)").arg(QString::fromUtf8(QTimeZone::systemTimeZoneId())),
                    QString::fromUtf8(QTimeZone::systemTimeZoneId()));
    m_zone->addItem(tr("UTC"), QStringLiteral("UTC"));
    m_paper->addItem(tr("A4"), static_cast<int>(ReportOptions::Paper::A4));
    m_paper->addItem(tr("Letter"), static_cast<int>(ReportOptions::Paper::Letter));
    m_path->setObjectName(QStringLiteral("exportPath"));
    m_path->setText(
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(suggestedName()));

    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(m_browse);
    auto* form = new QFormLayout;
    form->addRow(tr("&Format:"), m_format);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(tr("&Time zone:"), m_zone);
    form->addRow(tr("&Paper (PDF):"), m_paper);
    form->addRow(QString(), m_customer);
    form->addRow(tr("F&ile:"), fileRow);

    // Busy (0..0) while it runs: making a report has no steps worth counting.
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_result->setObjectName(QStringLiteral("exportResult"));
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::RichText);
    m_result->setOpenExternalLinks(true);
    m_result->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_exportButton = m_buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    m_exportButton->setDefault(true);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_result);
    layout->addWidget(m_buttons);

    connect(m_format, &QComboBox::currentIndexChanged, this, [this] {
        m_paper->setEnabled(format() == ReportOptions::Format::Pdf);
        // Keep the file's name, change its extension to the format's.
        const QFileInfo info(m_path->text());
        if (!m_path->text().isEmpty())
            m_path->setText(
                info.dir().filePath(info.completeBaseName() + QLatin1Char('.') + extension(format())));
    });
    connect(m_browse, &QPushButton::clicked, this, &PostMortemExportDialog::browse);
    connect(m_exportButton, &QPushButton::clicked, this, &PostMortemExportDialog::startExport);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(&m_store, &PostMortemStore::reportLoaded, this, &PostMortemExportDialog::onReportLoaded);
    connect(&m_store, &PostMortemStore::reportNotFound, this, [this](const QString& incident) {
        if (m_waitingForInputs && incident == m_context.incidentId)
            fail(tr("The incident %1 is not in the store.").arg(m_context.reference));
    });
    connect(&m_store, &PostMortemStore::loadFailed, this, [this](const QString& message) {
        if (m_waitingForInputs)
            fail(message);
    });
    connect(m_watcher, &QFutureWatcher<ReportWriter::Result>::finished, this,
            [this] { finish(m_runningPath, m_watcher->result()); });
}

PostMortemExportDialog::~PostMortemExportDialog()
{
    // The pool thread writes into a result the watcher owns: let it end before the dialog goes.
    m_watcher->waitForFinished();
}

QString PostMortemExportDialog::suggestedName() const
{
    return tr("%1 post-mortem").arg(m_context.reference) + QLatin1Char('.') + extension(format());
}

void PostMortemExportDialog::setPath(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    ReportOptions::Format byExtension = ReportOptions::Format::Pdf;
    if (suffix == QLatin1String("markdown"))
        setFormat(ReportOptions::Format::Markdown);
    else if (ReportOptions::formatFromKey(suffix, &byExtension))
        setFormat(byExtension);
    m_path->setText(path);
}

QString PostMortemExportDialog::path() const
{
    return m_path->text().trimmed();
}

ReportOptions::Format PostMortemExportDialog::format() const
{
    return static_cast<ReportOptions::Format>(m_format->currentData().toInt());
}

void PostMortemExportDialog::setFormat(ReportOptions::Format format)
{
    m_format->setCurrentIndex(m_format->findData(static_cast<int>(format)));
}

ReportOptions PostMortemExportDialog::options() const
{
    ReportOptions options;
    options.language = m_language->currentData().toString();
    options.zone = QTimeZone(m_zone->currentData().toString().toUtf8());
    if (!options.zone.isValid())
        options.zone = QTimeZone::utc();
    options.paper = static_cast<ReportOptions::Paper>(m_paper->currentData().toInt());
    options.customerFacing = m_customer->isChecked();
    options.nowMs = m_context.nowMs;
    return options;
}

void PostMortemExportDialog::browse()
{
    const QString filter = format() == ReportOptions::Format::Pdf    ? tr("PDF (*.pdf)")
                           : format() == ReportOptions::Format::Html ? tr("HTML (*.html)")
                                                                     : tr("Markdown (*.md)");
    const QString chosen = QFileDialog::getSaveFileName(this, tr("Export the post-mortem"), path(), filter);
    if (!chosen.isEmpty())
        setPath(chosen);
}

bool PostMortemExportDialog::startExport()
{
    if (m_running)
        return false;
    if (path().isEmpty()) {
        m_result->setText(tr("Choose the file to write."));
        return false;
    }
    m_runningPath = path();
    m_runningOptions = options();
    m_runningFormat = format();
    setRunning(true);
    m_result->setText(tr("Making the report…"));
    m_waitingForInputs = true;
    m_store.loadReport(m_context.incidentId, m_context.nowMs);
    return true;
}

void PostMortemExportDialog::onReportLoaded(const ReportInputs& inputs)
{
    if (!m_waitingForInputs || inputs.record.incident.id != m_context.incidentId)
        return;
    m_waitingForInputs = false;
    // Everything the pool thread needs is copied in: it shares nothing with the dialog.
    m_watcher->setFuture(QtConcurrent::run([inputs, playbook = m_context.playbook, options = m_runningOptions,
                                            format = m_runningFormat, path = m_runningPath] {
        const ReportLanguage language = ReportLanguage::load(options.language);
        const PostMortemDocument document = ReportWriter::document(inputs, playbook, options, language);
        return ReportWriter::writeFile(document, format, path);
    }));
}

void PostMortemExportDialog::finish(const QString& path, const ReportWriter::Result& result)
{
    setRunning(false);
    if (!result.ok()) {
        fail(result.error);
        return;
    }
    const QFileInfo info(path);
    const QString folder = QUrl::fromLocalFile(info.absolutePath()).toString();
    m_result->setText(tr("Saved to %1. <a href=\"%2\">Open folder</a>")
                          .arg(info.absoluteFilePath().toHtmlEscaped(), folder.toHtmlEscaped()));
    Q_EMIT exported(path);
}

void PostMortemExportDialog::fail(const QString& message)
{
    m_waitingForInputs = false;
    setRunning(false);
    m_result->setText(tr("Not exported: %1").arg(message.toHtmlEscaped()));
    Q_EMIT failed(message);
}

void PostMortemExportDialog::setRunning(bool running)
{
    m_running = running;
    m_progress->setVisible(running);
    m_exportButton->setEnabled(!running);
    for (QWidget* widget :
         std::initializer_list<QWidget*>{m_format, m_language, m_zone, m_paper, m_customer, m_path, m_browse})
        widget->setEnabled(!running);
    if (!running)
        m_paper->setEnabled(format() == ReportOptions::Format::Pdf);
}
