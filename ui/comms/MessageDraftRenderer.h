#pragma once

#include "comms/EvidenceDrafter.h"
#include "comms/RenderedMessage.h"
#include "comms/TemplateCatalogue.h"
#include "config/IncidentSettings.h"
#include "incident/Incident.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

// Turns a template into a draft's first text for one incident and audience: the facts worded in the
// audience's language and zone, and, for the first announcement of an incident nobody has summarised yet,
// a summary in plain words from what the checks saw, so that the team edits rather than types.
class MessageDraftRenderer
{
public:
    using EvidenceSource = std::function<QList<EvidenceDrafter::ServiceEvidence>(const Incident&)>;
    static constexpr const char* announceTemplateId = "announce";

    void setCatalogue(const TemplateCatalogue& catalogue) { m_catalogue = catalogue; }
    const TemplateCatalogue& catalogue() const { return m_catalogue; }
    void setAudience(const IncidentSettings& settings) { m_settings = settings; }
    void setEvidenceSource(EvidenceSource source) { m_evidence = std::move(source); }
    // When the next update is due, for {{next_update_at}}: the checklist's cadence when the incident has no
    // promised time of its own. 0 leaves it to the incident.
    using NextUpdateSource = std::function<qint64(const Incident&, qint64 nowMs)>;
    void setNextUpdateSource(NextUpdateSource source) { m_nextUpdate = std::move(source); }

    // The audience's languages, the default first: the workspace's list, or both with the interface's first.
    QStringList languages() const;
    QString defaultLanguage() const { return languages().value(0, QStringLiteral("en")); }
    // The zone messages for this incident are worded in, and promises read in.
    QString timeZoneFor(const Incident& incident) const;

    RenderedMessage render(const Incident& incident, const QString& templateId, ChannelKind channel,
                           const QString& language, qint64 nowMs) const;
    // The plain-word summary the evidence gives for the first announcement; empty when it does not apply.
    QString evidenceSummary(const Incident& incident, const QString& templateId, const QString& language,
                            qint64 nowMs) const;

private:
    TemplateCatalogue m_catalogue;
    IncidentSettings m_settings;
    EvidenceSource m_evidence;
    NextUpdateSource m_nextUpdate;
};
