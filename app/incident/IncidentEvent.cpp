#include "incident/IncidentEvent.h"

#include <QCoreApplication>

namespace {

constexpr IncidentEvent::Kind AllKinds[] = {
    IncidentEvent::Kind::Declared,
    IncidentEvent::Kind::ServiceState,
    IncidentEvent::Kind::StatusChanged,
    IncidentEvent::Kind::SeverityChanged,
    IncidentEvent::Kind::ServiceAffected,
    IncidentEvent::Kind::KeyMoment,
    IncidentEvent::Kind::StepDone,
    IncidentEvent::Kind::StepSkipped,
    IncidentEvent::Kind::Note,
    IncidentEvent::Kind::StatusReport,
    IncidentEvent::Kind::MessageDrafted,
    IncidentEvent::Kind::MessageApproved,
    IncidentEvent::Kind::MessagePublished,
    IncidentEvent::Kind::PromiseMade,
    IncidentEvent::Kind::PromiseKept,
    IncidentEvent::Kind::PromiseMissed,
    IncidentEvent::Kind::FieldChanged,
    IncidentEvent::Kind::DeliveryProblem,
};

} // namespace

QString IncidentEvent::kindKey(Kind kind)
{
    switch (kind) {
    case Kind::Declared:
        return QStringLiteral("declared");
    case Kind::ServiceState:
        return QStringLiteral("service_state");
    case Kind::StatusChanged:
        return QStringLiteral("status_changed");
    case Kind::SeverityChanged:
        return QStringLiteral("severity_changed");
    case Kind::ServiceAffected:
        return QStringLiteral("service_affected");
    case Kind::KeyMoment:
        return QStringLiteral("key_moment");
    case Kind::StepDone:
        return QStringLiteral("step_done");
    case Kind::StepSkipped:
        return QStringLiteral("step_skipped");
    case Kind::Note:
        return QStringLiteral("note");
    case Kind::StatusReport:
        return QStringLiteral("status_report");
    case Kind::MessageDrafted:
        return QStringLiteral("message_drafted");
    case Kind::MessageApproved:
        return QStringLiteral("message_approved");
    case Kind::MessagePublished:
        return QStringLiteral("message_published");
    case Kind::PromiseMade:
        return QStringLiteral("promise_made");
    case Kind::PromiseKept:
        return QStringLiteral("promise_kept");
    case Kind::PromiseMissed:
        return QStringLiteral("promise_missed");
    case Kind::FieldChanged:
        return QStringLiteral("field_changed");
    case Kind::DeliveryProblem:
        return QStringLiteral("delivery_problem");
    }
    return QString();
}

bool IncidentEvent::kindFromKey(const QString& key, Kind* out)
{
    for (const Kind kind : AllKinds) {
        if (kindKey(kind) == key) {
            *out = kind;
            return true;
        }
    }
    return false;
}

QString IncidentEvent::kindLabel(Kind kind)
{
    switch (kind) {
    case Kind::Declared:
        return QCoreApplication::translate("IncidentEvent", "Declared");
    case Kind::ServiceState:
        return QCoreApplication::translate("IncidentEvent", "Service state");
    case Kind::StatusChanged:
        return QCoreApplication::translate("IncidentEvent", "Status");
    case Kind::SeverityChanged:
        return QCoreApplication::translate("IncidentEvent", "Severity");
    case Kind::ServiceAffected:
        return QCoreApplication::translate("IncidentEvent", "Affected services");
    case Kind::KeyMoment:
        return QCoreApplication::translate("IncidentEvent", "Key moment");
    case Kind::StepDone:
        return QCoreApplication::translate("IncidentEvent", "Step done");
    case Kind::StepSkipped:
        return QCoreApplication::translate("IncidentEvent", "Step skipped");
    case Kind::Note:
        return QCoreApplication::translate("IncidentEvent", "Note");
    case Kind::StatusReport:
        return QCoreApplication::translate("IncidentEvent", "Status report");
    case Kind::MessageDrafted:
        return QCoreApplication::translate("IncidentEvent", "Message drafted");
    case Kind::MessageApproved:
        return QCoreApplication::translate("IncidentEvent", "Message approved");
    case Kind::MessagePublished:
        return QCoreApplication::translate("IncidentEvent", "Message published");
    case Kind::PromiseMade:
        return QCoreApplication::translate("IncidentEvent", "Promise made");
    case Kind::PromiseKept:
        return QCoreApplication::translate("IncidentEvent", "Promise kept");
    case Kind::PromiseMissed:
        return QCoreApplication::translate("IncidentEvent", "Promise missed");
    case Kind::FieldChanged:
        return QCoreApplication::translate("IncidentEvent", "Changed");
    case Kind::DeliveryProblem:
        return QCoreApplication::translate("IncidentEvent", "Delivery problem");
    }
    return QString();
}
