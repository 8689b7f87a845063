#include "publish/ChannelTypeCatalog.h"

namespace {

ChannelSettingHint hint(const char* key, const QString& text)
{
    return ChannelSettingHint{QString::fromLatin1(key), text};
}

} // namespace

QList<ChannelTypeInfo> ChannelTypeCatalog::all()
{
    const ChannelSettingHint timeout =
        hint("timeout_ms", tr("optional: time limit per request in ms (15000)"));
    const ChannelSettingHint verifyLive =
        hint("verify_live", tr("optional: false to never check that updates show on the public page (true)"));
    const QList<ChannelSettingHint> cachet = {
        hint("api_base", tr("required: the Cachet site, e.g. https://status.example.org")),
        hint("components", tr("optional: {\"Vigie service\": Cachet component id, …}")),
        hint("visible", tr("optional: true or false, whether new incidents are public (true)")), timeout,
        verifyLive};
    const QString webhookSecret = QStringLiteral("webhook_url");

    return {
        {QStringLiteral("statuspage"),
         tr("Atlassian Statuspage"),
         ChannelKind::StatusPage,
         {hint("page_id", tr("required: the page’s id")),
          hint("api_base", tr("optional: manage API address (https://api.statuspage.io/v1)")),
          hint("components", tr("optional: {\"Vigie service\": \"Statuspage component id\", …}")),
          hint("public_url",
               tr("optional: the public page, e.g. https://status.example.org, to verify updates "
                  "are live")),
          timeout, verifyLive},
         {QStringLiteral("api_key")},
         QString()},
        {QStringLiteral("cachet2"),
         tr("Cachet 2.x"),
         ChannelKind::StatusPage,
         cachet,
         {QStringLiteral("api_token")},
         QString()},
        {QStringLiteral("cachet3"),
         tr("Cachet 3.x"),
         ChannelKind::StatusPage,
         cachet,
         {QStringLiteral("api_token")},
         QString()},
        {QStringLiteral("smtp"),
         tr("Email (SMTP)"),
         ChannelKind::Email,
         {hint("server", tr("required: the mail server’s host name")),
          hint("port", tr("optional: 587 for STARTTLS, 465 for TLS")),
          hint("security", tr("optional: starttls or tls (starttls)")),
          hint("username", tr("optional: log in as this user (then the secret password is needed)")),
          hint("from", tr("required: the sender’s address")),
          hint("from_name", tr("optional: the sender’s name")),
          hint("to", tr("visible recipients: [\"a@example.org\", …]")),
          hint("recipients", tr("hidden recipients: [\"b@example.org\", …]")),
          hint("mode", tr("optional: bcc or individual (bcc)")),
          hint("ca_file", tr("optional: a CA certificate file for the server"))},
         {QStringLiteral("password")},
         QString()},
        {QStringLiteral("mastodon"),
         tr("Mastodon"),
         ChannelKind::Social,
         {hint("instance", tr("required: the instance’s address, e.g. https://mastodon.social")),
          hint("visibility", tr("optional: public, unlisted, private or direct (public)")),
          hint("language", tr("optional: ISO 639-1 code (the message’s language)")), timeout},
         {QStringLiteral("access_token")},
         QString()},
        {QStringLiteral("bluesky"),
         tr("Bluesky"),
         ChannelKind::Social,
         {hint("identifier", tr("required: the account’s handle or e-mail")),
          hint("pds", tr("optional: the account’s PDS (https://bsky.social)")),
          hint("language", tr("optional: language code (the message’s language)")), timeout},
         {QStringLiteral("app_password")},
         QString()},
        {QStringLiteral("slack"), tr("Slack"), ChannelKind::Chat, {}, {webhookSecret}, QString()},
        {QStringLiteral("discord"),
         tr("Discord"),
         ChannelKind::Chat,
         {hint("username", tr("optional: the name messages are posted under")),
          hint("avatar_url", tr("optional: the avatar’s address")),
          hint("thread_id", tr("optional: post into this thread or forum post"))},
         {webhookSecret},
         QString()},
        {QStringLiteral("teams"), tr("Microsoft Teams"), ChannelKind::Chat, {}, {webhookSecret}, QString()},
        {QStringLiteral("mattermost"),
         tr("Mattermost"),
         ChannelKind::Chat,
         {hint("channel", tr("optional: a channel name or @user")),
          hint("username", tr("optional: needs the server’s override setting")),
          hint("icon_url", tr("optional: needs the server’s override setting"))},
         {webhookSecret},
         QString()},
        {QStringLiteral("telegram"),
         tr("Telegram"),
         ChannelKind::Chat,
         {hint("chat_id", tr("required: a chat number such as -100… or @channelname")),
          hint("message_thread_id", tr("optional: a forum topic")),
          hint("api_base", tr("optional: a local Bot API server (https://api.telegram.org)"))},
         {QStringLiteral("bot_token")},
         QString()},
        {QStringLiteral("webhook"),
         tr("Generic webhook"),
         ChannelKind::Chat,
         {hint("url",
               tr("the address to send to (or the secret webhook_url when the address is a credential)")),
          hint("method", tr("optional: POST, PUT or PATCH (POST)")),
          hint("headers", tr("optional: {\"Authorization\": \"Bearer {{secret:api_key}}\"}")),
          hint("body", tr("optional: a Mustache template (a JSON object of the main facts)")),
          hint("id_field", tr("optional: dotted path of the answer’s id, e.g. data.id")),
          hint("test_url", tr("optional: an address the test may GET"))},
         {},
         tr("Name here the secrets your headers quote as {{secret:name}}, or webhook_url.")},
        {QStringLiteral("fallback-page"),
         tr("Fallback status page"),
         ChannelKind::StatusPage,
         {hint("target", tr("required: folder, webdav, sftp or s3")),
          hint("path", tr("folder: where to write the files")),
          hint("url", tr("webdav: https base; sftp: sftp://host/folder; s3: endpoint")),
          hint("prefix", tr("optional: a folder inside the target")),
          hint("username", tr("webdav and sftp: the user")), hint("bucket", tr("s3: the bucket")),
          hint("region", tr("s3: the region")),
          hint("host_key_sha256", tr("sftp: the server’s pinned key (or known_hosts)")),
          hint("known_hosts", tr("sftp: a known_hosts file (or host_key_sha256)")),
          hint("public_url",
               tr("optional: where the public reads the page; updates are verified live there")),
          verifyLive},
         {},
         tr("webdav: password; sftp: private_key (and private_key_passphrase) or password; s3: access_key_id "
            "and secret_access_key.")},
    };
}

std::optional<ChannelTypeInfo> ChannelTypeCatalog::find(const QString& type)
{
    for (const ChannelTypeInfo& info : all()) {
        if (info.type == type)
            return info;
    }
    return std::nullopt;
}

QString ChannelTypeCatalog::label(const QString& type)
{
    if (const auto info = find(type))
        return info->label;
    return type;
}
