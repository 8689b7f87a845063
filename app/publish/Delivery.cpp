#include "publish/Delivery.h"

#include <QCoreApplication>
#include <QCryptographicHash>

namespace {

struct StateName
{
    Delivery::State state;
    const char* key;
};

constexpr StateName names[] = {
    {Delivery::State::Queued, "queued"}, {Delivery::State::Sending, "sending"},
    {Delivery::State::Sent, "sent"},     {Delivery::State::Retrying, "retrying"},
    {Delivery::State::Failed, "failed"}, {Delivery::State::Cancelled, "cancelled"},
};

} // namespace

QString Delivery::stateKey(State state)
{
    for (const StateName& name : names) {
        if (name.state == state)
            return QString::fromLatin1(name.key);
    }
    return QString();
}

bool Delivery::stateFromKey(const QString& key, State* out)
{
    for (const StateName& name : names) {
        if (key == QLatin1String(name.key)) {
            *out = name.state;
            return true;
        }
    }
    return false;
}

QString Delivery::stateLabel(State state)
{
    switch (state) {
    case State::Queued:
        return QCoreApplication::translate("Delivery", "Queued");
    case State::Sending:
        return QCoreApplication::translate("Delivery", "Sending");
    case State::Sent:
        return QCoreApplication::translate("Delivery", "Sent");
    case State::Retrying:
        return QCoreApplication::translate("Delivery", "Waiting to retry");
    case State::Failed:
        return QCoreApplication::translate("Delivery", "Failed");
    case State::Cancelled:
        return QCoreApplication::translate("Delivery", "Cancelled");
    }
    return QString();
}

QString Delivery::idempotencyKeyFor(const QString& draftId, const QString& channelName)
{
    const QByteArray material = draftId.toUtf8() + '\n' + channelName.toUtf8();
    return QString::fromLatin1(QCryptographicHash::hash(material, QCryptographicHash::Sha256).toHex());
}
