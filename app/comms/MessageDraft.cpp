#include "comms/MessageDraft.h"

#include <QCoreApplication>

QString MessageDraft::stateKey(State state)
{
    switch (state) {
    case State::Draft:
        return QStringLiteral("draft");
    case State::Approved:
        return QStringLiteral("approved");
    case State::Published:
        return QStringLiteral("published");
    case State::Discarded:
        return QStringLiteral("discarded");
    }
    return QString();
}

bool MessageDraft::stateFromKey(const QString& key, State* out)
{
    for (const State state : {State::Draft, State::Approved, State::Published, State::Discarded}) {
        if (stateKey(state) == key) {
            *out = state;
            return true;
        }
    }
    return false;
}

QString MessageDraft::stateLabel(State state)
{
    switch (state) {
    case State::Draft:
        return QCoreApplication::translate("MessageDraft", "Draft");
    case State::Approved:
        return QCoreApplication::translate("MessageDraft", "Approved");
    case State::Published:
        return QCoreApplication::translate("MessageDraft", "Published");
    case State::Discarded:
        return QCoreApplication::translate("MessageDraft", "Discarded");
    }
    return QString();
}
