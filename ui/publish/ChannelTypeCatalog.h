#pragma once

#include "comms/ChannelKind.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// One adapter setting as the channel editor offers it: its key and a hint saying what it holds.
struct ChannelSettingHint
{
    QString key;
    QString hint; // translated
};

// What the editor knows of one shipped adapter type (docs/channels.md): its name for people, the kind of
// message it usually publishes, the settings it reads and the names of the secrets it needs.
struct ChannelTypeInfo
{
    QString type;  // "slack"
    QString label; // "Slack" (translated)
    ChannelKind defaultKind = ChannelKind::Chat;
    QList<ChannelSettingHint> settings;
    QStringList secrets; // pre-filled secret names
    QString secretsHint; // when the secrets depend on the settings (translated; may be empty)
};

// The shipped channel types, in the order the editor lists them. Built on each call so that the labels
// follow the interface language.
class ChannelTypeCatalog
{
    Q_DECLARE_TR_FUNCTIONS(ChannelTypeCatalog)

public:
    static QList<ChannelTypeInfo> all();
    static std::optional<ChannelTypeInfo> find(const QString& type);
    // The type's label, or the type itself for one the editor does not ship (a newer adapter).
    static QString label(const QString& type);
};
