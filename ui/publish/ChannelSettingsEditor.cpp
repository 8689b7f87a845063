#include "publish/ChannelSettingsEditor.h"

#include "config/ChannelValidator.h"
#include "publish/ChannelSettingText.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPalette>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

constexpr int OfferedRole = Qt::UserRole + 1; // on the key item: the row came from offerKeys, not a person

} // namespace

ChannelSettingsEditor::ChannelSettingsEditor(QWidget* parent)
    : QWidget(parent), m_table(new QTableWidget(0, 3, this)), m_add(new QPushButton(tr("Add setting"), this)),
      m_remove(new QPushButton(tr("Remove setting"), this))
{
    m_table->setObjectName(QStringLiteral("settingsTable"));
    m_table->setHorizontalHeaderLabels({tr("Setting"), tr("Value"), tr("What it holds")});
    m_table->horizontalHeader()->setSectionResizeMode(KeyColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ValueColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(HintColumn, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(false);
    m_table->setToolTip(tr("Values read as in the workspace file: true/false, numbers, {\"key\": \"value\"} "
                           "maps, [\"a\", \"b\"] lists, \"quoted\" text; anything else is text. A setting "
                           "without a value is left out."));
    m_add->setAutoDefault(false);
    m_remove->setAutoDefault(false);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, &ChannelSettingsEditor::addEmptyRow);
    connect(m_remove, &QPushButton::clicked, this, &ChannelSettingsEditor::removeCurrentRow);
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem* item) {
        if (item->column() != HintColumn)
            Q_EMIT changed();
    });
    connect(m_table, &QTableWidget::currentCellChanged, this,
            [this](int row) { m_remove->setEnabled(row >= 0); });
    m_remove->setEnabled(false);
}

int ChannelSettingsEditor::appendRow(const QString& key, const QString& value, const QString& hint,
                                     bool offered)
{
    const QSignalBlocker blocker(m_table);
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto* keyItem = new QTableWidgetItem(key);
    keyItem->setData(OfferedRole, offered);
    m_table->setItem(row, KeyColumn, keyItem);
    m_table->setItem(row, ValueColumn, new QTableWidgetItem(value));
    auto* hintItem = new QTableWidgetItem(hint);
    hintItem->setFlags(Qt::ItemIsEnabled);
    hintItem->setForeground(palette().color(QPalette::PlaceholderText));
    hintItem->setToolTip(hint);
    m_table->setItem(row, HintColumn, hintItem);
    return row;
}

void ChannelSettingsEditor::setSettings(const QVariantMap& settings, const QList<ChannelSettingHint>& hints)
{
    m_original = settings;
    m_table->setRowCount(0);
    for (auto it = settings.cbegin(); it != settings.cend(); ++it) {
        QString hint;
        for (const ChannelSettingHint& h : hints) {
            if (h.key == it.key())
                hint = h.hint;
        }
        appendRow(it.key(), ChannelSettingText::toText(it.value()), hint);
    }
    offerKeys(hints);
    Q_EMIT changed();
}

void ChannelSettingsEditor::offerKeys(const QList<ChannelSettingHint>& hints)
{
    {
        const QSignalBlocker blocker(m_table);
        for (int row = m_table->rowCount() - 1; row >= 0; --row) {
            const bool offered = m_table->item(row, KeyColumn)->data(OfferedRole).toBool();
            if (offered && valueTextAt(row).isEmpty())
                m_table->removeRow(row);
            else
                m_table->item(row, HintColumn)->setText(QString());
        }
    }
    for (const ChannelSettingHint& hint : hints) {
        bool present = false;
        for (int row = 0; row < m_table->rowCount(); ++row) {
            if (keyAt(row) == hint.key) {
                const QSignalBlocker blocker(m_table);
                m_table->item(row, HintColumn)->setText(hint.hint);
                m_table->item(row, HintColumn)->setToolTip(hint.hint);
                present = true;
            }
        }
        if (!present)
            appendRow(hint.key, QString(), hint.hint, true);
    }
    Q_EMIT changed();
}

QString ChannelSettingsEditor::keyAt(int row) const
{
    const QTableWidgetItem* item = m_table->item(row, KeyColumn);
    return item ? item->text().trimmed() : QString();
}

QString ChannelSettingsEditor::valueTextAt(int row) const
{
    const QTableWidgetItem* item = m_table->item(row, ValueColumn);
    return item ? item->text().trimmed() : QString();
}

QVariantMap ChannelSettingsEditor::settings() const
{
    QVariantMap settings;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString key = keyAt(row);
        const QString text = valueTextAt(row);
        if (key.isEmpty() || text.isEmpty())
            continue;
        const auto original = m_original.constFind(key);
        if (original != m_original.cend() && ChannelSettingText::toText(*original) == text)
            settings.insert(key, *original);
        else
            settings.insert(key, ChannelSettingText::fromText(text));
    }
    return settings;
}

QString ChannelSettingsEditor::problem() const
{
    QStringList seen;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString key = keyAt(row);
        const QString text = valueTextAt(row);
        if (key.isEmpty()) {
            if (!text.isEmpty())
                return tr("Settings, row %1: a value needs a setting name").arg(row + 1);
            continue;
        }
        if (ChannelValidator::looksLikeSecret(key))
            return tr("Settings: %1").arg(ChannelValidator::secretKeyMessage(key, key));
        if (ChannelValidator::reservedKeys().contains(key))
            return tr("Settings: “%1” is set in its own field above, not as a setting").arg(key);
        if (seen.contains(key))
            return tr("Settings: “%1” appears twice").arg(key);
        seen.append(key);
        if (text.isEmpty())
            continue;
        const QVariant value = ChannelSettingText::fromText(text);
        if ((text.startsWith(QLatin1Char('{')) || text.startsWith(QLatin1Char('['))) &&
            value.typeId() == QMetaType::QString)
            return tr("Settings: the value of “%1” starts like a map or a list but is not valid JSON")
                .arg(key);
        const QString nested = ChannelValidator::secretKeyPath(value, key);
        if (!nested.isEmpty()) {
            const QString nestedKey = nested.section(QLatin1Char('.'), -1);
            return tr("Settings: %1").arg(ChannelValidator::secretKeyMessage(nested, nestedKey));
        }
    }
    return QString();
}

void ChannelSettingsEditor::addEmptyRow()
{
    const int row = appendRow(QString(), QString());
    m_table->setCurrentCell(row, KeyColumn);
    m_table->setFocus();
    m_table->editItem(m_table->item(row, KeyColumn));
    Q_EMIT changed();
}

void ChannelSettingsEditor::removeCurrentRow()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    m_table->removeRow(row);
    Q_EMIT changed();
}
