#include "report/ReportVocabulary.h"

QString ReportVocabulary::t(const char* source, int n) const
{
    return m_language.translate("ReportVocabulary", source, n);
}

QString ReportVocabulary::status(IncidentStatus status) const
{
    switch (status) {
    case IncidentStatus::Investigating:
        return t(QT_TR_NOOP("Investigating"));
    case IncidentStatus::Identified:
        return t(QT_TR_NOOP("Identified"));
    case IncidentStatus::Monitoring:
        return t(QT_TR_NOOP("Monitoring"));
    case IncidentStatus::Resolved:
        return t(QT_TR_NOOP("Resolved"));
    case IncidentStatus::Scheduled:
        return t(QT_TR_NOOP("Scheduled"));
    case IncidentStatus::InProgress:
        return t(QT_TR_NOOP("In progress"));
    case IncidentStatus::Verifying:
        return t(QT_TR_NOOP("Verifying"));
    case IncidentStatus::Completed:
        return t(QT_TR_NOOP("Completed"));
    }
    return QString();
}

QString ReportVocabulary::impact(Impact impact) const
{
    switch (impact) {
    case Impact::DegradedPerformance:
        return t(QT_TR_NOOP("Degraded performance"));
    case Impact::PartialOutage:
        return t(QT_TR_NOOP("Partial outage"));
    case Impact::MajorOutage:
        return t(QT_TR_NOOP("Major outage"));
    case Impact::UnderMaintenance:
        return t(QT_TR_NOOP("Under maintenance"));
    }
    return QString();
}

QString ReportVocabulary::state(ServiceState state) const
{
    switch (state) {
    case ServiceState::Unknown:
        return noData();
    case ServiceState::Up:
        return t(QT_TR_NOOP("Up"));
    case ServiceState::Degraded:
        return t(QT_TR_NOOP("Degraded"));
    case ServiceState::Down:
        return t(QT_TR_NOOP("Down"));
    case ServiceState::Paused:
        return t(QT_TR_NOOP("Paused"));
    }
    return QString();
}

QString ReportVocabulary::noData() const
{
    return t(QT_TR_NOOP("No data"));
}

QString ReportVocabulary::eventKind(IncidentEvent::Kind kind) const
{
    switch (kind) {
    case IncidentEvent::Kind::Declared:
        return t(QT_TR_NOOP("Declared"));
    case IncidentEvent::Kind::ServiceState:
        return t(QT_TR_NOOP("Service state"));
    case IncidentEvent::Kind::StatusChanged:
        return t(QT_TR_NOOP("Status"));
    case IncidentEvent::Kind::SeverityChanged:
        return t(QT_TR_NOOP("Severity"));
    case IncidentEvent::Kind::ServiceAffected:
        return t(QT_TR_NOOP("Services"));
    case IncidentEvent::Kind::KeyMoment:
        return t(QT_TR_NOOP("Key moment"));
    case IncidentEvent::Kind::StepDone:
        return t(QT_TR_NOOP("Checklist"));
    case IncidentEvent::Kind::StepSkipped:
        return t(QT_TR_NOOP("Step skipped"));
    case IncidentEvent::Kind::Note:
        return t(QT_TR_NOOP("Note"));
    case IncidentEvent::Kind::StatusReport:
        return t(QT_TR_NOOP("Status report"));
    case IncidentEvent::Kind::MessageDrafted:
        return t(QT_TR_NOOP("Message drafted"));
    case IncidentEvent::Kind::MessageApproved:
        return t(QT_TR_NOOP("Message approved"));
    case IncidentEvent::Kind::MessagePublished:
        return t(QT_TR_NOOP("Message published"));
    case IncidentEvent::Kind::PromiseMade:
        return t(QT_TR_NOOP("Promise"));
    case IncidentEvent::Kind::PromiseKept:
        return t(QT_TR_NOOP("Promise kept"));
    case IncidentEvent::Kind::PromiseMissed:
        return t(QT_TR_NOOP("Promise missed"));
    case IncidentEvent::Kind::FieldChanged:
        return t(QT_TR_NOOP("Change"));
    case IncidentEvent::Kind::DeliveryProblem:
        return t(QT_TR_NOOP("Delivery problem"));
    }
    return QString();
}

QString ReportVocabulary::channelKind(ChannelKind kind) const
{
    switch (kind) {
    case ChannelKind::StatusPage:
        return t(QT_TR_NOOP("Status page"));
    case ChannelKind::Email:
        return t(QT_TR_NOOP("Email"));
    case ChannelKind::Social:
        return t(QT_TR_NOOP("Social media"));
    case ChannelKind::Chat:
        return t(QT_TR_NOOP("Chat"));
    }
    return QString();
}

QString ReportVocabulary::actionStatus(ActionItem::Status status) const
{
    switch (status) {
    case ActionItem::Status::Open:
        return t(QT_TR_NOOP("Open"));
    case ActionItem::Status::InProgress:
        return t(QT_TR_NOOP("In progress"));
    case ActionItem::Status::Done:
        return t(QT_TR_NOOP("Done"));
    }
    return QString();
}

QString ReportVocabulary::reviewState(PostMortem::ReviewState state) const
{
    switch (state) {
    case PostMortem::ReviewState::Draft:
        return t(QT_TR_NOOP("Draft"));
    case PostMortem::ReviewState::InReview:
        return t(QT_TR_NOOP("In review"));
    case PostMortem::ReviewState::Published:
        return t(QT_TR_NOOP("Published"));
    }
    return QString();
}

QString ReportVocabulary::section(PostMortem::Section section) const
{
    switch (section) {
    case PostMortem::Section::WhatHappened:
        return t(QT_TR_NOOP("What happened"));
    case PostMortem::Section::CustomerImpact:
        return t(QT_TR_NOOP("Impact on customers"));
    case PostMortem::Section::RootCause:
        return t(QT_TR_NOOP("Root cause and contributing factors"));
    case PostMortem::Section::WentWell:
        return t(QT_TR_NOOP("What went well"));
    case PostMortem::Section::WentBadly:
        return t(QT_TR_NOOP("What went badly"));
    case PostMortem::Section::GotLucky:
        return t(QT_TR_NOOP("Where we got lucky"));
    }
    return QString();
}
