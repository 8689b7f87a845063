#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <QVariantMap>

#include <optional>

// The facts one message may quote, already worded in the audience's language. A fact left empty (or unset)
// is absent: a template that uses it outside a {{#section}} fails to render instead of leaving a gap.
struct MessageFacts
{
    struct Service
    {
        QString name;
        QString impact; // worded: "major outage" / "panne majeure"
        bool operator==(const Service&) const = default;
    };

    QString language; // "en", "fr"
    QString reference;
    QString title;
    QString summary;
    QString status;
    QString severity;
    QList<Service> services;
    QString servicesText;
    QString startedAt;
    QString duration;
    QString nextUpdateAt;
    QString estimatedResolutionAt;
    QString statusPageUrl;
    bool isDrill = false;
    bool isMaintenance = false;
    QString windowStart;
    QString windowEnd;

    // The Mustache variables ("reference", "services_text", ...): strings, booleans and the "services"
    // list of {name, impact} maps. Empty facts are left out.
    QVariantMap variables() const;
    // Every variable name the builder can fill, for documentation and the composer's help.
    static QStringList variableNames();

    bool operator==(const MessageFacts&) const = default;
};

Q_DECLARE_METATYPE(MessageFacts)
