#pragma once

#include "comms/ChannelKind.h"

#include <QString>
#include <QStringList>
#include <QVariantMap>

// One publishing channel of a workspace (`channels:` in the workspace file): where approved messages of one
// channel kind go. Secrets are never here: only their names, resolved by a SecretSource when sending.
struct ChannelConfig
{
    QString name; // unique in the workspace, shown to people ("Customers status page")
    QString type; // adapter: statuspage, cachet2, cachet3, smtp, mastodon, bluesky, slack, discord, teams,
                  // mattermost, telegram, webhook, fallback-page
    ChannelKind messageKind = ChannelKind::StatusPage; // which drafts it publishes
    QString audience = QStringLiteral("customers");    // "customers" or "internal"
    bool sandbox = false; // drills publish only to sandbox channels; real incidents never do
    QVariantMap settings; // the adapter's non-secret settings (base URL, page id, recipients, components...)
    QStringList secrets;  // names of the secrets it needs ("api_key", "webhook_url", "password")

    bool operator==(const ChannelConfig&) const = default;
};
