#include "comms/MessageVocabulary.h"

namespace {

bool isFrench(const QString& language)
{
    return MessageVocabulary::normalized(language) == u"fr";
}

} // namespace

QStringList MessageVocabulary::languages()
{
    return {QStringLiteral("en"), QStringLiteral("fr")};
}

bool MessageVocabulary::isSupported(const QString& language)
{
    return languages().contains(language);
}

QString MessageVocabulary::normalized(const QString& language)
{
    const QString base = language.trimmed().toLower().left(2);
    return isSupported(base) ? base : QStringLiteral("en");
}

QString MessageVocabulary::statusLabel(IncidentStatus status, const QString& language)
{
    const bool fr = isFrench(language);
    switch (status) {
    case IncidentStatus::Investigating:
        return fr ? QStringLiteral("En cours d'analyse") : QStringLiteral("Investigating");
    case IncidentStatus::Identified:
        return fr ? QStringLiteral("Cause identifiée") : QStringLiteral("Identified");
    case IncidentStatus::Monitoring:
        return fr ? QStringLiteral("Sous surveillance") : QStringLiteral("Monitoring");
    case IncidentStatus::Resolved:
        return fr ? QStringLiteral("Résolu") : QStringLiteral("Resolved");
    case IncidentStatus::Scheduled:
        return fr ? QStringLiteral("Planifiée") : QStringLiteral("Scheduled");
    case IncidentStatus::InProgress:
        return fr ? QStringLiteral("En cours") : QStringLiteral("In progress");
    case IncidentStatus::Verifying:
        return fr ? QStringLiteral("Vérification") : QStringLiteral("Verifying");
    case IncidentStatus::Completed:
        return fr ? QStringLiteral("Terminée") : QStringLiteral("Completed");
    }
    return QString();
}

QString MessageVocabulary::impactLabel(Impact impact, const QString& language)
{
    const bool fr = isFrench(language);
    switch (impact) {
    case Impact::DegradedPerformance:
        return fr ? QStringLiteral("performances dégradées") : QStringLiteral("degraded performance");
    case Impact::PartialOutage:
        return fr ? QStringLiteral("panne partielle") : QStringLiteral("partial outage");
    case Impact::MajorOutage:
        return fr ? QStringLiteral("panne majeure") : QStringLiteral("major outage");
    case Impact::UnderMaintenance:
        return fr ? QStringLiteral("en maintenance") : QStringLiteral("under maintenance");
    }
    return QString();
}

QString MessageVocabulary::joinList(const QStringList& items, const QString& language)
{
    if (items.size() <= 1)
        return items.value(0);
    const QString last = items.last();
    const QString head = items.mid(0, items.size() - 1).join(QStringLiteral(", "));
    return head + (isFrench(language) ? QStringLiteral(" et ") : QStringLiteral(" and ")) + last;
}
