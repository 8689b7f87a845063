#include "incident/KeyMomentsEditor.h"

#include "incident/Incident.h"
#include "incident/IncidentDesk.h"
#include "incident/IncidentText.h"
#include "time/Clock.h"

#include <QDateTimeEdit>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QSignalBlocker>
#include <QToolButton>

namespace {

// The edit's minimum stands for "not reached yet".
QDateTime notYet()
{
    return QDateTime(QDate(2000, 1, 1), QTime(0, 0));
}

} // namespace

KeyMomentsEditor::KeyMomentsEditor(IncidentDesk& desk, QWidget* parent)
    : QWidget(parent), m_desk(desk), m_warning(new QLabel(this))
{
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(8);
    grid->setVerticalSpacing(3);
    const QString format = QLocale().dateFormat(QLocale::ShortFormat) + QStringLiteral(" HH:mm:ss");
    int line = 0;
    for (const KeyMoments::Moment moment : KeyMoments::all()) {
        auto* label = new QLabel(tr("%1:").arg(KeyMoments::label(moment)), this);
        auto* edit = new QDateTimeEdit(this);
        edit->setObjectName(QStringLiteral("moment_") + KeyMoments::key(moment));
        edit->setDisplayFormat(format);
        edit->setMinimumDateTime(notYet());
        edit->setSpecialValueText(tr("not yet"));
        edit->setCalendarPopup(true);
        edit->setAccessibleName(KeyMoments::label(moment));
        label->setBuddy(edit);
        auto* now = new QToolButton(this);
        now->setText(tr("Now"));
        now->setToolTip(tr("Set “%1” to the current time").arg(KeyMoments::label(moment)));
        grid->addWidget(label, line, 0);
        grid->addWidget(edit, line, 1);
        grid->addWidget(now, line, 2);
        m_edits.insert(moment, edit);
        m_nowButtons.insert(moment, now);
        connect(edit, &QDateTimeEdit::editingFinished, this,
                [this, moment] { commit(moment, editedMs(moment)); });
        connect(now, &QToolButton::clicked, this, [this, moment] { commit(moment, m_desk.clock().nowMs()); });
        ++line;
    }

    const QStringList spanNames = {tr("Time to detect:"), tr("Time to acknowledge:"), tr("Time to mitigate:"),
                                   tr("Time to resolve:")};
    auto* spans = new QGridLayout;
    spans->setHorizontalSpacing(8);
    spans->setVerticalSpacing(4);
    for (int i = 0; i < spanNames.size(); ++i) {
        auto* name = new QLabel(spanNames.at(i), this);
        name->setForegroundRole(QPalette::PlaceholderText);
        auto* value = new QLabel(this);
        value->setObjectName(QStringLiteral("span%1").arg(i));
        QFont bold = value->font();
        bold.setBold(true);
        value->setFont(bold);
        spans->addWidget(name, i / 2, (i % 2) * 2);
        spans->addWidget(value, i / 2, (i % 2) * 2 + 1);
        m_spans.append(value);
    }
    spans->setColumnStretch(1, 1);
    spans->setColumnStretch(3, 1);
    grid->addLayout(spans, line++, 0, 1, 3);

    m_warning->setObjectName(QStringLiteral("momentsWarning"));
    m_warning->setWordWrap(true);
    m_warning->setStyleSheet(QStringLiteral("color: #a65b00; font-weight: bold;"));
    m_warning->hide();
    grid->addWidget(m_warning, line, 0, 1, 3);
    grid->setColumnStretch(1, 1);
}

void KeyMomentsEditor::showIncident(const Incident& incident)
{
    m_incidentId = incident.id;
    for (const KeyMoments::Moment moment : KeyMoments::all()) {
        QDateTimeEdit* edit = m_edits.value(moment);
        if (edit->hasFocus() && editedMs(moment) / 1000 != incident.moments.at(moment) / 1000)
            continue; // being typed: the commit will bring it back
        const QSignalBlocker blocker(edit);
        const qint64 atMs = incident.moments.at(moment);
        edit->setDateTime(atMs > 0 ? QDateTime::fromMSecsSinceEpoch(atMs).toLocalTime() : notYet());
    }
    updateSpans(incident.moments);
}

qint64 KeyMomentsEditor::editedMs(KeyMoments::Moment moment) const
{
    const QDateTimeEdit* edit = m_edits.value(moment);
    if (edit->dateTime() <= notYet())
        return 0;
    return edit->dateTime().toMSecsSinceEpoch();
}

void KeyMomentsEditor::commit(KeyMoments::Moment moment, qint64 atMs)
{
    const std::optional<Incident> incident = m_desk.incident(m_incidentId);
    if (!incident)
        return;
    // The edit shows whole seconds: re-committing what it shows must not move the stored moment.
    if (atMs / 1000 == incident->moments.at(moment) / 1000)
        return;
    if (const std::optional<QString> error = m_desk.setKeyMoment(m_incidentId, moment, atMs)) {
        Q_EMIT failed(*error);
        return;
    }
    Q_EMIT succeeded();
    if (const std::optional<Incident> updated = m_desk.incident(m_incidentId))
        showIncident(*updated);
}

void KeyMomentsEditor::updateSpans(const KeyMoments& moments)
{
    const std::optional<qint64> values[] = {moments.timeToDetectMs(), moments.timeToAcknowledgeMs(),
                                            moments.timeToMitigateMs(), moments.timeToResolveMs()};
    for (int i = 0; i < m_spans.size(); ++i) {
        const std::optional<qint64>& value = values[i];
        m_spans.at(i)->setText(value ? IncidentText::span(*value) : tr("—"));
        m_spans.at(i)->setStyleSheet(value && *value < 0 ? QStringLiteral("color: #b31d1d;") : QString());
    }
    const QList<QString> problems = moments.inconsistencies();
    m_warning->setText(problems.isEmpty() ? QString() : tr("⚠ %1").arg(problems.join(QLatin1Char(' '))));
    m_warning->setVisible(!problems.isEmpty());
}
