#pragma once

#include "publish/ChannelTypeCatalog.h"

#include <QVariantMap>
#include <QWidget>

class QPushButton;
class QTableWidget;

// A channel's adapter settings as a key / value table, with a hint per key the type is known to read.
// Values are written as ChannelSettingText reads them; a row without a value is left out.
class ChannelSettingsEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChannelSettingsEditor)

public:
    enum Column
    {
        KeyColumn = 0,
        ValueColumn,
        HintColumn,
    };

    explicit ChannelSettingsEditor(QWidget* parent = nullptr);

    void setSettings(const QVariantMap& settings, const QList<ChannelSettingHint>& hints);
    // Offers a type's keys: a row for each key not there yet, and its hint on the rows that are. Rows an
    // earlier offer added and nobody filled in go, so that changing the type does not leave its keys.
    void offerKeys(const QList<ChannelSettingHint>& hints);
    QVariantMap settings() const;
    // The first problem, naming the setting; empty when the settings can be saved.
    QString problem() const;

    QTableWidget* table() const { return m_table; }
    QPushButton* addButton() const { return m_add; }
    QPushButton* removeButton() const { return m_remove; }
    // Adds a row without telling anyone (setSettings and offerKeys build the table with it); returns it.
    int appendRow(const QString& key, const QString& value, const QString& hint = QString(),
                  bool offered = false);

Q_SIGNALS:
    void changed();

private:
    QString keyAt(int row) const;
    QString valueTextAt(int row) const;
    void addEmptyRow();
    void removeCurrentRow();

    QTableWidget* m_table;
    QPushButton* m_add;
    QPushButton* m_remove;
    QVariantMap m_original; // values as set, kept as they were while their text is unchanged
};
