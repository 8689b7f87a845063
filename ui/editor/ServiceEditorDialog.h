#pragma once

#include "config/ServiceDefinition.h"

#include <QDialog>
#include <QStringList>

class HttpSettingsEditor;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QSpinBox;

// Adds or edits one service. OK stays disabled while a field is invalid; an inline message names the field.
class ServiceEditorDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServiceEditorDialog)

public:
    explicit ServiceEditorDialog(QWidget* parent = nullptr);

    // id 0 means "add": the title says so.
    void setDefinition(const ServiceDefinition& definition);
    ServiceDefinition definition() const;
    // Names of the services; an edited (id != 0) service's own name stays allowed. Compared ignoring case.
    void setTakenNames(const QStringList& names);
    void setGroupSuggestions(const QStringList& groups);

    // The first problem naming its field; empty when the definition can be saved.
    QString validationMessage() const;
    bool isAcceptable() const { return validationMessage().isEmpty(); }

    QLineEdit* nameEdit() const { return m_name; }
    QLineEdit* targetEdit() const { return m_target; }
    QComboBox* kindCombo() const { return m_kind; }
    HttpSettingsEditor* httpEditor() const { return m_http; }
    QGroupBox* httpSection() const { return m_httpBox; }
    QLabel* messageLabel() const { return m_message; }
    QDialogButtonBox* buttonBox() const { return m_buttons; }

public Q_SLOTS:
    void accept() override;

private:
    QGroupBox* buildServiceSection();
    QGroupBox* buildCheckSection();
    void onKindChanged();
    void revalidate();
    QString targetProblem(CheckKind kind, const QString& target) const;
    CheckKind currentKind() const;

    qint64 m_id = 0;
    QString m_originalName;
    QStringList m_takenNames;

    QLineEdit* m_name;
    QLineEdit* m_group;
    QComboBox* m_kind;
    QLineEdit* m_target;
    QCheckBox* m_paused;
    QSpinBox* m_interval;
    QSpinBox* m_timeout;
    QSpinBox* m_failuresBeforeDown;
    QSpinBox* m_successesBeforeUp;
    QDoubleSpinBox* m_sla;
    QSpinBox* m_certWarnDays;
    QCheckBox* m_inverted;
    QGroupBox* m_httpBox;
    HttpSettingsEditor* m_http;
    QLabel* m_message;
    QDialogButtonBox* m_buttons;
};
