#pragma once

#include "comms/ChannelKind.h"

#include <QMetaType>
#include <QString>
#include <QtGlobal>

// One message for one channel kind and language, from its first rendering to its publication. Drafts are
// saved as they are typed (the store commits each save) so that a crash loses nothing typed before it.
struct MessageDraft
{
    enum class State : int
    {
        Draft = 0,
        Approved = 1,  // may go to publication; the text is frozen
        Published = 2, // the publishing side reported it sent
        Discarded = 3,
    };

    QString id; // UUID
    QString incidentId;
    QString stepId; // the playbook step it serves; empty for an ad-hoc message
    int occurrence = 1;
    ChannelKind channel = ChannelKind::StatusPage;
    QString language; // "en", "fr"
    QString subject;  // email only
    QString body;
    State state = State::Draft;
    QString author;
    qint64 createdAtMs = 0;
    qint64 updatedAtMs = 0;
    QString approvedBy;
    qint64 approvedAtMs = 0;
    qint64 publishedAtMs = 0;

    static QString stateKey(State state); // "draft", "approved", "published", "discarded"
    static bool stateFromKey(const QString& key, State* out);
    static QString stateLabel(State state); // translated

    bool operator==(const MessageDraft&) const = default;
};

Q_DECLARE_METATYPE(MessageDraft)
