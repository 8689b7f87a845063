#include "editor/HttpSettingsEditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
const QList<JsonCondition::Op> kOps = {JsonCondition::Op::Equal,   JsonCondition::Op::NotEqual,
                                       JsonCondition::Op::Less,    JsonCondition::Op::LessOrEqual,
                                       JsonCondition::Op::Greater, JsonCondition::Op::GreaterOrEqual,
                                       JsonCondition::Op::Contains};
} // namespace

HttpSettingsEditor::HttpSettingsEditor(QWidget* parent)
    : QWidget(parent), m_method(new QComboBox(this)), m_headers(new QTableWidget(0, 2, this)),
      m_body(new QPlainTextEdit(this)), m_statusEdit(new QLineEdit(this)), m_statusError(new QLabel(this)),
      m_keyword(new QLineEdit(this)), m_keywordMode(new QComboBox(this)), m_jsonPointer(new QLineEdit(this)),
      m_jsonOp(new QComboBox(this)), m_jsonExpected(new QLineEdit(this)), m_degradedAbove(new QSpinBox(this)),
      m_followRedirects(new QCheckBox(tr("Follow redirects"), this)), m_maxRedirects(new QSpinBox(this)),
      m_verifyTls(new QCheckBox(tr("Verify the TLS certificate"), this))
{
    m_method->setEditable(true);
    m_method->addItems({QStringLiteral("GET"), QStringLiteral("HEAD"), QStringLiteral("POST"),
                        QStringLiteral("PUT"), QStringLiteral("PATCH"), QStringLiteral("DELETE"),
                        QStringLiteral("OPTIONS")});
    m_body->setPlaceholderText(tr("Request body (optional)"));
    m_body->setTabChangesFocus(true);
    m_body->setFixedHeight(m_body->fontMetrics().lineSpacing() * 4 + 12);
    m_statusEdit->setObjectName(QStringLiteral("statusCodesEdit"));
    m_statusEdit->setPlaceholderText(tr("e.g. 200-299, 301"));
    m_statusError->setObjectName(QStringLiteral("statusCodesError"));
    m_statusError->setWordWrap(true);
    m_statusError->setStyleSheet(QStringLiteral("color: #b31d1d;"));
    m_statusError->hide();
    m_keyword->setPlaceholderText(tr("Text to look for in the response (optional)"));
    m_keywordMode->addItem(tr("must be present"), false);
    m_keywordMode->addItem(tr("must be absent"), true);
    m_jsonPointer->setPlaceholderText(tr("/status"));
    for (const JsonCondition::Op op : kOps)
        m_jsonOp->addItem(JsonCondition::opToString(op), static_cast<int>(op));
    m_jsonExpected->setPlaceholderText(tr("expected value"));
    m_degradedAbove->setRange(0, 600'000);
    m_degradedAbove->setSingleStep(100);
    m_degradedAbove->setSuffix(tr(" ms"));
    m_degradedAbove->setSpecialValueText(tr("Off"));
    m_maxRedirects->setRange(0, 50);
    m_maxRedirects->setPrefix(tr("at most "));

    auto* statusBox = new QVBoxLayout;
    statusBox->setSpacing(2);
    statusBox->addWidget(m_statusEdit);
    statusBox->addWidget(m_statusError);

    auto* keywordRow = new QHBoxLayout;
    keywordRow->addWidget(m_keyword, 1);
    m_keywordMode->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    keywordRow->addWidget(m_keywordMode);

    auto* jsonRow = new QHBoxLayout;
    jsonRow->addWidget(m_jsonPointer, 3);
    jsonRow->addWidget(m_jsonOp);
    jsonRow->addWidget(m_jsonExpected, 2);

    auto* redirectRow = new QHBoxLayout;
    redirectRow->addWidget(m_followRedirects);
    redirectRow->addWidget(m_maxRedirects);
    redirectRow->addStretch(1);

    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    // Rows whose field is a layout get an explicit buddy so that their mnemonic works (and is not shown as
    // "&").
    const auto addRow = [this, form](const QString& text, QWidget* buddy, QLayout* field) {
        auto* label = new QLabel(text, this);
        label->setBuddy(buddy);
        form->addRow(label, field);
    };
    form->addRow(tr("&Method:"), m_method);
    auto* headersLabel = new QLabel(tr("&Headers:"), this);
    headersLabel->setBuddy(m_headers);
    form->addRow(headersLabel, buildHeadersEditor());
    form->addRow(tr("&Body:"), m_body);
    addRow(tr("Accepted &status codes:"), m_statusEdit, statusBox);
    addRow(tr("&Keyword:"), m_keyword, keywordRow);
    addRow(tr("&JSON condition:"), m_jsonPointer, jsonRow);
    form->addRow(tr("&Degraded above:"), m_degradedAbove);
    addRow(tr("&Redirects:"), m_followRedirects, redirectRow);
    form->addRow(tr("TLS:"), m_verifyTls);
    setMinimumWidth(fontMetrics().averageCharWidth() * 70);

    const auto notify = [this] { Q_EMIT changed(); };
    connect(m_method, &QComboBox::currentTextChanged, this, notify);
    connect(m_headers, &QTableWidget::itemChanged, this, notify);
    connect(m_body, &QPlainTextEdit::textChanged, this, notify);
    connect(m_statusEdit, &QLineEdit::textChanged, this, [this] {
        updateStatusError();
        Q_EMIT changed();
    });
    connect(m_keyword, &QLineEdit::textChanged, this, notify);
    connect(m_jsonPointer, &QLineEdit::textChanged, this, notify);
    connect(m_jsonExpected, &QLineEdit::textChanged, this, notify);
    connect(m_followRedirects, &QCheckBox::toggled, m_maxRedirects, &QWidget::setEnabled);

    setSettings(HttpSettings());
}

QWidget* HttpSettingsEditor::buildHeadersEditor()
{
    m_headers->setObjectName(QStringLiteral("headersTable"));
    m_headers->setHorizontalHeaderLabels({tr("Name"), tr("Value")});
    m_headers->horizontalHeader()->setStretchLastSection(true);
    m_headers->horizontalHeader()->resizeSection(0, m_headers->fontMetrics().averageCharWidth() * 13);
    m_headers->verticalHeader()->hide();
    m_headers->setSelectionBehavior(QAbstractItemView::SelectRows);
    const int rowHeight = m_headers->fontMetrics().height() + 8;
    m_headers->verticalHeader()->setDefaultSectionSize(rowHeight);
    m_headers->setFixedHeight(rowHeight * 4 + m_headers->horizontalHeader()->sizeHint().height() + 4);

    auto* add = new QPushButton(tr("Add"));
    auto* remove = new QPushButton(tr("Remove"));
    connect(add, &QPushButton::clicked, this, [this] {
        addHeaderRow(QString(), QString());
        m_headers->setCurrentCell(m_headers->rowCount() - 1, 0);
        m_headers->editItem(m_headers->item(m_headers->rowCount() - 1, 0));
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        const int row = m_headers->currentRow();
        if (row >= 0) {
            m_headers->removeRow(row);
            Q_EMIT changed();
        }
    });
    auto* buttons = new QVBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch(1);

    auto* box = new QWidget(this);
    auto* layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_headers, 1);
    layout->addLayout(buttons);
    return box;
}

void HttpSettingsEditor::addHeaderRow(const QString& name, const QString& value)
{
    const int row = m_headers->rowCount();
    m_headers->insertRow(row);
    m_headers->setItem(row, 0, new QTableWidgetItem(name));
    m_headers->setItem(row, 1, new QTableWidgetItem(value));
}

void HttpSettingsEditor::setSettings(const HttpSettings& settings)
{
    m_method->setCurrentText(settings.method);
    m_headers->setRowCount(0);
    for (const auto& [name, value] : settings.headers)
        addHeaderRow(name, value);
    m_body->setPlainText(QString::fromUtf8(settings.body));
    m_statusEdit->setText(settings.acceptedStatus.toString());
    m_keyword->setText(settings.keyword);
    m_keywordMode->setCurrentIndex(settings.keywordMustBeAbsent ? 1 : 0);
    m_jsonPointer->setText(settings.json.pointer);
    m_jsonOp->setCurrentIndex(m_jsonOp->findData(static_cast<int>(settings.json.op)));
    m_jsonExpected->setText(settings.json.expected);
    m_degradedAbove->setValue(settings.degradedAboveMs);
    m_followRedirects->setChecked(settings.followRedirects);
    m_maxRedirects->setValue(settings.maxRedirects);
    m_maxRedirects->setEnabled(settings.followRedirects);
    m_verifyTls->setChecked(settings.verifyTls);
    updateStatusError();
}

HttpSettings HttpSettingsEditor::settings() const
{
    HttpSettings s;
    s.method = m_method->currentText().trimmed().toUpper();
    for (int row = 0; row < m_headers->rowCount(); ++row) {
        const QTableWidgetItem* name = m_headers->item(row, 0);
        const QTableWidgetItem* value = m_headers->item(row, 1);
        const QString n = name ? name->text().trimmed() : QString();
        const QString v = value ? value->text() : QString();
        if (n.isEmpty() && v.isEmpty())
            continue;
        s.headers.append({n, v});
    }
    s.body = m_body->toPlainText().toUtf8();
    if (const auto codes = StatusCodeSet::parse(m_statusEdit->text()))
        s.acceptedStatus = *codes;
    s.keyword = m_keyword->text();
    s.keywordMustBeAbsent = m_keywordMode->currentData().toBool();
    s.json.pointer = m_jsonPointer->text().trimmed();
    s.json.op = static_cast<JsonCondition::Op>(m_jsonOp->currentData().toInt());
    s.json.expected = m_jsonExpected->text();
    s.degradedAboveMs = m_degradedAbove->value();
    s.followRedirects = m_followRedirects->isChecked();
    s.maxRedirects = m_maxRedirects->value();
    s.verifyTls = m_verifyTls->isChecked();
    return s;
}

QString HttpSettingsEditor::validationError() const
{
    if (m_method->currentText().trimmed().isEmpty())
        return tr("HTTP method is required.");
    for (int row = 0; row < m_headers->rowCount(); ++row) {
        const QTableWidgetItem* name = m_headers->item(row, 0);
        const QTableWidgetItem* value = m_headers->item(row, 1);
        const bool hasName = name && !name->text().trimmed().isEmpty();
        const bool hasValue = value && !value->text().isEmpty();
        if (!hasName && hasValue)
            return tr("Header %1: the name is required.").arg(row + 1);
        if (hasName && name->text().trimmed().contains(QLatin1Char(':')))
            return tr("Header %1: the name cannot contain “:”.").arg(row + 1);
    }
    QString statusError;
    if (!StatusCodeSet::parse(m_statusEdit->text(), &statusError))
        return tr("Accepted status codes: %1").arg(statusError);
    const QString pointer = m_jsonPointer->text().trimmed();
    if (!pointer.isEmpty() && !pointer.startsWith(QLatin1Char('/')))
        return tr("JSON condition: the pointer must start with “/”, e.g. /status.");
    return QString();
}

void HttpSettingsEditor::updateStatusError()
{
    QString error;
    const bool valid = StatusCodeSet::parse(m_statusEdit->text(), &error).has_value();
    m_statusError->setText(valid ? QString() : error);
    m_statusError->setVisible(!valid);
}
