#pragma once

#include <QByteArray>
#include <QMetaType>
#include <QString>

// How one system keychain request ended. Carries a value only for a read that found the entry.
struct KeychainReply
{
    enum class Status
    {
        Done,        // written, removed, or read (value)
        NotFound,    // no such entry: the keychain itself answered
        Unavailable, // no keychain could be reached, or it refused access (locked, no D-Bus, no backend)
        Failed,      // the keychain answered but could not do it
    };
    Status status = Status::Unavailable;
    QByteArray value;
    QString message; // for a person: why it was not done; never a value

    bool reachable() const { return status == Status::Done || status == Status::NotFound; }
};

Q_DECLARE_METATYPE(KeychainReply)
