#include "comms/MessagePreviewPanel.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace {

const QString kOverStyle = QStringLiteral("QLabel { color: #b31d1d; font-weight: bold; }");
const QString kErrorStyle =
    QStringLiteral("QLabel { color: #b31d1d; font-weight: bold; background: #fdecea;"
                   " border: 1px solid #f5c2c0; border-radius: 3px; padding: 3px 6px; }");

} // namespace

MessagePreviewPanel::MessagePreviewPanel(QWidget* parent)
    : QWidget(parent), m_tabs(new QTabWidget(this)), m_renderError(new QLabel(this))
{
    m_renderError->setObjectName(QStringLiteral("renderError"));
    m_renderError->setWordWrap(true);
    m_renderError->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_renderError->setStyleSheet(kErrorStyle);
    m_renderError->hide();
    m_tabs->setDocumentMode(true);
    for (const PreviewTarget target : allPreviewTargets())
        m_pages.insert(static_cast<int>(target), buildPage(target));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* title = new QLabel(tr("<b>Preview</b>"), this);
    layout->addWidget(title);
    layout->addWidget(m_renderError);
    layout->addWidget(m_tabs, 1);
}

MessagePreviewPanel::Page MessagePreviewPanel::buildPage(PreviewTarget target)
{
    Page page;
    page.widget = new QWidget(this);
    page.widget->hide();
    page.text = new QPlainTextEdit(page.widget);
    page.text->setReadOnly(true);
    page.text->setObjectName(QStringLiteral("preview-") + previewTargetKey(target));
    page.counter = new QLabel(page.widget);
    page.block = new QLabel(page.widget);
    page.block->setWordWrap(true);
    page.block->setStyleSheet(kOverStyle);
    page.block->hide();
    page.copy = new QPushButton(tr("&Copy"), page.widget);
    page.copy->setToolTip(tr("Copy the message for %1 to the clipboard").arg(previewTargetLabel(target)));
    connect(page.copy, &QPushButton::clicked, this, [this, target] { copy(target); });

    auto* footer = new QHBoxLayout;
    footer->addWidget(page.counter);
    footer->addWidget(page.block, 1);
    footer->addStretch();
    footer->addWidget(page.copy);
    auto* layout = new QVBoxLayout(page.widget);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(page.text, 1);
    layout->addLayout(footer);
    return page;
}

void MessagePreviewPanel::showPreview(ChannelKind channel, const QString& subject, const QString& body)
{
    m_subject = subject;
    m_body = body;
    m_preview = MessagePreview::build(channel, subject, body);
    const QList<PreviewTarget> targets = previewTargetsFor(channel);
    if (targets != m_shown) {
        const int current = m_tabs->currentIndex();
        while (m_tabs->count() > 0)
            m_tabs->removeTab(0);
        for (const PreviewTarget target : targets)
            m_tabs->addTab(m_pages.value(static_cast<int>(target)).widget, previewTargetLabel(target));
        m_tabs->setCurrentIndex(current >= 0 && current < m_tabs->count() ? current : 0);
        m_shown = targets;
    }
    for (const MessagePreview::Target& target : std::as_const(m_preview.targets))
        showTarget(target);
}

void MessagePreviewPanel::showTarget(const MessagePreview::Target& target)
{
    const Page page = m_pages.value(static_cast<int>(target.target));
    if (page.text->toPlainText() != target.text)
        page.text->setPlainText(target.text);
    const MessageLimits::Measure& measure = target.measure;
    QString counter;
    if (target.target == PreviewTarget::Email)
        counter = tr("Subject: %1 / %2").arg(measure.used).arg(measure.limit);
    else if (measure.limit > 0)
        counter = tr("%1 / %2").arg(measure.used).arg(measure.limit);
    else
        counter = tr("%n character(s)", nullptr, measure.used);
    page.counter->setText(counter);
    page.counter->setStyleSheet(measure.over ? kOverStyle : QString());
    page.counter->setToolTip(measure.limit > 0
                                 ? tr("%1 counts at most %2 characters here")
                                       .arg(previewTargetLabel(target.target))
                                       .arg(measure.limit)
                                 : tr("%1 has no length limit").arg(previewTargetLabel(target.target)));
    page.block->setText(target.blockReason);
    page.block->setVisible(target.blocked);
    page.copy->setEnabled(!target.blocked);
    const int tab = m_tabs->indexOf(page.widget);
    if (tab >= 0)
        m_tabs->setTabText(tab, target.blocked ? tr("%1 (blocked)").arg(previewTargetLabel(target.target))
                                               : previewTargetLabel(target.target));
}

void MessagePreviewPanel::setRenderErrors(const QStringList& errors)
{
    m_renderError->setText(errors.join(QLatin1Char('\n')));
    m_renderError->setVisible(!errors.isEmpty());
}

QString MessagePreviewPanel::clipboardText(PreviewTarget target) const
{
    if (target == PreviewTarget::Email)
        return m_subject + QStringLiteral("\n\n") + m_body;
    return m_body;
}

void MessagePreviewPanel::copy(PreviewTarget target)
{
    const std::optional<MessagePreview::Target> shown = m_preview.find(target);
    if (!shown || shown->blocked)
        return;
    QGuiApplication::clipboard()->setText(clipboardText(target));
    Q_EMIT copied(target);
}

QPlainTextEdit* MessagePreviewPanel::textView(PreviewTarget target) const
{
    return m_pages.value(static_cast<int>(target)).text;
}

QLabel* MessagePreviewPanel::counterLabel(PreviewTarget target) const
{
    return m_pages.value(static_cast<int>(target)).counter;
}

QLabel* MessagePreviewPanel::blockLabel(PreviewTarget target) const
{
    return m_pages.value(static_cast<int>(target)).block;
}

QPushButton* MessagePreviewPanel::copyButton(PreviewTarget target) const
{
    return m_pages.value(static_cast<int>(target)).copy;
}
