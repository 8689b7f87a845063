#pragma once

#include "publish/ChannelConfig.h"

#include <QDialog>
#include <QStringList>

class ChannelSettingsEditor;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

// Adds or edits one publishing channel: its name, the service it publishes to, which messages, for whom,
// whether it is a drill sandbox, its settings and the names of its secrets (never their values). Choosing a
// type fills in its usual message kind, setting keys and secret names. OK stays disabled while a field is
// invalid; an inline message names the field, in the words the workspace file's errors use.
class ChannelEditDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChannelEditDialog)

public:
    explicit ChannelEditDialog(QWidget* parent = nullptr);

    // `adding` only changes the title. An empty type leaves the type (and the kind) to be chosen.
    void setChannel(const ChannelConfig& channel, bool adding);
    ChannelConfig channel() const;
    // The names of the workspace's other channels; compared ignoring case.
    void setTakenNames(const QStringList& names);

    // The first problem naming its field; empty when the channel can be saved.
    QString validationMessage() const;
    bool isAcceptable() const { return validationMessage().isEmpty(); }

    QLineEdit* nameEdit() const { return m_name; }
    QComboBox* typeCombo() const { return m_type; }
    QComboBox* kindCombo() const { return m_kind; }
    QComboBox* audienceCombo() const { return m_audience; }
    QCheckBox* sandboxCheck() const { return m_sandbox; }
    ChannelSettingsEditor* settingsEditor() const { return m_settings; }
    QLineEdit* secretsEdit() const { return m_secrets; }
    QLabel* messageLabel() const { return m_message; }
    QDialogButtonBox* buttonBox() const { return m_buttons; }

public Q_SLOTS:
    void accept() override;

private:
    void onTypeChanged();
    void revalidate();
    QString currentType() const;
    QStringList secretNames() const;
    // Selects `type` in the combo, adding it when the editor does not ship it.
    void selectType(const QString& type);

    QStringList m_takenNames;
    QString m_previousType;

    QLineEdit* m_name;
    QComboBox* m_type;
    QComboBox* m_kind;
    QComboBox* m_audience;
    QCheckBox* m_sandbox;
    ChannelSettingsEditor* m_settings;
    QLineEdit* m_secrets;
    QLabel* m_secretsHint;
    QLabel* m_message;
    QDialogButtonBox* m_buttons;
};
