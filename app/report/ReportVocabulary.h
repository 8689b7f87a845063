#pragma once

#include "comms/ChannelKind.h"
#include "incident/Impact.h"
#include "incident/IncidentEvent.h"
#include "incident/IncidentStatus.h"
#include "incident/Severity.h"
#include "monitor/ServiceState.h"
#include "report/ActionItem.h"
#include "report/PostMortem.h"
#include "report/ReportLanguage.h"

#include <QCoreApplication>
#include <QString>

// The names of Vigie's enumerations (statuses, impacts, states, event kinds, channel kinds) in a report's
// language. The interface has its own labels (incidentStatusLabel, ...), translated in the interface's
// language; a report must not follow the window, so it words them here.
//
// Q_DECLARE_TR_FUNCTIONS only gives lupdate this class as the context of the QT_TR_NOOP texts: nothing here
// calls tr(), which would answer in the interface's language.
class ReportVocabulary
{
    Q_DECLARE_TR_FUNCTIONS(ReportVocabulary)

public:
    explicit ReportVocabulary(ReportLanguage language) : m_language(std::move(language)) {}

    QString status(IncidentStatus status) const;
    QString impact(Impact impact) const;
    QString state(ServiceState state) const;
    QString noData() const;
    QString eventKind(IncidentEvent::Kind kind) const;
    QString channelKind(ChannelKind kind) const;
    QString actionStatus(ActionItem::Status status) const;
    QString reviewState(PostMortem::ReviewState state) const;
    QString section(PostMortem::Section section) const;

private:
    QString t(const char* source, int n = -1) const;

    ReportLanguage m_language;
};
