<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>ActionItemCsvWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>ActionItemListModel</name>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
</context>
<context>
    <name>ActionItemTable</name>
    <message>
        <source>save the action items of the incident %1</source>
        <translation>save the action items of the incident %1</translation>
    </message>
    <message>
        <source>read the action items</source>
        <translation>read the action items</translation>
    </message>
    <message>
        <source>the action item %1 has the unknown status %2</source>
        <translation>the action item %1 has the unknown status %2</translation>
    </message>
</context>
<context>
    <name>ActionItemsView</name>
    <message>
        <source>Show &amp;done items too</source>
        <translation>Show &amp;done items too</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Export &amp;CSV…</translation>
    </message>
    <message>
        <source>Double-click an item to open its post-mortem</source>
        <translation>Double-click an item to open its post-mortem</translation>
    </message>
    <message numerus="yes">
        <source>%n action item(s)</source>
        <translation>
            <numerusform>%n action item</numerusform>
            <numerusform>%n action items</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Saved to %1</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <source>action-items</source>
        <translation>action-items</translation>
    </message>
    <message>
        <source>Export action items</source>
        <translation>Export action items</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>AdapterSupport</name>
    <message>
        <source>%1: %2 is not a web address (http or https).</source>
        <translation>%1: %2 is not a web address (http or https).</translation>
    </message>
    <message>
        <source>%1: the secret “%2” is missing; set it in the channel settings.</source>
        <translation>%1: the secret “%2” is missing; set it in the channel settings.</translation>
    </message>
    <message>
        <source>the secret “%1”</source>
        <translation>the secret “%1”</translation>
    </message>
    <message>
        <source>%1: the message is empty.</source>
        <translation>%1: the message is empty.</translation>
    </message>
    <message>
        <source>%1: the message has %2 characters; this service takes at most %3. Shorten it.</source>
        <translation>%1: the message has %2 characters; this service takes at most %3. Shorten it.</translation>
    </message>
</context>
<context>
    <name>AffectedServicesEditor</name>
    <message>
        <source>No services in the workspace.</source>
        <translation>No services in the workspace.</translation>
    </message>
    <message>
        <source>Impact on %1</source>
        <translation>Impact on %1</translation>
    </message>
</context>
<context>
    <name>BlueskyAdapter</name>
    <message>
        <source>The channel “%1” has no Bluesky app password (secret “%2”).</source>
        <translation>The channel “%1” has no Bluesky app password (secret “%2”).</translation>
    </message>
    <message>
        <source>The channel “%1” has no Bluesky account (setting “identifier”).</source>
        <translation>The channel “%1” has no Bluesky account (setting “identifier”).</translation>
    </message>
    <message>
        <source>The message is empty; Bluesky needs some text.</source>
        <translation>The message is empty; Bluesky needs some text.</translation>
    </message>
    <message>
        <source>The message counts %1 characters; Bluesky allows %2. Shorten it and approve it again.</source>
        <translation>The message counts %1 characters; Bluesky allows %2. Shorten it and approve it again.</translation>
    </message>
    <message>
        <source>The message takes %1 bytes; Bluesky allows %2. Shorten it and approve it again.</source>
        <translation>The message takes %1 bytes; Bluesky allows %2. Shorten it and approve it again.</translation>
    </message>
    <message>
        <source>posting</source>
        <translation>posting</translation>
    </message>
    <message>
        <source>Bluesky answered the post without its address; checking again.</source>
        <translation>Bluesky answered the post without its address; checking again.</translation>
    </message>
</context>
<context>
    <name>BlueskySessions</name>
    <message>
        <source>signing in as %1 with the app password</source>
        <translation>signing in as %1 with the app password</translation>
    </message>
    <message>
        <source>refreshing the session</source>
        <translation>refreshing the session</translation>
    </message>
    <message>
        <source>Bluesky answered the sign-in without a session; trying again later.</source>
        <translation>Bluesky answered the sign-in without a session; trying again later.</translation>
    </message>
</context>
<context>
    <name>CachetAdapter</name>
    <message>
        <source>The channel “%1” names Cachet version %2; Vigie speaks to versions 2 and 3.</source>
        <translation>The channel “%1” names Cachet version %2; Vigie speaks to versions 2 and 3.</translation>
    </message>
    <message>
        <source>The channel “%1” has no Cachet API token (secret “%2”).</source>
        <translation>The channel “%1” has no Cachet API token (secret “%2”).</translation>
    </message>
    <message>
        <source>The channel “%1” has no Cachet address (setting “api_base”).</source>
        <translation>The channel “%1” has no Cachet address (setting “api_base”).</translation>
    </message>
    <message>
        <source>creating the incident</source>
        <translation>creating the incident</translation>
    </message>
    <message>
        <source>Cachet created the incident but did not say its id; later updates cannot follow it.</source>
        <translation>Cachet created the incident but did not say its id; later updates cannot follow it.</translation>
    </message>
    <message>
        <source>updating incident %1</source>
        <translation>updating incident %1</translation>
    </message>
    <message>
        <source>setting component %1</source>
        <translation>setting component %1</translation>
    </message>
    <message>
        <source>Published, but some component statuses were not set: %1</source>
        <translation>Published, but some component statuses were not set: %1</translation>
    </message>
    <message>
        <source>checking the API</source>
        <translation>checking the API</translation>
    </message>
    <message>
        <source>checking for an incident an earlier attempt created</source>
        <translation>checking for an incident an earlier attempt created</translation>
    </message>
    <message>
        <source>checking for an update an earlier attempt posted</source>
        <translation>checking for an update an earlier attempt posted</translation>
    </message>
</context>
<context>
    <name>ChannelAdapter</name>
    <message>
        <source>%1 publishes messages only; there is nothing to refresh.</source>
        <translation>%1 publishes messages only; there is nothing to refresh.</translation>
    </message>
</context>
<context>
    <name>ChannelCheck</name>
    <message>
        <source>There is no channel named “%1”: the workspace has no channels.</source>
        <translation>There is no channel named “%1”: the workspace has no channels.</translation>
    </message>
    <message>
        <source>There is no channel named “%1”; the workspace has: %2.</source>
        <translation>There is no channel named “%1”; the workspace has: %2.</translation>
    </message>
    <message>
        <source>%1 (%2): ready.</source>
        <translation>%1 (%2): ready.</translation>
    </message>
    <message>
        <source>%1 (%2): ready. %3</source>
        <translation>%1 (%2): ready. %3</translation>
    </message>
    <message>
        <source>%1 (%2): not ready. %3</source>
        <translation>%1 (%2): not ready. %3</translation>
    </message>
</context>
<context>
    <name>ChannelEditDialog</name>
    <message>
        <source>Sandbox: for drills</source>
        <translation>Sandbox: for drills</translation>
    </message>
    <message>
        <source>e.g. Customers status page</source>
        <translation>e.g. Customers status page</translation>
    </message>
    <message>
        <source>Choose a type…</source>
        <translation>Choose a type…</translation>
    </message>
    <message>
        <source>Choose a kind…</source>
        <translation>Choose a kind…</translation>
    </message>
    <message>
        <source>Which messages this channel publishes: each draft is written for one kind</source>
        <translation>Which messages this channel publishes: each draft is written for one kind</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Internal</translation>
    </message>
    <message>
        <source>Drills publish only to sandbox channels, and real incidents never do: use a sandbox to rehearse without reaching the public.</source>
        <translation>Drills publish only to sandbox channels, and real incidents never do: use a sandbox to rehearse without reaching the public.</translation>
    </message>
    <message>
        <source>e.g. webhook_url</source>
        <translation>e.g. webhook_url</translation>
    </message>
    <message>
        <source>Names only, separated by commas. The values live in the system keychain (Set secret…), or for headless runs in the environment or a secrets file.</source>
        <translation>Names only, separated by commas. The values live in the system keychain (Set secret…), or for headless runs in the environment or a secrets file.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>Message &amp;kind:</source>
        <translation>Message &amp;kind:</translation>
    </message>
    <message>
        <source>&amp;Audience:</source>
        <translation>&amp;Audience:</translation>
    </message>
    <message>
        <source>Se&amp;crets:</source>
        <translation>Se&amp;crets:</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Add channel</source>
        <translation>Add channel</translation>
    </message>
    <message>
        <source>Edit channel</source>
        <translation>Edit channel</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>Name: %1</translation>
    </message>
    <message>
        <source>Name: “%1” is already the name of another channel; channel names must be unique</source>
        <translation>Name: “%1” is already the name of another channel; channel names must be unique</translation>
    </message>
    <message>
        <source>Type: choose the service this channel publishes to</source>
        <translation>Type: choose the service this channel publishes to</translation>
    </message>
    <message>
        <source>Message kind: choose which messages this channel publishes</source>
        <translation>Message kind: choose which messages this channel publishes</translation>
    </message>
    <message>
        <source>Secrets: %1</source>
        <translation>Secrets: %1</translation>
    </message>
</context>
<context>
    <name>ChannelKind</name>
    <message>
        <source>Status page</source>
        <translation>Status page</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Social post</source>
        <translation>Social post</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
</context>
<context>
    <name>ChannelListModel</name>
    <message>
        <source>Ready</source>
        <translation>Ready</translation>
    </message>
    <message>
        <source>Not ready</source>
        <translation>Not ready</translation>
    </message>
    <message>
        <source>Not ready: %1</source>
        <translation>Not ready: %1</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Testing…</translation>
    </message>
    <message>
        <source>Never tested</source>
        <translation>Never tested</translation>
    </message>
    <message>
        <source>The last test reached the service; nothing was published.</source>
        <translation>The last test reached the service; nothing was published.</translation>
    </message>
    <message>
        <source>The last test failed.</source>
        <translation>The last test failed.</translation>
    </message>
    <message>
        <source>Waiting for the service’s answer.</source>
        <translation>Waiting for the service’s answer.</translation>
    </message>
    <message>
        <source>Not tested since it was set up or changed: Test this channel (Ctrl+T) checks it without publishing.</source>
        <translation>Not tested since it was set up or changed: Test this channel (Ctrl+T) checks it without publishing.</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Internal</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>Drills publish only here; real incidents never do.</source>
        <translation>Drills publish only here; real incidents never do.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Audience</translation>
    </message>
    <message>
        <source>Drills</source>
        <translation>Drills</translation>
    </message>
    <message>
        <source>Last test</source>
        <translation>Last test</translation>
    </message>
</context>
<context>
    <name>ChannelSettingsEditor</name>
    <message>
        <source>Add setting</source>
        <translation>Add setting</translation>
    </message>
    <message>
        <source>Remove setting</source>
        <translation>Remove setting</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Setting</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>What it holds</source>
        <translation>What it holds</translation>
    </message>
    <message>
        <source>Values read as in the workspace file: true/false, numbers, {&quot;key&quot;: &quot;value&quot;} maps, [&quot;a&quot;, &quot;b&quot;] lists, &quot;quoted&quot; text; anything else is text. A setting without a value is left out.</source>
        <translation>Values read as in the workspace file: true/false, numbers, {&quot;key&quot;: &quot;value&quot;} maps, [&quot;a&quot;, &quot;b&quot;] lists, &quot;quoted&quot; text; anything else is text. A setting without a value is left out.</translation>
    </message>
    <message>
        <source>Settings, row %1: a value needs a setting name</source>
        <translation>Settings, row %1: a value needs a setting name</translation>
    </message>
    <message>
        <source>Settings: %1</source>
        <translation>Settings: %1</translation>
    </message>
    <message>
        <source>Settings: “%1” is set in its own field above, not as a setting</source>
        <translation>Settings: “%1” is set in its own field above, not as a setting</translation>
    </message>
    <message>
        <source>Settings: “%1” appears twice</source>
        <translation>Settings: “%1” appears twice</translation>
    </message>
    <message>
        <source>Settings: the value of “%1” starts like a map or a list but is not valid JSON</source>
        <translation>Settings: the value of “%1” starts like a map or a list but is not valid JSON</translation>
    </message>
</context>
<context>
    <name>ChannelTypeCatalog</name>
    <message>
        <source>optional: time limit per request in ms (15000)</source>
        <translation>optional: time limit per request in ms (15000)</translation>
    </message>
    <message>
        <source>required: the Cachet site, e.g. https://status.example.org</source>
        <translation>required: the Cachet site, e.g. https://status.example.org</translation>
    </message>
    <message>
        <source>optional: {&quot;Vigie service&quot;: Cachet component id, …}</source>
        <translation>optional: {&quot;Vigie service&quot;: Cachet component id, …}</translation>
    </message>
    <message>
        <source>optional: true or false, whether new incidents are public (true)</source>
        <translation>optional: true or false, whether new incidents are public (true)</translation>
    </message>
    <message>
        <source>Atlassian Statuspage</source>
        <translation>Atlassian Statuspage</translation>
    </message>
    <message>
        <source>required: the page’s id</source>
        <translation>required: the page’s id</translation>
    </message>
    <message>
        <source>optional: manage API address (https://api.statuspage.io/v1)</source>
        <translation>optional: manage API address (https://api.statuspage.io/v1)</translation>
    </message>
    <message>
        <source>optional: {&quot;Vigie service&quot;: &quot;Statuspage component id&quot;, …}</source>
        <translation>optional: {&quot;Vigie service&quot;: &quot;Statuspage component id&quot;, …}</translation>
    </message>
    <message>
        <source>Cachet 2.x</source>
        <translation>Cachet 2.x</translation>
    </message>
    <message>
        <source>Cachet 3.x</source>
        <translation>Cachet 3.x</translation>
    </message>
    <message>
        <source>Email (SMTP)</source>
        <translation>Email (SMTP)</translation>
    </message>
    <message>
        <source>required: the mail server’s host name</source>
        <translation>required: the mail server’s host name</translation>
    </message>
    <message>
        <source>optional: 587 for STARTTLS, 465 for TLS</source>
        <translation>optional: 587 for STARTTLS, 465 for TLS</translation>
    </message>
    <message>
        <source>optional: starttls or tls (starttls)</source>
        <translation>optional: starttls or tls (starttls)</translation>
    </message>
    <message>
        <source>optional: log in as this user (then the secret password is needed)</source>
        <translation>optional: log in as this user (then the secret password is needed)</translation>
    </message>
    <message>
        <source>required: the sender’s address</source>
        <translation>required: the sender’s address</translation>
    </message>
    <message>
        <source>optional: the sender’s name</source>
        <translation>optional: the sender’s name</translation>
    </message>
    <message>
        <source>visible recipients: [&quot;a@example.org&quot;, …]</source>
        <translation>visible recipients: [&quot;a@example.org&quot;, …]</translation>
    </message>
    <message>
        <source>hidden recipients: [&quot;b@example.org&quot;, …]</source>
        <translation>hidden recipients: [&quot;b@example.org&quot;, …]</translation>
    </message>
    <message>
        <source>optional: bcc or individual (bcc)</source>
        <translation>optional: bcc or individual (bcc)</translation>
    </message>
    <message>
        <source>optional: a CA certificate file for the server</source>
        <translation>optional: a CA certificate file for the server</translation>
    </message>
    <message>
        <source>Mastodon</source>
        <translation>Mastodon</translation>
    </message>
    <message>
        <source>required: the instance’s address, e.g. https://mastodon.social</source>
        <translation>required: the instance’s address, e.g. https://mastodon.social</translation>
    </message>
    <message>
        <source>optional: public, unlisted, private or direct (public)</source>
        <translation>optional: public, unlisted, private or direct (public)</translation>
    </message>
    <message>
        <source>optional: ISO 639-1 code (the message’s language)</source>
        <translation>optional: ISO 639-1 code (the message’s language)</translation>
    </message>
    <message>
        <source>Bluesky</source>
        <translation>Bluesky</translation>
    </message>
    <message>
        <source>required: the account’s handle or e-mail</source>
        <translation>required: the account’s handle or e-mail</translation>
    </message>
    <message>
        <source>optional: the account’s PDS (https://bsky.social)</source>
        <translation>optional: the account’s PDS (https://bsky.social)</translation>
    </message>
    <message>
        <source>optional: language code (the message’s language)</source>
        <translation>optional: language code (the message’s language)</translation>
    </message>
    <message>
        <source>Slack</source>
        <translation>Slack</translation>
    </message>
    <message>
        <source>Discord</source>
        <translation>Discord</translation>
    </message>
    <message>
        <source>optional: the name messages are posted under</source>
        <translation>optional: the name messages are posted under</translation>
    </message>
    <message>
        <source>optional: the avatar’s address</source>
        <translation>optional: the avatar’s address</translation>
    </message>
    <message>
        <source>optional: post into this thread or forum post</source>
        <translation>optional: post into this thread or forum post</translation>
    </message>
    <message>
        <source>Microsoft Teams</source>
        <translation>Microsoft Teams</translation>
    </message>
    <message>
        <source>Mattermost</source>
        <translation>Mattermost</translation>
    </message>
    <message>
        <source>optional: a channel name or @user</source>
        <translation>optional: a channel name or @user</translation>
    </message>
    <message>
        <source>optional: needs the server’s override setting</source>
        <translation>optional: needs the server’s override setting</translation>
    </message>
    <message>
        <source>Telegram</source>
        <translation>Telegram</translation>
    </message>
    <message>
        <source>required: a chat number such as -100… or @channelname</source>
        <translation>required: a chat number such as -100… or @channelname</translation>
    </message>
    <message>
        <source>optional: a forum topic</source>
        <translation>optional: a forum topic</translation>
    </message>
    <message>
        <source>optional: a local Bot API server (https://api.telegram.org)</source>
        <translation>optional: a local Bot API server (https://api.telegram.org)</translation>
    </message>
    <message>
        <source>Generic webhook</source>
        <translation>Generic webhook</translation>
    </message>
    <message>
        <source>the address to send to (or the secret webhook_url when the address is a credential)</source>
        <translation>the address to send to (or the secret webhook_url when the address is a credential)</translation>
    </message>
    <message>
        <source>optional: POST, PUT or PATCH (POST)</source>
        <translation>optional: POST, PUT or PATCH (POST)</translation>
    </message>
    <message>
        <source>optional: {&quot;Authorization&quot;: &quot;Bearer {{secret:api_key}}&quot;}</source>
        <translation>optional: {&quot;Authorization&quot;: &quot;Bearer {{secret:api_key}}&quot;}</translation>
    </message>
    <message>
        <source>optional: a Mustache template (a JSON object of the main facts)</source>
        <translation>optional: a Mustache template (a JSON object of the main facts)</translation>
    </message>
    <message>
        <source>optional: dotted path of the answer’s id, e.g. data.id</source>
        <translation>optional: dotted path of the answer’s id, e.g. data.id</translation>
    </message>
    <message>
        <source>optional: an address the test may GET</source>
        <translation>optional: an address the test may GET</translation>
    </message>
    <message>
        <source>Name here the secrets your headers quote as {{secret:name}}, or webhook_url.</source>
        <translation>Name here the secrets your headers quote as {{secret:name}}, or webhook_url.</translation>
    </message>
    <message>
        <source>Fallback status page</source>
        <translation>Fallback status page</translation>
    </message>
    <message>
        <source>required: folder, webdav, sftp or s3</source>
        <translation>required: folder, webdav, sftp or s3</translation>
    </message>
    <message>
        <source>folder: where to write the files</source>
        <translation>folder: where to write the files</translation>
    </message>
    <message>
        <source>webdav: https base; sftp: sftp://host/folder; s3: endpoint</source>
        <translation>webdav: https base; sftp: sftp://host/folder; s3: endpoint</translation>
    </message>
    <message>
        <source>optional: a folder inside the target</source>
        <translation>optional: a folder inside the target</translation>
    </message>
    <message>
        <source>webdav and sftp: the user</source>
        <translation>webdav and sftp: the user</translation>
    </message>
    <message>
        <source>s3: the bucket</source>
        <translation>s3: the bucket</translation>
    </message>
    <message>
        <source>s3: the region</source>
        <translation>s3: the region</translation>
    </message>
    <message>
        <source>sftp: the server’s pinned key (or known_hosts)</source>
        <translation>sftp: the server’s pinned key (or known_hosts)</translation>
    </message>
    <message>
        <source>sftp: a known_hosts file (or host_key_sha256)</source>
        <translation>sftp: a known_hosts file (or host_key_sha256)</translation>
    </message>
    <message>
        <source>webdav: password; sftp: private_key (and private_key_passphrase) or password; s3: access_key_id and secret_access_key.</source>
        <translation>webdav: password; sftp: private_key (and private_key_passphrase) or password; s3: access_key_id and secret_access_key.</translation>
    </message>
    <message>
        <source>optional: false to never check that updates show on the public page (true)</source>
        <translation>optional: false to never check that updates show on the public page (true)</translation>
    </message>
    <message>
        <source>optional: the public page, e.g. https://status.example.org, to verify updates are live</source>
        <translation>optional: the public page, e.g. https://status.example.org, to verify updates are live</translation>
    </message>
    <message>
        <source>optional: where the public reads the page; updates are verified live there</source>
        <translation>optional: where the public reads the page; updates are verified live there</translation>
    </message>
</context>
<context>
    <name>ChannelsDialog</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>D&amp;uplicate…</source>
        <translation>D&amp;uplicate…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Remove…</translation>
    </message>
    <message>
        <source>&amp;Test this channel</source>
        <translation>&amp;Test this channel</translation>
    </message>
    <message>
        <source>Set &amp;secret…</source>
        <translation>Set &amp;secret…</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Channels</translation>
    </message>
    <message>
        <source>Checks the credentials and the address without publishing anything (Ctrl+T)</source>
        <translation>Checks the credentials and the address without publishing anything (Ctrl+T)</translation>
    </message>
    <message>
        <source>Saves one of the channel’s secrets in the system keychain</source>
        <translation>Saves one of the channel’s secrets in the system keychain</translation>
    </message>
    <message>
        <source>No system keychain is available here</source>
        <translation>No system keychain is available here</translation>
    </message>
    <message>
        <source>This channel names no secret</source>
        <translation>This channel names no secret</translation>
    </message>
    <message>
        <source>Channel “%1” added.</source>
        <translation>Channel “%1” added.</translation>
    </message>
    <message>
        <source>Channel “%1” saved.</source>
        <translation>Channel “%1” saved.</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copy)</translation>
    </message>
    <message>
        <source>%1 (copy %2)</source>
        <translation>%1 (copy %2)</translation>
    </message>
    <message>
        <source>Remove channel</source>
        <translation>Remove channel</translation>
    </message>
    <message>
        <source>Remove the channel “%1”? Messages will no longer be published there; deliveries already made stay in the history.</source>
        <translation>Remove the channel “%1”? Messages will no longer be published there; deliveries already made stay in the history.</translation>
    </message>
    <message>
        <source>Channel “%1” removed.</source>
        <translation>Channel “%1” removed.</translation>
    </message>
    <message>
        <source>Saving the secret “%1” of “%2”…</source>
        <translation>Saving the secret “%1” of “%2”…</translation>
    </message>
    <message>
        <source>No system keychain is available: secrets cannot be saved here; headless runs read them from the environment or a secrets file.</source>
        <translation>No system keychain is available: secrets cannot be saved here; headless runs read them from the environment or a secrets file.</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>The secret “%1” of “%2” is saved in the keychain.</source>
        <translation>The secret “%1” of “%2” is saved in the keychain.</translation>
    </message>
    <message>
        <source>The secret “%1” of “%2” was not saved: %3</source>
        <translation>The secret “%1” of “%2” was not saved: %3</translation>
    </message>
</context>
<context>
    <name>CheckKindText</name>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>TCP port</source>
        <translation>TCP port</translation>
    </message>
    <message>
        <source>DNS resolution</source>
        <translation>DNS resolution</translation>
    </message>
    <message>
        <source>TLS certificate</source>
        <translation>TLS certificate</translation>
    </message>
</context>
<context>
    <name>CheckRequest</name>
    <message>
        <source>no URL given</source>
        <translation>no URL given</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not host:port (for example db.example.org:5432)</source>
        <translation>&quot;%1&quot; is not host:port (for example db.example.org:5432)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an https:// address or host:port</source>
        <translation>&quot;%1&quot; is not an https:// address or host:port</translation>
    </message>
    <message>
        <source>DNS checks do not go through libcurl</source>
        <translation>DNS checks do not go through libcurl</translation>
    </message>
</context>
<context>
    <name>CheckWorker</name>
    <message>
        <source>the check could not be started</source>
        <translation>the check could not be started</translation>
    </message>
</context>
<context>
    <name>ChecklistModel</name>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Occurrence</source>
        <translation>Occurrence</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Countdown</source>
        <translation>Countdown</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Marked by</source>
        <translation>Marked by</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Channels</translation>
    </message>
</context>
<context>
    <name>ChecklistPanel</name>
    <message>
        <source>Checklist steps</source>
        <translation>Checklist steps</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Done</translation>
    </message>
    <message>
        <source>S&amp;kip…</source>
        <translation>S&amp;kip…</translation>
    </message>
    <message>
        <source>D&amp;raft message</source>
        <translation>D&amp;raft message</translation>
    </message>
    <message>
        <source>Open the &amp;fallback page…</source>
        <translation>Open the &amp;fallback page…</translation>
    </message>
    <message>
        <source>Open the &amp;post-mortem…</source>
        <translation>Open the &amp;post-mortem…</translation>
    </message>
    <message>
        <source>Checklist &amp;report…</source>
        <translation>Checklist &amp;report…</translation>
    </message>
    <message>
        <source>Tick the selected step, or the next one (%1)</source>
        <translation>Tick the selected step, or the next one (%1)</translation>
    </message>
    <message>
        <source>Skip the step, saying why (%1)</source>
        <translation>Skip the step, saying why (%1)</translation>
    </message>
    <message>
        <source>Draft the step&apos;s message from its template (%1)</source>
        <translation>Draft the step&apos;s message from its template (%1)</translation>
    </message>
    <message>
        <source>Drill &amp;report…</source>
        <translation>Drill &amp;report…</translation>
    </message>
    <message>
        <source>No incident selected.</source>
        <translation>No incident selected.</translation>
    </message>
    <message>
        <source>Every step is done.</source>
        <translation>Every step is done.</translation>
    </message>
    <message>
        <source>Next: %1 — when its time comes</source>
        <translation>Next: %1 — when its time comes</translation>
    </message>
    <message>
        <source>Next: %1 — due in %2</source>
        <translation>Next: %1 — due in %2</translation>
    </message>
    <message>
        <source>Next: %1 — overdue by %2</source>
        <translation>Next: %1 — overdue by %2</translation>
    </message>
    <message>
        <source>Next update overdue by %1</source>
        <translation>Next update overdue by %1</translation>
    </message>
    <message>
        <source>Next update in %1</source>
        <translation>Next update in %1</translation>
    </message>
    <message>
        <source>Channels: %1</source>
        <translation>Channels: %1</translation>
    </message>
</context>
<context>
    <name>ChecklistText</name>
    <message>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <source>due now</source>
        <translation>due now</translation>
    </message>
    <message>
        <source>overdue by %1</source>
        <translation>overdue by %1</translation>
    </message>
    <message>
        <source>once resolved</source>
        <translation>once resolved</translation>
    </message>
    <message>
        <source>after the step before</source>
        <translation>after the step before</translation>
    </message>
    <message>
        <source>with the window</source>
        <translation>with the window</translation>
    </message>
    <message>
        <source>Update #%1</source>
        <translation>Update #%1</translation>
    </message>
    <message>
        <source>%1 #%2</source>
        <translation>%1 #%2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>CommandLineOptions</name>
    <message>
        <source>Vigie watches your services and walks you through incident communication.</source>
        <translation>Vigie watches your services and walks you through incident communication.</translation>
    </message>
    <message>
        <source>Run the checks and the store without a window; print one line per state change.</source>
        <translation>Run the checks and the store without a window; print one line per state change.</translation>
    </message>
    <message>
        <source>Open the real window on a temporary store with the demo services, wait for live results, and exit 0 when everything works.</source>
        <translation>Open the real window on a temporary store with the demo services, wait for live results, and exit 0 when everything works.</translation>
    </message>
    <message>
        <source>Use the SQLite store at &lt;file&gt;.</source>
        <translation>Use the SQLite store at &lt;file&gt;.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>Use &lt;language&gt; (en or fr) instead of the system&apos;s.</source>
        <translation>Use &lt;language&gt; (en or fr) instead of the system&apos;s.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>language</translation>
    </message>
    <message>
        <source>Do not serve the demo services on 127.0.0.1.</source>
        <translation>Do not serve the demo services on 127.0.0.1.</translation>
    </message>
    <message>
        <source>Serve the demo services on 127.0.0.1:&lt;port&gt; (default 47810).</source>
        <translation>Serve the demo services on 127.0.0.1:&lt;port&gt; (default 47810).</translation>
    </message>
    <message>
        <source>port</source>
        <translation>port</translation>
    </message>
    <message>
        <source>Start the demo scenario &lt;seconds&gt; into its cycle.</source>
        <translation>Start the demo scenario &lt;seconds&gt; into its cycle.</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>seconds</translation>
    </message>
    <message>
        <source>When applying a workspace file, remove stored services it does not name.</source>
        <translation>When applying a workspace file, remove stored services it does not name.</translation>
    </message>
    <message>
        <source>With --self-test, save a picture of the window to &lt;file&gt;.</source>
        <translation>With --self-test, save a picture of the window to &lt;file&gt;.</translation>
    </message>
    <message>
        <source>Give up the self-test after &lt;seconds&gt;.</source>
        <translation>Give up the self-test after &lt;seconds&gt;.</translation>
    </message>
    <message>
        <source>A workspace file (YAML) to apply on start, matched by service name.</source>
        <translation>A workspace file (YAML) to apply on start, matched by service name.</translation>
    </message>
    <message>
        <source>--demo-port: expected a port number between 1 and 65535, got &quot;%1&quot;</source>
        <translation>--demo-port: expected a port number between 1 and 65535, got &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--demo-offset: expected a number of seconds, got &quot;%1&quot;</source>
        <translation>--demo-offset: expected a number of seconds, got &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--self-test-timeout: expected a number of seconds, got &quot;%1&quot;</source>
        <translation>--self-test-timeout: expected a number of seconds, got &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected at most one workspace file, got %1</source>
        <translation>expected at most one workspace file, got %1</translation>
    </message>
    <message>
        <source>--language: expected en or fr, got &quot;%1&quot;</source>
        <translation>--language: expected en or fr, got &quot;%1&quot;</translation>
    </message>
    <message>
        <source>workspace</source>
        <translation>workspace</translation>
    </message>
    <message>
        <source>[WORKSPACE.yaml]</source>
        <translation>[WORKSPACE.yaml]</translation>
    </message>
    <message>
        <source>With --screenshot, keep the window running &lt;seconds&gt; after the self-test passes before taking the picture.</source>
        <translation>With --screenshot, keep the window running &lt;seconds&gt; after the self-test passes before taking the picture.</translation>
    </message>
    <message>
        <source>--screenshot-delay: expected a number of seconds, got &quot;%1&quot;</source>
        <translation>--screenshot-delay: expected a number of seconds, got &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Check that the publishing channel &lt;name&gt; is ready (its address and credentials) without publishing anything public, print the answer and exit: 0 ready, 1 not.</source>
        <translation>Check that the publishing channel &lt;name&gt; is ready (its address and credentials) without publishing anything public, print the answer and exit: 0 ready, 1 not.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>Read channel secrets from &lt;file&gt; (YAML channel: {secret: value}, or VIGIE_SECRET_&lt;CHANNEL&gt;_&lt;NAME&gt;=value lines), which only its owner may read; asked after the system keychain and before the environment.</source>
        <translation>Read channel secrets from &lt;file&gt; (YAML channel: {secret: value}, or VIGIE_SECRET_&lt;CHANNEL&gt;_&lt;NAME&gt;=value lines), which only its owner may read; asked after the system keychain and before the environment.</translation>
    </message>
    <message>
        <source>--test-channel and --self-test cannot be combined</source>
        <translation>--test-channel and --self-test cannot be combined</translation>
    </message>
</context>
<context>
    <name>CorrelationListModel</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>the SQLite driver (QSQLITE) is not available</source>
        <translation>the SQLite driver (QSQLITE) is not available</translation>
    </message>
    <message>
        <source>switch to WAL mode</source>
        <translation>switch to WAL mode</translation>
    </message>
    <message>
        <source>the file system does not support it</source>
        <translation>the file system does not support it</translation>
    </message>
    <message>
        <source>configure the connection</source>
        <translation>configure the connection</translation>
    </message>
    <message>
        <source>read the schema version</source>
        <translation>read the schema version</translation>
    </message>
    <message>
        <source>create the schema version table</source>
        <translation>create the schema version table</translation>
    </message>
    <message>
        <source>the file was written by a newer Vigie (schema version %1, this one knows up to %2)</source>
        <translation>the file was written by a newer Vigie (schema version %1, this one knows up to %2)</translation>
    </message>
    <message>
        <source>upgrade the schema to version %1 (%2)</source>
        <translation>upgrade the schema to version %1 (%2)</translation>
    </message>
    <message>
        <source>the database is not open</source>
        <translation>the database is not open</translation>
    </message>
    <message>
        <source>read the setting %1</source>
        <translation>read the setting %1</translation>
    </message>
    <message>
        <source>save the setting %1</source>
        <translation>save the setting %1</translation>
    </message>
    <message>
        <source>check the file&apos;s integrity</source>
        <translation>check the file&apos;s integrity</translation>
    </message>
    <message>
        <source>write the journal into the file</source>
        <translation>write the journal into the file</translation>
    </message>
    <message>
        <source>Could not %1 (database %2): %3</source>
        <translation>Could not %1 (database %2): %3</translation>
    </message>
    <message>
        <source>roll back</source>
        <translation>roll back</translation>
    </message>
</context>
<context>
    <name>DeclareIncidentDialog</name>
    <message>
        <source>D&amp;rill: a rehearsal, published only to a sandbox</source>
        <translation>D&amp;rill: a rehearsal, published only to a sandbox</translation>
    </message>
    <message>
        <source>Plan maintenance</source>
        <translation>Plan maintenance</translation>
    </message>
    <message>
        <source>Declare incident</source>
        <translation>Declare incident</translation>
    </message>
    <message>
        <source>Declare</source>
        <translation>Declare</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>&amp;Severity:</source>
        <translation>&amp;Severity:</translation>
    </message>
    <message>
        <source>Ser&amp;vices covered:</source>
        <translation>Ser&amp;vices covered:</translation>
    </message>
    <message>
        <source>Affected ser&amp;vices:</source>
        <translation>Affected ser&amp;vices:</translation>
    </message>
    <message>
        <source>What customers will see, e.g. why and what to expect</source>
        <translation>What customers will see, e.g. why and what to expect</translation>
    </message>
    <message>
        <source>What customers see, in plain words</source>
        <translation>What customers see, in plain words</translation>
    </message>
    <message>
        <source>C&amp;ustomer summary:</source>
        <translation>C&amp;ustomer summary:</translation>
    </message>
    <message>
        <source>&amp;Commander:</source>
        <translation>&amp;Commander:</translation>
    </message>
    <message>
        <source>Communications &amp;lead:</source>
        <translation>Communications &amp;lead:</translation>
    </message>
    <message>
        <source>&amp;Window start:</source>
        <translation>&amp;Window start:</translation>
    </message>
    <message>
        <source>Window &amp;end:</source>
        <translation>Window &amp;end:</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>Time &amp;zone:</translation>
    </message>
    <message>
        <source>When the problem began: the first failed check</source>
        <translation>When the problem began: the first failed check</translation>
    </message>
    <message>
        <source>When someone or something noticed: the first alert</source>
        <translation>When someone or something noticed: the first alert</translation>
    </message>
    <message>
        <source>St&amp;arted:</source>
        <translation>St&amp;arted:</translation>
    </message>
    <message>
        <source>&amp;Detected:</source>
        <translation>&amp;Detected:</translation>
    </message>
    <message>
        <source>Scheduled maintenance</source>
        <translation>Scheduled maintenance</translation>
    </message>
    <message>
        <source>Scheduled maintenance: %1</source>
        <translation>Scheduled maintenance: %1</translation>
    </message>
    <message>
        <source>Untitled incident</source>
        <translation>Untitled incident</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 affected</source>
        <translation>%1 affected</translation>
    </message>
    <message>
        <source>Time zone: “%1” is not a known zone.</source>
        <translation>Time zone: “%1” is not a known zone.</translation>
    </message>
    <message>
        <source>Window end: it must come after the window start.</source>
        <translation>Window end: it must come after the window start.</translation>
    </message>
    <message>
        <source>Services covered: tick at least one service.</source>
        <translation>Services covered: tick at least one service.</translation>
    </message>
</context>
<context>
    <name>DeliveriesPanel</name>
    <message>
        <source>&amp;Retry now</source>
        <translation>&amp;Retry now</translation>
    </message>
    <message>
        <source>C&amp;ancel</source>
        <translation>C&amp;ancel</translation>
    </message>
    <message>
        <source>&amp;Copy text</source>
        <translation>&amp;Copy text</translation>
    </message>
    <message>
        <source>&amp;Open link</source>
        <translation>&amp;Open link</translation>
    </message>
    <message>
        <source>Try this delivery again now (%1)</source>
        <translation>Try this delivery again now (%1)</translation>
    </message>
    <message>
        <source>Withdraw this delivery: it will not be sent (Del)</source>
        <translation>Withdraw this delivery: it will not be sent (Del)</translation>
    </message>
    <message>
        <source>Copy the message to send it by hand (%1)</source>
        <translation>Copy the message to send it by hand (%1)</translation>
    </message>
    <message>
        <source>Open where the message was published</source>
        <translation>Open where the message was published</translation>
    </message>
    <message>
        <source>Nothing published for this incident yet. Approve a message, then Publish.</source>
        <translation>Nothing published for this incident yet. Approve a message, then Publish.</translation>
    </message>
    <message>
        <source>%1 sent, %2 waiting, %3 failed</source>
        <translation>%1 sent, %2 waiting, %3 failed</translation>
    </message>
</context>
<context>
    <name>Delivery</name>
    <message>
        <source>Queued</source>
        <translation>Queued</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Sending</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Waiting to retry</source>
        <translation>Waiting to retry</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
</context>
<context>
    <name>DeliveryListModel</name>
    <message>
        <source>(message no longer on the desk)</source>
        <translation>(message no longer on the desk)</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>sent at %1</source>
        <translation>sent at %1</translation>
    </message>
    <message>
        <source>retrying now</source>
        <translation>retrying now</translation>
    </message>
    <message numerus="yes">
        <source>next try at %1 (attempt %n)</source>
        <translation>
            <numerusform>next try at %1 (attempt %n)</numerusform>
            <numerusform>next try at %1 (attempt %n)</numerusform>
        </translation>
    </message>
    <message>
        <source>queued at %1</source>
        <translation>queued at %1</translation>
    </message>
    <message>
        <source>sending since %1</source>
        <translation>sending since %1</translation>
    </message>
    <message numerus="yes">
        <source>failed at %1 after %n attempt(s)</source>
        <translation>
            <numerusform>failed at %1 after %n attempt</numerusform>
            <numerusform>failed at %1 after %n attempts</numerusform>
        </translation>
    </message>
    <message>
        <source>cancelled at %1</source>
        <translation>cancelled at %1</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Link or reason</source>
        <translation>Link or reason</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
</context>
<context>
    <name>DeliverySender</name>
    <message>
        <source>The channel “%1” has the type “%2”, which this Vigie cannot publish to (known types: %3).</source>
        <translation>The channel “%1” has the type “%2”, which this Vigie cannot publish to (known types: %3).</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>[secret %1]</source>
        <translation>[secret %1]</translation>
    </message>
</context>
<context>
    <name>DemoServer</name>
    <message>
        <source>The demo services could not listen on 127.0.0.1 port %1: is another Vigie or program using it?</source>
        <translation>The demo services could not listen on 127.0.0.1 port %1: is another Vigie or program using it?</translation>
    </message>
</context>
<context>
    <name>DiscordWebhookAdapter</name>
    <message>
        <source>%1: the webhook answered; nothing was posted.</source>
        <translation>%1: the webhook answered; nothing was posted.</translation>
    </message>
    <message>
        <source>%1: the webhook “%2” answered; nothing was posted.</source>
        <translation>%1: the webhook “%2” answered; nothing was posted.</translation>
    </message>
</context>
<context>
    <name>DnsCheck</name>
    <message>
        <source>could not resolve host %1</source>
        <translation>could not resolve host %1</translation>
    </message>
    <message>
        <source>could not resolve host %1 within %2 ms</source>
        <translation>could not resolve host %1 within %2 ms</translation>
    </message>
</context>
<context>
    <name>DrillReport</name>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>Drill report</source>
        <translation>Drill report</translation>
    </message>
    <message>
        <source>Checklist report</source>
        <translation>Checklist report</translation>
    </message>
    <message>
        <source>- Declared: %1 (%2)</source>
        <translation>- Declared: %1 (%2)</translation>
    </message>
    <message>
        <source>- Severity: %1; status: %2</source>
        <translation>- Severity: %1; status: %2</translation>
    </message>
    <message>
        <source>- Services: %1</source>
        <translation>- Services: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>- Report made: %1</source>
        <translation>- Report made: %1</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>After declaring</source>
        <translation>After declaring</translation>
    </message>
    <message>
        <source>Late by</source>
        <translation>Late by</translation>
    </message>
    <message>
        <source>%1 #%2</source>
        <translation>%1 #%2</translation>
    </message>
    <message>
        <source>skipped %1 by %2</source>
        <translation>skipped %1 by %2</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 by %2</translation>
    </message>
    <message>
        <source>not done (overdue)</source>
        <translation>not done (overdue)</translation>
    </message>
    <message>
        <source>not done</source>
        <translation>not done</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>on time</translation>
    </message>
    <message>
        <source>- The first message has not gone out.</source>
        <translation>- The first message has not gone out.</translation>
    </message>
    <message>
        <source>- The first message went out on time, %1 after declaring.</source>
        <translation>- The first message went out on time, %1 after declaring.</translation>
    </message>
    <message>
        <source>- The first message went out late, %1 after declaring.</source>
        <translation>- The first message went out late, %1 after declaring.</translation>
    </message>
    <message>
        <source>- Steps due: %1; late: %2 (%3 in all, worst %4).</source>
        <translation>- Steps due: %1; late: %2 (%3 in all, worst %4).</translation>
    </message>
    <message>
        <source>- Updates due: %1; late: %2 (%3 in all).</source>
        <translation>- Updates due: %1; late: %2 (%3 in all).</translation>
    </message>
</context>
<context>
    <name>DrillReportDialog</name>
    <message>
        <source>&amp;Copy as Markdown</source>
        <translation>&amp;Copy as Markdown</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Save…</translation>
    </message>
    <message>
        <source>Drill report: %1</source>
        <translation>Drill report: %1</translation>
    </message>
    <message>
        <source>Checklist report: %1</source>
        <translation>Checklist report: %1</translation>
    </message>
    <message>
        <source>Copied as Markdown.</source>
        <translation>Copied as Markdown.</translation>
    </message>
    <message>
        <source>report-%1.md</source>
        <translation>report-%1.md</translation>
    </message>
    <message>
        <source>Could not save the report to %1: %2</source>
        <translation>Could not save the report to %1: %2</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Save the report</translation>
    </message>
    <message>
        <source>Markdown (*.md);;All files (*)</source>
        <translation>Markdown (*.md);;All files (*)</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Saved to %1.</translation>
    </message>
</context>
<context>
    <name>EnvironmentSecretSource</name>
    <message>
        <source>environment variables VIGIE_SECRET_&lt;CHANNEL&gt;_&lt;NAME&gt;</source>
        <translation>environment variables VIGIE_SECRET_&lt;CHANNEL&gt;_&lt;NAME&gt;</translation>
    </message>
</context>
<context>
    <name>EvidenceDrafter</name>
    <message>
        <source>%1: %2 since %3</source>
        <translation>%1: %2 since %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source> (the check said: &quot;%1&quot;)</source>
        <translation> (the check said: &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>, HTTP %1</source>
        <translation>, HTTP %1</translation>
    </message>
</context>
<context>
    <name>FailureClass</name>
    <message>
        <source>No failure</source>
        <translation>No failure</translation>
    </message>
    <message>
        <source>DNS not resolving</source>
        <translation>DNS not resolving</translation>
    </message>
    <message>
        <source>Certificate expired</source>
        <translation>Certificate expired</translation>
    </message>
    <message>
        <source>Certificate refused</source>
        <translation>Certificate refused</translation>
    </message>
    <message>
        <source>Certificate expiring soon</source>
        <translation>Certificate expiring soon</translation>
    </message>
    <message>
        <source>TLS handshake failure</source>
        <translation>TLS handshake failure</translation>
    </message>
    <message>
        <source>Timeouts</source>
        <translation>Timeouts</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation>Connection refused</translation>
    </message>
    <message>
        <source>Host unreachable</source>
        <translation>Host unreachable</translation>
    </message>
    <message>
        <source>Connection lost</source>
        <translation>Connection lost</translation>
    </message>
    <message>
        <source>Invalid response</source>
        <translation>Invalid response</translation>
    </message>
    <message>
        <source>HTTP error status</source>
        <translation>HTTP error status</translation>
    </message>
    <message>
        <source>Expected content missing</source>
        <translation>Expected content missing</translation>
    </message>
    <message>
        <source>Error content present</source>
        <translation>Error content present</translation>
    </message>
    <message>
        <source>Health check failed</source>
        <translation>Health check failed</translation>
    </message>
    <message>
        <source>Slow responses</source>
        <translation>Slow responses</translation>
    </message>
    <message>
        <source>Other failure</source>
        <translation>Other failure</translation>
    </message>
</context>
<context>
    <name>FallbackPage</name>
    <message>
        <source>%1: incident history</source>
        <extracomment>The Atom feed&apos;s title: the page&apos;s name and this.</extracomment>
        <translation>%1: incident history</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>An Atom entry&apos;s title: the incident&apos;s title and the status the update announced.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Current incidents</source>
        <translation>Current incidents</translation>
    </message>
    <message>
        <source>No incident is in progress.</source>
        <translation>No incident is in progress.</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Maintenance</translation>
    </message>
    <message>
        <source>Recently resolved</source>
        <translation>Recently resolved</translation>
    </message>
    <message>
        <source>No incident was resolved recently.</source>
        <translation>No incident was resolved recently.</translation>
    </message>
    <message>
        <source>Incident history</source>
        <translation>Incident history</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>Components</translation>
    </message>
    <message>
        <source>No component is listed.</source>
        <translation>No component is listed.</translation>
    </message>
    <message>
        <source>Scheduled from %1</source>
        <translation>Scheduled from %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>until %1</translation>
    </message>
    <message>
        <source>Started %1</source>
        <translation>Started %1</translation>
    </message>
    <message>
        <source>Resolved %1</source>
        <translation>Resolved %1</translation>
    </message>
    <message>
        <source>Affected: %1</source>
        <translation>Affected: %1</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Updated %1</translation>
    </message>
    <message>
        <source>Incident history (Atom feed)</source>
        <translation>Incident history (Atom feed)</translation>
    </message>
    <message>
        <source>This page in English</source>
        <extracomment>The link to this page in your language, shown on the pages of the other languages; name yours.</extracomment>
        <translation>This page in English</translation>
    </message>
    <message>
        <source>All systems operational</source>
        <translation>All systems operational</translation>
    </message>
    <message>
        <source>Under maintenance</source>
        <translation>Under maintenance</translation>
    </message>
    <message>
        <source>Degraded performance</source>
        <translation>Degraded performance</translation>
    </message>
    <message>
        <source>Partial outage</source>
        <translation>Partial outage</translation>
    </message>
    <message>
        <source>Major outage</source>
        <translation>Major outage</translation>
    </message>
    <message>
        <source>Operational</source>
        <translation>Operational</translation>
    </message>
    <message>
        <source>Investigating</source>
        <translation>Investigating</translation>
    </message>
    <message>
        <source>Identified</source>
        <translation>Identified</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Monitoring</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Scheduled</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation>Verifying</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <extracomment>A date and a time: &quot;3 March 2026 at 14:05 (UTC+1)&quot;.</extracomment>
        <translation>%1 at %2</translation>
    </message>
</context>
<context>
    <name>FallbackPageAdapter</name>
    <message>
        <source>%1: the setting “time_zone” names no known time zone (“%2”).</source>
        <translation>%1: the setting “time_zone” names no known time zone (“%2”).</translation>
    </message>
    <message>
        <source>Service status</source>
        <translation>Service status</translation>
    </message>
    <message>
        <source>%1: Vigie can write to %2.</source>
        <translation>%1: Vigie can write to %2.</translation>
    </message>
</context>
<context>
    <name>FileSecretSource</name>
    <message>
        <source>the secrets file %1</source>
        <translation>the secrets file %1</translation>
    </message>
    <message>
        <source>The secrets file %1 does not exist.</source>
        <translation>The secrets file %1 does not exist.</translation>
    </message>
    <message>
        <source>The secrets file %1 has mode %2: its group or others may read or change it. Make it readable by its owner only (chmod 600) and try again.</source>
        <translation>The secrets file %1 has mode %2: its group or others may read or change it. Make it readable by its owner only (chmod 600) and try again.</translation>
    </message>
    <message>
        <source>Cannot read the secrets file %1: %2</source>
        <translation>Cannot read the secrets file %1: %2</translation>
    </message>
    <message>
        <source>The secrets file %1 is neither KEY=value lines nor a YAML map of channels.</source>
        <translation>The secrets file %1 is neither KEY=value lines nor a YAML map of channels.</translation>
    </message>
    <message>
        <source>The secrets file %1 is not valid YAML (line %2, column %3).</source>
        <translation>The secrets file %1 is not valid YAML (line %2, column %3).</translation>
    </message>
</context>
<context>
    <name>FileUploader</name>
    <message>
        <source>%1: cannot upload the fallback page to %2: %3.</source>
        <translation>%1: cannot upload the fallback page to %2: %3.</translation>
    </message>
    <message>
        <source>%1: uploading %2 to %3 failed: %4.</source>
        <translation>%1: uploading %2 to %3 failed: %4.</translation>
    </message>
    <message>
        <source>the path must be relative and stay inside the target</source>
        <translation>the path must be relative and stay inside the target</translation>
    </message>
    <message>
        <source>this kind of target is not supported</source>
        <translation>this kind of target is not supported</translation>
    </message>
</context>
<context>
    <name>FolderTransport</name>
    <message>
        <source>the folder %1 cannot be created or is not a folder</source>
        <translation>the folder %1 cannot be created or is not a folder</translation>
    </message>
    <message>
        <source>the folder %1 cannot be written: %2</source>
        <translation>the folder %1 cannot be written: %2</translation>
    </message>
    <message>
        <source>%1 cannot be written in the folder %2: %3</source>
        <translation>%1 cannot be written in the folder %2: %3</translation>
    </message>
</context>
<context>
    <name>GatusImporter</name>
    <message>
        <source>%1 is not of the form [PLACEHOLDER] operator value</source>
        <translation>%1 is not of the form [PLACEHOLDER] operator value</translation>
    </message>
    <message>
        <source>%1: %2 does not apply to a %3 check</source>
        <translation>%1: %2 does not apply to a %3 check</translation>
    </message>
    <message>
        <source>%1: the functions len() and has() have no Vigie equivalent</source>
        <translation>%1: the functions len() and has() have no Vigie equivalent</translation>
    </message>
    <message>
        <source>%1 became inverted: true; every other check of the service is inverted too</source>
        <translation>%1 became inverted: true; every other check of the service is inverted too</translation>
    </message>
    <message>
        <source>%1: only [CONNECTED] == true or == false can be mapped</source>
        <translation>%1: only [CONNECTED] == true or == false can be mapped</translation>
    </message>
    <message>
        <source>%1: Vigie only checks that the name resolves (NOERROR)</source>
        <translation>%1: Vigie only checks that the name resolves (NOERROR)</translation>
    </message>
    <message>
        <source>%1: Vigie does not check which address a host resolves to</source>
        <translation>%1: Vigie does not check which address a host resolves to</translation>
    </message>
    <message>
        <source>%1: Vigie does not watch domain registrations</source>
        <translation>%1: Vigie does not watch domain registrations</translation>
    </message>
    <message>
        <source>%1: %2 has no Vigie equivalent</source>
        <translation>%1: %2 has no Vigie equivalent</translation>
    </message>
    <message>
        <source>%1: any() only combines with == or !=</source>
        <translation>%1: any() only combines with == or !=</translation>
    </message>
    <message>
        <source>%1: only status codes from 100 to 599 can be compared</source>
        <translation>%1: only status codes from 100 to 599 can be compared</translation>
    </message>
    <message>
        <source>%1: only [RESPONSE_TIME] &lt; or &lt;= a number of milliseconds can be mapped</source>
        <translation>%1: only [RESPONSE_TIME] &lt; or &lt;= a number of milliseconds can be mapped</translation>
    </message>
    <message>
        <source>%1 became degraded_above: %2ms; Vigie marks slower responses DEGRADED, not DOWN</source>
        <translation>%1 became degraded_above: %2ms; Vigie marks slower responses DEGRADED, not DOWN</translation>
    </message>
    <message>
        <source>%1: only [CERTIFICATE_EXPIRATION] &gt; a duration such as 48h can be mapped</source>
        <translation>%1: only [CERTIFICATE_EXPIRATION] &gt; a duration such as 48h can be mapped</translation>
    </message>
    <message>
        <source>%1 became cert_expiry_warning_days: %2; Vigie marks a certificate that close to expiry DEGRADED, not DOWN</source>
        <translation>%1 became cert_expiry_warning_days: %2; Vigie marks a certificate that close to expiry DEGRADED, not DOWN</translation>
    </message>
    <message>
        <source>%1: Vigie looks for a keyword in the body; only == or != pat(*text*) can be mapped</source>
        <translation>%1: Vigie looks for a keyword in the body; only == or != pat(*text*) can be mapped</translation>
    </message>
    <message>
        <source>%1: Vigie checks one keyword per service and already checks &quot;%2&quot;</source>
        <translation>%1: Vigie checks one keyword per service and already checks &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: the path cannot be written as a JSON Pointer</source>
        <translation>%1: the path cannot be written as a JSON Pointer</translation>
    </message>
    <message>
        <source>%1: Vigie compares a JSON value with one fixed value only</source>
        <translation>%1: Vigie compares a JSON value with one fixed value only</translation>
    </message>
    <message>
        <source>%1: of the patterns, only == pat(*text*) can be mapped (as contains)</source>
        <translation>%1: of the patterns, only == pat(*text*) can be mapped (as contains)</translation>
    </message>
    <message>
        <source>%1: the operator has no Vigie equivalent</source>
        <translation>%1: the operator has no Vigie equivalent</translation>
    </message>
    <message>
        <source>%1: Vigie checks one JSON condition per service and already checks %2</source>
        <translation>%1: Vigie checks one JSON condition per service and already checks %2</translation>
    </message>
    <message>
        <source>the [STATUS] conditions together accept no status code; kept %1</source>
        <translation>the [STATUS] conditions together accept no status code; kept %1</translation>
    </message>
    <message>
        <source>an endpoint must be a map with name, url and conditions</source>
        <translation>an endpoint must be a map with name, url and conditions</translation>
    </message>
    <message>
        <source>the endpoint has no name</source>
        <translation>the endpoint has no name</translation>
    </message>
    <message>
        <source>query-type %1 is not checked: Vigie resolves the name to an address</source>
        <translation>query-type %1 is not checked: Vigie resolves the name to an address</translation>
    </message>
    <message>
        <source>the DNS server %1 is not used: Vigie resolves with the system resolver</source>
        <translation>the DNS server %1 is not used: Vigie resolves with the system resolver</translation>
    </message>
    <message>
        <source>icmp:// (ping) checks are not supported by Vigie</source>
        <translation>icmp:// (ping) checks are not supported by Vigie</translation>
    </message>
    <message>
        <source>%1:// endpoints are not supported; Vigie checks http(s)://, tcp://, tls:// and DNS</source>
        <translation>%1:// endpoints are not supported; Vigie checks http(s)://, tcp://, tls:// and DNS</translation>
    </message>
    <message>
        <source>the url &quot;%1&quot; has no scheme such as https:// or tcp://</source>
        <translation>the url &quot;%1&quot; has no scheme such as https:// or tcp://</translation>
    </message>
    <message>
        <source>method, body and headers only apply to http checks</source>
        <translation>method, body and headers only apply to http checks</translation>
    </message>
    <message>
        <source>graphql: the body is sent as written, not wrapped as a GraphQL query</source>
        <translation>graphql: the body is sent as written, not wrapped as a GraphQL query</translation>
    </message>
    <message>
        <source>the %1 uses the environment variable %2, which Vigie does not expand; it was imported as written</source>
        <translation>the %1 uses the environment variable %2, which Vigie does not expand; it was imported as written</translation>
    </message>
    <message>
        <source>interval &quot;%1&quot; is not a duration; kept 1m</source>
        <translation>interval &quot;%1&quot; is not a duration; kept 1m</translation>
    </message>
    <message>
        <source>interval %1 became %2: Vigie checks at most once a second, in whole seconds</source>
        <translation>interval %1 became %2: Vigie checks at most once a second, in whole seconds</translation>
    </message>
    <message>
        <source>client.timeout &quot;%1&quot; is not a duration; kept 10s</source>
        <translation>client.timeout &quot;%1&quot; is not a duration; kept 10s</translation>
    </message>
    <message>
        <source>client.%1 has no Vigie equivalent</source>
        <translation>client.%1 has no Vigie equivalent</translation>
    </message>
    <message>
        <source>the %1 alert is not imported: Vigie shows incidents in its cockpit and does not send notifications</source>
        <translation>the %1 alert is not imported: Vigie shows incidents in its cockpit and does not send notifications</translation>
    </message>
    <message>
        <source>unnamed</source>
        <translation>unnamed</translation>
    </message>
    <message>
        <source>its thresholds became failures_before_down: %1 and successes_before_up: %2</source>
        <translation>its thresholds became failures_before_down: %1 and successes_before_up: %2</translation>
    </message>
    <message>
        <source>%1: this setting has no Vigie equivalent and was not imported</source>
        <translation>%1: this setting has no Vigie equivalent and was not imported</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>line %1: %2</translation>
    </message>
    <message>
        <source>line %1, endpoint &quot;%2&quot;: %3</source>
        <translation>line %1, endpoint &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <source>this is not valid YAML: %1</source>
        <translation>this is not valid YAML: %1</translation>
    </message>
    <message>
        <source>expected a Gatus configuration: a map with an endpoints: list</source>
        <translation>expected a Gatus configuration: a map with an endpoints: list</translation>
    </message>
    <message>
        <source>external-endpoints are fed by other systems and are not imported</source>
        <translation>external-endpoints are fed by other systems and are not imported</translation>
    </message>
    <message>
        <source>the %1 section has no Vigie equivalent and is not imported</source>
        <translation>the %1 section has no Vigie equivalent and is not imported</translation>
    </message>
    <message>
        <source>no endpoints: list found; is this a Gatus configuration?</source>
        <translation>no endpoints: list found; is this a Gatus configuration?</translation>
    </message>
    <message>
        <source>expected a list of endpoints</source>
        <translation>expected a list of endpoints</translation>
    </message>
    <message>
        <source>imported as &quot;%1&quot;: another service is already called &quot;%2&quot;</source>
        <translation>imported as &quot;%1&quot;: another service is already called &quot;%2&quot;</translation>
    </message>
    <message>
        <source>cannot open the Gatus configuration: %1</source>
        <translation>cannot open the Gatus configuration: %1</translation>
    </message>
</context>
<context>
    <name>GenericWebhookAdapter</name>
    <message>
        <source>the setting “url”</source>
        <translation>the setting “url”</translation>
    </message>
    <message>
        <source>%1: the method “%2” is not one a webhook publishes with (POST, PUT or PATCH).</source>
        <translation>%1: the method “%2” is not one a webhook publishes with (POST, PUT or PATCH).</translation>
    </message>
    <message>
        <source>%1: “%2” is not a valid header name.</source>
        <translation>%1: “%2” is not a valid header name.</translation>
    </message>
    <message>
        <source>%1: the header “%2” uses the secret “%3”, which is missing.</source>
        <translation>%1: the header “%2” uses the secret “%3”, which is missing.</translation>
    </message>
    <message>
        <source>%1: the header “%2” contains a line break.</source>
        <translation>%1: the header “%2” contains a line break.</translation>
    </message>
    <message numerus="yes">
        <source>%1: the body template uses %n fact(s) this message does not have: %2.</source>
        <translation>
            <numerusform>%1: the body template uses %n fact this message does not have: %2.</numerusform>
            <numerusform>%1: the body template uses %n facts this message does not have: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: the body template does not give valid JSON (%2 at character %3); put every {{value}} inside quotes.</source>
        <translation>%1: the body template does not give valid JSON (%2 at character %3); put every {{value}} inside quotes.</translation>
    </message>
    <message>
        <source>%1: the settings and the body template are valid; nothing was sent (set “test_url” to an address Vigie may read to check the service).</source>
        <translation>%1: the settings and the body template are valid; nothing was sent (set “test_url” to an address Vigie may read to check the service).</translation>
    </message>
    <message>
        <source>the setting “test_url”</source>
        <translation>the setting “test_url”</translation>
    </message>
    <message>
        <source>%1: the service answered HTTP %2; nothing was posted.</source>
        <translation>%1: the service answered HTTP %2; nothing was posted.</translation>
    </message>
</context>
<context>
    <name>HeadlessReporter</name>
    <message>
        <source>error: %1</source>
        <translation>error: %1</translation>
    </message>
    <message>
        <source>%1 is down and no incident covers it</source>
        <translation>%1 is down and no incident covers it</translation>
    </message>
</context>
<context>
    <name>HtmlExporter</name>
    <message>
        <source>The HTML report has nowhere to go: the file is not open for writing.</source>
        <translation>The HTML report has nowhere to go: the file is not open for writing.</translation>
    </message>
    <message>
        <source>Could not write the HTML report: %1</source>
        <translation>Could not write the HTML report: %1</translation>
    </message>
</context>
<context>
    <name>HttpClient</name>
    <message>
        <source>libcurl could not start a request</source>
        <translation>libcurl could not start a request</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
</context>
<context>
    <name>HttpSettingsEditor</name>
    <message>
        <source>Follow redirects</source>
        <translation>Follow redirects</translation>
    </message>
    <message>
        <source>Verify the TLS certificate</source>
        <translation>Verify the TLS certificate</translation>
    </message>
    <message>
        <source>Request body (optional)</source>
        <translation>Request body (optional)</translation>
    </message>
    <message>
        <source>e.g. 200-299, 301</source>
        <translation>e.g. 200-299, 301</translation>
    </message>
    <message>
        <source>Text to look for in the response (optional)</source>
        <translation>Text to look for in the response (optional)</translation>
    </message>
    <message>
        <source>must be present</source>
        <translation>must be present</translation>
    </message>
    <message>
        <source>must be absent</source>
        <translation>must be absent</translation>
    </message>
    <message>
        <source>/status</source>
        <translation>/status</translation>
    </message>
    <message>
        <source>expected value</source>
        <translation>expected value</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Off</translation>
    </message>
    <message>
        <source>at most </source>
        <translation>at most </translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Method:</translation>
    </message>
    <message>
        <source>&amp;Headers:</source>
        <translation>&amp;Headers:</translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation>&amp;Body:</translation>
    </message>
    <message>
        <source>Accepted &amp;status codes:</source>
        <translation>Accepted &amp;status codes:</translation>
    </message>
    <message>
        <source>&amp;Keyword:</source>
        <translation>&amp;Keyword:</translation>
    </message>
    <message>
        <source>&amp;JSON condition:</source>
        <translation>&amp;JSON condition:</translation>
    </message>
    <message>
        <source>&amp;Degraded above:</source>
        <translation>&amp;Degraded above:</translation>
    </message>
    <message>
        <source>&amp;Redirects:</source>
        <translation>&amp;Redirects:</translation>
    </message>
    <message>
        <source>TLS:</source>
        <translation>TLS:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>HTTP method is required.</source>
        <translation>HTTP method is required.</translation>
    </message>
    <message>
        <source>Header %1: the name is required.</source>
        <translation>Header %1: the name is required.</translation>
    </message>
    <message>
        <source>Header %1: the name cannot contain “:”.</source>
        <translation>Header %1: the name cannot contain “:”.</translation>
    </message>
    <message>
        <source>Accepted status codes: %1</source>
        <translation>Accepted status codes: %1</translation>
    </message>
    <message>
        <source>JSON condition: the pointer must start with “/”, e.g. /status.</source>
        <translation>JSON condition: the pointer must start with “/”, e.g. /status.</translation>
    </message>
</context>
<context>
    <name>Impact</name>
    <message>
        <source>Degraded performance</source>
        <translation>Degraded performance</translation>
    </message>
    <message>
        <source>Partial outage</source>
        <translation>Partial outage</translation>
    </message>
    <message>
        <source>Major outage</source>
        <translation>Major outage</translation>
    </message>
    <message>
        <source>Under maintenance</source>
        <translation>Under maintenance</translation>
    </message>
</context>
<context>
    <name>IncidentCoordinator</name>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>%1 declared automatically: %2</source>
        <translation>%1 declared automatically: %2</translation>
    </message>
    <message>
        <source>%1: “%2” is due now.</source>
        <translation>%1: “%2” is due now.</translation>
    </message>
    <message>
        <source>&amp;Incidents</source>
        <translation>&amp;Incidents</translation>
    </message>
    <message>
        <source>Start a d&amp;rill…</source>
        <translation>Start a d&amp;rill…</translation>
    </message>
    <message>
        <source>Add a &amp;note…</source>
        <translation>Add a &amp;note…</translation>
    </message>
    <message>
        <source>Internal status &amp;report…</source>
        <translation>Internal status &amp;report…</translation>
    </message>
    <message>
        <source>&amp;Declare an incident…</source>
        <translation>&amp;Declare an incident…</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Dismiss</translation>
    </message>
    <message>
        <source>%1 is down since %2. No incident covers it.</source>
        <translation>%1 is down since %2. No incident covers it.</translation>
    </message>
    <message>
        <source>Start a drill</source>
        <translation>Start a drill</translation>
    </message>
    <message>
        <source>Drill: what fails in this exercise</source>
        <translation>Drill: what fails in this exercise</translation>
    </message>
    <message>
        <source>No open incident to add a note to.</source>
        <translation>No open incident to add a note to.</translation>
    </message>
    <message>
        <source>&amp;Checklist</source>
        <translation>&amp;Checklist</translation>
    </message>
    <message>
        <source>&amp;Messages</source>
        <translation>&amp;Messages</translation>
    </message>
    <message>
        <source>Vigie cannot write the post-mortem yet: open it in your usual tool, then tick the step.</source>
        <translation>Vigie cannot write the post-mortem yet: open it in your usual tool, then tick the step.</translation>
    </message>
    <message>
        <source>This window cannot publish the fallback status page: switch it by hand, then tick the step.</source>
        <translation>This window cannot publish the fallback status page: switch it by hand, then tick the step.</translation>
    </message>
</context>
<context>
    <name>IncidentCsvWriter</name>
    <message>
        <source>Cannot write the incidents: the file is not open for writing.</source>
        <translation>Cannot write the incidents: the file is not open for writing.</translation>
    </message>
    <message>
        <source>Cannot write the incidents: %1</source>
        <translation>Cannot write the incidents: %1</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Cannot open %1: %2</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>Cannot save %1: %2</translation>
    </message>
</context>
<context>
    <name>IncidentDesk</name>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Scheduled maintenance</source>
        <translation>Scheduled maintenance</translation>
    </message>
    <message>
        <source>Untitled incident</source>
        <translation>Untitled incident</translation>
    </message>
    <message>
        <source>Maintenance %1 planned: %2</source>
        <translation>Maintenance %1 planned: %2</translation>
    </message>
    <message>
        <source>Incident %1 declared (%2): %3</source>
        <translation>Incident %1 declared (%2): %3</translation>
    </message>
    <message>
        <source>[Drill] %1</source>
        <translation>[Drill] %1</translation>
    </message>
    <message>
        <source>[Drill] %1 is treated as failing (%2) for the exercise</source>
        <translation>[Drill] %1 is treated as failing (%2) for the exercise</translation>
    </message>
    <message>
        <source>“%1” is not a status for %2.</source>
        <translation>“%1” is not a status for %2.</translation>
    </message>
    <message>
        <source>Status: %1 → %2</source>
        <translation>Status: %1 → %2</translation>
    </message>
    <message>
        <source>Severity: %1 → %2</source>
        <translation>Severity: %1 → %2</translation>
    </message>
    <message>
        <source>An incident needs a title.</source>
        <translation>An incident needs a title.</translation>
    </message>
    <message>
        <source>Title: %1</source>
        <translation>Title: %1</translation>
    </message>
    <message>
        <source>Commander: %1; communications lead: %2</source>
        <translation>Commander: %1; communications lead: %2</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>nobody</translation>
    </message>
    <message>
        <source>Customer-facing summary changed</source>
        <translation>Customer-facing summary changed</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No affected services</source>
        <translation>No affected services</translation>
    </message>
    <message>
        <source>Affected: %1</source>
        <translation>Affected: %1</translation>
    </message>
    <message>
        <source>A key moment needs a valid time.</source>
        <translation>A key moment needs a valid time.</translation>
    </message>
    <message>
        <source>%1: cleared</source>
        <translation>%1: cleared</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Next update: not set</source>
        <translation>Next update: not set</translation>
    </message>
    <message>
        <source>Next update due at %1</source>
        <translation>Next update due at %1</translation>
    </message>
    <message>
        <source>Estimated resolution: not set</source>
        <translation>Estimated resolution: not set</translation>
    </message>
    <message>
        <source>Estimated resolution: %1</source>
        <translation>Estimated resolution: %1</translation>
    </message>
    <message>
        <source>The note is empty.</source>
        <translation>The note is empty.</translation>
    </message>
    <message>
        <source>The status report is empty: say at least what the conditions are.</source>
        <translation>The status report is empty: say at least what the conditions are.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Conditions: %1
Actions: %2
Needs: %3</source>
        <translation>Conditions: %1
Actions: %2
Needs: %3</translation>
    </message>
    <message>
        <source>No checklist step given.</source>
        <translation>No checklist step given.</translation>
    </message>
    <message>
        <source>“%1” is already marked.</source>
        <translation>“%1” is already marked.</translation>
    </message>
    <message>
        <source>%1 (#%2)</source>
        <translation>%1 (#%2)</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Done: %1</translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>Skipped: %1</translation>
    </message>
    <message>
        <source>%1 message drafted (%2)</source>
        <translation>%1 message drafted (%2)</translation>
    </message>
    <message>
        <source>The message draft no longer exists.</source>
        <translation>The message draft no longer exists.</translation>
    </message>
    <message>
        <source>This message is %1 and can no longer change; draft a new one.</source>
        <translation>This message is %1 and can no longer change; draft a new one.</translation>
    </message>
    <message>
        <source>Only the commander (%1) or the communications lead (%2) can approve messages for %3.</source>
        <translation>Only the commander (%1) or the communications lead (%2) can approve messages for %3.</translation>
    </message>
    <message>
        <source>This message is already %1.</source>
        <translation>This message is already %1.</translation>
    </message>
    <message>
        <source>An empty message cannot be approved.</source>
        <translation>An empty message cannot be approved.</translation>
    </message>
    <message>
        <source>%1 message approved (%2)</source>
        <translation>%1 message approved (%2)</translation>
    </message>
    <message>
        <source>Promised the next update by %1</source>
        <translation>Promised the next update by %1</translation>
    </message>
    <message>
        <source>Promised resolution by %1</source>
        <translation>Promised resolution by %1</translation>
    </message>
    <message>
        <source>A published message cannot be discarded.</source>
        <translation>A published message cannot be discarded.</translation>
    </message>
    <message>
        <source>Only an approved message can be published.</source>
        <translation>Only an approved message can be published.</translation>
    </message>
    <message>
        <source>Published on %1</source>
        <translation>Published on %1</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>Vigie</source>
        <translation>Vigie</translation>
    </message>
    <message>
        <source>Missed: the update promised for %1</source>
        <translation>Missed: the update promised for %1</translation>
    </message>
    <message>
        <source>Missed: the resolution estimated for %1</source>
        <translation>Missed: the resolution estimated for %1</translation>
    </message>
    <message>
        <source>Kept: the update promised for %1</source>
        <translation>Kept: the update promised for %1</translation>
    </message>
    <message>
        <source>Kept: the resolution estimated for %1</source>
        <translation>Kept: the resolution estimated for %1</translation>
    </message>
    <message>
        <source>No incident with id %1.</source>
        <translation>No incident with id %1.</translation>
    </message>
    <message>
        <source>Not delivered to %1: %2</source>
        <translation>Not delivered to %1: %2</translation>
    </message>
    <message>
        <source>The incident no longer exists.</source>
        <translation>The incident no longer exists.</translation>
    </message>
    <message>
        <source>Fallback status page published on %1</source>
        <translation>Fallback status page published on %1</translation>
    </message>
    <message>
        <source>Fallback status page published on %1: %2</source>
        <translation>Fallback status page published on %1: %2</translation>
    </message>
</context>
<context>
    <name>IncidentDetailPane</name>
    <message>
        <source>Add &amp;note…</source>
        <translation>Add &amp;note…</translation>
    </message>
    <message>
        <source>Status &amp;report…</source>
        <translation>Status &amp;report…</translation>
    </message>
    <message>
        <source>Select an incident, or declare one.</source>
        <translation>Select an incident, or declare one.</translation>
    </message>
    <message>
        <source>Add a timestamped note to the timeline (%1)</source>
        <translation>Add a timestamped note to the timeline (%1)</translation>
    </message>
    <message>
        <source>Write an internal status report: conditions, actions, needs (%1)</source>
        <translation>Write an internal status report: conditions, actions, needs (%1)</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Timeline</translation>
    </message>
    <message>
        <source>DRILL</source>
        <translation>DRILL</translation>
    </message>
    <message>
        <source>A rehearsal: messages go only to a sandbox</source>
        <translation>A rehearsal: messages go only to a sandbox</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Se&amp;verity:</source>
        <translation>Se&amp;verity:</translation>
    </message>
    <message>
        <source>Set the status to “%1”</source>
        <translation>Set the status to “%1”</translation>
    </message>
    <message>
        <source>local time</source>
        <translation>local time</translation>
    </message>
    <message>
        <source>Window: %1 – %2 (shown in local time; planned in %3)</source>
        <translation>Window: %1 – %2 (shown in local time; planned in %3)</translation>
    </message>
</context>
<context>
    <name>IncidentEvent</name>
    <message>
        <source>Declared</source>
        <translation>Declared</translation>
    </message>
    <message>
        <source>Service state</source>
        <translation>Service state</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Affected services</source>
        <translation>Affected services</translation>
    </message>
    <message>
        <source>Key moment</source>
        <translation>Key moment</translation>
    </message>
    <message>
        <source>Step done</source>
        <translation>Step done</translation>
    </message>
    <message>
        <source>Step skipped</source>
        <translation>Step skipped</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Status report</source>
        <translation>Status report</translation>
    </message>
    <message>
        <source>Message drafted</source>
        <translation>Message drafted</translation>
    </message>
    <message>
        <source>Message approved</source>
        <translation>Message approved</translation>
    </message>
    <message>
        <source>Message published</source>
        <translation>Message published</translation>
    </message>
    <message>
        <source>Promise made</source>
        <translation>Promise made</translation>
    </message>
    <message>
        <source>Promise kept</source>
        <translation>Promise kept</translation>
    </message>
    <message>
        <source>Promise missed</source>
        <translation>Promise missed</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Delivery problem</source>
        <translation>Delivery problem</translation>
    </message>
</context>
<context>
    <name>IncidentEventTable</name>
    <message>
        <source>add an event to the timeline of the incident %1</source>
        <translation>add an event to the timeline of the incident %1</translation>
    </message>
    <message>
        <source>read the incident timelines</source>
        <translation>read the incident timelines</translation>
    </message>
    <message>
        <source>the event %1 has an unknown kind or visibility (%2, %3)</source>
        <translation>the event %1 has an unknown kind or visibility (%2, %3)</translation>
    </message>
</context>
<context>
    <name>IncidentFactsEditor</name>
    <message>
        <source>Affected servi&amp;ces</source>
        <translation>Affected servi&amp;ces</translation>
    </message>
    <message>
        <source>C&amp;ommander:</source>
        <translation>C&amp;ommander:</translation>
    </message>
    <message>
        <source>Communications &amp;lead:</source>
        <translation>Communications &amp;lead:</translation>
    </message>
    <message>
        <source>What customers see, in plain words; messages quote it</source>
        <translation>What customers see, in plain words; messages quote it</translation>
    </message>
    <message>
        <source>C&amp;ustomer summary</source>
        <translation>C&amp;ustomer summary</translation>
    </message>
    <message>
        <source>Scratch pad for the team: links, hypotheses, who is on what</source>
        <translation>Scratch pad for the team: links, hypotheses, who is on what</translation>
    </message>
    <message>
        <source>Internal notes (scratch &amp;pad)</source>
        <translation>Internal notes (scratch &amp;pad)</translation>
    </message>
    <message>
        <source>Key moments</source>
        <translation>Key moments</translation>
    </message>
    <message>
        <source>Servi&amp;ces covered</source>
        <translation>Servi&amp;ces covered</translation>
    </message>
</context>
<context>
    <name>IncidentHistoryChart</name>
    <message>
        <source>Median time to detect</source>
        <translation>Median time to detect</translation>
    </message>
    <message>
        <source>Median time to resolve</source>
        <translation>Median time to resolve</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>Median time (min)</source>
        <translation>Median time (min)</translation>
    </message>
    <message>
        <source>Median time (h)</source>
        <translation>Median time (h)</translation>
    </message>
</context>
<context>
    <name>IncidentHistoryCoordinator</name>
    <message>
        <source>Incident &amp;history</source>
        <translation>Incident &amp;history</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Incidents per month and severity, times to detect and resolve, CSV export</source>
        <translation>Incidents per month and severity, times to detect and resolve, CSV export</translation>
    </message>
</context>
<context>
    <name>IncidentHistoryModel</name>
    <message>
        <source>%1 %2</source>
        <comment>month name, year</comment>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n incident(s) had a detection time.</source>
        <translation>
            <numerusform>%1 of %n incident had a detection time.</numerusform>
            <numerusform>%1 of %n incidents had a detection time.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n incident(s) had a resolution time.</source>
        <translation>
            <numerusform>%1 of %n incident had a resolution time.</numerusform>
            <numerusform>%1 of %n incidents had a resolution time.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left out: moments entered out of order.</source>
        <translation>
            <numerusform>%n left out: moments entered out of order.</numerusform>
            <numerusform>%n left out: moments entered out of order.</numerusform>
        </translation>
    </message>
    <message>
        <source>Time to detect: from the start of the incident to its detection</source>
        <translation>Time to detect: from the start of the incident to its detection</translation>
    </message>
    <message>
        <source>Time to resolve: from the start of the incident to its resolution</source>
        <translation>Time to resolve: from the start of the incident to its resolution</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Mean TTD</source>
        <translation>Mean TTD</translation>
    </message>
    <message>
        <source>Median TTD</source>
        <translation>Median TTD</translation>
    </message>
    <message>
        <source>Mean TTR</source>
        <translation>Mean TTR</translation>
    </message>
    <message>
        <source>Median TTR</source>
        <translation>Median TTR</translation>
    </message>
</context>
<context>
    <name>IncidentHistoryView</name>
    <message>
        <source>Include &amp;drills</source>
        <translation>Include &amp;drills</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Export CSV…</translation>
    </message>
    <message>
        <source>Last 6 months</source>
        <translation>Last 6 months</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Last 12 months</translation>
    </message>
    <message>
        <source>Last 24 months</source>
        <translation>Last 24 months</translation>
    </message>
    <message>
        <source>All incidents</source>
        <translation>All incidents</translation>
    </message>
    <message>
        <source>Months begin and end at midnight in this time zone; the CSV states times in it</source>
        <translation>Months begin and end at midnight in this time zone; the CSV states times in it</translation>
    </message>
    <message>
        <source>This computer (%1)</source>
        <translation>This computer (%1)</translation>
    </message>
    <message>
        <source>Count rehearsals too; maintenances are never counted</source>
        <translation>Count rehearsals too; maintenances are never counted</translation>
    </message>
    <message>
        <source>Save the incidents counted here as a CSV file for a spreadsheet</source>
        <translation>Save the incidents counted here as a CSV file for a spreadsheet</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>Time &amp;zone:</translation>
    </message>
    <message>
        <source>%1 (the messages&apos; zone)</source>
        <translation>%1 (the messages&apos; zone)</translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) from %1 to %2</source>
        <translation>
            <numerusform>%n incident from %1 to %2</numerusform>
            <numerusform>%n incidents from %1 to %2</numerusform>
        </translation>
    </message>
    <message>
        <source>median time to detect %1 (%2 of %3 had one)</source>
        <translation>median time to detect %1 (%2 of %3 had one)</translation>
    </message>
    <message>
        <source>median time to resolve %1 (%2 of %3 had one)</source>
        <translation>median time to resolve %1 (%2 of %3 had one)</translation>
    </message>
    <message numerus="yes">
        <source>%n drill(s) left out</source>
        <translation>
            <numerusform>%n drill left out</numerusform>
            <numerusform>%n drills left out</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the incidents as CSV</source>
        <translation>Export the incidents as CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>Saving %1…</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n incident(s) to %1 (&lt;a href=&quot;%2&quot;&gt;open the folder&lt;/a&gt;).</source>
        <translation>
            <numerusform>Saved %n incident to %1 (&lt;a href=&quot;%2&quot;&gt;open the folder&lt;/a&gt;).</numerusform>
            <numerusform>Saved %n incidents to %1 (&lt;a href=&quot;%2&quot;&gt;open the folder&lt;/a&gt;).</numerusform>
        </translation>
    </message>
    <message>
        <source>The incidents were not exported. %1</source>
        <translation>The incidents were not exported. %1</translation>
    </message>
</context>
<context>
    <name>IncidentListModel</name>
    <message>
        <source>DRILL</source>
        <translation>DRILL</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Drill</source>
        <translation>Drill</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Affected services</source>
        <translation>Affected services</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>Commander</source>
        <translation>Commander</translation>
    </message>
</context>
<context>
    <name>IncidentSession</name>
    <message>
        <source>The history database is not open.</source>
        <translation>The history database is not open.</translation>
    </message>
    <message>
        <source>The incidents could not be loaded from %1.</source>
        <translation>The incidents could not be loaded from %1.</translation>
    </message>
    <message>
        <source>%1 (drill)</source>
        <translation>%1 (drill)</translation>
    </message>
    <message>
        <source>The playbook was not changed; the one in force stays.
%1</source>
        <translation>The playbook was not changed; the one in force stays.
%1</translation>
    </message>
    <message>
        <source>The message templates were not changed; the ones in force stay.
%1</source>
        <translation>The message templates were not changed; the ones in force stay.
%1</translation>
    </message>
    <message>
        <source>%1: %2 is down</source>
        <translation>%1: %2 is down</translation>
    </message>
    <message>
        <source>%1 is down</source>
        <translation>%1 is down</translation>
    </message>
    <message>
        <source>Vigie (auto-declared for group %1)</source>
        <translation>Vigie (auto-declared for group %1)</translation>
    </message>
    <message>
        <source>What the checks saw: %1</source>
        <translation>What the checks saw: %1</translation>
    </message>
</context>
<context>
    <name>IncidentSpans</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 · drill</source>
        <translation>%1 · drill</translation>
    </message>
    <message>
        <source>Since %1 (%2)</source>
        <translation>Since %1 (%2)</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>From %1 to %2</translation>
    </message>
</context>
<context>
    <name>IncidentStatus</name>
    <message>
        <source>Investigating</source>
        <translation>Investigating</translation>
    </message>
    <message>
        <source>Identified</source>
        <translation>Identified</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Monitoring</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Scheduled</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation>Verifying</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
</context>
<context>
    <name>IncidentStore</name>
    <message>
        <source>Could not open the incidents (database %1): the history store is not open.</source>
        <translation>Could not open the incidents (database %1): the history store is not open.</translation>
    </message>
    <message>
        <source>Could not save the change to incidents: the incident database is not open.</source>
        <translation>Could not save the change to incidents: the incident database is not open.</translation>
    </message>
    <message>
        <source>Could not read the incidents: the incident database is not open.</source>
        <translation>Could not read the incidents: the incident database is not open.</translation>
    </message>
</context>
<context>
    <name>IncidentStoreWorker</name>
    <message numerus="yes">
        <source>%n change(s) to incidents could not be saved before closing (database %1): %2</source>
        <translation>
            <numerusform>%n change to incidents could not be saved before closing (database %1): %2</numerusform>
            <numerusform>%n changes to incidents could not be saved before closing (database %1): %2</numerusform>
        </translation>
    </message>
    <message>
        <source>save incidents and messages</source>
        <translation>save incidents and messages</translation>
    </message>
    <message>
        <source>The incident database is not open.</source>
        <translation>The incident database is not open.</translation>
    </message>
    <message numerus="yes">
        <source>%1 %n change(s) wait in memory and will be saved when the database accepts them.</source>
        <translation>
            <numerusform>%1 %n change waits in memory and will be saved when the database accepts it.</numerusform>
            <numerusform>%1 %n changes wait in memory and will be saved when the database accepts them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IncidentStyle</name>
    <message>
        <source>Public</source>
        <translation>Public</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Internal</translation>
    </message>
</context>
<context>
    <name>IncidentTable</name>
    <message>
        <source>save the incident %1</source>
        <translation>save the incident %1</translation>
    </message>
    <message>
        <source>save the services affected by the incident %1</source>
        <translation>save the services affected by the incident %1</translation>
    </message>
    <message>
        <source>save the checklist of the incident %1</source>
        <translation>save the checklist of the incident %1</translation>
    </message>
    <message>
        <source>read the incidents</source>
        <translation>read the incidents</translation>
    </message>
    <message>
        <source>the incident %1 has an unknown kind, severity or status (%2, %3, %4)</source>
        <translation>the incident %1 has an unknown kind, severity or status (%2, %3, %4)</translation>
    </message>
    <message>
        <source>read the services affected by incidents</source>
        <translation>read the services affected by incidents</translation>
    </message>
    <message>
        <source>the incident %1 gives the unknown impact %2</source>
        <translation>the incident %1 gives the unknown impact %2</translation>
    </message>
    <message>
        <source>read the checklists of incidents</source>
        <translation>read the checklists of incidents</translation>
    </message>
    <message>
        <source>the incident %1 has a checklist mark in the unknown state %2</source>
        <translation>the incident %1 has a checklist mark in the unknown state %2</translation>
    </message>
</context>
<context>
    <name>IncidentText</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Maintenance</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
</context>
<context>
    <name>IncidentTimelineModel</name>
    <message>
        <source>Public: customers see this, or a message said it</source>
        <translation>Public: customers see this, or a message said it</translation>
    </message>
    <message>
        <source>Internal: for the response team only</source>
        <translation>Internal: for the response team only</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Audience</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>IncidentTimelineView</name>
    <message>
        <source>Internal</source>
        <translation>Internal</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Everything</translation>
    </message>
    <message>
        <source>Public only</source>
        <translation>Public only</translation>
    </message>
    <message>
        <source>Internal only</source>
        <translation>Internal only</translation>
    </message>
    <message>
        <source>&amp;Audience:</source>
        <translation>&amp;Audience:</translation>
    </message>
</context>
<context>
    <name>IncidentsPanel</name>
    <message>
        <source>D&amp;eclare incident…</source>
        <translation>D&amp;eclare incident…</translation>
    </message>
    <message>
        <source>Plan &amp;maintenance…</source>
        <translation>Plan &amp;maintenance…</translation>
    </message>
    <message>
        <source>Declare an incident (%1)</source>
        <translation>Declare an incident (%1)</translation>
    </message>
    <message>
        <source>Plan a scheduled maintenance (%1)</source>
        <translation>Plan a scheduled maintenance (%1)</translation>
    </message>
    <message>
        <source>DRILL</source>
        <translation>DRILL</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Past</source>
        <translation>Past</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>Sho&amp;w:</translation>
    </message>
    <message>
        <source>Incidents and maintenances</source>
        <translation>Incidents and maintenances</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>Maintenances</source>
        <translation>Maintenances</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>Only %1 (with the other levels ticked): %2</source>
        <translation>Only %1 (with the other levels ticked): %2</translation>
    </message>
    <message>
        <source>Include &amp;drills</source>
        <translation>Include &amp;drills</translation>
    </message>
    <message>
        <source>Reference, title or service</source>
        <translation>Reference, title or service</translation>
    </message>
    <message>
        <source>Searc&amp;h:</source>
        <translation>Searc&amp;h:</translation>
    </message>
</context>
<context>
    <name>JargonList</name>
    <message>
        <source>this is not valid YAML: %1</source>
        <translation>this is not valid YAML: %1</translation>
    </message>
    <message>
        <source>expected a list of words, got %1</source>
        <translation>expected a list of words, got %1</translation>
    </message>
    <message>
        <source>expected a word, got %1</source>
        <translation>expected a word, got %1</translation>
    </message>
</context>
<context>
    <name>JsonPointer</name>
    <message>
        <source>&quot;%1&quot; is not a JSON Pointer: it must start with / (for example /status)</source>
        <translation>&quot;%1&quot; is not a JSON Pointer: it must start with / (for example /status)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid JSON Pointer: write ~0 for ~ and ~1 for /</source>
        <translation>&quot;%1&quot; is not a valid JSON Pointer: write ~0 for ~ and ~1 for /</translation>
    </message>
</context>
<context>
    <name>KeyMoments</name>
    <message>
        <source>“%1” is before “%2”.</source>
        <translation>“%1” is before “%2”.</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>Detected</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Acknowledged</translation>
    </message>
    <message>
        <source>Mitigated</source>
        <translation>Mitigated</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
</context>
<context>
    <name>KeyMomentsEditor</name>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>not yet</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Now</translation>
    </message>
    <message>
        <source>Set “%1” to the current time</source>
        <translation>Set “%1” to the current time</translation>
    </message>
    <message>
        <source>Time to detect:</source>
        <translation>Time to detect:</translation>
    </message>
    <message>
        <source>Time to acknowledge:</source>
        <translation>Time to acknowledge:</translation>
    </message>
    <message>
        <source>Time to mitigate:</source>
        <translation>Time to mitigate:</translation>
    </message>
    <message>
        <source>Time to resolve:</source>
        <translation>Time to resolve:</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
</context>
<context>
    <name>KeychainJobs</name>
    <message>
        <source>The system keychain has no entry “%1”.</source>
        <translation>The system keychain has no entry “%1”.</translation>
    </message>
    <message>
        <source>The system keychain could not delete the entry “%1”: %2</source>
        <translation>The system keychain could not delete the entry “%1”: %2</translation>
    </message>
    <message>
        <source>The system keychain is not available: %1</source>
        <translation>The system keychain is not available: %1</translation>
    </message>
    <message>
        <source>The system keychain is not available: it was asked from its own thread.</source>
        <translation>The system keychain is not available: it was asked from its own thread.</translation>
    </message>
    <message numerus="yes">
        <source>The system keychain is not available: it did not answer within %n second(s) (it may be locked and waiting for its password).</source>
        <translation>
            <numerusform>The system keychain is not available: it did not answer within %n second (it may be locked and waiting for its password).</numerusform>
            <numerusform>The system keychain is not available: it did not answer within %n seconds (it may be locked and waiting for its password).</numerusform>
        </translation>
    </message>
    <message>
        <source>The system keychain is not available: Vigie is shutting down.</source>
        <translation>The system keychain is not available: Vigie is shutting down.</translation>
    </message>
</context>
<context>
    <name>KeychainSecretSource</name>
    <message>
        <source>the system keychain (service “%1”, key “channel/&lt;channel&gt;/&lt;secret&gt;”)</source>
        <translation>the system keychain (service “%1”, key “channel/&lt;channel&gt;/&lt;secret&gt;”)</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>Cannot store the secret “%1” of the channel “%2”: %3</source>
        <translation>Cannot store the secret “%1” of the channel “%2”: %3</translation>
    </message>
    <message>
        <source>Cannot remove the secret “%1” of the channel “%2”: %3</source>
        <translation>Cannot remove the secret “%1” of the channel “%2”: %3</translation>
    </message>
</context>
<context>
    <name>LatencyChart</name>
    <message>
        <source>Average</source>
        <translation>Average</translation>
    </message>
    <message>
        <source>95th percentile</source>
        <translation>95th percentile</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>Failures</source>
        <translation>Failures</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>No results in this period</source>
        <translation>No results in this period</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Results</translation>
    </message>
    <message>
        <source>Failed results</source>
        <translation>Failed results</translation>
    </message>
</context>
<context>
    <name>LintWarningList</name>
    <message>
        <source>Message clarity warnings</source>
        <translation>Message clarity warnings</translation>
    </message>
    <message>
        <source>Click to select it in the message</source>
        <translation>Click to select it in the message</translation>
    </message>
    <message>
        <source>No clarity warnings.</source>
        <translation>No clarity warnings.</translation>
    </message>
</context>
<context>
    <name>LiveProbe</name>
    <message>
        <source>%1 did not answer.</source>
        <translation>%1 did not answer.</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 and sends readers to %3; set the channel&apos;s public address to where the page is.</source>
        <translation>%1 answered HTTP %2 and sends readers to %3; set the channel&apos;s public address to where the page is.</translation>
    </message>
    <message>
        <source>another address</source>
        <translation>another address</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2.</source>
        <translation>%1 answered HTTP %2.</translation>
    </message>
    <message>
        <source>The incident is not on the public page yet.</source>
        <translation>The incident is not on the public page yet.</translation>
    </message>
    <message>
        <source>The public page does not show the update yet.</source>
        <translation>The public page does not show the update yet.</translation>
    </message>
</context>
<context>
    <name>LiveState</name>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>Live since %1</source>
        <translation>Live since %1</translation>
    </message>
    <message>
        <source>Pending for %1</source>
        <translation>Pending for %1</translation>
    </message>
    <message>
        <source>Not live after %1</source>
        <translation>Not live after %1</translation>
    </message>
    <message>
        <source>Vigie does not check this channel&apos;s public page.</source>
        <translation>Vigie does not check this channel&apos;s public page.</translation>
    </message>
    <message>
        <source>Looking for the update on the public page…</source>
        <translation>Looking for the update on the public page…</translation>
    </message>
    <message numerus="yes">
        <source>Seen on %1 after %n check(s), %2 after it was sent.</source>
        <translation>
            <numerusform>Seen on %1 after %n check, %2 after it was sent.</numerusform>
            <numerusform>Seen on %1 after %n checks, %2 after it was sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not on %1 yet after %n check(s): %2</source>
        <translation>
            <numerusform>Not on %1 yet after %n check: %2</numerusform>
            <numerusform>Not on %1 yet after %n checks: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Vigie stopped looking after %n check(s); the last said: %1. Check %2 by hand.</source>
        <translation>
            <numerusform>Vigie stopped looking after %n check; the last said: %1. Check %2 by hand.</numerusform>
            <numerusform>Vigie stopped looking after %n checks; the last said: %1. Check %2 by hand.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Vigie — incident cockpit</source>
        <translation>Vigie — incident cockpit</translation>
    </message>
    <message>
        <source>&amp;Add service…</source>
        <translation>&amp;Add service…</translation>
    </message>
    <message>
        <source>&amp;Edit service…</source>
        <translation>&amp;Edit service…</translation>
    </message>
    <message>
        <source>&amp;Pause or resume</source>
        <translation>&amp;Pause or resume</translation>
    </message>
    <message>
        <source>&amp;Check now</source>
        <translation>&amp;Check now</translation>
    </message>
    <message>
        <source>&amp;Remove service…</source>
        <translation>&amp;Remove service…</translation>
    </message>
    <message>
        <source>&amp;Import workspace…</source>
        <translation>&amp;Import workspace…</translation>
    </message>
    <message>
        <source>&amp;Export workspace…</source>
        <translation>&amp;Export workspace…</translation>
    </message>
    <message>
        <source>Import &amp;Gatus configuration…</source>
        <translation>Import &amp;Gatus configuration…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;About Vigie</source>
        <translation>&amp;About Vigie</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Services</source>
        <translation>&amp;Services</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Show the cockpit</source>
        <translation>Show the cockpit</translation>
    </message>
    <message>
        <source>%L1 results stored</source>
        <translation>%L1 results stored</translation>
    </message>
    <message>
        <source>Workspace %1 applied: %2 added, %3 updated, %4 unchanged, %5 removed.</source>
        <translation>Workspace %1 applied: %2 added, %3 updated, %4 unchanged, %5 removed.</translation>
    </message>
    <message>
        <source>Workspace exported to %1.</source>
        <translation>Workspace exported to %1.</translation>
    </message>
    <message>
        <source>Vigie</source>
        <translation>Vigie</translation>
    </message>
    <message>
        <source>%1 down · %2 degraded · %3 up · %4 paused</source>
        <translation>%1 down · %2 degraded · %3 up · %4 paused</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Resume</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>Add a service</source>
        <translation>Add a service</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Edit %1</translation>
    </message>
    <message>
        <source>Remove a service</source>
        <translation>Remove a service</translation>
    </message>
    <message>
        <source>Remove %1 and its whole history? This cannot be undone.</source>
        <translation>Remove %1 and its whole history? This cannot be undone.</translation>
    </message>
    <message>
        <source>Import a workspace</source>
        <translation>Import a workspace</translation>
    </message>
    <message>
        <source>Workspace files (*.yaml *.yml);;All files (*)</source>
        <translation>Workspace files (*.yaml *.yml);;All files (*)</translation>
    </message>
    <message>
        <source>Export the workspace</source>
        <translation>Export the workspace</translation>
    </message>
    <message>
        <source>Workspace files (*.yaml *.yml)</source>
        <translation>Workspace files (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>Import a Gatus configuration</source>
        <translation>Import a Gatus configuration</translation>
    </message>
    <message>
        <source>Gatus configuration (*.yaml *.yml);;All files (*)</source>
        <translation>Gatus configuration (*.yaml *.yml);;All files (*)</translation>
    </message>
    <message>
        <source>About Vigie</source>
        <translation>About Vigie</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Vigie %1&lt;/h3&gt;&lt;p&gt;The lookout of your services: watch them, see their outages, and walk the incident communication checklist.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Vigie %1&lt;/h3&gt;&lt;p&gt;The lookout of your services: watch them, see their outages, and walk the incident communication checklist.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>System language</translation>
    </message>
    <message>
        <source>The language changes the next time Vigie starts.</source>
        <translation>The language changes the next time Vigie starts.</translation>
    </message>
    <message>
        <source>Gatus configuration imported</source>
        <translation>Gatus configuration imported</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 services added, %3 updated, %4 unchanged.
%n item(s) could not be carried over as they were.</source>
        <translation>
            <numerusform>%1: %2 services added, %3 updated, %4 unchanged.
%n item could not be carried over as it was.</numerusform>
            <numerusform>%1: %2 services added, %3 updated, %4 unchanged.
%n items could not be carried over as they were.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more error(s) since this message first opened.</source>
        <translation>
            <numerusform>%n more error since this message first opened.</numerusform>
            <numerusform>%n more errors since this message first opened.</numerusform>
        </translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>Service &amp;board</source>
        <translation>Service &amp;board</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Timeline</translation>
    </message>
</context>
<context>
    <name>MarkdownExporter</name>
    <message>
        <source>The Markdown report has nowhere to go: the file is not open for writing.</source>
        <translation>The Markdown report has nowhere to go: the file is not open for writing.</translation>
    </message>
    <message>
        <source>Could not write the Markdown report: %1</source>
        <translation>Could not write the Markdown report: %1</translation>
    </message>
</context>
<context>
    <name>MastodonAdapter</name>
    <message>
        <source>The channel “%1” has no Mastodon access token (secret “%2”).</source>
        <translation>The channel “%1” has no Mastodon access token (secret “%2”).</translation>
    </message>
    <message>
        <source>The channel “%1” has no Mastodon instance (setting “instance”).</source>
        <translation>The channel “%1” has no Mastodon instance (setting “instance”).</translation>
    </message>
    <message>
        <source>The message is empty; Mastodon needs some text.</source>
        <translation>The message is empty; Mastodon needs some text.</translation>
    </message>
    <message>
        <source>The message counts %1 characters on Mastodon (each link counts as %2); this instance allows %3. Shorten it and approve it again.</source>
        <translation>The message counts %1 characters on Mastodon (each link counts as %2); this instance allows %3. Shorten it and approve it again.</translation>
    </message>
    <message>
        <source>posting the status</source>
        <translation>posting the status</translation>
    </message>
    <message>
        <source>Mastodon answered without the new status&apos;s id; asking again with the same idempotency key.</source>
        <translation>Mastodon answered without the new status&apos;s id; asking again with the same idempotency key.</translation>
    </message>
    <message>
        <source>checking the access token</source>
        <translation>checking the access token</translation>
    </message>
</context>
<context>
    <name>MattermostWebhookAdapter</name>
    <message>
        <source>%1: the message is empty.</source>
        <translation>%1: the message is empty.</translation>
    </message>
    <message>
        <source>%1: the address is well formed. A Mattermost webhook cannot be checked without posting: nothing was sent. Publish a drill to prove it.</source>
        <translation>%1: the address is well formed. A Mattermost webhook cannot be checked without posting: nothing was sent. Publish a drill to prove it.</translation>
    </message>
</context>
<context>
    <name>MessageComposer</name>
    <message>
        <source>Select an incident to draft its messages.</source>
        <translation>Select an incident to draft its messages.</translation>
    </message>
    <message>
        <source>&amp;New draft…</source>
        <translation>&amp;New draft…</translation>
    </message>
    <message>
        <source>Draft a message for one channel from the chosen template</source>
        <translation>Draft a message for one channel from the chosen template</translation>
    </message>
    <message>
        <source>&lt;b&gt;Messages&lt;/b&gt;</source>
        <translation>&lt;b&gt;Messages&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Render from template</source>
        <translation>Render from template</translation>
    </message>
    <message>
        <source>This message was edited since it was rendered. Replace the text with the template&apos;s and lose these edits?</source>
        <translation>This message was edited since it was rendered. Replace the text with the template&apos;s and lose these edits?</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Replace</translation>
    </message>
</context>
<context>
    <name>MessageDraft</name>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Published</translation>
    </message>
    <message>
        <source>Discarded</source>
        <translation>Discarded</translation>
    </message>
</context>
<context>
    <name>MessageDraftEditor</name>
    <message>
        <source>&amp;Render from template</source>
        <translation>&amp;Render from template</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Approve</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Discard</translation>
    </message>
    <message>
        <source>Approve this message for publication (%1)</source>
        <translation>Approve this message for publication (%1)</translation>
    </message>
    <message>
        <source>Set this draft aside; it stays in the list, greyed</source>
        <translation>Set this draft aside; it stays in the list, greyed</translation>
    </message>
    <message>
        <source>Write the message again from the template with the incident&apos;s facts</source>
        <translation>Write the message again from the template with the incident&apos;s facts</translation>
    </message>
    <message>
        <source>Email subject</source>
        <translation>Email subject</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Subject:</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Message text</translation>
    </message>
    <message>
        <source>A draft is written for one channel; start a new draft for another</source>
        <translation>A draft is written for one channel; start a new draft for another</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Template:</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Channel:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Clarity&lt;/b&gt;</source>
        <translation>&lt;b&gt;Clarity&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Start a message from the checklist&apos;s “Draft message”, or with “New draft…”.</source>
        <translation>Start a message from the checklist&apos;s “Draft message”, or with “New draft…”.</translation>
    </message>
    <message>
        <source>The message, as the audience will read it.</source>
        <translation>The message, as the audience will read it.</translation>
    </message>
    <message>
        <source>Approved by %1 on %2. An approved message no longer changes; draft a new one to say more.</source>
        <translation>Approved by %1 on %2. An approved message no longer changes; draft a new one to say more.</translation>
    </message>
    <message>
        <source>Published on %1, approved by %2 on %3.</source>
        <translation>Published on %1, approved by %2 on %3.</translation>
    </message>
    <message>
        <source>Discarded on %1.</source>
        <translation>Discarded on %1.</translation>
    </message>
    <message>
        <source>&amp;Publish…</source>
        <translation>&amp;Publish…</translation>
    </message>
    <message>
        <source>Send this approved message to its channels (%1)</source>
        <translation>Send this approved message to its channels (%1)</translation>
    </message>
</context>
<context>
    <name>MessageDraftListModel</name>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
</context>
<context>
    <name>MessageDraftRenderer</name>
    <message>
        <source>There is no template “%1” for %2 in “%3”.</source>
        <translation>There is no template “%1” for %2 in “%3”.</translation>
    </message>
</context>
<context>
    <name>MessageDraftTable</name>
    <message>
        <source>save a message draft of the incident %1</source>
        <translation>save a message draft of the incident %1</translation>
    </message>
    <message>
        <source>read the message drafts</source>
        <translation>read the message drafts</translation>
    </message>
    <message>
        <source>the draft %1 has an unknown channel kind or state (%2, %3)</source>
        <translation>the draft %1 has an unknown channel kind or state (%2, %3)</translation>
    </message>
</context>
<context>
    <name>MessagePreview</name>
    <message>
        <source>Subject: %1</source>
        <translation>Subject: %1</translation>
    </message>
    <message>
        <source>The email has no subject.</source>
        <translation>The email has no subject.</translation>
    </message>
    <message>
        <source>The message is empty.</source>
        <translation>The message is empty.</translation>
    </message>
    <message>
        <source>The subject is %1 characters long; %2 is the most.</source>
        <translation>The subject is %1 characters long; %2 is the most.</translation>
    </message>
    <message>
        <source>The message is %1 characters long; %2 allows %3 at most.</source>
        <translation>The message is %1 characters long; %2 allows %3 at most.</translation>
    </message>
</context>
<context>
    <name>MessagePreviewPanel</name>
    <message>
        <source>&lt;b&gt;Preview&lt;/b&gt;</source>
        <translation>&lt;b&gt;Preview&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>Copy the message for %1 to the clipboard</source>
        <translation>Copy the message for %1 to the clipboard</translation>
    </message>
    <message>
        <source>Subject: %1 / %2</source>
        <translation>Subject: %1 / %2</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n character</numerusform>
            <numerusform>%n characters</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 counts at most %2 characters here</source>
        <translation>%1 counts at most %2 characters here</translation>
    </message>
    <message>
        <source>%1 has no length limit</source>
        <translation>%1 has no length limit</translation>
    </message>
    <message>
        <source>%1 (blocked)</source>
        <translation>%1 (blocked)</translation>
    </message>
</context>
<context>
    <name>MessagePromiseTable</name>
    <message>
        <source>save a promise of the incident %1</source>
        <translation>save a promise of the incident %1</translation>
    </message>
    <message>
        <source>read the promises made to customers</source>
        <translation>read the promises made to customers</translation>
    </message>
    <message>
        <source>the promise %1 has the unknown kind %2</source>
        <translation>the promise %1 has the unknown kind %2</translation>
    </message>
</context>
<context>
    <name>MonitoringSession</name>
    <message>
        <source>The store at %1 did not answer within 30 seconds.</source>
        <translation>The store at %1 did not answer within 30 seconds.</translation>
    </message>
    <message>
        <source>The workspace was not imported; nothing changed.
%1</source>
        <translation>The workspace was not imported; nothing changed.
%1</translation>
    </message>
    <message>
        <source>Could not write the workspace to %1: %2</source>
        <translation>Could not write the workspace to %1: %2</translation>
    </message>
    <message>
        <source>The Gatus configuration was not imported; nothing changed.
%1</source>
        <translation>The Gatus configuration was not imported; nothing changed.
%1</translation>
    </message>
    <message>
        <source>Start-up was interrupted before the store at %1 was read.</source>
        <translation>Start-up was interrupted before the store at %1 was read.</translation>
    </message>
    <message>
        <source>the workspace settings stored in %1</source>
        <translation>the workspace settings stored in %1</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>&amp;Internal: for the response team</source>
        <translation>&amp;Internal: for the response team</translation>
    </message>
    <message>
        <source>&amp;Public: may be told to customers</source>
        <translation>&amp;Public: may be told to customers</translation>
    </message>
    <message>
        <source>Note on %1</source>
        <translation>Note on %1</translation>
    </message>
    <message>
        <source>What happened, what was decided, what was tried</source>
        <translation>What happened, what was decided, what was tried</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>Ctrl+Enter saves</source>
        <translation>Ctrl+Enter saves</translation>
    </message>
</context>
<context>
    <name>NotificationPolicy</name>
    <message>
        <source>%1 is down</source>
        <translation>%1 is down</translation>
    </message>
    <message>
        <source>The check failed.</source>
        <translation>The check failed.</translation>
    </message>
    <message>
        <source>%1 has recovered</source>
        <translation>%1 has recovered</translation>
    </message>
    <message>
        <source>The service answers normally again.</source>
        <translation>The service answers normally again.</translation>
    </message>
    <message>
        <source>The service answers again, but degraded: %1</source>
        <translation>The service answers again, but degraded: %1</translation>
    </message>
    <message>
        <source>Click to declare an incident.</source>
        <translation>Click to declare an incident.</translation>
    </message>
    <message>
        <source>[Drill] %1: a step is due</source>
        <translation>[Drill] %1: a step is due</translation>
    </message>
    <message>
        <source>%1: a step is due</source>
        <translation>%1: a step is due</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>Only an approved message can be published; this one is %1.</source>
        <translation>Only an approved message can be published; this one is %1.</translation>
    </message>
    <message>
        <source>The message does not belong to the incident %1.</source>
        <translation>The message does not belong to the incident %1.</translation>
    </message>
    <message>
        <source>Choose at least one channel to publish to.</source>
        <translation>Choose at least one channel to publish to.</translation>
    </message>
    <message>
        <source>There is no channel named “%1” in the workspace.</source>
        <translation>There is no channel named “%1” in the workspace.</translation>
    </message>
    <message>
        <source>The channel “%1” is chosen twice.</source>
        <translation>The channel “%1” is chosen twice.</translation>
    </message>
    <message>
        <source>The channel “%1” publishes %2 messages; this message is written for %3.</source>
        <translation>The channel “%1” publishes %2 messages; this message is written for %3.</translation>
    </message>
    <message>
        <source>%1 is a drill: it publishes only to sandbox channels, and “%2” is not one.</source>
        <translation>%1 is a drill: it publishes only to sandbox channels, and “%2” is not one.</translation>
    </message>
    <message>
        <source>“%1” is a sandbox channel for drills; %2 is a real incident and is never published there.</source>
        <translation>“%1” is a sandbox channel for drills; %2 is a real incident and is never published there.</translation>
    </message>
    <message>
        <source>The outbox is not open: nothing was queued.</source>
        <translation>The outbox is not open: nothing was queued.</translation>
    </message>
    <message>
        <source>The outbox is not open: the channel was not tested.</source>
        <translation>The outbox is not open: the channel was not tested.</translation>
    </message>
    <message>
        <source>Could not read the outbox: it is not open.</source>
        <translation>Could not read the outbox: it is not open.</translation>
    </message>
    <message>
        <source>Could not retry: the outbox is not open.</source>
        <translation>Could not retry: the outbox is not open.</translation>
    </message>
    <message>
        <source>Could not cancel: the outbox is not open.</source>
        <translation>Could not cancel: the outbox is not open.</translation>
    </message>
    <message>
        <source>The outbox is not open: the channel was not published.</source>
        <translation>The outbox is not open: the channel was not published.</translation>
    </message>
</context>
<context>
    <name>OutboxDeliveryTable</name>
    <message>
        <source>queue a message for the channel %1</source>
        <translation>queue a message for the channel %1</translation>
    </message>
    <message>
        <source>record the delivery to the channel %1</source>
        <translation>record the delivery to the channel %1</translation>
    </message>
    <message>
        <source>the delivery %1 is not in the outbox</source>
        <translation>the delivery %1 is not in the outbox</translation>
    </message>
    <message>
        <source>the delivery %1 has an unknown state “%2”</source>
        <translation>the delivery %1 has an unknown state “%2”</translation>
    </message>
    <message>
        <source>read the delivery %1</source>
        <translation>read the delivery %1</translation>
    </message>
    <message>
        <source>read the delivery of the draft %1 to %2</source>
        <translation>read the delivery of the draft %1 to %2</translation>
    </message>
    <message>
        <source>read the message of the delivery %1</source>
        <translation>read the message of the delivery %1</translation>
    </message>
    <message>
        <source>read the outbox</source>
        <translation>read the outbox</translation>
    </message>
    <message>
        <source>find the next message to send</source>
        <translation>find the next message to send</translation>
    </message>
    <message>
        <source>find when the next message is due</source>
        <translation>find when the next message is due</translation>
    </message>
    <message>
        <source>count the messages sent to %1</source>
        <translation>count the messages sent to %1</translation>
    </message>
    <message>
        <source>recover the deliveries interrupted by a stop</source>
        <translation>recover the deliveries interrupted by a stop</translation>
    </message>
    <message>
        <source>read how far the last attempt of the delivery %1 got</source>
        <translation>read how far the last attempt of the delivery %1 got</translation>
    </message>
    <message>
        <source>note how far the attempt of the delivery %1 got</source>
        <translation>note how far the attempt of the delivery %1 got</translation>
    </message>
</context>
<context>
    <name>OutboxThreadTable</name>
    <message>
        <source>read what %1 keeps for the incident %2</source>
        <translation>read what %1 keeps for the incident %2</translation>
    </message>
    <message>
        <source>keep what %1 returned for the incident %2</source>
        <translation>keep what %1 returned for the incident %2</translation>
    </message>
</context>
<context>
    <name>OutboxWorker</name>
    <message>
        <source>recover the deliveries interrupted by a stop</source>
        <translation>recover the deliveries interrupted by a stop</translation>
    </message>
    <message>
        <source>interrupted: checking before sending again</source>
        <translation>interrupted: checking before sending again</translation>
    </message>
    <message>
        <source>The outcome of the delivery to “%1” could not be saved before closing; it will be checked before sending again.</source>
        <translation>The outcome of the delivery to “%1” could not be saved before closing; it will be checked before sending again.</translation>
    </message>
    <message>
        <source>Could not queue the message: the outbox is not open.</source>
        <translation>Could not queue the message: the outbox is not open.</translation>
    </message>
    <message numerus="yes">
        <source>queue a message for %n channel(s)</source>
        <translation>
            <numerusform>queue a message for %n channel</numerusform>
            <numerusform>queue a message for %n channels</numerusform>
        </translation>
    </message>
    <message>
        <source>The message was not queued: %1</source>
        <translation>The message was not queued: %1</translation>
    </message>
    <message>
        <source>Could not read the outbox: it is not open.</source>
        <translation>Could not read the outbox: it is not open.</translation>
    </message>
    <message>
        <source>There is no channel named “%1”.</source>
        <translation>There is no channel named “%1”.</translation>
    </message>
    <message>
        <source>The channel “%1” is no longer in the workspace.</source>
        <translation>The channel “%1” is no longer in the workspace.</translation>
    </message>
    <message>
        <source>The stored message of this delivery cannot be read.</source>
        <translation>The stored message of this delivery cannot be read.</translation>
    </message>
    <message>
        <source>“%1” is not a sandbox channel: a drill publishes only to sandbox channels.</source>
        <translation>“%1” is not a sandbox channel: a drill publishes only to sandbox channels.</translation>
    </message>
    <message>
        <source>“%1” is a sandbox channel: a real incident never publishes to it.</source>
        <translation>“%1” is a sandbox channel: a real incident never publishes to it.</translation>
    </message>
    <message>
        <source>mark a delivery to %1 as sending</source>
        <translation>mark a delivery to %1 as sending</translation>
    </message>
    <message>
        <source>record the delivery to %1</source>
        <translation>record the delivery to %1</translation>
    </message>
    <message>
        <source>The outbox is not open.</source>
        <translation>The outbox is not open.</translation>
    </message>
    <message>
        <source>%1 The delivery stays marked as sending until it can be recorded.</source>
        <translation>%1 The delivery stays marked as sending until it can be recorded.</translation>
    </message>
    <message>
        <source>Could not retry: the outbox is not open.</source>
        <translation>Could not retry: the outbox is not open.</translation>
    </message>
    <message>
        <source>That delivery is no longer in the outbox.</source>
        <translation>That delivery is no longer in the outbox.</translation>
    </message>
    <message>
        <source>The message was already published on “%1”: it is not sent twice.</source>
        <translation>The message was already published on “%1”: it is not sent twice.</translation>
    </message>
    <message>
        <source>The delivery to “%1” is already under way.</source>
        <translation>The delivery to “%1” is already under way.</translation>
    </message>
    <message>
        <source>retry the delivery to %1</source>
        <translation>retry the delivery to %1</translation>
    </message>
    <message>
        <source>Could not cancel: the outbox is not open.</source>
        <translation>Could not cancel: the outbox is not open.</translation>
    </message>
    <message>
        <source>The message is already published on “%1”: it cannot be cancelled.</source>
        <translation>The message is already published on “%1”: it cannot be cancelled.</translation>
    </message>
    <message>
        <source>The message is being sent to “%1” right now: it can no longer be cancelled.</source>
        <translation>The message is being sent to “%1” right now: it can no longer be cancelled.</translation>
    </message>
    <message>
        <source>cancel the delivery to %1</source>
        <translation>cancel the delivery to %1</translation>
    </message>
    <message>
        <source>note the progress of the delivery to %1</source>
        <translation>note the progress of the delivery to %1</translation>
    </message>
</context>
<context>
    <name>PdfExporter</name>
    <message>
        <source>The PDF report has nowhere to go: the file is not open for writing.</source>
        <translation>The PDF report has nowhere to go: the file is not open for writing.</translation>
    </message>
    <message>
        <source>Could not start the PDF report: %1</source>
        <translation>Could not start the PDF report: %1</translation>
    </message>
    <message>
        <source>Could not finish the PDF report: %1</source>
        <translation>Could not finish the PDF report: %1</translation>
    </message>
</context>
<context>
    <name>Playbook</name>
    <message>
        <source>there is no step &quot;%1&quot;</source>
        <translation>there is no step &quot;%1&quot;</translation>
    </message>
    <message>
        <source>(did you mean &quot;%1&quot;?)</source>
        <translation>(did you mean &quot;%1&quot;?)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already the id of %2; step ids must be unique</source>
        <translation>&quot;%1&quot; is already the id of %2; step ids must be unique</translation>
    </message>
    <message>
        <source>a step cannot come after itself</source>
        <translation>a step cannot come after itself</translation>
    </message>
    <message>
        <source>this is not valid YAML: %1</source>
        <translation>this is not valid YAML: %1</translation>
    </message>
    <message>
        <source>expected a list of steps (lines starting with &quot;- &quot;), got %1</source>
        <translation>expected a list of steps (lines starting with &quot;- &quot;), got %1</translation>
    </message>
    <message>
        <source>the file is empty; a playbook has a steps: list</source>
        <translation>the file is empty; a playbook has a steps: list</translation>
    </message>
    <message>
        <source>a playbook can only extend &quot;default&quot;, the one Vigie ships; got &quot;%1&quot;</source>
        <translation>a playbook can only extend &quot;default&quot;, the one Vigie ships; got &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected an id of lower-case letters, digits and dashes such as &quot;shop&quot;, got &quot;%1&quot;</source>
        <translation>expected an id of lower-case letters, digits and dashes such as &quot;shop&quot;, got &quot;%1&quot;</translation>
    </message>
    <message>
        <source>cannot open the playbook file: %1</source>
        <translation>cannot open the playbook file: %1</translation>
    </message>
    <message>
        <source>expected an id of lower-case letters, digits and dashes such as &quot;announce&quot;, got &quot;%1&quot;</source>
        <translation>expected an id of lower-case letters, digits and dashes such as &quot;announce&quot;, got &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown action &quot;%1&quot;; expected one of %2</source>
        <translation>unknown action &quot;%1&quot;; expected one of %2</translation>
    </message>
    <message>
        <source>expected a template id of lower-case letters, digits and dashes such as &quot;announce&quot;, got &quot;%1&quot;</source>
        <translation>expected a template id of lower-case letters, digits and dashes such as &quot;announce&quot;, got &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot;; expected one of %2</source>
        <translation>unknown kind &quot;%1&quot;; expected one of %2</translation>
    </message>
    <message>
        <source>expected a list such as [a, b], got %1</source>
        <translation>expected a list such as [a, b], got %1</translation>
    </message>
    <message>
        <source>expected a single value, got %1</source>
        <translation>expected a single value, got %1</translation>
    </message>
    <message>
        <source>unknown channel kind &quot;%1&quot;; expected one of %2</source>
        <translation>unknown channel kind &quot;%1&quot;; expected one of %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice</source>
        <translation>&quot;%1&quot; is listed twice</translation>
    </message>
    <message>
        <source>expected a severity from sev1 to sev4, got &quot;%1&quot;</source>
        <translation>expected a severity from sev1 to sev4, got &quot;%1&quot;</translation>
    </message>
    <message>
        <source>give either after or before, not both: after counts forward from the anchor, before counts back</source>
        <translation>give either after or before, not both: after counts forward from the anchor, before counts back</translation>
    </message>
    <message>
        <source>unknown anchor &quot;%1&quot;; expected one of %2</source>
        <translation>unknown anchor &quot;%1&quot;; expected one of %2</translation>
    </message>
    <message>
        <source>a repeating step needs a cadence, such as every: 30m or every: {sev1: 30m, sev2: 1h, sev3: 2h, sev4: 4h}</source>
        <translation>a repeating step needs a cadence, such as every: 30m or every: {sev1: 30m, sev2: 1h, sev3: 2h, sev4: 4h}</translation>
    </message>
    <message>
        <source>expected &quot;resolved&quot; (updates stop when the incident is resolved), got &quot;%1&quot;</source>
        <translation>expected &quot;resolved&quot; (updates stop when the incident is resolved), got &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected a text, got nothing</source>
        <translation>expected a text, got nothing</translation>
    </message>
    <message>
        <source>expected a text, or a map of texts by language such as {en: ..., fr: ...}, got %1</source>
        <translation>expected a text, or a map of texts by language such as {en: ..., fr: ...}, got %1</translation>
    </message>
    <message>
        <source>expected a language code such as en, fr or pt-BR</source>
        <translation>expected a language code such as en, fr or pt-BR</translation>
    </message>
    <message>
        <source>missing required key &quot;title&quot;</source>
        <translation>missing required key &quot;title&quot;</translation>
    </message>
    <message>
        <source>a step needs a due time, such as due: {after: 15m, from: declared}</source>
        <translation>a step needs a due time, such as due: {after: 15m, from: declared}</translation>
    </message>
    <message>
        <source>the first step has no previous step to count from</source>
        <translation>the first step has no previous step to count from</translation>
    </message>
    <message>
        <source>only maintenances have a window; add applies_to: maintenance (or both)</source>
        <translation>only maintenances have a window; add applies_to: maintenance (or both)</translation>
    </message>
    <message>
        <source>a repeating step runs while the incident is open, so it counts from declared</source>
        <translation>a repeating step runs while the incident is open, so it counts from declared</translation>
    </message>
    <message>
        <source>no cadence for %1; the step applies to it</source>
        <translation>no cadence for %1; the step applies to it</translation>
    </message>
    <message>
        <source>channels only apply to message and internal steps, not to %1 steps</source>
        <translation>channels only apply to message and internal steps, not to %1 steps</translation>
    </message>
    <message>
        <source>a message step needs channels, such as [status-page, email, social]</source>
        <translation>a message step needs channels, such as [status-page, email, social]</translation>
    </message>
    <message>
        <source>a message step needs a template, such as announce</source>
        <translation>a message step needs a template, such as announce</translation>
    </message>
    <message>
        <source>the playbook has no steps</source>
        <translation>the playbook has no steps</translation>
    </message>
</context>
<context>
    <name>PlaybookStep</name>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Fallback page</source>
        <translation>Fallback page</translation>
    </message>
    <message>
        <source>Internal communication</source>
        <translation>Internal communication</translation>
    </message>
    <message>
        <source>Post-mortem</source>
        <translation>Post-mortem</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Task</translation>
    </message>
</context>
<context>
    <name>PlaybookStepStatus</name>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Due soon</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Skipped</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Not applicable</translation>
    </message>
</context>
<context>
    <name>PostMortemChangeTable</name>
    <message>
        <source>record the changes to the post-mortem of %1</source>
        <translation>record the changes to the post-mortem of %1</translation>
    </message>
    <message>
        <source>read the history of the post-mortem of %1</source>
        <translation>read the history of the post-mortem of %1</translation>
    </message>
</context>
<context>
    <name>PostMortemCoordinator</name>
    <message>
        <source>&amp;Post-mortem…</source>
        <translation>&amp;Post-mortem…</translation>
    </message>
    <message>
        <source>Action i&amp;tems</source>
        <translation>Action i&amp;tems</translation>
    </message>
    <message>
        <source>Write and export the post-mortem of the incident shown</source>
        <translation>Write and export the post-mortem of the incident shown</translation>
    </message>
    <message>
        <source>Open action items from every post-mortem, with CSV export</source>
        <translation>Open action items from every post-mortem, with CSV export</translation>
    </message>
    <message>
        <source>Post-mortems are not available: their tables could not be opened in the history database.</source>
        <translation>Post-mortems are not available: their tables could not be opened in the history database.</translation>
    </message>
    <message>
        <source>Choose an incident in the Incidents tab to write its post-mortem.</source>
        <translation>Choose an incident in the Incidents tab to write its post-mortem.</translation>
    </message>
    <message>
        <source>Post-mortem of %1</source>
        <translation>Post-mortem of %1</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Action items</translation>
    </message>
</context>
<context>
    <name>PostMortemEditor</name>
    <message>
        <source>&amp;Add an action</source>
        <translation>&amp;Add an action</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Remo&amp;ve</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xport…</translation>
    </message>
    <message>
        <source>Review &amp;state:</source>
        <translation>Review &amp;state:</translation>
    </message>
    <message>
        <source>Markdown: **bold**, lists with -, links as they are.</source>
        <translation>Markdown: **bold**, lists with -, links as they are.</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Action items</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>History of this post-mortem</source>
        <translation>History of this post-mortem</translation>
    </message>
    <message>
        <source>Not saved yet: %1</source>
        <translation>Not saved yet: %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>Impact on customers</source>
        <translation>Impact on customers</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>Root cause</translation>
    </message>
    <message>
        <source>What went well</source>
        <translation>What went well</translation>
    </message>
    <message>
        <source>What went badly</source>
        <translation>What went badly</translation>
    </message>
    <message>
        <source>Where we got lucky</source>
        <translation>Where we got lucky</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>In review</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Published</translation>
    </message>
    <message>
        <source>Choose an incident.</source>
        <translation>Choose an incident.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>No post-mortem yet: what you write here starts it.</source>
        <translation>No post-mortem yet: what you write here starts it.</translation>
    </message>
    <message>
        <source>No incident chosen</source>
        <translation>No incident chosen</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>not yet</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>not reached</translation>
    </message>
    <message>
        <source>%1 — %2 · %3 · started %4 · ended %5 · TTD %6 · TTR %7</source>
        <translation>%1 — %2 · %3 · started %4 · ended %5 · TTD %6 · TTR %7</translation>
    </message>
    <message>
        <source>Review state: %1 → %2</source>
        <translation>Review state: %1 → %2</translation>
    </message>
    <message>
        <source>Edited “%1”</source>
        <translation>Edited “%1”</translation>
    </message>
    <message>
        <source>Edited %1</source>
        <translation>Edited %1</translation>
    </message>
    <message>
        <source>Added the action “%1”</source>
        <translation>Added the action “%1”</translation>
    </message>
    <message>
        <source>Removed the action “%1”</source>
        <translation>Removed the action “%1”</translation>
    </message>
    <message>
        <source>Action “%1”: %2 “%3” → “%4”</source>
        <translation>Action “%1”: %2 “%3” → “%4”</translation>
    </message>
    <message>
        <source>%1: “%2” → “%3”</source>
        <translation>%1: “%2” → “%3”</translation>
    </message>
</context>
<context>
    <name>PostMortemExportDialog</name>
    <message>
        <source>C&amp;ustomer-facing (leave out internal notes)</source>
        <translation>C&amp;ustomer-facing (leave out internal notes)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Export the post-mortem of %1</source>
        <translation>Export the post-mortem of %1</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>HTML (one file)</source>
        <translation>HTML (one file)</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>French</source>
        <translation>French</translation>
    </message>
    <message>
        <source>The workspace&apos;s (%1)</source>
        <translation>The workspace&apos;s (%1)</translation>
    </message>
    <message>
        <source>This computer&apos;s (%1)</source>
        <translation>This computer&apos;s (%1)</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Time zone:</translation>
    </message>
    <message>
        <source>&amp;Paper (PDF):</source>
        <translation>&amp;Paper (PDF):</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>F&amp;ile:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <source>The incident %1 is not in the store.</source>
        <translation>The incident %1 is not in the store.</translation>
    </message>
    <message>
        <source>%1 post-mortem</source>
        <translation>%1 post-mortem</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>HTML (*.html)</source>
        <translation>HTML (*.html)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Export the post-mortem</source>
        <translation>Export the post-mortem</translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation>Choose the file to write.</translation>
    </message>
    <message>
        <source>Making the report…</source>
        <translation>Making the report…</translation>
    </message>
    <message>
        <source>Saved to %1. &lt;a href=&quot;%2&quot;&gt;Open folder&lt;/a&gt;</source>
        <translation>Saved to %1. &lt;a href=&quot;%2&quot;&gt;Open folder&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation>Not exported: %1</translation>
    </message>
</context>
<context>
    <name>PostMortemStore</name>
    <message>
        <source>Could not open the post-mortems (database %1): the store&apos;s thread is not running.</source>
        <translation>Could not open the post-mortems (database %1): the store&apos;s thread is not running.</translation>
    </message>
    <message>
        <source>Could not save the post-mortem: the post-mortem database is not open.</source>
        <translation>Could not save the post-mortem: the post-mortem database is not open.</translation>
    </message>
    <message>
        <source>Could not read the post-mortem: the post-mortem database is not open.</source>
        <translation>Could not read the post-mortem: the post-mortem database is not open.</translation>
    </message>
    <message>
        <source>Could not read the action items: the post-mortem database is not open.</source>
        <translation>Could not read the action items: the post-mortem database is not open.</translation>
    </message>
    <message>
        <source>Could not read the incident: the post-mortem database is not open.</source>
        <translation>Could not read the incident: the post-mortem database is not open.</translation>
    </message>
</context>
<context>
    <name>PostMortemStoreWorker</name>
    <message numerus="yes">
        <source>%n change(s) to post-mortems could not be saved before closing (database %1): %2</source>
        <translation>
            <numerusform>%n change to post-mortems could not be saved before closing (database %1): %2</numerusform>
            <numerusform>%n changes to post-mortems could not be saved before closing (database %1): %2</numerusform>
        </translation>
    </message>
    <message>
        <source>save post-mortems</source>
        <translation>save post-mortems</translation>
    </message>
    <message>
        <source>The post-mortem database is not open.</source>
        <translation>The post-mortem database is not open.</translation>
    </message>
    <message numerus="yes">
        <source>%1 %n change(s) wait in memory and will be saved when the database accepts them.</source>
        <translation>
            <numerusform>%1 %n change waits in memory and will be saved when the database accepts it.</numerusform>
            <numerusform>%1 %n changes wait in memory and will be saved when the database accepts them.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not %1: the post-mortem database is not open.</source>
        <translation>Could not %1: the post-mortem database is not open.</translation>
    </message>
    <message>
        <source>read the post-mortem</source>
        <translation>read the post-mortem</translation>
    </message>
    <message>
        <source>read the action items</source>
        <translation>read the action items</translation>
    </message>
    <message>
        <source>read the incident for its report</source>
        <translation>read the incident for its report</translation>
    </message>
</context>
<context>
    <name>PostMortemTable</name>
    <message>
        <source>save the post-mortem of %1</source>
        <translation>save the post-mortem of %1</translation>
    </message>
    <message>
        <source>read the post-mortem of %1</source>
        <translation>read the post-mortem of %1</translation>
    </message>
    <message>
        <source>the review state %1 is unknown</source>
        <translation>the review state %1 is unknown</translation>
    </message>
    <message>
        <source>read the post-mortems&apos; review states</source>
        <translation>read the post-mortems&apos; review states</translation>
    </message>
</context>
<context>
    <name>PreviewTarget</name>
    <message>
        <source>Status page</source>
        <translation>Status page</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Mastodon</source>
        <translation>Mastodon</translation>
    </message>
    <message>
        <source>Bluesky</source>
        <translation>Bluesky</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <source>Publish: %1</source>
        <translation>Publish: %1</translation>
    </message>
    <message>
        <source>This is a drill: it goes only to sandbox channels.</source>
        <translation>This is a drill: it goes only to sandbox channels.</translation>
    </message>
    <message>
        <source>Send the approved message to:</source>
        <translation>Send the approved message to:</translation>
    </message>
    <message>
        <source>%1 (%2: %3)</source>
        <translation>%1 (%2: %3)</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Publish</translation>
    </message>
    <message>
        <source>&amp;Copy text</source>
        <translation>&amp;Copy text</translation>
    </message>
    <message>
        <source>No sandbox channel takes this kind of message. Add one under Publishing › Channels, or copy the text.</source>
        <translation>No sandbox channel takes this kind of message. Add one under Publishing › Channels, or copy the text.</translation>
    </message>
    <message>
        <source>No channel takes this kind of message. Add one under Publishing › Channels, or copy the text and send it by hand.</source>
        <translation>No channel takes this kind of message. Add one under Publishing › Channels, or copy the text and send it by hand.</translation>
    </message>
</context>
<context>
    <name>PublishingCoordinator</name>
    <message>
        <source>De&amp;liveries</source>
        <translation>De&amp;liveries</translation>
    </message>
    <message>
        <source>The fallback status page is up on %1: %2</source>
        <translation>The fallback status page is up on %1: %2</translation>
    </message>
    <message>
        <source>The fallback status page did not go up on %1: %2</source>
        <translation>The fallback status page did not go up on %1: %2</translation>
    </message>
    <message>
        <source>Open an incident to switch to the fallback page for it.</source>
        <translation>Open an incident to switch to the fallback page for it.</translation>
    </message>
    <message>
        <source>Publishing the fallback status page…</source>
        <translation>Publishing the fallback status page…</translation>
    </message>
    <message>
        <source>&amp;Publishing</source>
        <translation>&amp;Publishing</translation>
    </message>
    <message>
        <source>&amp;Channels…</source>
        <translation>&amp;Channels…</translation>
    </message>
    <message>
        <source>Where approved messages go: status pages, email, social and chat channels</source>
        <translation>Where approved messages go: status pages, email, social and chat channels</translation>
    </message>
    <message>
        <source>Show the &amp;deliveries</source>
        <translation>Show the &amp;deliveries</translation>
    </message>
    <message>
        <source>Switch to the &amp;fallback page</source>
        <translation>Switch to the &amp;fallback page</translation>
    </message>
    <message>
        <source>Publish a fresh copy of the static status page for the incident shown</source>
        <translation>Publish a fresh copy of the static status page for the incident shown</translation>
    </message>
    <message>
        <source>&amp;Publish the selected message…</source>
        <translation>&amp;Publish the selected message…</translation>
    </message>
    <message>
        <source>Select an approved message to publish.</source>
        <translation>Select an approved message to publish.</translation>
    </message>
    <message>
        <source>Approve the message before publishing it.</source>
        <translation>Approve the message before publishing it.</translation>
    </message>
    <message numerus="yes">
        <source>Queued for %n channel(s); the Deliveries tab shows each one.</source>
        <translation>
            <numerusform>Queued for %n channel; the Deliveries tab shows it.</numerusform>
            <numerusform>Queued for %n channels; the Deliveries tab shows each one.</numerusform>
        </translation>
    </message>
    <message>
        <source>The message is on the clipboard.</source>
        <translation>The message is on the clipboard.</translation>
    </message>
</context>
<context>
    <name>PublishingSession</name>
    <message>
        <source>The outbox in %1 could not be read at start-up.</source>
        <translation>The outbox in %1 could not be read at start-up.</translation>
    </message>
    <message>
        <source>The message draft no longer exists.</source>
        <translation>The message draft no longer exists.</translation>
    </message>
    <message>
        <source>The message&apos;s incident no longer exists.</source>
        <translation>The message&apos;s incident no longer exists.</translation>
    </message>
    <message>
        <source>cancelled by the commander</source>
        <translation>cancelled by the commander</translation>
    </message>
    <message>
        <source>The incident no longer exists.</source>
        <translation>The incident no longer exists.</translation>
    </message>
    <message>
        <source>No sandbox fallback page is configured: a drill publishes only to a sandbox. Add a fallback-page channel marked sandbox under Publishing › Channels.</source>
        <translation>No sandbox fallback page is configured: a drill publishes only to a sandbox. Add a fallback-page channel marked sandbox under Publishing › Channels.</translation>
    </message>
    <message>
        <source>No fallback status page is configured. Add a fallback-page channel under Publishing › Channels.</source>
        <translation>No fallback status page is configured. Add a fallback-page channel under Publishing › Channels.</translation>
    </message>
    <message>
        <source>This Vigie cannot render the fallback page.</source>
        <translation>This Vigie cannot render the fallback page.</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>the playbook %1 could not be read; the checklist is measured against the default one.
%2</source>
        <translation>the playbook %1 could not be read; the checklist is measured against the default one.
%2</translation>
    </message>
    <message>
        <source>Write the post-mortem report of an incident as PDF, HTML or Markdown, from the incident&apos;s record.</source>
        <translation>Write the post-mortem report of an incident as PDF, HTML or Markdown, from the incident&apos;s record.</translation>
    </message>
    <message>
        <source>Write &lt;format&gt;: pdf, html or md (by default, from the file&apos;s extension).</source>
        <translation>Write &lt;format&gt;: pdf, html or md (by default, from the file&apos;s extension).</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>Write the report to &lt;file&gt;.</source>
        <translation>Write the report to &lt;file&gt;.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>Write the report in &lt;language&gt;: en or fr.</source>
        <translation>Write the report in &lt;language&gt;: en or fr.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>language</translation>
    </message>
    <message>
        <source>Give times in &lt;zone&gt;, e.g. Europe/Paris (by default, the incident&apos;s).</source>
        <translation>Give times in &lt;zone&gt;, e.g. Europe/Paris (by default, the incident&apos;s).</translation>
    </message>
    <message>
        <source>zone</source>
        <translation>zone</translation>
    </message>
    <message>
        <source>Print the PDF on &lt;paper&gt;: a4 or letter.</source>
        <translation>Print the PDF on &lt;paper&gt;: a4 or letter.</translation>
    </message>
    <message>
        <source>paper</source>
        <translation>paper</translation>
    </message>
    <message>
        <source>Make the customer edition: internal notes and workflow left out.</source>
        <translation>Make the customer edition: internal notes and workflow left out.</translation>
    </message>
    <message>
        <source>Read the SQLite store at &lt;file&gt;.</source>
        <translation>Read the SQLite store at &lt;file&gt;.</translation>
    </message>
    <message>
        <source>The report command.</source>
        <translation>The report command.</translation>
    </message>
    <message>
        <source>incident</source>
        <translation>incident</translation>
    </message>
    <message>
        <source>The incident&apos;s reference (INC-42) or id.</source>
        <translation>The incident&apos;s reference (INC-42) or id.</translation>
    </message>
    <message>
        <source>which incident? Give its reference, e.g. vigie report INC-42 -o report.pdf</source>
        <translation>which incident? Give its reference, e.g. vigie report INC-42 -o report.pdf</translation>
    </message>
    <message>
        <source>expected one incident, got %1</source>
        <translation>expected one incident, got %1</translation>
    </message>
    <message>
        <source>where to? Give the file with -o FILE</source>
        <translation>where to? Give the file with -o FILE</translation>
    </message>
    <message>
        <source>--format: expected pdf, html or md, got &quot;%1&quot;</source>
        <translation>--format: expected pdf, html or md, got &quot;%1&quot;</translation>
    </message>
    <message>
        <source>which format? Give --format pdf, html or md (the file %1 does not say)</source>
        <translation>which format? Give --format pdf, html or md (the file %1 does not say)</translation>
    </message>
    <message>
        <source>--language: expected en or fr, got &quot;%1&quot;</source>
        <translation>--language: expected en or fr, got &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--time-zone: &quot;%1&quot; is not a time zone this system knows (e.g. Europe/Paris, UTC)</source>
        <translation>--time-zone: &quot;%1&quot; is not a time zone this system knows (e.g. Europe/Paris, UTC)</translation>
    </message>
    <message>
        <source>--paper: expected a4 or letter, got &quot;%1&quot;</source>
        <translation>--paper: expected a4 or letter, got &quot;%1&quot;</translation>
    </message>
    <message>
        <source>there is no Vigie store at %1 (give one with --database FILE)</source>
        <translation>there is no Vigie store at %1 (give one with --database FILE)</translation>
    </message>
    <message>
        <source>there is no incident “%1” in %2: it holds no incidents yet.</source>
        <translation>there is no incident “%1” in %2: it holds no incidents yet.</translation>
    </message>
    <message>
        <source>there is no incident “%1” in %2; the most recent are: %3.</source>
        <translation>there is no incident “%1” in %2; the most recent are: %3.</translation>
    </message>
    <message>
        <source>the store at %1 did not answer within a minute.</source>
        <translation>the store at %1 did not answer within a minute.</translation>
    </message>
    <message numerus="yes">
        <source>%1: post-mortem written to %2 (PDF, %n page(s)).</source>
        <translation>
            <numerusform>%1: post-mortem written to %2 (PDF, %n page).</numerusform>
            <numerusform>%1: post-mortem written to %2 (PDF, %n pages).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: post-mortem written to %2 (%3).</source>
        <translation>%1: post-mortem written to %2 (%3).</translation>
    </message>
</context>
<context>
    <name>ReportTexts</name>
    <message>
        <source>%1 at %2</source>
        <extracomment>A date and time on the title page; %1 is the date (&quot;3 March 2026&quot;), %2 the time (&quot;14:05&quot;).</extracomment>
        <translation>%1 at %2</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <source>Times are in %1 (%2).</source>
        <translation>Times are in %1 (%2).</translation>
    </message>
    <message>
        <source>Post-mortem</source>
        <translation>Post-mortem</translation>
    </message>
    <message>
        <source>Drill: a rehearsal, not a real incident</source>
        <translation>Drill: a rehearsal, not a real incident</translation>
    </message>
    <message>
        <source>Customer edition: internal notes are left out.</source>
        <translation>Customer edition: internal notes are left out.</translation>
    </message>
    <message>
        <source>Internal edition: not for customers.</source>
        <translation>Internal edition: not for customers.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>Made by Vigie from the incident&apos;s record on %1.</source>
        <translation>Made by Vigie from the incident&apos;s record on %1.</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>Incident commander</source>
        <translation>Incident commander</translation>
    </message>
    <message>
        <source>Communications lead</source>
        <translation>Communications lead</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>still open</source>
        <translation>still open</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Response times</source>
        <translation>Response times</translation>
    </message>
    <message>
        <source>Affected services</source>
        <translation>Affected services</translation>
    </message>
    <message>
        <source>Outage timeline</source>
        <translation>Outage timeline</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Action items</translation>
    </message>
    <message>
        <source>Incident timeline</source>
        <translation>Incident timeline</translation>
    </message>
    <message>
        <source>Messages published</source>
        <translation>Messages published</translation>
    </message>
    <message>
        <source>Checklist adherence</source>
        <translation>Checklist adherence</translation>
    </message>
    <message>
        <source>Internal notes</source>
        <translation>Internal notes</translation>
    </message>
    <message>
        <source>History of this post-mortem</source>
        <translation>History of this post-mortem</translation>
    </message>
    <message>
        <source>Time to detect</source>
        <translation>Time to detect</translation>
    </message>
    <message>
        <source>Time to acknowledge</source>
        <translation>Time to acknowledge</translation>
    </message>
    <message>
        <source>Time to mitigate</source>
        <translation>Time to mitigate</translation>
    </message>
    <message>
        <source>Time to resolve</source>
        <translation>Time to resolve</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>not reached</translation>
    </message>
    <message>
        <source>No summary was written.</source>
        <translation>No summary was written.</translation>
    </message>
    <message>
        <source>Not written yet.</source>
        <translation>Not written yet.</translation>
    </message>
    <message>
        <source>No action items yet.</source>
        <translation>No action items yet.</translation>
    </message>
    <message>
        <source>No message was published.</source>
        <translation>No message was published.</translation>
    </message>
    <message>
        <source>The timeline is empty.</source>
        <translation>The timeline is empty.</translation>
    </message>
    <message>
        <source>No service was marked as affected.</source>
        <translation>No service was marked as affected.</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Down</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>Degraded</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>No data</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Late by</source>
        <translation>Late by</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>on time</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>skipped</translation>
    </message>
    <message>
        <source>not done</source>
        <translation>not done</translation>
    </message>
    <message>
        <source>not done, overdue</source>
        <translation>not done, overdue</translation>
    </message>
    <message>
        <source>Fallback status page</source>
        <translation>Fallback status page</translation>
    </message>
    <message>
        <source>Confirmed state of each affected service from %1 to %2; the dashed lines mark the incident&apos;s start and end.</source>
        <translation>Confirmed state of each affected service from %1 to %2; the dashed lines mark the incident&apos;s start and end.</translation>
    </message>
    <message>
        <source>The first message went out on time, %1 after the incident was declared.</source>
        <translation>The first message went out on time, %1 after the incident was declared.</translation>
    </message>
    <message>
        <source>The first message went out late: %1 after the incident was declared, %2 after it was due.</source>
        <translation>The first message went out late: %1 after the incident was declared, %2 after it was due.</translation>
    </message>
    <message>
        <source>The first message has not gone out.</source>
        <translation>The first message has not gone out.</translation>
    </message>
    <message>
        <source>The playbook has no first message for this incident.</source>
        <translation>The playbook has no first message for this incident.</translation>
    </message>
    <message>
        <source>No update fell due.</source>
        <translation>No update fell due.</translation>
    </message>
    <message numerus="yes">
        <source>%n update(s) fell due, all on time.</source>
        <translation>
            <numerusform>%n update fell due, on time.</numerusform>
            <numerusform>%n updates fell due, all on time.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n update(s) fell due; %1 late by %2 in all.</source>
        <translation>
            <numerusform>%n update fell due; %1 late by %2 in all.</numerusform>
            <numerusform>%n updates fell due; %1 late by %2 in all.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n checklist step(s) fell due, none late.</source>
        <translation>
            <numerusform>%n checklist step fell due, not late.</numerusform>
            <numerusform>%n checklist steps fell due, none late.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n checklist step(s) fell due; %1 late, the latest by %2.</source>
        <translation>
            <numerusform>%n checklist step fell due; %1 late, by %2.</numerusform>
            <numerusform>%n checklist steps fell due; %1 late, the latest by %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 #%2</source>
        <translation>%1 #%2</translation>
    </message>
    <message>
        <source>Review state: %1 → %2</source>
        <translation>Review state: %1 → %2</translation>
    </message>
    <message>
        <source>“%1” edited</source>
        <translation>“%1” edited</translation>
    </message>
    <message>
        <source>Action item added: %1</source>
        <translation>Action item added: %1</translation>
    </message>
    <message>
        <source>Action item removed: %1</source>
        <translation>Action item removed: %1</translation>
    </message>
    <message>
        <source>Action item, %1: %2 → %3</source>
        <translation>Action item, %1: %2 → %3</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
</context>
<context>
    <name>ReportVocabulary</name>
    <message>
        <source>Investigating</source>
        <translation>Investigating</translation>
    </message>
    <message>
        <source>Identified</source>
        <translation>Identified</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Monitoring</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Scheduled</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation>Verifying</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Degraded performance</source>
        <translation>Degraded performance</translation>
    </message>
    <message>
        <source>Partial outage</source>
        <translation>Partial outage</translation>
    </message>
    <message>
        <source>Major outage</source>
        <translation>Major outage</translation>
    </message>
    <message>
        <source>Under maintenance</source>
        <translation>Under maintenance</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Up</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>Degraded</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Down</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Paused</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>No data</translation>
    </message>
    <message>
        <source>Declared</source>
        <translation>Declared</translation>
    </message>
    <message>
        <source>Service state</source>
        <translation>Service state</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Key moment</source>
        <translation>Key moment</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <source>Step skipped</source>
        <translation>Step skipped</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Status report</source>
        <translation>Status report</translation>
    </message>
    <message>
        <source>Message drafted</source>
        <translation>Message drafted</translation>
    </message>
    <message>
        <source>Message approved</source>
        <translation>Message approved</translation>
    </message>
    <message>
        <source>Message published</source>
        <translation>Message published</translation>
    </message>
    <message>
        <source>Promise</source>
        <translation>Promise</translation>
    </message>
    <message>
        <source>Promise kept</source>
        <translation>Promise kept</translation>
    </message>
    <message>
        <source>Promise missed</source>
        <translation>Promise missed</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Delivery problem</source>
        <translation>Delivery problem</translation>
    </message>
    <message>
        <source>Status page</source>
        <translation>Status page</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>Social media</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>In review</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Published</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>Impact on customers</source>
        <translation>Impact on customers</translation>
    </message>
    <message>
        <source>Root cause and contributing factors</source>
        <translation>Root cause and contributing factors</translation>
    </message>
    <message>
        <source>What went well</source>
        <translation>What went well</translation>
    </message>
    <message>
        <source>What went badly</source>
        <translation>What went badly</translation>
    </message>
    <message>
        <source>Where we got lucky</source>
        <translation>Where we got lucky</translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <source>Could not write the report to %1: %2</source>
        <translation>Could not write the report to %1: %2</translation>
    </message>
</context>
<context>
    <name>ResponseClassifier</name>
    <message>
        <source>no answer</source>
        <translation>no answer</translation>
    </message>
    <message>
        <source>%1: the service did not answer (%2).</source>
        <translation>%1: the service did not answer (%2).</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation>HTTP %1: %2</translation>
    </message>
    <message>
        <source>%1: the service asks Vigie to slow down; next try in %2 s (%3).</source>
        <translation>%1: the service asks Vigie to slow down; next try in %2 s (%3).</translation>
    </message>
    <message>
        <source>%1: the service asks Vigie to slow down (%2).</source>
        <translation>%1: the service asks Vigie to slow down (%2).</translation>
    </message>
    <message>
        <source>%1: the service is having trouble (%2); Vigie will try again.</source>
        <translation>%1: the service is having trouble (%2); Vigie will try again.</translation>
    </message>
    <message>
        <source>the service refused the message</source>
        <translation>the service refused the message</translation>
    </message>
    <message>
        <source>the service refused the credentials</source>
        <translation>the service refused the credentials</translation>
    </message>
    <message>
        <source>the credentials are not allowed to post here</source>
        <translation>the credentials are not allowed to post here</translation>
    </message>
    <message>
        <source>the address is unknown to the service (a deleted webhook or a wrong address)</source>
        <translation>the address is unknown to the service (a deleted webhook or a wrong address)</translation>
    </message>
    <message>
        <source>the destination is gone (an archived channel or a deleted webhook)</source>
        <translation>the destination is gone (an archived channel or a deleted webhook)</translation>
    </message>
    <message>
        <source>the service redirected the request; check the address</source>
        <translation>the service redirected the request; check the address</translation>
    </message>
    <message>
        <source>the service gave an answer Vigie does not understand</source>
        <translation>the service gave an answer Vigie does not understand</translation>
    </message>
    <message>
        <source>the service refused the request</source>
        <translation>the service refused the request</translation>
    </message>
    <message>
        <source>%1: %2 (%3).</source>
        <translation>%1: %2 (%3).</translation>
    </message>
</context>
<context>
    <name>ResponseEvaluator</name>
    <message>
        <source>TLS: certificate has expired</source>
        <translation>TLS: certificate has expired</translation>
    </message>
    <message>
        <source>TLS: certificate is not yet valid</source>
        <translation>TLS: certificate is not yet valid</translation>
    </message>
    <message>
        <source>TLS: self-signed certificate in the chain</source>
        <translation>TLS: self-signed certificate in the chain</translation>
    </message>
    <message>
        <source>TLS: self-signed certificate</source>
        <translation>TLS: self-signed certificate</translation>
    </message>
    <message>
        <source>TLS: certificate issued by an untrusted authority</source>
        <translation>TLS: certificate issued by an untrusted authority</translation>
    </message>
    <message>
        <source>TLS: certificate does not match host %1</source>
        <translation>TLS: certificate does not match host %1</translation>
    </message>
    <message>
        <source>TLS handshake failed (%1)</source>
        <translation>TLS handshake failed (%1)</translation>
    </message>
    <message>
        <source>TLS: certificate rejected (%1)</source>
        <translation>TLS: certificate rejected (%1)</translation>
    </message>
    <message>
        <source>TLS: no certificate received from %1</source>
        <translation>TLS: no certificate received from %1</translation>
    </message>
    <message>
        <source>response took %1 ms (threshold %2 ms)</source>
        <translation>response took %1 ms (threshold %2 ms)</translation>
    </message>
    <message>
        <source>the check passed, but this service is upside-down and must fail</source>
        <translation>the check passed, but this service is upside-down and must fail</translation>
    </message>
    <message>
        <source>timed out after %1 ms</source>
        <translation>timed out after %1 ms</translation>
    </message>
    <message>
        <source>could not resolve host %1</source>
        <translation>could not resolve host %1</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>connection refused</translation>
    </message>
    <message>
        <source>host %1 is unreachable</source>
        <translation>host %1 is unreachable</translation>
    </message>
    <message>
        <source>could not connect to %1 (%2)</source>
        <translation>could not connect to %1 (%2)</translation>
    </message>
    <message>
        <source>the server closed the connection without answering</source>
        <translation>the server closed the connection without answering</translation>
    </message>
    <message>
        <source>connection lost (%1)</source>
        <translation>connection lost (%1)</translation>
    </message>
    <message>
        <source>too many redirects (more than %1)</source>
        <translation>too many redirects (more than %1)</translation>
    </message>
    <message>
        <source>the server did not answer in HTTP</source>
        <translation>the server did not answer in HTTP</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid target (%2)</source>
        <translation>&quot;%1&quot; is not a valid target (%2)</translation>
    </message>
    <message>
        <source>check failed (%1)</source>
        <translation>check failed (%1)</translation>
    </message>
    <message numerus="yes">
        <source>TLS: certificate expires in %n day(s)</source>
        <translation>
            <numerusform>TLS: certificate expires in %n day</numerusform>
            <numerusform>TLS: certificate expires in %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>unexpected status %1</source>
        <translation>unexpected status %1</translation>
    </message>
    <message>
        <source>keyword &quot;%1&quot; present</source>
        <translation>keyword &quot;%1&quot; present</translation>
    </message>
    <message>
        <source>keyword &quot;%1&quot; missing</source>
        <translation>keyword &quot;%1&quot; missing</translation>
    </message>
    <message>
        <source>the response is too large to read as JSON</source>
        <translation>the response is too large to read as JSON</translation>
    </message>
    <message>
        <source>the response is not valid JSON (%1 at byte %2)</source>
        <translation>the response is not valid JSON (%1 at byte %2)</translation>
    </message>
    <message>
        <source>%1 is missing from the response</source>
        <translation>%1 is missing from the response</translation>
    </message>
    <message>
        <source>%1 is %2 (expected %3 %4)</source>
        <translation>%1 is %2 (expected %3 %4)</translation>
    </message>
</context>
<context>
    <name>ResultTable</name>
    <message>
        <source>read certificate expiry dates</source>
        <translation>read certificate expiry dates</translation>
    </message>
    <message>
        <source>store check results</source>
        <translation>store check results</translation>
    </message>
    <message>
        <source>read check results</source>
        <translation>read check results</translation>
    </message>
    <message>
        <source>read the time span of check results</source>
        <translation>read the time span of check results</translation>
    </message>
    <message>
        <source>read the latest response times</source>
        <translation>read the latest response times</translation>
    </message>
    <message>
        <source>count check results</source>
        <translation>count check results</translation>
    </message>
    <message>
        <source>delete old check results</source>
        <translation>delete old check results</translation>
    </message>
    <message>
        <source>delete a service&apos;s check results</source>
        <translation>delete a service&apos;s check results</translation>
    </message>
</context>
<context>
    <name>RetryPolicy</name>
    <message numerus="yes">
        <source>Gave up after %n attempt(s): %1</source>
        <translation>
            <numerusform>Gave up after %n attempt: %1</numerusform>
            <numerusform>Gave up after %n attempts: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Gave up after %n attempt(s): the message would be more than %1 old when sent. Last error: %2</source>
        <translation>
            <numerusform>Gave up after %n attempt: the message would be more than %1 old when sent. Last error: %2</numerusform>
            <numerusform>Gave up after %n attempts: the message would be more than %1 old when sent. Last error: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RollupTable</name>
    <message>
        <source>store per-minute statistics</source>
        <translation>store per-minute statistics</translation>
    </message>
    <message>
        <source>read per-minute statistics</source>
        <translation>read per-minute statistics</translation>
    </message>
    <message>
        <source>delete a service&apos;s per-minute statistics</source>
        <translation>delete a service&apos;s per-minute statistics</translation>
    </message>
    <message>
        <source>rebuild per-minute statistics after an interrupted run</source>
        <translation>rebuild per-minute statistics after an interrupted run</translation>
    </message>
    <message>
        <source>store hourly statistics</source>
        <translation>store hourly statistics</translation>
    </message>
    <message>
        <source>read hourly statistics</source>
        <translation>read hourly statistics</translation>
    </message>
    <message>
        <source>delete a service&apos;s hourly statistics</source>
        <translation>delete a service&apos;s hourly statistics</translation>
    </message>
</context>
<context>
    <name>S3Transport</name>
    <message>
        <source>the secret &quot;%1&quot; is missing</source>
        <translation>the secret &quot;%1&quot; is missing</translation>
    </message>
    <message>
        <source>libcurl could not start a transfer</source>
        <translation>libcurl could not start a transfer</translation>
    </message>
</context>
<context>
    <name>SecretEntryDialog</name>
    <message>
        <source>Set secret of “%1”</source>
        <translation>Set secret of “%1”</translation>
    </message>
    <message>
        <source>paste or type the value</source>
        <translation>paste or type the value</translation>
    </message>
    <message>
        <source>Save in keychain</source>
        <translation>Save in keychain</translation>
    </message>
    <message>
        <source>The value goes to the system keychain only; Vigie never shows it again, and never writes it to the workspace, the history or a log.</source>
        <translation>The value goes to the system keychain only; Vigie never shows it again, and never writes it to the workspace, the history or a log.</translation>
    </message>
    <message>
        <source>&amp;Secret:</source>
        <translation>&amp;Secret:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Value:</translation>
    </message>
</context>
<context>
    <name>SecretResolver</name>
    <message>
        <source>Cannot read the secret “%1” of the channel “%2”: %3</source>
        <translation>Cannot read the secret “%1” of the channel “%2”: %3</translation>
    </message>
    <message>
        <source>no secret source is set up</source>
        <translation>no secret source is set up</translation>
    </message>
    <message>
        <source>looked in %1</source>
        <translation>looked in %1</translation>
    </message>
    <message>
        <source>The channel “%1” needs the secret “%2”, which is not set (%3).</source>
        <translation>The channel “%1” needs the secret “%2”, which is not set (%3).</translation>
    </message>
</context>
<context>
    <name>SelfTestRun</name>
    <message>
        <source>the workspace has no service</source>
        <translation>the workspace has no service</translation>
    </message>
    <message>
        <source>the board lists %1 services instead of %2</source>
        <translation>the board lists %1 services instead of %2</translation>
    </message>
    <message>
        <source>%1 has no confirmed state yet</source>
        <translation>%1 has no confirmed state yet</translation>
    </message>
    <message>
        <source>no result has been stored yet</source>
        <translation>no result has been stored yet</translation>
    </message>
    <message>
        <source>the window is not shown</source>
        <translation>the window is not shown</translation>
    </message>
</context>
<context>
    <name>ServiceBoardModel</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Since</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latency</translation>
    </message>
    <message>
        <source>Uptime 24 h</source>
        <translation>Uptime 24 h</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Maintenance</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
</context>
<context>
    <name>ServiceBoardView</name>
    <message>
        <source>Filter by name, group or reason (Ctrl+F)</source>
        <translation>Filter by name, group or reason (Ctrl+F)</translation>
    </message>
    <message>
        <source>Service filter</source>
        <translation>Service filter</translation>
    </message>
    <message>
        <source>State filter</source>
        <translation>State filter</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>All states</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>for 23 h 59 min</source>
        <translation>for 23 h 59 min</translation>
    </message>
    <message>
        <source>Uptime 24 h</source>
        <translation>Uptime 24 h</translation>
    </message>
</context>
<context>
    <name>ServiceDetailPane</name>
    <message>
        <source>Select a service to see its response time and state changes.</source>
        <translation>Select a service to see its response time and state changes.</translation>
    </message>
    <message>
        <source>State changes</source>
        <translation>State changes</translation>
    </message>
    <message>
        <source>Response time</source>
        <translation>Response time</translation>
    </message>
    <message>
        <source>1 h</source>
        <translation>1 h</translation>
    </message>
    <message>
        <source>24 h</source>
        <translation>24 h</translation>
    </message>
    <message>
        <source>7 d</source>
        <translation>7 d</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Last hour</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Last 24 hours</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <source>Last check %1: %2 ms</source>
        <translation>Last check %1: %2 ms</translation>
    </message>
    <message>
        <source>, HTTP %1</source>
        <translation>, HTTP %1</translation>
    </message>
    <message>
        <source>&amp;Declare an incident…</source>
        <translation>&amp;Declare an incident…</translation>
    </message>
    <message>
        <source>&amp;Declare an incident from this outage…</source>
        <translation>&amp;Declare an incident from this outage…</translation>
    </message>
</context>
<context>
    <name>ServiceEditorDialog</name>
    <message>
        <source>Paused (not checked)</source>
        <translation>Paused (not checked)</translation>
    </message>
    <message>
        <source>Inverted: a failing check means Up</source>
        <translation>Inverted: a failing check means Up</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>e.g. Public website</source>
        <translation>e.g. Public website</translation>
    </message>
    <message>
        <source>optional, e.g. Payments</source>
        <translation>optional, e.g. Payments</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Group:</translation>
    </message>
    <message>
        <source>&amp;Check:</source>
        <translation>&amp;Check:</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>&amp;Target:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Never</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Checking</translation>
    </message>
    <message>
        <source>Check &amp;every:</source>
        <translation>Check &amp;every:</translation>
    </message>
    <message>
        <source>Time&amp;out:</source>
        <translation>Time&amp;out:</translation>
    </message>
    <message>
        <source>&amp;Down after:</source>
        <translation>&amp;Down after:</translation>
    </message>
    <message>
        <source>&amp;Up after:</source>
        <translation>&amp;Up after:</translation>
    </message>
    <message>
        <source>&amp;SLA target:</source>
        <translation>&amp;SLA target:</translation>
    </message>
    <message>
        <source>Certificate &amp;warning:</source>
        <translation>Certificate &amp;warning:</translation>
    </message>
    <message>
        <source> failed checks</source>
        <translation> failed checks</translation>
    </message>
    <message>
        <source> passed checks</source>
        <translation> passed checks</translation>
    </message>
    <message>
        <source>Degraded when the certificate expires within this many days</source>
        <translation>Degraded when the certificate expires within this many days</translation>
    </message>
    <message>
        <source>Add service</source>
        <translation>Add service</translation>
    </message>
    <message>
        <source>Edit service</source>
        <translation>Edit service</translation>
    </message>
    <message>
        <source>Name is required.</source>
        <translation>Name is required.</translation>
    </message>
    <message>
        <source>Name “%1” is already used by another service.</source>
        <translation>Name “%1” is already used by another service.</translation>
    </message>
    <message>
        <source>Target is required.</source>
        <translation>Target is required.</translation>
    </message>
    <message>
        <source>Timeout must not be longer than the check interval.</source>
        <translation>Timeout must not be longer than the check interval.</translation>
    </message>
    <message>
        <source>Target must not contain spaces.</source>
        <translation>Target must not contain spaces.</translation>
    </message>
    <message>
        <source>Target: enter a URL such as https://example.org/health.</source>
        <translation>Target: enter a URL such as https://example.org/health.</translation>
    </message>
    <message>
        <source>Target: enter host:port, such as db.internal:5432.</source>
        <translation>Target: enter host:port, such as db.internal:5432.</translation>
    </message>
    <message>
        <source>Target: enter a host name such as example.org.</source>
        <translation>Target: enter a host name such as example.org.</translation>
    </message>
    <message>
        <source>https://example.org/health</source>
        <translation>https://example.org/health</translation>
    </message>
    <message>
        <source>db.internal:5432</source>
        <translation>db.internal:5432</translation>
    </message>
    <message>
        <source>example.org</source>
        <translation>example.org</translation>
    </message>
    <message>
        <source>https://example.org</source>
        <translation>https://example.org</translation>
    </message>
</context>
<context>
    <name>ServiceState</name>
    <message>
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Up</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>Degraded</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Down</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Paused</translation>
    </message>
</context>
<context>
    <name>ServiceStateMachine</name>
    <message>
        <source>check passed</source>
        <translation>check passed</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>paused</translation>
    </message>
    <message>
        <source>resumed</source>
        <translation>resumed</translation>
    </message>
</context>
<context>
    <name>ServiceTable</name>
    <message>
        <source>load the services</source>
        <translation>load the services</translation>
    </message>
    <message>
        <source>look up the service &quot;%1&quot;</source>
        <translation>look up the service &quot;%1&quot;</translation>
    </message>
    <message>
        <source>save the service &quot;%1&quot;</source>
        <translation>save the service &quot;%1&quot;</translation>
    </message>
    <message>
        <source>remove a service</source>
        <translation>remove a service</translation>
    </message>
    <message>
        <source>pause or resume a service</source>
        <translation>pause or resume a service</translation>
    </message>
</context>
<context>
    <name>Severity</name>
    <message>
        <source>Critical: the service is down or data is at risk for most customers</source>
        <translation>Critical: the service is down or data is at risk for most customers</translation>
    </message>
    <message>
        <source>Major: a core feature is unavailable or badly degraded for many customers</source>
        <translation>Major: a core feature is unavailable or badly degraded for many customers</translation>
    </message>
    <message>
        <source>Minor: a limited part of the service is impaired; a workaround exists</source>
        <translation>Minor: a limited part of the service is impaired; a workaround exists</translation>
    </message>
    <message>
        <source>Low: a cosmetic or internal problem with no visible customer impact</source>
        <translation>Low: a cosmetic or internal problem with no visible customer impact</translation>
    </message>
</context>
<context>
    <name>SftpTransport</name>
    <message>
        <source>neither &quot;host_key_sha256&quot; nor &quot;known_hosts&quot; is set; Vigie does not connect to an SFTP server it cannot verify</source>
        <translation>neither &quot;host_key_sha256&quot; nor &quot;known_hosts&quot; is set; Vigie does not connect to an SFTP server it cannot verify</translation>
    </message>
    <message>
        <source>the secret &quot;%1&quot; or &quot;%2&quot; is missing</source>
        <translation>the secret &quot;%1&quot; or &quot;%2&quot; is missing</translation>
    </message>
    <message>
        <source>the secret &quot;%1&quot; could not be written to a private temporary file: %2</source>
        <translation>the secret &quot;%1&quot; could not be written to a private temporary file: %2</translation>
    </message>
    <message>
        <source>libcurl could not start a transfer</source>
        <translation>libcurl could not start a transfer</translation>
    </message>
    <message>
        <source>the server did not let Vigie move the uploaded file into place (%1)</source>
        <translation>the server did not let Vigie move the uploaded file into place (%1)</translation>
    </message>
    <message>
        <source>the server&apos;s host key is not the one in the known_hosts file, so nothing was sent (%1)</source>
        <translation>the server&apos;s host key is not the one in the known_hosts file, so nothing was sent (%1)</translation>
    </message>
    <message>
        <source>the server&apos;s host key does not match the pinned host_key_sha256, so nothing was sent (%1)</source>
        <translation>the server&apos;s host key does not match the pinned host_key_sha256, so nothing was sent (%1)</translation>
    </message>
</context>
<context>
    <name>SkipStepDialog</name>
    <message>
        <source>Skip a step</source>
        <translation>Skip a step</translation>
    </message>
    <message>
        <source>e.g. the status page is not affected</source>
        <translation>e.g. the status page is not affected</translation>
    </message>
    <message>
        <source>&amp;Skip step</source>
        <translation>&amp;Skip step</translation>
    </message>
    <message>
        <source>Skip “%1”?</source>
        <translation>Skip “%1”?</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
</context>
<context>
    <name>SlaCalculator</name>
    <message>
        <source>24 h</source>
        <translation>24 h</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 days</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 days</translation>
    </message>
    <message>
        <source>90 days</source>
        <translation>90 days</translation>
    </message>
</context>
<context>
    <name>SlackWebhookAdapter</name>
    <message>
        <source>%1: the webhook exists (Slack refused an empty test message, as expected); nothing was posted.</source>
        <translation>%1: the webhook exists (Slack refused an empty test message, as expected); nothing was posted.</translation>
    </message>
</context>
<context>
    <name>SmtpAdapter</name>
    <message>
        <source>The channel “%1” has a username but no password (secret “%2”).</source>
        <translation>The channel “%1” has a username but no password (secret “%2”).</translation>
    </message>
    <message>
        <source>The mail server %1 did not answer: %2.</source>
        <translation>The mail server %1 did not answer: %2.</translation>
    </message>
    <message>
        <source>The mail server %1 cannot check the login right now (%2).</source>
        <translation>The mail server %1 cannot check the login right now (%2).</translation>
    </message>
    <message>
        <source>The mail server %1 refused the login of “%2” (%3). Check the username and the password (secret “%4”) of the channel “%5”.</source>
        <translation>The mail server %1 refused the login of “%2” (%3). Check the username and the password (secret “%4”) of the channel “%5”.</translation>
    </message>
    <message>
        <source>No trusted TLS connection to the mail server %1: %2. Mail is never sent without TLS; check the port, “security” and “ca_file” of the channel “%3”.</source>
        <translation>No trusted TLS connection to the mail server %1: %2. Mail is never sent without TLS; check the port, “security” and “ca_file” of the channel “%3”.</translation>
    </message>
    <message>
        <source>The mail server %1 did not authenticate “%2”: it offered no login after TLS.</source>
        <translation>The mail server %1 did not authenticate “%2”: it offered no login after TLS.</translation>
    </message>
    <message>
        <source>The mail server %1 deferred the message: %2.</source>
        <translation>The mail server %1 deferred the message: %2.</translation>
    </message>
    <message>
        <source>The mail server %1 deferred the recipient %2: %3.</source>
        <translation>The mail server %1 deferred the recipient %2: %3.</translation>
    </message>
    <message>
        <source>The mail server %1 refused the message: %2.</source>
        <translation>The mail server %1 refused the message: %2.</translation>
    </message>
    <message>
        <source>The mail server %1 refused the recipient %2: %3. Correct the recipients of the channel “%4”.</source>
        <translation>The mail server %1 refused the recipient %2: %3. Correct the recipients of the channel “%4”.</translation>
    </message>
    <message>
        <source>[%1] %2</source>
        <translation>[%1] %2</translation>
    </message>
    <message>
        <source>The message is empty; a mail needs some text.</source>
        <translation>The message is empty; a mail needs some text.</translation>
    </message>
    <message>
        <source>The mail server %1 refused %2 recipients: %3. The others got the mail.</source>
        <translation>The mail server %1 refused %2 recipients: %3. The others got the mail.</translation>
    </message>
    <message>
        <source>The mail server %1 had the whole mail when Vigie stopped, before it confirmed it; SMTP offers no way to check, so it was not sent again. Retry sends it again with the same Message-ID.</source>
        <translation>The mail server %1 had the whole mail when Vigie stopped, before it confirmed it; SMTP offers no way to check, so it was not sent again. Retry sends it again with the same Message-ID.</translation>
    </message>
</context>
<context>
    <name>SmtpChannelSettings</name>
    <message>
        <source>The channel “%1” needs the mail server&apos;s host name (setting “server”, e.g. smtp.example.org).</source>
        <translation>The channel “%1” needs the mail server&apos;s host name (setting “server”, e.g. smtp.example.org).</translation>
    </message>
    <message>
        <source>The channel “%1” has security “%2”: use “starttls” (port 587) or “tls” (port 465). Mail is never sent without TLS.</source>
        <translation>The channel “%1” has security “%2”: use “starttls” (port 587) or “tls” (port 465). Mail is never sent without TLS.</translation>
    </message>
    <message>
        <source>The channel “%1” has an invalid port (setting “port”).</source>
        <translation>The channel “%1” has an invalid port (setting “port”).</translation>
    </message>
    <message>
        <source>The channel “%1” needs a sender address such as status@example.org (setting “from”).</source>
        <translation>The channel “%1” needs a sender address such as status@example.org (setting “from”).</translation>
    </message>
    <message>
        <source>The channel “%1” lists “%2”, which is not a plain mail address (settings “to” and “recipients”).</source>
        <translation>The channel “%1” lists “%2”, which is not a plain mail address (settings “to” and “recipients”).</translation>
    </message>
    <message>
        <source>The channel “%1” has no recipients (settings “to” and “recipients”).</source>
        <translation>The channel “%1” has no recipients (settings “to” and “recipients”).</translation>
    </message>
    <message>
        <source>The channel “%1” has mode “%2”: use “bcc” or “individual”.</source>
        <translation>The channel “%1” has mode “%2”: use “bcc” or “individual”.</translation>
    </message>
</context>
<context>
    <name>StateChangeListModel</name>
    <message>
        <source>%1 → %2</source>
        <extracomment>A state transition, e.g. &quot;Up → Down&quot;</extracomment>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>StateChangeTable</name>
    <message>
        <source>store state changes</source>
        <translation>store state changes</translation>
    </message>
    <message>
        <source>read state changes</source>
        <translation>read state changes</translation>
    </message>
    <message>
        <source>delete a service&apos;s state changes</source>
        <translation>delete a service&apos;s state changes</translation>
    </message>
</context>
<context>
    <name>StatusApiErrors</name>
    <message>
        <source>%1 did not answer while %2: %3</source>
        <translation>%1 did not answer while %2: %3</translation>
    </message>
    <message>
        <source>: %1</source>
        <translation>: %1</translation>
    </message>
    <message>
        <source>trying again in %1 s</source>
        <translation>trying again in %1 s</translation>
    </message>
    <message>
        <source>trying again later</source>
        <translation>trying again later</translation>
    </message>
    <message>
        <source>%1 asks to slow down (HTTP %2) while %3; %4</source>
        <translation>%1 asks to slow down (HTTP %2) while %3; %4</translation>
    </message>
    <message>
        <source>%1 had a temporary problem (HTTP %2) while %3%4</source>
        <translation>%1 had a temporary problem (HTTP %2) while %3%4</translation>
    </message>
    <message>
        <source>%1 refused the credentials (HTTP %2) while %3%4. Check the channel&apos;s secret and its rights.</source>
        <translation>%1 refused the credentials (HTTP %2) while %3%4. Check the channel&apos;s secret and its rights.</translation>
    </message>
    <message>
        <source>%1 rejected the request (HTTP %2) while %3%4</source>
        <translation>%1 rejected the request (HTTP %2) while %3%4</translation>
    </message>
    <message>
        <source>%1 gave an unexpected answer (HTTP %2) while %3</source>
        <translation>%1 gave an unexpected answer (HTTP %2) while %3</translation>
    </message>
</context>
<context>
    <name>StatusCodeSet</name>
    <message>
        <source>&quot;%1&quot; is not a status code or a range such as 200-299</source>
        <translation>&quot;%1&quot; is not a status code or a range such as 200-299</translation>
    </message>
    <message>
        <source>no status code given; write codes or ranges such as 200-299, 301</source>
        <translation>no status code given; write codes or ranges such as 200-299, 301</translation>
    </message>
</context>
<context>
    <name>StatusReportDialog</name>
    <message>
        <source>What is happening now: symptoms, scope, trend</source>
        <translation>What is happening now: symptoms, scope, trend</translation>
    </message>
    <message>
        <source>What is being done, and by whom</source>
        <translation>What is being done, and by whom</translation>
    </message>
    <message>
        <source>What help or decisions are wanted</source>
        <translation>What help or decisions are wanted</translation>
    </message>
    <message>
        <source>Status report on %1</source>
        <translation>Status report on %1</translation>
    </message>
    <message>
        <source>&amp;Conditions:</source>
        <translation>&amp;Conditions:</translation>
    </message>
    <message>
        <source>&amp;Actions:</source>
        <translation>&amp;Actions:</translation>
    </message>
    <message>
        <source>&amp;Needs:</source>
        <translation>&amp;Needs:</translation>
    </message>
    <message>
        <source>Internal: for the response team. Ctrl+Enter saves.</source>
        <translation>Internal: for the response team. Ctrl+Enter saves.</translation>
    </message>
</context>
<context>
    <name>StatuspageAdapter</name>
    <message>
        <source>The channel “%1” has no Statuspage API key (secret “%2”).</source>
        <translation>The channel “%1” has no Statuspage API key (secret “%2”).</translation>
    </message>
    <message>
        <source>The channel “%1” has no Statuspage page id (setting “page_id”).</source>
        <translation>The channel “%1” has no Statuspage page id (setting “page_id”).</translation>
    </message>
    <message>
        <source>The message is %1 characters long; Statuspage accepts %2.</source>
        <translation>The message is %1 characters long; Statuspage accepts %2.</translation>
    </message>
    <message>
        <source>reading the page</source>
        <translation>reading the page</translation>
    </message>
    <message>
        <source>creating the incident</source>
        <translation>creating the incident</translation>
    </message>
    <message>
        <source>Statuspage answered the new incident without its id; checking the page before trying again.</source>
        <translation>Statuspage answered the new incident without its id; checking the page before trying again.</translation>
    </message>
    <message>
        <source>updating incident %1</source>
        <translation>updating incident %1</translation>
    </message>
    <message>
        <source>checking for an incident an earlier attempt created</source>
        <translation>checking for an incident an earlier attempt created</translation>
    </message>
    <message>
        <source>checking whether an earlier attempt updated incident %1</source>
        <translation>checking whether an earlier attempt updated incident %1</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>The history database is not open.</source>
        <translation>The history database is not open.</translation>
    </message>
</context>
<context>
    <name>StoreWorker</name>
    <message>
        <source>The history database is not open.</source>
        <translation>The history database is not open.</translation>
    </message>
    <message>
        <source>store check results</source>
        <translation>store check results</translation>
    </message>
    <message>
        <source>%1 check results could not be stored and were dropped.</source>
        <translation>%1 check results could not be stored and were dropped.</translation>
    </message>
    <message>
        <source>remove a service and its history</source>
        <translation>remove a service and its history</translation>
    </message>
</context>
<context>
    <name>TeamsWorkflowAdapter</name>
    <message>
        <source>%1: the message is empty.</source>
        <translation>%1: the message is empty.</translation>
    </message>
    <message>
        <source>%1: the message makes a %2-byte card; Teams takes at most %3 bytes. Shorten it.</source>
        <translation>%1: the message makes a %2-byte card; Teams takes at most %3 bytes. Shorten it.</translation>
    </message>
    <message>
        <source>%1: the address is well formed. Teams cannot be checked without running the flow, which may post: nothing was sent. Publish a drill to prove it.</source>
        <translation>%1: the address is well formed. Teams cannot be checked without running the flow, which may post: nothing was sent. Publish a drill to prove it.</translation>
    </message>
</context>
<context>
    <name>TelegramBotAdapter</name>
    <message>
        <source>%1: the secret “%2” is missing; set it in the channel settings.</source>
        <translation>%1: the secret “%2” is missing; set it in the channel settings.</translation>
    </message>
    <message>
        <source>%1: the secret “%2” does not look like a bot token (digits, a colon, then letters, digits, - and _).</source>
        <translation>%1: the secret “%2” does not look like a bot token (digits, a colon, then letters, digits, - and _).</translation>
    </message>
    <message>
        <source>%1: the group became a supergroup; set chat_id to %2.</source>
        <translation>%1: the group became a supergroup; set chat_id to %2.</translation>
    </message>
    <message>
        <source>%1: the bot @%2 can reach “%3”; nothing was posted.</source>
        <translation>%1: the bot @%2 can reach “%3”; nothing was posted.</translation>
    </message>
    <message>
        <source>the setting “api_base”</source>
        <translation>the setting “api_base”</translation>
    </message>
    <message>
        <source>%1: the setting “chat_id” is missing.</source>
        <translation>%1: the setting “chat_id” is missing.</translation>
    </message>
    <message>
        <source>%1: the bot @%2 answered, but the setting “chat_id” is missing.</source>
        <translation>%1: the bot @%2 answered, but the setting “chat_id” is missing.</translation>
    </message>
</context>
<context>
    <name>TemplateCatalogue</name>
    <message>
        <source>cannot read the file: %1</source>
        <translation>cannot read the file: %1</translation>
    </message>
</context>
<context>
    <name>TemplateRenderer</name>
    <message>
        <source>The template is not valid Mustache: %1</source>
        <translation>The template is not valid Mustache: %1</translation>
    </message>
    <message>
        <source>The template could not be rendered: %1</source>
        <translation>The template could not be rendered: %1</translation>
    </message>
    <message numerus="yes">
        <source>The template uses %n fact(s) this incident does not have yet: %1. Fill them in on the incident or take them out of the message.</source>
        <translation>
            <numerusform>The template uses %n fact this incident does not have yet: %1. Fill it in on the incident or take it out of the message.</numerusform>
            <numerusform>The template uses %n facts this incident does not have yet: %1. Fill them in on the incident or take them out of the message.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimeText</name>
    <message numerus="yes">
        <source>for %n min</source>
        <translation>
            <numerusform>for %n min</numerusform>
            <numerusform>for %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>for %1 h %2 min</source>
        <translation>for %1 h %2 min</translation>
    </message>
    <message>
        <source>for %1 d %2 h</source>
        <translation>for %1 d %2 h</translation>
    </message>
    <message numerus="yes">
        <source>for %n s</source>
        <translation>
            <numerusform>for %n s</numerusform>
            <numerusform>for %n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineExporter</name>
    <message>
        <source>Cannot export the timeline as %1: the file is not open for writing.</source>
        <translation>Cannot export the timeline as %1: the file is not open for writing.</translation>
    </message>
    <message>
        <source>Cannot export the timeline as PNG: %1</source>
        <translation>Cannot export the timeline as PNG: %1</translation>
    </message>
    <message>
        <source>Vigie outage timeline</source>
        <translation>Vigie outage timeline</translation>
    </message>
    <message>
        <source>Cannot export the timeline as SVG: %1</source>
        <translation>Cannot export the timeline as SVG: %1</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Ungrouped</source>
        <translation>Ungrouped</translation>
    </message>
</context>
<context>
    <name>TimelinePainter</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Last 90 days, one bar a day</source>
        <translation>Last 90 days, one bar a day</translation>
    </message>
    <message>
        <source>90 days ago</source>
        <translation>90 days ago</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <source>Show:</source>
        <translation>Show:</translation>
    </message>
    <message>
        <source>1 h</source>
        <translation>1 h</translation>
    </message>
    <message>
        <source>24 h</source>
        <translation>24 h</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 days</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 days</translation>
    </message>
    <message>
        <source>90 days</source>
        <translation>90 days</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Custom…</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>90-day bars</source>
        <translation>90-day bars</translation>
    </message>
    <message>
        <source>One bar per day and service, as a status page shows it</source>
        <translation>One bar per day and service, as a status page shows it</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>Export PNG…</translation>
    </message>
    <message>
        <source>Export SVG…</source>
        <translation>Export SVG…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <source>Export the timeline as PNG</source>
        <translation>Export the timeline as PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Cannot open %1: %2</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>Cannot save %1: %2</translation>
    </message>
    <message>
        <source>Export the timeline as SVG</source>
        <translation>Export the timeline as SVG</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG drawings (*.svg)</translation>
    </message>
    <message>
        <source>Export the uptime table as CSV</source>
        <translation>Export the uptime table as CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Uptime</source>
        <translation>Uptime</translation>
    </message>
    <message>
        <source>What else changed around this time</source>
        <translation>What else changed around this time</translation>
    </message>
</context>
<context>
    <name>TimelineToolTip</name>
    <message>
        <source>No data</source>
        <translation>No data</translation>
    </message>
    <message>
        <source>now</source>
        <translation>now</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>From %1 to %2</translation>
    </message>
    <message>
        <source>Duration: %1</source>
        <translation>Duration: %1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Reason: %1</translation>
    </message>
    <message>
        <source>%1
%2
No data</source>
        <translation>%1
%2
No data</translation>
    </message>
    <message>
        <source>%1
%2
Worst state: %3</source>
        <translation>%1
%2
Worst state: %3</translation>
    </message>
    <message>
        <source>Uptime: %1 %</source>
        <translation>Uptime: %1 %</translation>
    </message>
    <message numerus="yes">
        <source>Down: %n min</source>
        <translation>
            <numerusform>Down: %n min</numerusform>
            <numerusform>Down: %n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrayStatus</name>
    <message>
        <source>Vigie</source>
        <translation>Vigie</translation>
    </message>
    <message numerus="yes">
        <source>Vigie: %n service(s) down</source>
        <translation>
            <numerusform>Vigie: %n service down</numerusform>
            <numerusform>Vigie: %n services down</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Vigie: %n service(s) degraded</source>
        <translation>
            <numerusform>Vigie: %n service degraded</numerusform>
            <numerusform>Vigie: %n services degraded</numerusform>
        </translation>
    </message>
    <message>
        <source>Vigie: all services up</source>
        <translation>Vigie: all services up</translation>
    </message>
    <message>
        <source>Vigie: waiting for the first checks</source>
        <translation>Vigie: waiting for the first checks</translation>
    </message>
</context>
<context>
    <name>UploadCurl</name>
    <message>
        <source>the server refused the credentials (%1)</source>
        <translation>the server refused the credentials (%1)</translation>
    </message>
    <message>
        <source>the server could not be verified, so nothing was sent (%1)</source>
        <translation>the server could not be verified, so nothing was sent (%1)</translation>
    </message>
    <message>
        <source>the server refused the file (%1)</source>
        <translation>the server refused the file (%1)</translation>
    </message>
    <message>
        <source>no answer in time (%1)</source>
        <translation>no answer in time (%1)</translation>
    </message>
    <message>
        <source>the transfer failed (%1)</source>
        <translation>the transfer failed (%1)</translation>
    </message>
    <message>
        <source>the server refused the credentials (HTTP 401%1)</source>
        <translation>the server refused the credentials (HTTP 401%1)</translation>
    </message>
    <message>
        <source>the server refused access (HTTP 403%1)</source>
        <translation>the server refused access (HTTP 403%1)</translation>
    </message>
    <message>
        <source>the server has no such place (HTTP 404%1)</source>
        <translation>the server has no such place (HTTP 404%1)</translation>
    </message>
    <message>
        <source>the server is having trouble (HTTP %1%2); Vigie will try again</source>
        <translation>the server is having trouble (HTTP %1%2); Vigie will try again</translation>
    </message>
    <message>
        <source>the server refused the file (HTTP %1%2)</source>
        <translation>the server refused the file (HTTP %1%2)</translation>
    </message>
</context>
<context>
    <name>UploadTarget</name>
    <message>
        <source>%1: the setting &quot;%2&quot; is missing.</source>
        <translation>%1: the setting &quot;%2&quot; is missing.</translation>
    </message>
    <message>
        <source>%1: the setting &quot;target&quot; is &quot;%2&quot;; it must be folder, webdav, sftp or s3.</source>
        <translation>%1: the setting &quot;target&quot; is &quot;%2&quot;; it must be folder, webdav, sftp or s3.</translation>
    </message>
    <message>
        <source>%1: the setting &quot;prefix&quot; must stay inside the target (no &quot;..&quot;).</source>
        <translation>%1: the setting &quot;prefix&quot; must stay inside the target (no &quot;..&quot;).</translation>
    </message>
    <message>
        <source>%1: the setting &quot;timeout_seconds&quot; must be a whole number of seconds from 1 to 3600.</source>
        <translation>%1: the setting &quot;timeout_seconds&quot; must be a whole number of seconds from 1 to 3600.</translation>
    </message>
    <message>
        <source>%1: the setting &quot;ca_file&quot; names %2, which does not exist.</source>
        <translation>%1: the setting &quot;ca_file&quot; names %2, which does not exist.</translation>
    </message>
    <message>
        <source>%1: the setting &quot;path&quot; must be an absolute folder, not &quot;%2&quot;.</source>
        <translation>%1: the setting &quot;path&quot; must be an absolute folder, not &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1: the setting &quot;url&quot; must be an sftp:// address with a host.</source>
        <translation>%1: the setting &quot;url&quot; must be an sftp:// address with a host.</translation>
    </message>
    <message>
        <source>%1: the setting &quot;url&quot; must be an http or https address with a host.</source>
        <translation>%1: the setting &quot;url&quot; must be an http or https address with a host.</translation>
    </message>
    <message>
        <source>%1: the setting &quot;url&quot; must not contain a password; store it as the secret &quot;password&quot;.</source>
        <translation>%1: the setting &quot;url&quot; must not contain a password; store it as the secret &quot;password&quot;.</translation>
    </message>
    <message>
        <source>%1: set &quot;host_key_sha256&quot; (the server&apos;s SHA256 host key fingerprint) or &quot;known_hosts&quot; (a known_hosts file); Vigie does not connect to an SFTP server it cannot verify.</source>
        <translation>%1: set &quot;host_key_sha256&quot; (the server&apos;s SHA256 host key fingerprint) or &quot;known_hosts&quot; (a known_hosts file); Vigie does not connect to an SFTP server it cannot verify.</translation>
    </message>
    <message>
        <source>%1: the setting &quot;host_key_sha256&quot; is not a SHA256 fingerprint (43 base64 characters, as ssh-keygen -l -E sha256 prints after &quot;SHA256:&quot;).</source>
        <translation>%1: the setting &quot;host_key_sha256&quot; is not a SHA256 fingerprint (43 base64 characters, as ssh-keygen -l -E sha256 prints after &quot;SHA256:&quot;).</translation>
    </message>
    <message>
        <source>%1: the setting &quot;known_hosts&quot; names %2, which does not exist.</source>
        <translation>%1: the setting &quot;known_hosts&quot; names %2, which does not exist.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>folder</translation>
    </message>
</context>
<context>
    <name>UptimeCsvExporter</name>
    <message>
        <source>Cannot write the uptime table: the file is not open for writing.</source>
        <translation>Cannot write the uptime table: the file is not open for writing.</translation>
    </message>
    <message>
        <source>Cannot write the uptime table: %1</source>
        <translation>Cannot write the uptime table: %1</translation>
    </message>
</context>
<context>
    <name>UptimeReport</name>
    <message>
        <source>no data</source>
        <translation>no data</translation>
    </message>
    <message>
        <source>%1 %</source>
        <extracomment>An uptime percentage, e.g. &quot;99.95 %&quot;</extracomment>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>UptimeTableModel</name>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>SLA target</source>
        <translation>SLA target</translation>
    </message>
    <message>
        <source>Uptime (shown)</source>
        <translation>Uptime (shown)</translation>
    </message>
    <message>
        <source>24 h</source>
        <translation>24 h</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 days</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 days</translation>
    </message>
    <message>
        <source>90 days</source>
        <translation>90 days</translation>
    </message>
    <message>
        <source>Downtime (min)</source>
        <translation>Downtime (min)</translation>
    </message>
    <message>
        <source>Error budget left</source>
        <translation>Error budget left</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>WebDavTransport</name>
    <message>
        <source>the secret &quot;%1&quot; is missing for the user name in &quot;username&quot;</source>
        <translation>the secret &quot;%1&quot; is missing for the user name in &quot;username&quot;</translation>
    </message>
    <message>
        <source>the secret &quot;%1&quot; is set but the setting &quot;username&quot; is not</source>
        <translation>the secret &quot;%1&quot; is set but the setting &quot;username&quot; is not</translation>
    </message>
    <message>
        <source>libcurl could not start a transfer</source>
        <translation>libcurl could not start a transfer</translation>
    </message>
    <message>
        <source>the server kept refusing the file after its folders were created</source>
        <translation>the server kept refusing the file after its folders were created</translation>
    </message>
    <message>
        <source>creating the folder %1 failed: %2</source>
        <translation>creating the folder %1 failed: %2</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>expected an http:// or https:// URL such as https://127.0.0.1:8443/health, got %1</source>
        <translation>expected an http:// or https:// URL such as https://127.0.0.1:8443/health, got %1</translation>
    </message>
    <message>
        <source>expected an https:// URL such as https://127.0.0.1:8443, got %1</source>
        <translation>expected an https:// URL such as https://127.0.0.1:8443, got %1</translation>
    </message>
    <message>
        <source>expected host:port with a port from 1 to 65535, such as 127.0.0.1:5432, got %1</source>
        <translation>expected host:port with a port from 1 to 65535, such as 127.0.0.1:5432, got %1</translation>
    </message>
    <message>
        <source>expected a host name such as db.internal.example, got %1</source>
        <translation>expected a host name such as db.internal.example, got %1</translation>
    </message>
    <message>
        <source>expected a JSON Pointer starting with / such as /status or /items/0/id, got &quot;%1&quot;</source>
        <translation>expected a JSON Pointer starting with / such as /status or /items/0/id, got &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown operator &quot;%1&quot;; expected one of ==, !=, &lt;, &lt;=, &gt;, &gt;=, contains</source>
        <translation>unknown operator &quot;%1&quot;; expected one of ==, !=, &lt;, &lt;=, &gt;, &gt;=, contains</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid header name</source>
        <translation>&quot;%1&quot; is not a valid header name</translation>
    </message>
    <message>
        <source>expected a single value, got %1</source>
        <translation>expected a single value, got %1</translation>
    </message>
    <message>
        <source>expected an HTTP method such as GET, HEAD or POST, got &quot;%1&quot;</source>
        <translation>expected an HTTP method such as GET, HEAD or POST, got &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot;; expected one of %2</source>
        <translation>unknown kind &quot;%1&quot;; expected one of %2</translation>
    </message>
    <message>
        <source>(did you mean &quot;%1&quot;?)</source>
        <translation>(did you mean &quot;%1&quot;?)</translation>
    </message>
    <message>
        <source>a service needs a name</source>
        <translation>a service needs a name</translation>
    </message>
    <message>
        <source>http settings only apply to services of kind http, not %1</source>
        <translation>http settings only apply to services of kind http, not %1</translation>
    </message>
    <message>
        <source>expected a list of services (lines starting with &quot;- &quot;), got %1</source>
        <translation>expected a list of services (lines starting with &quot;- &quot;), got %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already the name of services[%2]; service names must be unique</source>
        <translation>&quot;%1&quot; is already the name of services[%2]; service names must be unique</translation>
    </message>
    <message>
        <source>this is not valid YAML: %1</source>
        <translation>this is not valid YAML: %1</translation>
    </message>
    <message>
        <source>the file is empty; a workspace starts with &quot;version: 1&quot; and a services: list</source>
        <translation>the file is empty; a workspace starts with &quot;version: 1&quot; and a services: list</translation>
    </message>
    <message>
        <source>this Vigie reads workspace version %1, the file has version %2</source>
        <translation>this Vigie reads workspace version %1, the file has version %2</translation>
    </message>
    <message>
        <source>cannot open the workspace file: %1</source>
        <translation>cannot open the workspace file: %1</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>a list</translation>
    </message>
    <message>
        <source>a map</source>
        <translation>a map</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nothing</translation>
    </message>
    <message>
        <source>expected a map of keys and values, got %1</source>
        <translation>expected a map of keys and values, got %1</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;; expected one of %2</source>
        <translation>unknown key &quot;%1&quot;; expected one of %2</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;; did you mean &quot;%2&quot;?</source>
        <translation>unknown key &quot;%1&quot;; did you mean &quot;%2&quot;?</translation>
    </message>
    <message>
        <source>key &quot;%1&quot; appears twice</source>
        <translation>key &quot;%1&quot; appears twice</translation>
    </message>
    <message>
        <source>missing required key &quot;%1&quot;</source>
        <translation>missing required key &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected true or false, got %1</source>
        <translation>expected true or false, got %1</translation>
    </message>
    <message>
        <source>expected a whole number from %1 to %2, got %3</source>
        <translation>expected a whole number from %1 to %2, got %3</translation>
    </message>
    <message>
        <source>expected a number from %1 to %2, got %3</source>
        <translation>expected a number from %1 to %2, got %3</translation>
    </message>
    <message>
        <source>expected a duration such as 30s, 5m or 1h, got %1</source>
        <translation>expected a duration such as 30s, 5m or 1h, got %1</translation>
    </message>
    <message>
        <source>expected whole seconds such as 30s or 2m, got %1</source>
        <translation>expected whole seconds such as 30s or 2m, got %1</translation>
    </message>
    <message>
        <source>expected a duration from %1 to %2, got %3</source>
        <translation>expected a duration from %1 to %2, got %3</translation>
    </message>
    <message>
        <source>expected an http(s) address, got “%1”</source>
        <translation>expected an http(s) address, got “%1”</translation>
    </message>
    <message>
        <source>unknown time zone “%1”; use an IANA name such as Europe/Paris</source>
        <translation>unknown time zone “%1”; use an IANA name such as Europe/Paris</translation>
    </message>
    <message>
        <source>messages can be in en or fr, not “%1”</source>
        <translation>messages can be in en or fr, not “%1”</translation>
    </message>
    <message>
        <source>expected a list of values, got %1</source>
        <translation>expected a list of values, got %1</translation>
    </message>
    <message>
        <source>%1[%2]: expected a single value, got %3</source>
        <translation>%1[%2]: expected a single value, got %3</translation>
    </message>
    <message>
        <source>“%1” looks like a secret; secrets never go in the workspace file. List its name under secrets: (e.g. secrets: [%2]) and provide the value through the keychain, an environment variable or the secrets file</source>
        <translation>“%1” looks like a secret; secrets never go in the workspace file. List its name under secrets: (e.g. secrets: [%2]) and provide the value through the keychain, an environment variable or the secrets file</translation>
    </message>
    <message>
        <source>a channel needs a name</source>
        <translation>a channel needs a name</translation>
    </message>
    <message>
        <source>expected an adapter type such as statuspage, mastodon or slack, got &quot;%1&quot;</source>
        <translation>expected an adapter type such as statuspage, mastodon or slack, got &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected customers or internal, got &quot;%1&quot;</source>
        <translation>expected customers or internal, got &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a secret name: use letters, digits and _ (the value itself never goes in this file)</source>
        <translation>&quot;%1&quot; is not a secret name: use letters, digits and _ (the value itself never goes in this file)</translation>
    </message>
    <message>
        <source>the secret &quot;%1&quot; is listed twice</source>
        <translation>the secret &quot;%1&quot; is listed twice</translation>
    </message>
    <message>
        <source>expected a list of channels (lines starting with &quot;- &quot;), got %1</source>
        <translation>expected a list of channels (lines starting with &quot;- &quot;), got %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already the name of channels[%2]; channel names must be unique</source>
        <translation>&quot;%1&quot; is already the name of channels[%2]; channel names must be unique</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>no display found: running headless</source>
        <translation>no display found: running headless</translation>
    </message>
    <message>
        <source>Vigie</source>
        <translation>Vigie</translation>
    </message>
    <message>
        <source>%1
The stored workspace keeps running unchanged.</source>
        <translation>%1
The stored workspace keeps running unchanged.</translation>
    </message>
    <message numerus="yes">
        <source>Vigie %1: watching %n service(s); store %2</source>
        <translation>
            <numerusform>Vigie %1: watching %n service; store %2</numerusform>
            <numerusform>Vigie %1: watching %n services; store %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Workspace not applied</source>
        <translation>Workspace not applied</translation>
    </message>
    <message>
        <source>the store did not confirm the workspace in time</source>
        <translation>the store did not confirm the workspace in time</translation>
    </message>
    <message>
        <source>another Vigie is already using the store %1</source>
        <translation>another Vigie is already using the store %1</translation>
    </message>
</context>
</TS>
