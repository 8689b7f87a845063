#pragma once

#include "incident/KeyMoments.h"

#include <QHash>
#include <QWidget>

class IncidentDesk;
class QDateTimeEdit;
class QLabel;
class QToolButton;
struct Incident;

// The key moments of one incident, each editable with a "now" button, and the response times computed from
// them. Moments out of order show as a warning rather than being refused: the commander fixes the one that
// is wrong. Every edit goes to the desk; its refusal is reported through failed().
class KeyMomentsEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeyMomentsEditor)

public:
    explicit KeyMomentsEditor(IncidentDesk& desk, QWidget* parent = nullptr);

    // Shows an incident's moments (not while one of them is being typed).
    void showIncident(const Incident& incident);

    QDateTimeEdit* edit(KeyMoments::Moment moment) const { return m_edits.value(moment); }
    QToolButton* nowButton(KeyMoments::Moment moment) const { return m_nowButtons.value(moment); }
    QLabel* spanLabel(int index) const { return m_spans.value(index); } // 0 detect .. 3 resolve
    QLabel* warningLabel() const { return m_warning; }

Q_SIGNALS:
    void failed(const QString& message);
    void succeeded();

private:
    void commit(KeyMoments::Moment moment, qint64 atMs);
    void updateSpans(const KeyMoments& moments);
    qint64 editedMs(KeyMoments::Moment moment) const;

    IncidentDesk& m_desk;
    QString m_incidentId;
    QHash<KeyMoments::Moment, QDateTimeEdit*> m_edits;
    QHash<KeyMoments::Moment, QToolButton*> m_nowButtons;
    QList<QLabel*> m_spans;
    QLabel* m_warning;
};
