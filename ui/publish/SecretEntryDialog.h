#pragma once

#include <QDialog>
#include <QStringList>

class QComboBox;
class QDialogButtonBox;
class QLineEdit;

// Asks for one secret value of a channel, to be stored in the system keychain. The field never shows what
// is typed, is never pre-filled, and is emptied as soon as the value has been handed on (or the dialog is
// cancelled); nothing here logs it.
class SecretEntryDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretEntryDialog)

public:
    SecretEntryDialog(const QString& channelName, const QStringList& secretNames, QWidget* parent = nullptr);

    QString channelName() const { return m_channelName; }
    QComboBox* nameCombo() const { return m_names; }
    QLineEdit* valueEdit() const { return m_value; }
    QDialogButtonBox* buttonBox() const { return m_buttons; }

Q_SIGNALS:
    void secretEntered(const QString& secretName, const QString& value);

public Q_SLOTS:
    void accept() override;
    void reject() override;

private:
    QString m_channelName;
    QComboBox* m_names;
    QLineEdit* m_value;
    QDialogButtonBox* m_buttons;
};
