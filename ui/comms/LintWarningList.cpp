#include "comms/LintWarningList.h"

#include <QStyle>

LintWarningList::LintWarningList(QWidget* parent) : QListWidget(parent)
{
    setObjectName(QStringLiteral("lintWarnings"));
    setSelectionMode(QAbstractItemView::SingleSelection);
    setUniformItemSizes(true);
    setAccessibleName(tr("Message clarity warnings"));
    connect(this, &QListWidget::itemClicked, this, &LintWarningList::activate);
    connect(this, &QListWidget::itemActivated, this, &LintWarningList::activate);
}

void LintWarningList::setWarnings(const QList<LintWarning>& warnings)
{
    if (warnings == m_warnings)
        return;
    m_warnings = warnings;
    clear();
    const QIcon icon = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    for (const LintWarning& warning : warnings) {
        auto* item = new QListWidgetItem(icon, warning.message, this);
        item->setData(StartRole, warning.start);
        item->setData(LengthRole, warning.length);
        item->setData(CodeRole, static_cast<int>(warning.code));
        item->setToolTip(warning.hasSpan() ? tr("Click to select it in the message") : warning.message);
    }
    if (warnings.isEmpty()) {
        auto* item = new QListWidgetItem(tr("No clarity warnings."), this);
        item->setData(StartRole, -1);
        item->setFlags(Qt::ItemIsEnabled);
        item->setForeground(palette().color(QPalette::PlaceholderText));
    }
}

void LintWarningList::activate(QListWidgetItem* item)
{
    const int start = item ? item->data(StartRole).toInt() : -1;
    if (start >= 0)
        Q_EMIT spanActivated(start, item->data(LengthRole).toInt());
}
