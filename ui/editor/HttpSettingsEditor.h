#pragma once

#include "config/ServiceDefinition.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QTableWidget;

// The HTTP part of a service definition: request, what counts as healthy, redirects and TLS.
class HttpSettingsEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpSettingsEditor)

public:
    explicit HttpSettingsEditor(QWidget* parent = nullptr);

    void setSettings(const HttpSettings& settings);
    HttpSettings settings() const;
    // The first problem, naming the field; empty when everything is valid.
    QString validationError() const;

    QLineEdit* statusCodesEdit() const { return m_statusEdit; }
    QTableWidget* headersTable() const { return m_headers; }
    QLineEdit* jsonPointerEdit() const { return m_jsonPointer; }

Q_SIGNALS:
    void changed();

private:
    QWidget* buildHeadersEditor();
    void addHeaderRow(const QString& name, const QString& value);
    void updateStatusError();

    QComboBox* m_method;
    QTableWidget* m_headers;
    QPlainTextEdit* m_body;
    QLineEdit* m_statusEdit;
    QLabel* m_statusError;
    QLineEdit* m_keyword;
    QComboBox* m_keywordMode;
    QLineEdit* m_jsonPointer;
    QComboBox* m_jsonOp;
    QLineEdit* m_jsonExpected;
    QSpinBox* m_degradedAbove;
    QCheckBox* m_followRedirects;
    QSpinBox* m_maxRedirects;
    QCheckBox* m_verifyTls;
};
