<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ActionItemCsvWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>ActionItemListModel</name>
    <message>
        <source>Open</source>
        <translation>À faire</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
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
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
</context>
<context>
    <name>ActionItemTable</name>
    <message>
        <source>save the action items of the incident %1</source>
        <translation>sauvegarder les actions correctives de l&apos;incident %1</translation>
    </message>
    <message>
        <source>read the action items</source>
        <translation>lire les actions correctives</translation>
    </message>
    <message>
        <source>the action item %1 has the unknown status %2</source>
        <translation>l&apos;action corrective %1 a un statut inconnu « %2 »</translation>
    </message>
</context>
<context>
    <name>ActionItemsView</name>
    <message>
        <source>Show &amp;done items too</source>
        <translation>Afficher aussi les actions &amp;terminées</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exporter en &amp;CSV…</translation>
    </message>
    <message>
        <source>Double-click an item to open its post-mortem</source>
        <translation>Double-cliquez sur une action pour ouvrir son post-mortem</translation>
    </message>
    <message numerus="yes">
        <source>%n action item(s)</source>
        <translation>
            <numerusform>%n action corrective</numerusform>
            <numerusform>%n actions correctives</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Enregistré dans %1</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Export en cours…</translation>
    </message>
    <message>
        <source>action-items</source>
        <translation>actions-correctives</translation>
    </message>
    <message>
        <source>Export action items</source>
        <translation>Exporter les actions correctives</translation>
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
        <translation>%1 : %2 n&apos;est pas une adresse web (http ou https).</translation>
    </message>
    <message>
        <source>%1: the secret “%2” is missing; set it in the channel settings.</source>
        <translation>%1 : le secret « %2 » est manquant ; renseignez-le dans les réglages du canal.</translation>
    </message>
    <message>
        <source>the secret “%1”</source>
        <translation>le secret « %1 »</translation>
    </message>
    <message>
        <source>%1: the message is empty.</source>
        <translation>%1 : le message est vide.</translation>
    </message>
    <message>
        <source>%1: the message has %2 characters; this service takes at most %3. Shorten it.</source>
        <translation>%1 : le message compte %2 caractères ; ce service en accepte %3 au plus. Raccourcissez-le.</translation>
    </message>
</context>
<context>
    <name>AffectedServicesEditor</name>
    <message>
        <source>No services in the workspace.</source>
        <translation>Aucun service dans l&apos;espace de travail.</translation>
    </message>
    <message>
        <source>Impact on %1</source>
        <translation>Impact sur %1</translation>
    </message>
</context>
<context>
    <name>BlueskyAdapter</name>
    <message>
        <source>The channel “%1” has no Bluesky app password (secret “%2”).</source>
        <translation>Le canal « %1 » n&apos;a pas de mot de passe d&apos;application Bluesky (secret « %2 »).</translation>
    </message>
    <message>
        <source>The channel “%1” has no Bluesky account (setting “identifier”).</source>
        <translation>Le canal « %1 » n&apos;a pas de compte Bluesky (réglage « identifier »).</translation>
    </message>
    <message>
        <source>The message is empty; Bluesky needs some text.</source>
        <translation>Le message est vide ; Bluesky a besoin d&apos;un texte.</translation>
    </message>
    <message>
        <source>The message counts %1 characters; Bluesky allows %2. Shorten it and approve it again.</source>
        <translation>Le message compte %1 caractères ; Bluesky en autorise %2. Raccourcissez-le et approuvez-le de nouveau.</translation>
    </message>
    <message>
        <source>The message takes %1 bytes; Bluesky allows %2. Shorten it and approve it again.</source>
        <translation>Le message occupe %1 octets ; Bluesky en autorise %2. Raccourcissez-le et approuvez-le de nouveau.</translation>
    </message>
    <message>
        <source>posting</source>
        <translation>la publication</translation>
    </message>
    <message>
        <source>Bluesky answered the post without its address; checking again.</source>
        <translation>Bluesky a répondu à la publication sans en donner l&apos;adresse ; nouvelle vérification.</translation>
    </message>
</context>
<context>
    <name>BlueskySessions</name>
    <message>
        <source>signing in as %1 with the app password</source>
        <translation>la connexion en tant que %1 avec le mot de passe d&apos;application</translation>
    </message>
    <message>
        <source>refreshing the session</source>
        <translation>le renouvellement de la session</translation>
    </message>
    <message>
        <source>Bluesky answered the sign-in without a session; trying again later.</source>
        <translation>Bluesky a répondu à la connexion sans ouvrir de session ; nouvel essai plus tard.</translation>
    </message>
</context>
<context>
    <name>CachetAdapter</name>
    <message>
        <source>The channel “%1” names Cachet version %2; Vigie speaks to versions 2 and 3.</source>
        <translation>Le canal « %1 » indique la version %2 de Cachet ; Vigie prend en charge les versions 2 et 3.</translation>
    </message>
    <message>
        <source>The channel “%1” has no Cachet API token (secret “%2”).</source>
        <translation>Le canal « %1 » n&apos;a pas de jeton d&apos;API Cachet (secret « %2 »).</translation>
    </message>
    <message>
        <source>The channel “%1” has no Cachet address (setting “api_base”).</source>
        <translation>Le canal « %1 » n&apos;a pas d&apos;adresse Cachet (réglage « api_base »).</translation>
    </message>
    <message>
        <source>creating the incident</source>
        <translation>la création de l&apos;incident</translation>
    </message>
    <message>
        <source>Cachet created the incident but did not say its id; later updates cannot follow it.</source>
        <translation>Cachet a créé l&apos;incident sans en donner l&apos;identifiant ; les mises à jour suivantes ne pourront pas s&apos;y rattacher.</translation>
    </message>
    <message>
        <source>updating incident %1</source>
        <translation>la mise à jour de l&apos;incident %1</translation>
    </message>
    <message>
        <source>setting component %1</source>
        <translation>la mise à jour de l&apos;état du composant %1</translation>
    </message>
    <message>
        <source>Published, but some component statuses were not set: %1</source>
        <translation>Publié, mais l&apos;état de certains composants n&apos;a pas été mis à jour : %1</translation>
    </message>
    <message>
        <source>checking the API</source>
        <translation>la vérification de l&apos;API</translation>
    </message>
    <message>
        <source>checking for an incident an earlier attempt created</source>
        <translation>la recherche d&apos;un incident créé par une tentative précédente</translation>
    </message>
    <message>
        <source>checking for an update an earlier attempt posted</source>
        <translation>la recherche d&apos;une mise à jour publiée par une tentative précédente</translation>
    </message>
</context>
<context>
    <name>ChannelAdapter</name>
    <message>
        <source>%1 publishes messages only; there is nothing to refresh.</source>
        <translation>%1 publie uniquement des messages ; il n&apos;y a rien à actualiser.</translation>
    </message>
</context>
<context>
    <name>ChannelCheck</name>
    <message>
        <source>There is no channel named “%1”: the workspace has no channels.</source>
        <translation>Il n&apos;existe aucun canal nommé « %1 » : l&apos;espace de travail n&apos;a aucun canal.</translation>
    </message>
    <message>
        <source>There is no channel named “%1”; the workspace has: %2.</source>
        <translation>Il n&apos;existe aucun canal nommé « %1 » ; l&apos;espace de travail contient : %2.</translation>
    </message>
    <message>
        <source>%1 (%2): ready.</source>
        <translation>%1 (%2) : prêt.</translation>
    </message>
    <message>
        <source>%1 (%2): ready. %3</source>
        <translation>%1 (%2) : prêt. %3</translation>
    </message>
    <message>
        <source>%1 (%2): not ready. %3</source>
        <translation>%1 (%2) : pas prêt. %3</translation>
    </message>
</context>
<context>
    <name>ChannelEditDialog</name>
    <message>
        <source>Sandbox: for drills</source>
        <translation>Bac à sable : pour les exercices</translation>
    </message>
    <message>
        <source>e.g. Customers status page</source>
        <translation>p. ex. Page d’état clients</translation>
    </message>
    <message>
        <source>Choose a type…</source>
        <translation>Choisir un type…</translation>
    </message>
    <message>
        <source>Choose a kind…</source>
        <translation>Choisir un genre…</translation>
    </message>
    <message>
        <source>Which messages this channel publishes: each draft is written for one kind</source>
        <translation>Les messages que ce canal publie : chaque brouillon est rédigé pour un genre</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Interne</translation>
    </message>
    <message>
        <source>Drills publish only to sandbox channels, and real incidents never do: use a sandbox to rehearse without reaching the public.</source>
        <translation>Les exercices ne publient que sur les canaux bac à sable, et les vrais incidents jamais : utilisez un bac à sable pour répéter sans atteindre le public.</translation>
    </message>
    <message>
        <source>e.g. webhook_url</source>
        <translation>p. ex. webhook_url</translation>
    </message>
    <message>
        <source>Names only, separated by commas. The values live in the system keychain (Set secret…), or for headless runs in the environment or a secrets file.</source>
        <translation>Les noms seulement, séparés par des virgules. Les valeurs sont dans le trousseau du système (Définir un secret…), ou, sans interface, dans l’environnement ou un fichier de secrets.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>Message &amp;kind:</source>
        <translation>&amp;Genre de message :</translation>
    </message>
    <message>
        <source>&amp;Audience:</source>
        <translation>&amp;Public :</translation>
    </message>
    <message>
        <source>Se&amp;crets:</source>
        <translation>Se&amp;crets :</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <source>Add channel</source>
        <translation>Ajouter un canal</translation>
    </message>
    <message>
        <source>Edit channel</source>
        <translation>Modifier le canal</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>Nom : %1</translation>
    </message>
    <message>
        <source>Name: “%1” is already the name of another channel; channel names must be unique</source>
        <translation>Nom : « %1 » est déjà le nom d’un autre canal ; les noms de canaux doivent être uniques</translation>
    </message>
    <message>
        <source>Type: choose the service this channel publishes to</source>
        <translation>Type : choisissez le service sur lequel ce canal publie</translation>
    </message>
    <message>
        <source>Message kind: choose which messages this channel publishes</source>
        <translation>Genre de message : choisissez les messages que ce canal publie</translation>
    </message>
    <message>
        <source>Secrets: %1</source>
        <translation>Secrets : %1</translation>
    </message>
</context>
<context>
    <name>ChannelKind</name>
    <message>
        <source>Status page</source>
        <translation>Page de statut</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Social post</source>
        <translation>Réseaux sociaux</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Messagerie</translation>
    </message>
</context>
<context>
    <name>ChannelListModel</name>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>Not ready</source>
        <translation>Pas prêt</translation>
    </message>
    <message>
        <source>Not ready: %1</source>
        <translation>Pas prêt : %1</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Test en cours…</translation>
    </message>
    <message>
        <source>Never tested</source>
        <translation>Jamais testé</translation>
    </message>
    <message>
        <source>The last test reached the service; nothing was published.</source>
        <translation>Le dernier test a atteint le service ; rien n’a été publié.</translation>
    </message>
    <message>
        <source>The last test failed.</source>
        <translation>Le dernier test a échoué.</translation>
    </message>
    <message>
        <source>Waiting for the service’s answer.</source>
        <translation>En attente de la réponse du service.</translation>
    </message>
    <message>
        <source>Not tested since it was set up or changed: Test this channel (Ctrl+T) checks it without publishing.</source>
        <translation>Pas testé depuis sa création ou sa modification : Tester ce canal (Ctrl+T) le vérifie sans rien publier.</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Interne</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Bac à sable</translation>
    </message>
    <message>
        <source>Drills publish only here; real incidents never do.</source>
        <translation>Les exercices ne publient qu’ici ; les vrais incidents jamais.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
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
        <translation>Public</translation>
    </message>
    <message>
        <source>Drills</source>
        <translation>Exercices</translation>
    </message>
    <message>
        <source>Last test</source>
        <translation>Dernier test</translation>
    </message>
</context>
<context>
    <name>ChannelSettingsEditor</name>
    <message>
        <source>Add setting</source>
        <translation>Ajouter un réglage</translation>
    </message>
    <message>
        <source>Remove setting</source>
        <translation>Retirer le réglage</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Réglage</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>What it holds</source>
        <translation>Ce qu’il contient</translation>
    </message>
    <message>
        <source>Values read as in the workspace file: true/false, numbers, {&quot;key&quot;: &quot;value&quot;} maps, [&quot;a&quot;, &quot;b&quot;] lists, &quot;quoted&quot; text; anything else is text. A setting without a value is left out.</source>
        <translation>Les valeurs se lisent comme dans le fichier d’espace de travail : true/false, nombres, tables {&quot;clé&quot;: &quot;valeur&quot;}, listes [&quot;a&quot;, &quot;b&quot;], texte &quot;entre guillemets&quot; ; tout le reste est du texte. Un réglage sans valeur est ignoré.</translation>
    </message>
    <message>
        <source>Settings, row %1: a value needs a setting name</source>
        <translation>Réglages, ligne %1 : une valeur a besoin d’un nom de réglage</translation>
    </message>
    <message>
        <source>Settings: %1</source>
        <translation>Réglages : %1</translation>
    </message>
    <message>
        <source>Settings: “%1” is set in its own field above, not as a setting</source>
        <translation>Réglages : « %1 » se règle dans son propre champ plus haut, pas comme réglage</translation>
    </message>
    <message>
        <source>Settings: “%1” appears twice</source>
        <translation>Réglages : « %1 » apparaît deux fois</translation>
    </message>
    <message>
        <source>Settings: the value of “%1” starts like a map or a list but is not valid JSON</source>
        <translation>Réglages : la valeur de « %1 » commence comme une table ou une liste mais n’est pas du JSON valide</translation>
    </message>
</context>
<context>
    <name>ChannelTypeCatalog</name>
    <message>
        <source>optional: time limit per request in ms (15000)</source>
        <translation>facultatif : délai par requête en ms (15000)</translation>
    </message>
    <message>
        <source>required: the Cachet site, e.g. https://status.example.org</source>
        <translation>obligatoire : le site Cachet, p. ex. https://status.example.org</translation>
    </message>
    <message>
        <source>optional: {&quot;Vigie service&quot;: Cachet component id, …}</source>
        <translation>facultatif : {&quot;service Vigie&quot;: id du composant Cachet, …}</translation>
    </message>
    <message>
        <source>optional: true or false, whether new incidents are public (true)</source>
        <translation>facultatif : true ou false, les nouveaux incidents sont-ils publics (true)</translation>
    </message>
    <message>
        <source>Atlassian Statuspage</source>
        <translation>Atlassian Statuspage</translation>
    </message>
    <message>
        <source>required: the page’s id</source>
        <translation>obligatoire : l’id de la page</translation>
    </message>
    <message>
        <source>optional: manage API address (https://api.statuspage.io/v1)</source>
        <translation>facultatif : adresse de l’API de gestion (https://api.statuspage.io/v1)</translation>
    </message>
    <message>
        <source>optional: {&quot;Vigie service&quot;: &quot;Statuspage component id&quot;, …}</source>
        <translation>facultatif : {&quot;service Vigie&quot;: &quot;id du composant Statuspage&quot;, …}</translation>
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
        <translation>E-mail (SMTP)</translation>
    </message>
    <message>
        <source>required: the mail server’s host name</source>
        <translation>obligatoire : le nom d’hôte du serveur de messagerie</translation>
    </message>
    <message>
        <source>optional: 587 for STARTTLS, 465 for TLS</source>
        <translation>facultatif : 587 pour STARTTLS, 465 pour TLS</translation>
    </message>
    <message>
        <source>optional: starttls or tls (starttls)</source>
        <translation>facultatif : starttls ou tls (starttls)</translation>
    </message>
    <message>
        <source>optional: log in as this user (then the secret password is needed)</source>
        <translation>facultatif : se connecter sous cet utilisateur (le secret password est alors nécessaire)</translation>
    </message>
    <message>
        <source>required: the sender’s address</source>
        <translation>obligatoire : l’adresse de l’expéditeur</translation>
    </message>
    <message>
        <source>optional: the sender’s name</source>
        <translation>facultatif : le nom de l’expéditeur</translation>
    </message>
    <message>
        <source>visible recipients: [&quot;a@example.org&quot;, …]</source>
        <translation>destinataires visibles : [&quot;a@example.org&quot;, …]</translation>
    </message>
    <message>
        <source>hidden recipients: [&quot;b@example.org&quot;, …]</source>
        <translation>destinataires cachés : [&quot;b@example.org&quot;, …]</translation>
    </message>
    <message>
        <source>optional: bcc or individual (bcc)</source>
        <translation>facultatif : bcc ou individual (bcc)</translation>
    </message>
    <message>
        <source>optional: a CA certificate file for the server</source>
        <translation>facultatif : un fichier de certificat d’AC pour le serveur</translation>
    </message>
    <message>
        <source>Mastodon</source>
        <translation>Mastodon</translation>
    </message>
    <message>
        <source>required: the instance’s address, e.g. https://mastodon.social</source>
        <translation>obligatoire : l’adresse de l’instance, p. ex. https://mastodon.social</translation>
    </message>
    <message>
        <source>optional: public, unlisted, private or direct (public)</source>
        <translation>facultatif : public, unlisted, private ou direct (public)</translation>
    </message>
    <message>
        <source>optional: ISO 639-1 code (the message’s language)</source>
        <translation>facultatif : code ISO 639-1 (la langue du message)</translation>
    </message>
    <message>
        <source>Bluesky</source>
        <translation>Bluesky</translation>
    </message>
    <message>
        <source>required: the account’s handle or e-mail</source>
        <translation>obligatoire : l’identifiant ou l’e-mail du compte</translation>
    </message>
    <message>
        <source>optional: the account’s PDS (https://bsky.social)</source>
        <translation>facultatif : le PDS du compte (https://bsky.social)</translation>
    </message>
    <message>
        <source>optional: language code (the message’s language)</source>
        <translation>facultatif : code de langue (la langue du message)</translation>
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
        <translation>facultatif : le nom sous lequel les messages sont publiés</translation>
    </message>
    <message>
        <source>optional: the avatar’s address</source>
        <translation>facultatif : l’adresse de l’avatar</translation>
    </message>
    <message>
        <source>optional: post into this thread or forum post</source>
        <translation>facultatif : publier dans ce fil ou ce message de forum</translation>
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
        <translation>facultatif : un nom de canal ou @utilisateur</translation>
    </message>
    <message>
        <source>optional: needs the server’s override setting</source>
        <translation>facultatif : nécessite le réglage « override » du serveur</translation>
    </message>
    <message>
        <source>Telegram</source>
        <translation>Telegram</translation>
    </message>
    <message>
        <source>required: a chat number such as -100… or @channelname</source>
        <translation>obligatoire : un numéro de discussion tel que -100… ou @nomducanal</translation>
    </message>
    <message>
        <source>optional: a forum topic</source>
        <translation>facultatif : un sujet de forum</translation>
    </message>
    <message>
        <source>optional: a local Bot API server (https://api.telegram.org)</source>
        <translation>facultatif : un serveur Bot API local (https://api.telegram.org)</translation>
    </message>
    <message>
        <source>Generic webhook</source>
        <translation>Webhook générique</translation>
    </message>
    <message>
        <source>the address to send to (or the secret webhook_url when the address is a credential)</source>
        <translation>l’adresse de destination (ou le secret webhook_url quand l’adresse est un identifiant)</translation>
    </message>
    <message>
        <source>optional: POST, PUT or PATCH (POST)</source>
        <translation>facultatif : POST, PUT ou PATCH (POST)</translation>
    </message>
    <message>
        <source>optional: {&quot;Authorization&quot;: &quot;Bearer {{secret:api_key}}&quot;}</source>
        <translation>facultatif : {&quot;Authorization&quot;: &quot;Bearer {{secret:api_key}}&quot;}</translation>
    </message>
    <message>
        <source>optional: a Mustache template (a JSON object of the main facts)</source>
        <translation>facultatif : un modèle Mustache (un objet JSON des principales informations)</translation>
    </message>
    <message>
        <source>optional: dotted path of the answer’s id, e.g. data.id</source>
        <translation>facultatif : chemin pointé de l’id dans la réponse, p. ex. data.id</translation>
    </message>
    <message>
        <source>optional: an address the test may GET</source>
        <translation>facultatif : une adresse que le test peut lire (GET)</translation>
    </message>
    <message>
        <source>Name here the secrets your headers quote as {{secret:name}}, or webhook_url.</source>
        <translation>Nommez ici les secrets que vos en-têtes citent sous la forme {{secret:nom}}, ou webhook_url.</translation>
    </message>
    <message>
        <source>Fallback status page</source>
        <translation>Page d’état de secours</translation>
    </message>
    <message>
        <source>required: folder, webdav, sftp or s3</source>
        <translation>obligatoire : folder, webdav, sftp ou s3</translation>
    </message>
    <message>
        <source>folder: where to write the files</source>
        <translation>folder : où écrire les fichiers</translation>
    </message>
    <message>
        <source>webdav: https base; sftp: sftp://host/folder; s3: endpoint</source>
        <translation>webdav : base https ; sftp : sftp://hôte/dossier ; s3 : point d’accès</translation>
    </message>
    <message>
        <source>optional: a folder inside the target</source>
        <translation>facultatif : un dossier dans la cible</translation>
    </message>
    <message>
        <source>webdav and sftp: the user</source>
        <translation>webdav et sftp : l’utilisateur</translation>
    </message>
    <message>
        <source>s3: the bucket</source>
        <translation>s3 : le bucket</translation>
    </message>
    <message>
        <source>s3: the region</source>
        <translation>s3 : la région</translation>
    </message>
    <message>
        <source>sftp: the server’s pinned key (or known_hosts)</source>
        <translation>sftp : l’empreinte de la clé du serveur (ou known_hosts)</translation>
    </message>
    <message>
        <source>sftp: a known_hosts file (or host_key_sha256)</source>
        <translation>sftp : un fichier known_hosts (ou host_key_sha256)</translation>
    </message>
    <message>
        <source>webdav: password; sftp: private_key (and private_key_passphrase) or password; s3: access_key_id and secret_access_key.</source>
        <translation>webdav : password ; sftp : private_key (et private_key_passphrase) ou password ; s3 : access_key_id et secret_access_key.</translation>
    </message>
    <message>
        <source>optional: false to never check that updates show on the public page (true)</source>
        <translation>facultatif : false pour ne jamais vérifier que les mises à jour apparaissent sur la page publique (true)</translation>
    </message>
    <message>
        <source>optional: the public page, e.g. https://status.example.org, to verify updates are live</source>
        <translation>facultatif : la page publique, par exemple https://status.example.org, pour vérifier que les mises à jour sont en ligne</translation>
    </message>
    <message>
        <source>optional: where the public reads the page; updates are verified live there</source>
        <translation>facultatif : l&apos;adresse où le public lit la page ; les mises à jour y sont vérifiées en ligne</translation>
    </message>
</context>
<context>
    <name>ChannelsDialog</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>D&amp;uplicate…</source>
        <translation>D&amp;upliquer…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Retirer…</translation>
    </message>
    <message>
        <source>&amp;Test this channel</source>
        <translation>&amp;Tester ce canal</translation>
    </message>
    <message>
        <source>Set &amp;secret…</source>
        <translation>Définir un &amp;secret…</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canaux</translation>
    </message>
    <message>
        <source>Checks the credentials and the address without publishing anything (Ctrl+T)</source>
        <translation>Vérifie les identifiants et l’adresse sans rien publier (Ctrl+T)</translation>
    </message>
    <message>
        <source>Saves one of the channel’s secrets in the system keychain</source>
        <translation>Enregistre un des secrets du canal dans le trousseau du système</translation>
    </message>
    <message>
        <source>No system keychain is available here</source>
        <translation>Aucun trousseau système n’est disponible ici</translation>
    </message>
    <message>
        <source>This channel names no secret</source>
        <translation>Ce canal ne nomme aucun secret</translation>
    </message>
    <message>
        <source>Channel “%1” added.</source>
        <translation>Canal « %1 » ajouté.</translation>
    </message>
    <message>
        <source>Channel “%1” saved.</source>
        <translation>Canal « %1 » enregistré.</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <source>%1 (copy %2)</source>
        <translation>%1 (copie %2)</translation>
    </message>
    <message>
        <source>Remove channel</source>
        <translation>Retirer le canal</translation>
    </message>
    <message>
        <source>Remove the channel “%1”? Messages will no longer be published there; deliveries already made stay in the history.</source>
        <translation>Retirer le canal « %1 » ? Les messages n’y seront plus publiés ; les envois déjà faits restent dans l’historique.</translation>
    </message>
    <message>
        <source>Channel “%1” removed.</source>
        <translation>Canal « %1 » retiré.</translation>
    </message>
    <message>
        <source>Saving the secret “%1” of “%2”…</source>
        <translation>Enregistrement du secret « %1 » de « %2 »…</translation>
    </message>
    <message>
        <source>No system keychain is available: secrets cannot be saved here; headless runs read them from the environment or a secrets file.</source>
        <translation>Aucun trousseau système n’est disponible : les secrets ne peuvent pas être enregistrés ici ; les exécutions sans interface les lisent dans l’environnement ou un fichier de secrets.</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>The secret “%1” of “%2” is saved in the keychain.</source>
        <translation>Le secret « %1 » de « %2 » est enregistré dans le trousseau.</translation>
    </message>
    <message>
        <source>The secret “%1” of “%2” was not saved: %3</source>
        <translation>Le secret « %1 » de « %2 » n’a pas été enregistré : %3</translation>
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
        <translation>Port TCP</translation>
    </message>
    <message>
        <source>DNS resolution</source>
        <translation>Résolution DNS</translation>
    </message>
    <message>
        <source>TLS certificate</source>
        <translation>Certificat TLS</translation>
    </message>
</context>
<context>
    <name>CheckRequest</name>
    <message>
        <source>no URL given</source>
        <translation>aucune URL indiquée</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not host:port (for example db.example.org:5432)</source>
        <translation>« %1 » n&apos;est pas de la forme hôte:port (par exemple db.example.org:5432)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an https:// address or host:port</source>
        <translation>« %1 » n&apos;est ni une adresse https:// ni de la forme hôte:port</translation>
    </message>
    <message>
        <source>DNS checks do not go through libcurl</source>
        <translation>les vérifications DNS ne passent pas par libcurl</translation>
    </message>
</context>
<context>
    <name>CheckWorker</name>
    <message>
        <source>the check could not be started</source>
        <translation>la vérification n&apos;a pas pu être lancée</translation>
    </message>
</context>
<context>
    <name>ChecklistModel</name>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Occurrence</source>
        <translation>Occurrence</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Countdown</source>
        <translation>Compte à rebours</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Marked by</source>
        <translation>Marquée par</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canaux</translation>
    </message>
</context>
<context>
    <name>ChecklistPanel</name>
    <message>
        <source>Checklist steps</source>
        <translation>Étapes de la liste de contrôle</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Faite</translation>
    </message>
    <message>
        <source>S&amp;kip…</source>
        <translation>&amp;Ignorer…</translation>
    </message>
    <message>
        <source>D&amp;raft message</source>
        <translation>&amp;Rédiger le message</translation>
    </message>
    <message>
        <source>Open the &amp;fallback page…</source>
        <translation>Ouvrir la page de &amp;secours…</translation>
    </message>
    <message>
        <source>Open the &amp;post-mortem…</source>
        <translation>Ouvrir le &amp;post-mortem…</translation>
    </message>
    <message>
        <source>Checklist &amp;report…</source>
        <translation>R&amp;apport de liste de contrôle…</translation>
    </message>
    <message>
        <source>Tick the selected step, or the next one (%1)</source>
        <translation>Cocher l&apos;étape sélectionnée, ou la suivante (%1)</translation>
    </message>
    <message>
        <source>Skip the step, saying why (%1)</source>
        <translation>Ignorer l&apos;étape en indiquant pourquoi (%1)</translation>
    </message>
    <message>
        <source>Draft the step&apos;s message from its template (%1)</source>
        <translation>Rédiger le message de l&apos;étape à partir de son modèle (%1)</translation>
    </message>
    <message>
        <source>Drill &amp;report…</source>
        <translation>R&amp;apport d&apos;exercice…</translation>
    </message>
    <message>
        <source>No incident selected.</source>
        <translation>Aucun incident sélectionné.</translation>
    </message>
    <message>
        <source>Every step is done.</source>
        <translation>Toutes les étapes sont faites.</translation>
    </message>
    <message>
        <source>Next: %1 — when its time comes</source>
        <translation>Prochaine étape : %1 — le moment venu</translation>
    </message>
    <message>
        <source>Next: %1 — due in %2</source>
        <translation>Prochaine étape : %1 — échéance dans %2</translation>
    </message>
    <message>
        <source>Next: %1 — overdue by %2</source>
        <translation>Prochaine étape : %1 — en retard de %2</translation>
    </message>
    <message>
        <source>Next update overdue by %1</source>
        <translation>Prochaine mise à jour en retard de %1</translation>
    </message>
    <message>
        <source>Next update in %1</source>
        <translation>Prochaine mise à jour dans %1</translation>
    </message>
    <message>
        <source>Channels: %1</source>
        <translation>Canaux : %1</translation>
    </message>
</context>
<context>
    <name>ChecklistText</name>
    <message>
        <source>in %1</source>
        <translation>dans %1</translation>
    </message>
    <message>
        <source>due now</source>
        <translation>à échéance</translation>
    </message>
    <message>
        <source>overdue by %1</source>
        <translation>en retard de %1</translation>
    </message>
    <message>
        <source>once resolved</source>
        <translation>une fois l&apos;incident résolu</translation>
    </message>
    <message>
        <source>after the step before</source>
        <translation>après l&apos;étape précédente</translation>
    </message>
    <message>
        <source>with the window</source>
        <translation>selon la fenêtre de maintenance</translation>
    </message>
    <message>
        <source>Update #%1</source>
        <translation>Mise à jour n° %1</translation>
    </message>
    <message>
        <source>%1 #%2</source>
        <translation>%1 n° %2</translation>
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
        <translation>Vigie surveille vos services et vous guide dans la communication en cas d&apos;incident.</translation>
    </message>
    <message>
        <source>Run the checks and the store without a window; print one line per state change.</source>
        <translation>Exécute les vérifications et la base sans fenêtre ; affiche une ligne par changement d&apos;état.</translation>
    </message>
    <message>
        <source>Open the real window on a temporary store with the demo services, wait for live results, and exit 0 when everything works.</source>
        <translation>Ouvre la vraie fenêtre sur une base temporaire avec les services de démonstration, attend des résultats en direct et quitte avec le code 0 si tout fonctionne.</translation>
    </message>
    <message>
        <source>Use the SQLite store at &lt;file&gt;.</source>
        <translation>Utilise la base SQLite &lt;fichier&gt;.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>Use &lt;language&gt; (en or fr) instead of the system&apos;s.</source>
        <translation>Utilise &lt;langue&gt; (en ou fr) au lieu de celle du système.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>langue</translation>
    </message>
    <message>
        <source>Do not serve the demo services on 127.0.0.1.</source>
        <translation>Ne sert pas les services de démonstration sur 127.0.0.1.</translation>
    </message>
    <message>
        <source>Serve the demo services on 127.0.0.1:&lt;port&gt; (default 47810).</source>
        <translation>Sert les services de démonstration sur 127.0.0.1:&lt;port&gt; (47810 par défaut).</translation>
    </message>
    <message>
        <source>port</source>
        <translation>port</translation>
    </message>
    <message>
        <source>Start the demo scenario &lt;seconds&gt; into its cycle.</source>
        <translation>Démarre le scénario de démonstration à &lt;secondes&gt; dans son cycle.</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>secondes</translation>
    </message>
    <message>
        <source>When applying a workspace file, remove stored services it does not name.</source>
        <translation>En appliquant un fichier d&apos;espace de travail, supprime les services enregistrés qu&apos;il ne nomme pas.</translation>
    </message>
    <message>
        <source>With --self-test, save a picture of the window to &lt;file&gt;.</source>
        <translation>Avec --self-test, enregistre une capture de la fenêtre dans &lt;fichier&gt;.</translation>
    </message>
    <message>
        <source>Give up the self-test after &lt;seconds&gt;.</source>
        <translation>Abandonne l&apos;autotest après &lt;secondes&gt;.</translation>
    </message>
    <message>
        <source>A workspace file (YAML) to apply on start, matched by service name.</source>
        <translation>Un fichier d&apos;espace de travail (YAML) à appliquer au démarrage, rapproché par nom de service.</translation>
    </message>
    <message>
        <source>--demo-port: expected a port number between 1 and 65535, got &quot;%1&quot;</source>
        <translation>--demo-port : numéro de port entre 1 et 65535 attendu, trouvé « %1 »</translation>
    </message>
    <message>
        <source>--demo-offset: expected a number of seconds, got &quot;%1&quot;</source>
        <translation>--demo-offset : nombre de secondes attendu, trouvé « %1 »</translation>
    </message>
    <message>
        <source>--self-test-timeout: expected a number of seconds, got &quot;%1&quot;</source>
        <translation>--self-test-timeout : nombre de secondes attendu, trouvé « %1 »</translation>
    </message>
    <message>
        <source>expected at most one workspace file, got %1</source>
        <translation>un seul fichier d&apos;espace de travail au plus attendu, %1 trouvés</translation>
    </message>
    <message>
        <source>--language: expected en or fr, got &quot;%1&quot;</source>
        <translation>--language : en ou fr attendu, trouvé « %1 »</translation>
    </message>
    <message>
        <source>workspace</source>
        <translation>espace-de-travail</translation>
    </message>
    <message>
        <source>[WORKSPACE.yaml]</source>
        <translation>[ESPACE_DE_TRAVAIL.yaml]</translation>
    </message>
    <message>
        <source>With --screenshot, keep the window running &lt;seconds&gt; after the self-test passes before taking the picture.</source>
        <translation>Avec --screenshot, garder la fenêtre ouverte &lt;secondes&gt; après la réussite de l&apos;autotest avant de prendre l&apos;image.</translation>
    </message>
    <message>
        <source>--screenshot-delay: expected a number of seconds, got &quot;%1&quot;</source>
        <translation>--screenshot-delay : nombre de secondes attendu, reçu « %1 »</translation>
    </message>
    <message>
        <source>Check that the publishing channel &lt;name&gt; is ready (its address and credentials) without publishing anything public, print the answer and exit: 0 ready, 1 not.</source>
        <translation>Vérifie que le canal de publication &lt;nom&gt; est prêt (son adresse et ses identifiants) sans rien publier de public, affiche la réponse et quitte : 0 s&apos;il est prêt, 1 sinon.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>Read channel secrets from &lt;file&gt; (YAML channel: {secret: value}, or VIGIE_SECRET_&lt;CHANNEL&gt;_&lt;NAME&gt;=value lines), which only its owner may read; asked after the system keychain and before the environment.</source>
        <translation>Lit les secrets des canaux dans &lt;fichier&gt; (YAML canal: {secret: valeur}, ou lignes VIGIE_SECRET_&lt;CANAL&gt;_&lt;NOM&gt;=valeur), lisible par son seul propriétaire ; consulté après le trousseau du système et avant l&apos;environnement.</translation>
    </message>
    <message>
        <source>--test-channel and --self-test cannot be combined</source>
        <translation>--test-channel et --self-test ne peuvent pas être utilisés ensemble</translation>
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
        <translation>Quand</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Changement</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>open</source>
        <translation>procéder à l&apos;ouverture</translation>
    </message>
    <message>
        <source>the SQLite driver (QSQLITE) is not available</source>
        <translation>le pilote SQLite (QSQLITE) n&apos;est pas disponible</translation>
    </message>
    <message>
        <source>switch to WAL mode</source>
        <translation>passer en mode WAL</translation>
    </message>
    <message>
        <source>the file system does not support it</source>
        <translation>le système de fichiers ne le permet pas</translation>
    </message>
    <message>
        <source>configure the connection</source>
        <translation>configurer la connexion</translation>
    </message>
    <message>
        <source>read the schema version</source>
        <translation>lire la version du schéma</translation>
    </message>
    <message>
        <source>create the schema version table</source>
        <translation>créer la table des versions du schéma</translation>
    </message>
    <message>
        <source>the file was written by a newer Vigie (schema version %1, this one knows up to %2)</source>
        <translation>le fichier a été écrit par une version plus récente de Vigie (schéma en version %1, celle-ci connaît jusqu&apos;à la version %2)</translation>
    </message>
    <message>
        <source>upgrade the schema to version %1 (%2)</source>
        <translation>mettre à niveau le schéma vers la version %1 (%2)</translation>
    </message>
    <message>
        <source>the database is not open</source>
        <translation>la base de données n&apos;est pas ouverte</translation>
    </message>
    <message>
        <source>read the setting %1</source>
        <translation>lire le réglage %1</translation>
    </message>
    <message>
        <source>save the setting %1</source>
        <translation>sauvegarder le réglage %1</translation>
    </message>
    <message>
        <source>check the file&apos;s integrity</source>
        <translation>vérifier l&apos;intégrité du fichier</translation>
    </message>
    <message>
        <source>write the journal into the file</source>
        <translation>reporter le journal dans le fichier</translation>
    </message>
    <message>
        <source>Could not %1 (database %2): %3</source>
        <translation>Impossible de %1 (base de données %2) : %3</translation>
    </message>
    <message>
        <source>roll back</source>
        <translation>annuler la transaction</translation>
    </message>
</context>
<context>
    <name>DeclareIncidentDialog</name>
    <message>
        <source>D&amp;rill: a rehearsal, published only to a sandbox</source>
        <translation>E&amp;xercice : une répétition, publiée uniquement dans un bac à sable</translation>
    </message>
    <message>
        <source>Plan maintenance</source>
        <translation>Planifier une maintenance</translation>
    </message>
    <message>
        <source>Declare incident</source>
        <translation>Déclarer un incident</translation>
    </message>
    <message>
        <source>Declare</source>
        <translation>Déclarer</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>&amp;Severity:</source>
        <translation>&amp;Gravité :</translation>
    </message>
    <message>
        <source>Ser&amp;vices covered:</source>
        <translation>Ser&amp;vices concernés :</translation>
    </message>
    <message>
        <source>Affected ser&amp;vices:</source>
        <translation>Ser&amp;vices touchés :</translation>
    </message>
    <message>
        <source>What customers will see, e.g. why and what to expect</source>
        <translation>Ce que verront les clients, ex. pourquoi et à quoi s&apos;attendre</translation>
    </message>
    <message>
        <source>What customers see, in plain words</source>
        <translation>Ce que voient les clients, en termes simples</translation>
    </message>
    <message>
        <source>C&amp;ustomer summary:</source>
        <translation>&amp;Résumé pour les clients :</translation>
    </message>
    <message>
        <source>&amp;Commander:</source>
        <translation>Responsable d&apos;&amp;incident :</translation>
    </message>
    <message>
        <source>Communications &amp;lead:</source>
        <translation>Responsable &amp;communication :</translation>
    </message>
    <message>
        <source>&amp;Window start:</source>
        <translation>Dé&amp;but de la fenêtre :</translation>
    </message>
    <message>
        <source>Window &amp;end:</source>
        <translation>&amp;Fin de la fenêtre :</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>Fuseau &amp;horaire :</translation>
    </message>
    <message>
        <source>When the problem began: the first failed check</source>
        <translation>Quand le problème a commencé : la première vérification en échec</translation>
    </message>
    <message>
        <source>When someone or something noticed: the first alert</source>
        <translation>Quand quelqu&apos;un ou quelque chose l&apos;a remarqué : la première alerte</translation>
    </message>
    <message>
        <source>St&amp;arted:</source>
        <translation>&amp;Début :</translation>
    </message>
    <message>
        <source>&amp;Detected:</source>
        <translation>Dét&amp;ection :</translation>
    </message>
    <message>
        <source>Scheduled maintenance</source>
        <translation>Maintenance planifiée</translation>
    </message>
    <message>
        <source>Scheduled maintenance: %1</source>
        <translation>Maintenance planifiée : %1</translation>
    </message>
    <message>
        <source>Untitled incident</source>
        <translation>Incident sans titre</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1 affected</source>
        <translation>Services touchés : %1</translation>
    </message>
    <message>
        <source>Time zone: “%1” is not a known zone.</source>
        <translation>Fuseau horaire : « %1 » n&apos;est pas un fuseau connu.</translation>
    </message>
    <message>
        <source>Window end: it must come after the window start.</source>
        <translation>Fin de la fenêtre : elle doit venir après le début de la fenêtre.</translation>
    </message>
    <message>
        <source>Services covered: tick at least one service.</source>
        <translation>Services concernés : cochez au moins un service.</translation>
    </message>
</context>
<context>
    <name>DeliveriesPanel</name>
    <message>
        <source>&amp;Retry now</source>
        <translation>&amp;Réessayer maintenant</translation>
    </message>
    <message>
        <source>C&amp;ancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Copy text</source>
        <translation>&amp;Copier le texte</translation>
    </message>
    <message>
        <source>&amp;Open link</source>
        <translation>&amp;Ouvrir le lien</translation>
    </message>
    <message>
        <source>Try this delivery again now (%1)</source>
        <translation>Retenter cet envoi maintenant (%1)</translation>
    </message>
    <message>
        <source>Withdraw this delivery: it will not be sent (Del)</source>
        <translation>Annuler cet envoi : le message ne partira pas (Suppr)</translation>
    </message>
    <message>
        <source>Copy the message to send it by hand (%1)</source>
        <translation>Copier le message pour l&apos;envoyer à la main (%1)</translation>
    </message>
    <message>
        <source>Open where the message was published</source>
        <translation>Ouvrir l&apos;endroit où le message a été publié</translation>
    </message>
    <message>
        <source>Nothing published for this incident yet. Approve a message, then Publish.</source>
        <translation>Rien n&apos;a encore été publié pour cet incident. Approuvez un message, puis choisissez Publier.</translation>
    </message>
    <message>
        <source>%1 sent, %2 waiting, %3 failed</source>
        <translation>Envoyés : %1 · En attente : %2 · En échec : %3</translation>
    </message>
</context>
<context>
    <name>Delivery</name>
    <message>
        <source>Queued</source>
        <translation>En file</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>En cours d&apos;envoi</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Waiting to retry</source>
        <translation>Nouvelle tentative prévue</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
</context>
<context>
    <name>DeliveryListModel</name>
    <message>
        <source>(message no longer on the desk)</source>
        <translation>(le message n&apos;est plus disponible)</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>sent at %1</source>
        <translation>envoyé à %1</translation>
    </message>
    <message>
        <source>retrying now</source>
        <translation>nouvelle tentative en cours</translation>
    </message>
    <message numerus="yes">
        <source>next try at %1 (attempt %n)</source>
        <translation>
            <numerusform>prochain essai à %1 (tentative %n)</numerusform>
            <numerusform>prochain essai à %1 (tentative %n)</numerusform>
        </translation>
    </message>
    <message>
        <source>queued at %1</source>
        <translation>mis en file à %1</translation>
    </message>
    <message>
        <source>sending since %1</source>
        <translation>en cours d&apos;envoi depuis %1</translation>
    </message>
    <message numerus="yes">
        <source>failed at %1 after %n attempt(s)</source>
        <translation>
            <numerusform>échec à %1 après %n tentative</numerusform>
            <numerusform>échec à %1 après %n tentatives</numerusform>
        </translation>
    </message>
    <message>
        <source>cancelled at %1</source>
        <translation>annulé à %1</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Link or reason</source>
        <translation>Lien ou motif</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>En ligne</translation>
    </message>
</context>
<context>
    <name>DeliverySender</name>
    <message>
        <source>The channel “%1” has the type “%2”, which this Vigie cannot publish to (known types: %3).</source>
        <translation>Le canal « %1 » est de type « %2 », vers lequel cette version de Vigie ne sait pas publier (types connus : %3).</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
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
        <translation>Les services de démonstration n&apos;ont pas pu écouter sur 127.0.0.1, port %1 : un autre Vigie ou un autre programme l&apos;utilise-t-il ?</translation>
    </message>
</context>
<context>
    <name>DiscordWebhookAdapter</name>
    <message>
        <source>%1: the webhook answered; nothing was posted.</source>
        <translation>%1 : le webhook a répondu ; rien n&apos;a été publié.</translation>
    </message>
    <message>
        <source>%1: the webhook “%2” answered; nothing was posted.</source>
        <translation>%1 : le webhook « %2 » a répondu ; rien n&apos;a été publié.</translation>
    </message>
</context>
<context>
    <name>DnsCheck</name>
    <message>
        <source>could not resolve host %1</source>
        <translation>impossible de résoudre l&apos;hôte %1</translation>
    </message>
    <message>
        <source>could not resolve host %1 within %2 ms</source>
        <translation>impossible de résoudre l&apos;hôte %1 en moins de %2 ms</translation>
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
        <translation>Rapport d&apos;exercice</translation>
    </message>
    <message>
        <source>Checklist report</source>
        <translation>Rapport de liste de contrôle</translation>
    </message>
    <message>
        <source>- Declared: %1 (%2)</source>
        <translation>- Déclaré : %1 (%2)</translation>
    </message>
    <message>
        <source>- Severity: %1; status: %2</source>
        <translation>- Gravité : %1 ; statut : %2</translation>
    </message>
    <message>
        <source>- Services: %1</source>
        <translation>- Services : %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>- Report made: %1</source>
        <translation>- Rapport établi : %1</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Faite</translation>
    </message>
    <message>
        <source>After declaring</source>
        <translation>Après la déclaration</translation>
    </message>
    <message>
        <source>Late by</source>
        <translation>Retard</translation>
    </message>
    <message>
        <source>%1 #%2</source>
        <translation>%1 n° %2</translation>
    </message>
    <message>
        <source>skipped %1 by %2</source>
        <translation>ignorée le %1 par %2</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>le %1 par %2</translation>
    </message>
    <message>
        <source>not done (overdue)</source>
        <translation>non faite (en retard)</translation>
    </message>
    <message>
        <source>not done</source>
        <translation>non faite</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>à l&apos;heure</translation>
    </message>
    <message>
        <source>- The first message has not gone out.</source>
        <translation>- Le premier message n&apos;est pas parti.</translation>
    </message>
    <message>
        <source>- The first message went out on time, %1 after declaring.</source>
        <translation>- Le premier message est parti à temps, %1 après la déclaration.</translation>
    </message>
    <message>
        <source>- The first message went out late, %1 after declaring.</source>
        <translation>- Le premier message est parti en retard, %1 après la déclaration.</translation>
    </message>
    <message>
        <source>- Steps due: %1; late: %2 (%3 in all, worst %4).</source>
        <translation>- Étapes dues : %1 ; en retard : %2 (%3 au total, pire retard %4).</translation>
    </message>
    <message>
        <source>- Updates due: %1; late: %2 (%3 in all).</source>
        <translation>- Mises à jour dues : %1 ; en retard : %2 (%3 au total).</translation>
    </message>
</context>
<context>
    <name>DrillReportDialog</name>
    <message>
        <source>&amp;Copy as Markdown</source>
        <translation>&amp;Copier en Markdown</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Enregistrer…</translation>
    </message>
    <message>
        <source>Drill report: %1</source>
        <translation>Rapport d&apos;exercice : %1</translation>
    </message>
    <message>
        <source>Checklist report: %1</source>
        <translation>Rapport de liste de contrôle : %1</translation>
    </message>
    <message>
        <source>Copied as Markdown.</source>
        <translation>Copié en Markdown.</translation>
    </message>
    <message>
        <source>report-%1.md</source>
        <translation>rapport-%1.md</translation>
    </message>
    <message>
        <source>Could not save the report to %1: %2</source>
        <translation>Impossible d&apos;enregistrer le rapport dans %1 : %2</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Enregistrer le rapport</translation>
    </message>
    <message>
        <source>Markdown (*.md);;All files (*)</source>
        <translation>Markdown (*.md);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Enregistré dans %1.</translation>
    </message>
</context>
<context>
    <name>EnvironmentSecretSource</name>
    <message>
        <source>environment variables VIGIE_SECRET_&lt;CHANNEL&gt;_&lt;NAME&gt;</source>
        <translation>les variables d&apos;environnement VIGIE_SECRET_&lt;CANAL&gt;_&lt;NOM&gt;</translation>
    </message>
</context>
<context>
    <name>EvidenceDrafter</name>
    <message>
        <source>%1: %2 since %3</source>
        <translation>%1 : %2 depuis %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source> (the check said: &quot;%1&quot;)</source>
        <translation> (la vérification indiquait : « %1 »)</translation>
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
        <translation>Aucune défaillance</translation>
    </message>
    <message>
        <source>DNS not resolving</source>
        <translation>Résolution DNS en échec</translation>
    </message>
    <message>
        <source>Certificate expired</source>
        <translation>Certificat expiré</translation>
    </message>
    <message>
        <source>Certificate refused</source>
        <translation>Certificat refusé</translation>
    </message>
    <message>
        <source>Certificate expiring soon</source>
        <translation>Certificat bientôt expiré</translation>
    </message>
    <message>
        <source>TLS handshake failure</source>
        <translation>Échec de la négociation TLS</translation>
    </message>
    <message>
        <source>Timeouts</source>
        <translation>Délais d&apos;attente dépassés</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation>Connexion refusée</translation>
    </message>
    <message>
        <source>Host unreachable</source>
        <translation>Hôte injoignable</translation>
    </message>
    <message>
        <source>Connection lost</source>
        <translation>Connexion perdue</translation>
    </message>
    <message>
        <source>Invalid response</source>
        <translation>Réponse invalide</translation>
    </message>
    <message>
        <source>HTTP error status</source>
        <translation>Statut HTTP d&apos;erreur</translation>
    </message>
    <message>
        <source>Expected content missing</source>
        <translation>Contenu attendu absent</translation>
    </message>
    <message>
        <source>Error content present</source>
        <translation>Contenu d&apos;erreur présent</translation>
    </message>
    <message>
        <source>Health check failed</source>
        <translation>Échec du contrôle de santé</translation>
    </message>
    <message>
        <source>Slow responses</source>
        <translation>Réponses lentes</translation>
    </message>
    <message>
        <source>Other failure</source>
        <translation>Autre défaillance</translation>
    </message>
</context>
<context>
    <name>FallbackPage</name>
    <message>
        <source>%1: incident history</source>
        <extracomment>The Atom feed&apos;s title: the page&apos;s name and this.</extracomment>
        <translation>%1 : historique des incidents</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>An Atom entry&apos;s title: the incident&apos;s title and the status the update announced.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Current incidents</source>
        <translation>Incidents en cours</translation>
    </message>
    <message>
        <source>No incident is in progress.</source>
        <translation>Aucun incident en cours.</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Maintenances</translation>
    </message>
    <message>
        <source>Recently resolved</source>
        <translation>Résolus récemment</translation>
    </message>
    <message>
        <source>No incident was resolved recently.</source>
        <translation>Aucun incident résolu récemment.</translation>
    </message>
    <message>
        <source>Incident history</source>
        <translation>Historique des incidents</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>Composants</translation>
    </message>
    <message>
        <source>No component is listed.</source>
        <translation>Aucun composant n&apos;est listé.</translation>
    </message>
    <message>
        <source>Scheduled from %1</source>
        <translation>Prévue à partir du %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>jusqu&apos;au %1</translation>
    </message>
    <message>
        <source>Started %1</source>
        <translation>Commencé le %1</translation>
    </message>
    <message>
        <source>Resolved %1</source>
        <translation>Résolu le %1</translation>
    </message>
    <message>
        <source>Affected: %1</source>
        <translation>Services touchés : %1</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Mis à jour le %1</translation>
    </message>
    <message>
        <source>Incident history (Atom feed)</source>
        <translation>Historique des incidents (flux Atom)</translation>
    </message>
    <message>
        <source>This page in English</source>
        <extracomment>The link to this page in your language, shown on the pages of the other languages; name yours.</extracomment>
        <translation>Cette page en français</translation>
    </message>
    <message>
        <source>All systems operational</source>
        <translation>Tous les systèmes sont opérationnels</translation>
    </message>
    <message>
        <source>Under maintenance</source>
        <translation>En maintenance</translation>
    </message>
    <message>
        <source>Degraded performance</source>
        <translation>Performances dégradées</translation>
    </message>
    <message>
        <source>Partial outage</source>
        <translation>Panne partielle</translation>
    </message>
    <message>
        <source>Major outage</source>
        <translation>Panne majeure</translation>
    </message>
    <message>
        <source>Operational</source>
        <translation>Opérationnel</translation>
    </message>
    <message>
        <source>Investigating</source>
        <translation>En cours d&apos;analyse</translation>
    </message>
    <message>
        <source>Identified</source>
        <translation>Cause identifiée</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Sous surveillance</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Résolu</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Planifiée</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <extracomment>A date and a time: &quot;3 March 2026 at 14:05 (UTC+1)&quot;.</extracomment>
        <translation>%1 à %2</translation>
    </message>
</context>
<context>
    <name>FallbackPageAdapter</name>
    <message>
        <source>%1: the setting “time_zone” names no known time zone (“%2”).</source>
        <translation>%1 : le réglage « time_zone » ne désigne aucun fuseau horaire connu (« %2 »).</translation>
    </message>
    <message>
        <source>Service status</source>
        <translation>État des services</translation>
    </message>
    <message>
        <source>%1: Vigie can write to %2.</source>
        <translation>%1 : Vigie a accès en écriture à %2.</translation>
    </message>
</context>
<context>
    <name>FileSecretSource</name>
    <message>
        <source>the secrets file %1</source>
        <translation>le fichier de secrets %1</translation>
    </message>
    <message>
        <source>The secrets file %1 does not exist.</source>
        <translation>Le fichier de secrets %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The secrets file %1 has mode %2: its group or others may read or change it. Make it readable by its owner only (chmod 600) and try again.</source>
        <translation>Le fichier de secrets %1 a les droits %2 : son groupe ou les autres utilisateurs peuvent le lire ou le modifier. Rendez-le lisible par son seul propriétaire (chmod 600) et réessayez.</translation>
    </message>
    <message>
        <source>Cannot read the secrets file %1: %2</source>
        <translation>Impossible de lire le fichier de secrets %1 : %2</translation>
    </message>
    <message>
        <source>The secrets file %1 is neither KEY=value lines nor a YAML map of channels.</source>
        <translation>Le fichier de secrets %1 ne contient ni des lignes CLÉ=valeur ni un dictionnaire YAML de canaux.</translation>
    </message>
    <message>
        <source>The secrets file %1 is not valid YAML (line %2, column %3).</source>
        <translation>Le fichier de secrets %1 n&apos;est pas du YAML valide (ligne %2, colonne %3).</translation>
    </message>
</context>
<context>
    <name>FileUploader</name>
    <message>
        <source>%1: cannot upload the fallback page to %2: %3.</source>
        <translation>%1 : impossible d&apos;envoyer la page de secours vers %2 : %3.</translation>
    </message>
    <message>
        <source>%1: uploading %2 to %3 failed: %4.</source>
        <translation>%1 : l&apos;envoi de %2 vers %3 a échoué : %4.</translation>
    </message>
    <message>
        <source>the path must be relative and stay inside the target</source>
        <translation>le chemin doit être relatif et rester dans la cible</translation>
    </message>
    <message>
        <source>this kind of target is not supported</source>
        <translation>ce type de cible n&apos;est pas pris en charge</translation>
    </message>
</context>
<context>
    <name>FolderTransport</name>
    <message>
        <source>the folder %1 cannot be created or is not a folder</source>
        <translation>le dossier %1 ne peut pas être créé ou n&apos;est pas un dossier</translation>
    </message>
    <message>
        <source>the folder %1 cannot be written: %2</source>
        <translation>impossible d&apos;écrire dans le dossier %1 : %2</translation>
    </message>
    <message>
        <source>%1 cannot be written in the folder %2: %3</source>
        <translation>impossible d&apos;écrire %1 dans le dossier %2 : %3</translation>
    </message>
</context>
<context>
    <name>GatusImporter</name>
    <message>
        <source>%1 is not of the form [PLACEHOLDER] operator value</source>
        <translation>%1 n&apos;est pas de la forme [PLACEHOLDER] opérateur valeur</translation>
    </message>
    <message>
        <source>%1: %2 does not apply to a %3 check</source>
        <translation>%1 : %2 ne s&apos;applique pas à une vérification %3</translation>
    </message>
    <message>
        <source>%1: the functions len() and has() have no Vigie equivalent</source>
        <translation>%1 : les fonctions len() et has() n&apos;ont pas d&apos;équivalent dans Vigie</translation>
    </message>
    <message>
        <source>%1 became inverted: true; every other check of the service is inverted too</source>
        <translation>%1 est devenu inverted: true ; toutes les autres vérifications du service sont aussi inversées</translation>
    </message>
    <message>
        <source>%1: only [CONNECTED] == true or == false can be mapped</source>
        <translation>%1 : seuls [CONNECTED] == true ou == false peuvent être convertis</translation>
    </message>
    <message>
        <source>%1: Vigie only checks that the name resolves (NOERROR)</source>
        <translation>%1 : Vigie vérifie seulement que le nom se résout (NOERROR)</translation>
    </message>
    <message>
        <source>%1: Vigie does not check which address a host resolves to</source>
        <translation>%1 : Vigie ne vérifie pas l&apos;adresse vers laquelle un hôte se résout</translation>
    </message>
    <message>
        <source>%1: Vigie does not watch domain registrations</source>
        <translation>%1 : Vigie ne surveille pas l&apos;enregistrement des domaines</translation>
    </message>
    <message>
        <source>%1: %2 has no Vigie equivalent</source>
        <translation>%1 : %2 n&apos;a pas d&apos;équivalent dans Vigie</translation>
    </message>
    <message>
        <source>%1: any() only combines with == or !=</source>
        <translation>%1 : any() ne se combine qu&apos;avec == ou !=</translation>
    </message>
    <message>
        <source>%1: only status codes from 100 to 599 can be compared</source>
        <translation>%1 : seuls les codes de statut de 100 à 599 peuvent être comparés</translation>
    </message>
    <message>
        <source>%1: only [RESPONSE_TIME] &lt; or &lt;= a number of milliseconds can be mapped</source>
        <translation>%1 : seul [RESPONSE_TIME] &lt; ou &lt;= un nombre de millisecondes peut être converti</translation>
    </message>
    <message>
        <source>%1 became degraded_above: %2ms; Vigie marks slower responses DEGRADED, not DOWN</source>
        <translation>%1 est devenu degraded_above: %2ms ; Vigie marque les réponses plus lentes comme dégradées, pas en panne</translation>
    </message>
    <message>
        <source>%1: only [CERTIFICATE_EXPIRATION] &gt; a duration such as 48h can be mapped</source>
        <translation>%1 : seul [CERTIFICATE_EXPIRATION] &gt; une durée comme 48h peut être converti</translation>
    </message>
    <message>
        <source>%1 became cert_expiry_warning_days: %2; Vigie marks a certificate that close to expiry DEGRADED, not DOWN</source>
        <translation>%1 est devenu cert_expiry_warning_days: %2 ; Vigie marque un certificat aussi proche de l&apos;expiration comme dégradé, pas en panne</translation>
    </message>
    <message>
        <source>%1: Vigie looks for a keyword in the body; only == or != pat(*text*) can be mapped</source>
        <translation>%1 : Vigie cherche un mot-clé dans le corps ; seuls == ou != pat(*texte*) peuvent être convertis</translation>
    </message>
    <message>
        <source>%1: Vigie checks one keyword per service and already checks &quot;%2&quot;</source>
        <translation>%1 : Vigie vérifie un seul mot-clé par service et vérifie déjà « %2 »</translation>
    </message>
    <message>
        <source>%1: the path cannot be written as a JSON Pointer</source>
        <translation>%1 : le chemin ne peut pas s&apos;écrire en JSON Pointer</translation>
    </message>
    <message>
        <source>%1: Vigie compares a JSON value with one fixed value only</source>
        <translation>%1 : Vigie compare une valeur JSON à une seule valeur fixe</translation>
    </message>
    <message>
        <source>%1: of the patterns, only == pat(*text*) can be mapped (as contains)</source>
        <translation>%1 : parmi les motifs, seul == pat(*texte*) peut être converti (en contains)</translation>
    </message>
    <message>
        <source>%1: the operator has no Vigie equivalent</source>
        <translation>%1 : l&apos;opérateur n&apos;a pas d&apos;équivalent dans Vigie</translation>
    </message>
    <message>
        <source>%1: Vigie checks one JSON condition per service and already checks %2</source>
        <translation>%1 : Vigie vérifie une seule condition JSON par service et vérifie déjà %2</translation>
    </message>
    <message>
        <source>the [STATUS] conditions together accept no status code; kept %1</source>
        <translation>les conditions [STATUS] réunies n&apos;acceptent aucun code de statut ; %1 conservé</translation>
    </message>
    <message>
        <source>an endpoint must be a map with name, url and conditions</source>
        <translation>un endpoint doit être un dictionnaire avec name, url et conditions</translation>
    </message>
    <message>
        <source>the endpoint has no name</source>
        <translation>l&apos;endpoint n&apos;a pas de nom</translation>
    </message>
    <message>
        <source>query-type %1 is not checked: Vigie resolves the name to an address</source>
        <translation>query-type %1 n&apos;est pas vérifié : Vigie résout le nom en adresse</translation>
    </message>
    <message>
        <source>the DNS server %1 is not used: Vigie resolves with the system resolver</source>
        <translation>le serveur DNS %1 n&apos;est pas utilisé : Vigie résout avec le résolveur du système</translation>
    </message>
    <message>
        <source>icmp:// (ping) checks are not supported by Vigie</source>
        <translation>les vérifications icmp:// (ping) ne sont pas prises en charge par Vigie</translation>
    </message>
    <message>
        <source>%1:// endpoints are not supported; Vigie checks http(s)://, tcp://, tls:// and DNS</source>
        <translation>les endpoints %1:// ne sont pas pris en charge ; Vigie vérifie http(s)://, tcp://, tls:// et DNS</translation>
    </message>
    <message>
        <source>the url &quot;%1&quot; has no scheme such as https:// or tcp://</source>
        <translation>l&apos;url « %1 » n&apos;a pas de schéma comme https:// ou tcp://</translation>
    </message>
    <message>
        <source>method, body and headers only apply to http checks</source>
        <translation>method, body et headers ne s&apos;appliquent qu&apos;aux vérifications http</translation>
    </message>
    <message>
        <source>graphql: the body is sent as written, not wrapped as a GraphQL query</source>
        <translation>graphql : le corps est envoyé tel quel, sans être enveloppé dans une requête GraphQL</translation>
    </message>
    <message>
        <source>the %1 uses the environment variable %2, which Vigie does not expand; it was imported as written</source>
        <translation>le champ %1 utilise la variable d&apos;environnement %2, que Vigie ne remplace pas ; il a été importé tel quel</translation>
    </message>
    <message>
        <source>interval &quot;%1&quot; is not a duration; kept 1m</source>
        <translation>interval « %1 » n&apos;est pas une durée ; 1m conservé</translation>
    </message>
    <message>
        <source>interval %1 became %2: Vigie checks at most once a second, in whole seconds</source>
        <translation>interval %1 est devenu %2 : Vigie vérifie au plus une fois par seconde, en secondes entières</translation>
    </message>
    <message>
        <source>client.timeout &quot;%1&quot; is not a duration; kept 10s</source>
        <translation>client.timeout « %1 » n&apos;est pas une durée ; 10s conservé</translation>
    </message>
    <message>
        <source>client.%1 has no Vigie equivalent</source>
        <translation>client.%1 n&apos;a pas d&apos;équivalent dans Vigie</translation>
    </message>
    <message>
        <source>the %1 alert is not imported: Vigie shows incidents in its cockpit and does not send notifications</source>
        <translation>l&apos;alerte %1 n&apos;est pas importée : Vigie affiche les incidents dans son cockpit et n&apos;envoie pas de notifications</translation>
    </message>
    <message>
        <source>unnamed</source>
        <translation>sans nom</translation>
    </message>
    <message>
        <source>its thresholds became failures_before_down: %1 and successes_before_up: %2</source>
        <translation>ses seuils sont devenus failures_before_down: %1 et successes_before_up: %2</translation>
    </message>
    <message>
        <source>%1: this setting has no Vigie equivalent and was not imported</source>
        <translation>%1 : ce réglage n&apos;a pas d&apos;équivalent dans Vigie et n&apos;a pas été importé</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1 : %2</translation>
    </message>
    <message>
        <source>line %1, endpoint &quot;%2&quot;: %3</source>
        <translation>ligne %1, endpoint « %2 » : %3</translation>
    </message>
    <message>
        <source>this is not valid YAML: %1</source>
        <translation>ce n&apos;est pas du YAML valide : %1</translation>
    </message>
    <message>
        <source>expected a Gatus configuration: a map with an endpoints: list</source>
        <translation>attendu : une configuration Gatus, soit un dictionnaire avec une liste endpoints:</translation>
    </message>
    <message>
        <source>external-endpoints are fed by other systems and are not imported</source>
        <translation>les external-endpoints sont alimentés par d&apos;autres systèmes et ne sont pas importés</translation>
    </message>
    <message>
        <source>the %1 section has no Vigie equivalent and is not imported</source>
        <translation>la section %1 n&apos;a pas d&apos;équivalent dans Vigie et n&apos;est pas importée</translation>
    </message>
    <message>
        <source>no endpoints: list found; is this a Gatus configuration?</source>
        <translation>aucune liste endpoints: trouvée ; est-ce bien une configuration Gatus ?</translation>
    </message>
    <message>
        <source>expected a list of endpoints</source>
        <translation>attendu : une liste d&apos;endpoints</translation>
    </message>
    <message>
        <source>imported as &quot;%1&quot;: another service is already called &quot;%2&quot;</source>
        <translation>importé sous le nom « %1 » : un autre service s&apos;appelle déjà « %2 »</translation>
    </message>
    <message>
        <source>cannot open the Gatus configuration: %1</source>
        <translation>impossible d&apos;ouvrir la configuration Gatus : %1</translation>
    </message>
</context>
<context>
    <name>GenericWebhookAdapter</name>
    <message>
        <source>the setting “url”</source>
        <translation>le réglage « url »</translation>
    </message>
    <message>
        <source>%1: the method “%2” is not one a webhook publishes with (POST, PUT or PATCH).</source>
        <translation>%1 : « %2 » n&apos;est pas une méthode de publication par webhook (POST, PUT ou PATCH).</translation>
    </message>
    <message>
        <source>%1: “%2” is not a valid header name.</source>
        <translation>%1 : « %2 » n&apos;est pas un nom d&apos;en-tête valide.</translation>
    </message>
    <message>
        <source>%1: the header “%2” uses the secret “%3”, which is missing.</source>
        <translation>%1 : l&apos;en-tête « %2 » utilise le secret « %3 », qui est manquant.</translation>
    </message>
    <message>
        <source>%1: the header “%2” contains a line break.</source>
        <translation>%1 : l&apos;en-tête « %2 » contient un saut de ligne.</translation>
    </message>
    <message numerus="yes">
        <source>%1: the body template uses %n fact(s) this message does not have: %2.</source>
        <translation>
            <numerusform>%1 : le modèle du corps utilise %n information que ce message n&apos;a pas : %2.</numerusform>
            <numerusform>%1 : le modèle du corps utilise %n informations que ce message n&apos;a pas : %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1: the body template does not give valid JSON (%2 at character %3); put every {{value}} inside quotes.</source>
        <translation>%1 : le modèle du corps ne produit pas du JSON valide (%2 au caractère %3) ; mettez chaque {{value}} entre guillemets.</translation>
    </message>
    <message>
        <source>%1: the settings and the body template are valid; nothing was sent (set “test_url” to an address Vigie may read to check the service).</source>
        <translation>%1 : les réglages et le modèle du corps sont valides ; rien n&apos;a été envoyé (indiquez dans « test_url » une adresse que Vigie peut lire pour vérifier le service).</translation>
    </message>
    <message>
        <source>the setting “test_url”</source>
        <translation>le réglage « test_url »</translation>
    </message>
    <message>
        <source>%1: the service answered HTTP %2; nothing was posted.</source>
        <translation>%1 : le service a répondu HTTP %2 ; rien n&apos;a été publié.</translation>
    </message>
</context>
<context>
    <name>HeadlessReporter</name>
    <message>
        <source>error: %1</source>
        <translation>erreur : %1</translation>
    </message>
    <message>
        <source>%1 is down and no incident covers it</source>
        <translation>%1 est en panne et aucun incident ne le couvre</translation>
    </message>
</context>
<context>
    <name>HtmlExporter</name>
    <message>
        <source>The HTML report has nowhere to go: the file is not open for writing.</source>
        <translation>Le rapport HTML n&apos;a aucune destination : le fichier n&apos;est pas ouvert en écriture.</translation>
    </message>
    <message>
        <source>Could not write the HTML report: %1</source>
        <translation>Impossible d&apos;écrire le rapport HTML : %1</translation>
    </message>
</context>
<context>
    <name>HttpClient</name>
    <message>
        <source>libcurl could not start a request</source>
        <translation>libcurl n&apos;a pas pu lancer de requête</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2 : %3</translation>
    </message>
</context>
<context>
    <name>HttpSettingsEditor</name>
    <message>
        <source>Follow redirects</source>
        <translation>Suivre les redirections</translation>
    </message>
    <message>
        <source>Verify the TLS certificate</source>
        <translation>Vérifier le certificat TLS</translation>
    </message>
    <message>
        <source>Request body (optional)</source>
        <translation>Corps de la requête (facultatif)</translation>
    </message>
    <message>
        <source>e.g. 200-299, 301</source>
        <translation>ex. 200-299, 301</translation>
    </message>
    <message>
        <source>Text to look for in the response (optional)</source>
        <translation>Texte à chercher dans la réponse (facultatif)</translation>
    </message>
    <message>
        <source>must be present</source>
        <translation>doit être présent</translation>
    </message>
    <message>
        <source>must be absent</source>
        <translation>doit être absent</translation>
    </message>
    <message>
        <source>/status</source>
        <translation>/status</translation>
    </message>
    <message>
        <source>expected value</source>
        <translation>valeur attendue</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>at most </source>
        <translation>au plus </translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Méthode :</translation>
    </message>
    <message>
        <source>&amp;Headers:</source>
        <translation>&amp;En-têtes :</translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation>&amp;Corps :</translation>
    </message>
    <message>
        <source>Accepted &amp;status codes:</source>
        <translation>Codes &amp;HTTP acceptés :</translation>
    </message>
    <message>
        <source>&amp;Keyword:</source>
        <translation>Mo&amp;t-clé :</translation>
    </message>
    <message>
        <source>&amp;JSON condition:</source>
        <translation>Condition &amp;JSON :</translation>
    </message>
    <message>
        <source>&amp;Degraded above:</source>
        <translation>&amp;Dégradé au-delà de :</translation>
    </message>
    <message>
        <source>&amp;Redirects:</source>
        <translation>&amp;Redirections :</translation>
    </message>
    <message>
        <source>TLS:</source>
        <translation>TLS :</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>HTTP method is required.</source>
        <translation>La méthode HTTP est obligatoire.</translation>
    </message>
    <message>
        <source>Header %1: the name is required.</source>
        <translation>En-tête %1 : le nom est obligatoire.</translation>
    </message>
    <message>
        <source>Header %1: the name cannot contain “:”.</source>
        <translation>En-tête %1 : le nom ne peut pas contenir « : ».</translation>
    </message>
    <message>
        <source>Accepted status codes: %1</source>
        <translation>Codes HTTP acceptés : %1</translation>
    </message>
    <message>
        <source>JSON condition: the pointer must start with “/”, e.g. /status.</source>
        <translation>Condition JSON : le pointeur doit commencer par « / », ex. /status.</translation>
    </message>
</context>
<context>
    <name>Impact</name>
    <message>
        <source>Degraded performance</source>
        <translation>Performances dégradées</translation>
    </message>
    <message>
        <source>Partial outage</source>
        <translation>Panne partielle</translation>
    </message>
    <message>
        <source>Major outage</source>
        <translation>Panne majeure</translation>
    </message>
    <message>
        <source>Under maintenance</source>
        <translation>En maintenance</translation>
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
        <translation>%1 déclaré automatiquement : %2</translation>
    </message>
    <message>
        <source>%1: “%2” is due now.</source>
        <translation>%1 : « %2 » arrive à échéance.</translation>
    </message>
    <message>
        <source>&amp;Incidents</source>
        <translation>&amp;Incidents</translation>
    </message>
    <message>
        <source>Start a d&amp;rill…</source>
        <translation>Lancer un e&amp;xercice…</translation>
    </message>
    <message>
        <source>Add a &amp;note…</source>
        <translation>Ajouter une &amp;note…</translation>
    </message>
    <message>
        <source>Internal status &amp;report…</source>
        <translation>&amp;Point de situation interne…</translation>
    </message>
    <message>
        <source>&amp;Declare an incident…</source>
        <translation>&amp;Déclarer un incident…</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>%1 is down since %2. No incident covers it.</source>
        <translation>%1 est en panne depuis %2. Aucun incident ne le couvre.</translation>
    </message>
    <message>
        <source>Start a drill</source>
        <translation>Lancer un exercice</translation>
    </message>
    <message>
        <source>Drill: what fails in this exercise</source>
        <translation>Exercice : ce qui tombe en panne pendant l&apos;exercice</translation>
    </message>
    <message>
        <source>No open incident to add a note to.</source>
        <translation>Aucun incident ouvert auquel ajouter une note.</translation>
    </message>
    <message>
        <source>&amp;Checklist</source>
        <translation>&amp;Liste de contrôle</translation>
    </message>
    <message>
        <source>&amp;Messages</source>
        <translation>&amp;Messages</translation>
    </message>
    <message>
        <source>Vigie cannot write the post-mortem yet: open it in your usual tool, then tick the step.</source>
        <translation>Vigie ne sait pas encore rédiger le post-mortem : ouvrez-le dans votre outil habituel, puis cochez l&apos;étape.</translation>
    </message>
    <message>
        <source>This window cannot publish the fallback status page: switch it by hand, then tick the step.</source>
        <translation>Cette fenêtre ne peut pas publier la page d&apos;état de secours : basculez-la à la main, puis cochez l&apos;étape.</translation>
    </message>
</context>
<context>
    <name>IncidentCsvWriter</name>
    <message>
        <source>Cannot write the incidents: the file is not open for writing.</source>
        <translation>Impossible d&apos;écrire les incidents : le fichier n&apos;est pas ouvert en écriture.</translation>
    </message>
    <message>
        <source>Cannot write the incidents: %1</source>
        <translation>Impossible d&apos;écrire les incidents : %1</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>Impossible d&apos;enregistrer %1 : %2</translation>
    </message>
</context>
<context>
    <name>IncidentDesk</name>
    <message>
        <source>Operator</source>
        <translation>Opérateur</translation>
    </message>
    <message>
        <source>Scheduled maintenance</source>
        <translation>Maintenance planifiée</translation>
    </message>
    <message>
        <source>Untitled incident</source>
        <translation>Incident sans titre</translation>
    </message>
    <message>
        <source>Maintenance %1 planned: %2</source>
        <translation>Maintenance %1 planifiée : %2</translation>
    </message>
    <message>
        <source>Incident %1 declared (%2): %3</source>
        <translation>Incident %1 déclaré (%2) : %3</translation>
    </message>
    <message>
        <source>[Drill] %1</source>
        <translation>[Exercice] %1</translation>
    </message>
    <message>
        <source>[Drill] %1 is treated as failing (%2) for the exercise</source>
        <translation>[Exercice] %1 est considéré comme défaillant (%2) pour l&apos;exercice</translation>
    </message>
    <message>
        <source>“%1” is not a status for %2.</source>
        <translation>« %1 » n&apos;est pas un statut possible pour %2.</translation>
    </message>
    <message>
        <source>Status: %1 → %2</source>
        <translation>Statut : %1 → %2</translation>
    </message>
    <message>
        <source>Severity: %1 → %2</source>
        <translation>Gravité : %1 → %2</translation>
    </message>
    <message>
        <source>An incident needs a title.</source>
        <translation>Un incident doit avoir un titre.</translation>
    </message>
    <message>
        <source>Title: %1</source>
        <translation>Titre : %1</translation>
    </message>
    <message>
        <source>Commander: %1; communications lead: %2</source>
        <translation>Responsable d&apos;incident : %1 ; responsable communication : %2</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>personne</translation>
    </message>
    <message>
        <source>Customer-facing summary changed</source>
        <translation>Résumé destiné aux clients modifié</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No affected services</source>
        <translation>Aucun service touché</translation>
    </message>
    <message>
        <source>Affected: %1</source>
        <translation>Services touchés : %1</translation>
    </message>
    <message>
        <source>A key moment needs a valid time.</source>
        <translation>Un moment clé doit avoir une heure valide.</translation>
    </message>
    <message>
        <source>%1: cleared</source>
        <translation>%1 : effacé</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Next update: not set</source>
        <translation>Prochaine mise à jour : non définie</translation>
    </message>
    <message>
        <source>Next update due at %1</source>
        <translation>Prochaine mise à jour prévue à %1</translation>
    </message>
    <message>
        <source>Estimated resolution: not set</source>
        <translation>Résolution estimée : non définie</translation>
    </message>
    <message>
        <source>Estimated resolution: %1</source>
        <translation>Résolution estimée : %1</translation>
    </message>
    <message>
        <source>The note is empty.</source>
        <translation>La note est vide.</translation>
    </message>
    <message>
        <source>The status report is empty: say at least what the conditions are.</source>
        <translation>Le point de situation est vide : décrivez au moins la situation.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>néant</translation>
    </message>
    <message>
        <source>Conditions: %1
Actions: %2
Needs: %3</source>
        <translation>Situation : %1
Actions : %2
Besoins : %3</translation>
    </message>
    <message>
        <source>No checklist step given.</source>
        <translation>Aucune étape de la liste de contrôle indiquée.</translation>
    </message>
    <message>
        <source>“%1” is already marked.</source>
        <translation>« %1 » est déjà marquée.</translation>
    </message>
    <message>
        <source>%1 (#%2)</source>
        <translation>%1 (n° %2)</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Faite : %1</translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>Ignorée : %1</translation>
    </message>
    <message>
        <source>%1 message drafted (%2)</source>
        <translation>Message rédigé : %1 (%2)</translation>
    </message>
    <message>
        <source>The message draft no longer exists.</source>
        <translation>Le brouillon de message n&apos;existe plus.</translation>
    </message>
    <message>
        <source>This message is %1 and can no longer change; draft a new one.</source>
        <translation>Ce message est %1 et ne peut plus être modifié ; rédigez-en un nouveau.</translation>
    </message>
    <message>
        <source>Only the commander (%1) or the communications lead (%2) can approve messages for %3.</source>
        <translation>Seul le responsable d&apos;incident (%1) ou le responsable communication (%2) peut approuver les messages de %3.</translation>
    </message>
    <message>
        <source>This message is already %1.</source>
        <translation>Ce message est déjà %1.</translation>
    </message>
    <message>
        <source>An empty message cannot be approved.</source>
        <translation>Un message vide ne peut pas être approuvé.</translation>
    </message>
    <message>
        <source>%1 message approved (%2)</source>
        <translation>Message approuvé : %1 (%2)</translation>
    </message>
    <message>
        <source>Promised the next update by %1</source>
        <translation>Prochaine mise à jour promise d&apos;ici %1</translation>
    </message>
    <message>
        <source>Promised resolution by %1</source>
        <translation>Résolution promise d&apos;ici %1</translation>
    </message>
    <message>
        <source>A published message cannot be discarded.</source>
        <translation>Un message publié ne peut pas être abandonné.</translation>
    </message>
    <message>
        <source>Only an approved message can be published.</source>
        <translation>Seul un message approuvé peut être publié.</translation>
    </message>
    <message>
        <source>Published on %1</source>
        <translation>Publié sur %1</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1 : %2 → %3</translation>
    </message>
    <message>
        <source>Vigie</source>
        <translation>Vigie</translation>
    </message>
    <message>
        <source>Missed: the update promised for %1</source>
        <translation>Engagement manqué : la mise à jour promise pour %1</translation>
    </message>
    <message>
        <source>Missed: the resolution estimated for %1</source>
        <translation>Engagement manqué : la résolution estimée pour %1</translation>
    </message>
    <message>
        <source>Kept: the update promised for %1</source>
        <translation>Engagement tenu : la mise à jour promise pour %1</translation>
    </message>
    <message>
        <source>Kept: the resolution estimated for %1</source>
        <translation>Engagement tenu : la résolution estimée pour %1</translation>
    </message>
    <message>
        <source>No incident with id %1.</source>
        <translation>Aucun incident avec l&apos;identifiant %1.</translation>
    </message>
    <message>
        <source>Not delivered to %1: %2</source>
        <translation>Échec de l&apos;envoi sur %1 : %2</translation>
    </message>
    <message>
        <source>The incident no longer exists.</source>
        <translation>L&apos;incident n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Fallback status page published on %1</source>
        <translation>Page d&apos;état de secours publiée sur %1</translation>
    </message>
    <message>
        <source>Fallback status page published on %1: %2</source>
        <translation>Page d&apos;état de secours publiée sur %1 : %2</translation>
    </message>
</context>
<context>
    <name>IncidentDetailPane</name>
    <message>
        <source>Add &amp;note…</source>
        <translation>Ajouter une &amp;note…</translation>
    </message>
    <message>
        <source>Status &amp;report…</source>
        <translation>&amp;Point de situation…</translation>
    </message>
    <message>
        <source>Select an incident, or declare one.</source>
        <translation>Sélectionnez un incident, ou déclarez-en un.</translation>
    </message>
    <message>
        <source>Add a timestamped note to the timeline (%1)</source>
        <translation>Ajouter une note horodatée à la chronologie (%1)</translation>
    </message>
    <message>
        <source>Write an internal status report: conditions, actions, needs (%1)</source>
        <translation>Rédiger un point de situation interne : situation, actions, besoins (%1)</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Chronologie</translation>
    </message>
    <message>
        <source>DRILL</source>
        <translation>EXERCICE</translation>
    </message>
    <message>
        <source>A rehearsal: messages go only to a sandbox</source>
        <translation>Une répétition : les messages ne partent que vers un bac à sable</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Se&amp;verity:</source>
        <translation>&amp;Gravité :</translation>
    </message>
    <message>
        <source>Set the status to “%1”</source>
        <translation>Passer le statut à « %1 »</translation>
    </message>
    <message>
        <source>local time</source>
        <translation>heure locale</translation>
    </message>
    <message>
        <source>Window: %1 – %2 (shown in local time; planned in %3)</source>
        <translation>Fenêtre : %1 – %2 (affichée en heure locale ; planifiée en %3)</translation>
    </message>
</context>
<context>
    <name>IncidentEvent</name>
    <message>
        <source>Declared</source>
        <translation>Déclaration</translation>
    </message>
    <message>
        <source>Service state</source>
        <translation>État du service</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Affected services</source>
        <translation>Services touchés</translation>
    </message>
    <message>
        <source>Key moment</source>
        <translation>Moment clé</translation>
    </message>
    <message>
        <source>Step done</source>
        <translation>Étape faite</translation>
    </message>
    <message>
        <source>Step skipped</source>
        <translation>Étape ignorée</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Status report</source>
        <translation>Point de situation</translation>
    </message>
    <message>
        <source>Message drafted</source>
        <translation>Message rédigé</translation>
    </message>
    <message>
        <source>Message approved</source>
        <translation>Message approuvé</translation>
    </message>
    <message>
        <source>Message published</source>
        <translation>Message publié</translation>
    </message>
    <message>
        <source>Promise made</source>
        <translation>Engagement pris</translation>
    </message>
    <message>
        <source>Promise kept</source>
        <translation>Engagement tenu</translation>
    </message>
    <message>
        <source>Promise missed</source>
        <translation>Engagement manqué</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Delivery problem</source>
        <translation>Problème d&apos;envoi</translation>
    </message>
</context>
<context>
    <name>IncidentEventTable</name>
    <message>
        <source>add an event to the timeline of the incident %1</source>
        <translation>ajouter un événement à la chronologie de l&apos;incident %1</translation>
    </message>
    <message>
        <source>read the incident timelines</source>
        <translation>lire les chronologies des incidents</translation>
    </message>
    <message>
        <source>the event %1 has an unknown kind or visibility (%2, %3)</source>
        <translation>l&apos;événement %1 a un type ou une visibilité inconnus (%2, %3)</translation>
    </message>
</context>
<context>
    <name>IncidentFactsEditor</name>
    <message>
        <source>Affected servi&amp;ces</source>
        <translation>Ser&amp;vices touchés</translation>
    </message>
    <message>
        <source>C&amp;ommander:</source>
        <translation>Responsable d&apos;&amp;incident :</translation>
    </message>
    <message>
        <source>Communications &amp;lead:</source>
        <translation>Responsable co&amp;mmunication :</translation>
    </message>
    <message>
        <source>What customers see, in plain words; messages quote it</source>
        <translation>Ce que voient les clients, en termes simples ; les messages le reprennent</translation>
    </message>
    <message>
        <source>C&amp;ustomer summary</source>
        <translation>&amp;Résumé pour les clients</translation>
    </message>
    <message>
        <source>Scratch pad for the team: links, hypotheses, who is on what</source>
        <translation>Bloc-notes de l&apos;équipe : liens, hypothèses, qui s&apos;occupe de quoi</translation>
    </message>
    <message>
        <source>Internal notes (scratch &amp;pad)</source>
        <translation>Notes internes (&amp;bloc-notes)</translation>
    </message>
    <message>
        <source>Key moments</source>
        <translation>Moments clés</translation>
    </message>
    <message>
        <source>Servi&amp;ces covered</source>
        <translation>Ser&amp;vices concernés</translation>
    </message>
</context>
<context>
    <name>IncidentHistoryChart</name>
    <message>
        <source>Median time to detect</source>
        <translation>Délai médian de détection</translation>
    </message>
    <message>
        <source>Median time to resolve</source>
        <translation>Délai médian de résolution</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>Median time (min)</source>
        <translation>Délai médian (min)</translation>
    </message>
    <message>
        <source>Median time (h)</source>
        <translation>Délai médian (h)</translation>
    </message>
</context>
<context>
    <name>IncidentHistoryCoordinator</name>
    <message>
        <source>Incident &amp;history</source>
        <translation>&amp;Historique des incidents</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Incidents per month and severity, times to detect and resolve, CSV export</source>
        <translation>Incidents par mois et par gravité, délais de détection et de résolution, export CSV</translation>
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
            <numerusform>Délai de détection connu pour %1 sur %n incident.</numerusform>
            <numerusform>Délai de détection connu pour %1 sur %n incidents.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n incident(s) had a resolution time.</source>
        <translation>
            <numerusform>Délai de résolution connu pour %1 sur %n incident.</numerusform>
            <numerusform>Délai de résolution connu pour %1 sur %n incidents.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left out: moments entered out of order.</source>
        <translation>
            <numerusform>%n incident écarté : moments clés saisis dans le désordre.</numerusform>
            <numerusform>%n incidents écartés : moments clés saisis dans le désordre.</numerusform>
        </translation>
    </message>
    <message>
        <source>Time to detect: from the start of the incident to its detection</source>
        <translation>Délai de détection (TTD) : du début de l&apos;incident à sa détection</translation>
    </message>
    <message>
        <source>Time to resolve: from the start of the incident to its resolution</source>
        <translation>Délai de résolution (TTR) : du début de l&apos;incident à sa résolution</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Mean TTD</source>
        <translation>TTD moyen</translation>
    </message>
    <message>
        <source>Median TTD</source>
        <translation>TTD médian</translation>
    </message>
    <message>
        <source>Mean TTR</source>
        <translation>TTR moyen</translation>
    </message>
    <message>
        <source>Median TTR</source>
        <translation>TTR médian</translation>
    </message>
</context>
<context>
    <name>IncidentHistoryView</name>
    <message>
        <source>Include &amp;drills</source>
        <translation>Inclure les e&amp;xercices</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exporter en CSV…</translation>
    </message>
    <message>
        <source>Last 6 months</source>
        <translation>6 derniers mois</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>12 derniers mois</translation>
    </message>
    <message>
        <source>Last 24 months</source>
        <translation>24 derniers mois</translation>
    </message>
    <message>
        <source>All incidents</source>
        <translation>Tous les incidents</translation>
    </message>
    <message>
        <source>Months begin and end at midnight in this time zone; the CSV states times in it</source>
        <translation>Les mois commencent et finissent à minuit dans ce fuseau horaire ; le CSV y exprime les heures</translation>
    </message>
    <message>
        <source>This computer (%1)</source>
        <translation>Cet ordinateur (%1)</translation>
    </message>
    <message>
        <source>Count rehearsals too; maintenances are never counted</source>
        <translation>Compter aussi les exercices ; les maintenances ne sont jamais comptées</translation>
    </message>
    <message>
        <source>Save the incidents counted here as a CSV file for a spreadsheet</source>
        <translation>Enregistrer les incidents comptés ici dans un fichier CSV, pour un tableur</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Période :</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>Fuseau &amp;horaire :</translation>
    </message>
    <message>
        <source>%1 (the messages&apos; zone)</source>
        <translation>%1 (fuseau des messages)</translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) from %1 to %2</source>
        <translation>
            <numerusform>%n incident de %1 à %2</numerusform>
            <numerusform>%n incidents de %1 à %2</numerusform>
        </translation>
    </message>
    <message>
        <source>median time to detect %1 (%2 of %3 had one)</source>
        <translation>délai médian de détection : %1 (connu pour %2 sur %3)</translation>
    </message>
    <message>
        <source>median time to resolve %1 (%2 of %3 had one)</source>
        <translation>délai médian de résolution : %1 (connu pour %2 sur %3)</translation>
    </message>
    <message numerus="yes">
        <source>%n drill(s) left out</source>
        <translation>
            <numerusform>%n exercice écarté</numerusform>
            <numerusform>%n exercices écartés</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the incidents as CSV</source>
        <translation>Exporter les incidents en CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>Enregistrement de %1…</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n incident(s) to %1 (&lt;a href=&quot;%2&quot;&gt;open the folder&lt;/a&gt;).</source>
        <translation>
            <numerusform>%n incident enregistré dans %1 (&lt;a href=&quot;%2&quot;&gt;ouvrir le dossier&lt;/a&gt;).</numerusform>
            <numerusform>%n incidents enregistrés dans %1 (&lt;a href=&quot;%2&quot;&gt;ouvrir le dossier&lt;/a&gt;).</numerusform>
        </translation>
    </message>
    <message>
        <source>The incidents were not exported. %1</source>
        <translation>Les incidents n&apos;ont pas été exportés. %1</translation>
    </message>
</context>
<context>
    <name>IncidentListModel</name>
    <message>
        <source>DRILL</source>
        <translation>EXERCICE</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Drill</source>
        <translation>Exercice</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Affected services</source>
        <translation>Services touchés</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Commander</source>
        <translation>Responsable</translation>
    </message>
</context>
<context>
    <name>IncidentSession</name>
    <message>
        <source>The history database is not open.</source>
        <translation>La base d&apos;historique n&apos;est pas ouverte.</translation>
    </message>
    <message>
        <source>The incidents could not be loaded from %1.</source>
        <translation>Les incidents n&apos;ont pas pu être chargés depuis %1.</translation>
    </message>
    <message>
        <source>%1 (drill)</source>
        <translation>%1 (exercice)</translation>
    </message>
    <message>
        <source>The playbook was not changed; the one in force stays.
%1</source>
        <translation>Le playbook n&apos;a pas été modifié ; celui en vigueur reste appliqué.
%1</translation>
    </message>
    <message>
        <source>The message templates were not changed; the ones in force stay.
%1</source>
        <translation>Les modèles de message n&apos;ont pas été modifiés ; ceux en vigueur restent appliqués.
%1</translation>
    </message>
    <message>
        <source>%1: %2 is down</source>
        <translation>%1 : %2 est en panne</translation>
    </message>
    <message>
        <source>%1 is down</source>
        <translation>%1 est en panne</translation>
    </message>
    <message>
        <source>Vigie (auto-declared for group %1)</source>
        <translation>Vigie (déclaration automatique pour le groupe %1)</translation>
    </message>
    <message>
        <source>What the checks saw: %1</source>
        <translation>Ce que les vérifications ont constaté : %1</translation>
    </message>
</context>
<context>
    <name>IncidentSpans</name>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 · drill</source>
        <translation>%1 · exercice</translation>
    </message>
    <message>
        <source>Since %1 (%2)</source>
        <translation>Depuis %1 (%2)</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>De %1 à %2</translation>
    </message>
</context>
<context>
    <name>IncidentStatus</name>
    <message>
        <source>Investigating</source>
        <translation>En cours d&apos;analyse</translation>
    </message>
    <message>
        <source>Identified</source>
        <translation>Identifié</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Surveillance</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Résolu</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Planifiée</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminée</translation>
    </message>
</context>
<context>
    <name>IncidentStore</name>
    <message>
        <source>Could not open the incidents (database %1): the history store is not open.</source>
        <translation>Impossible d&apos;ouvrir les incidents (base de données %1) : la base d&apos;historique n&apos;est pas ouverte.</translation>
    </message>
    <message>
        <source>Could not save the change to incidents: the incident database is not open.</source>
        <translation>Impossible d&apos;enregistrer la modification des incidents : la base des incidents n&apos;est pas ouverte.</translation>
    </message>
    <message>
        <source>Could not read the incidents: the incident database is not open.</source>
        <translation>Impossible de lire les incidents : la base des incidents n&apos;est pas ouverte.</translation>
    </message>
</context>
<context>
    <name>IncidentStoreWorker</name>
    <message numerus="yes">
        <source>%n change(s) to incidents could not be saved before closing (database %1): %2</source>
        <translation>
            <numerusform>%n modification des incidents n&apos;a pas pu être enregistrée avant la fermeture (base de données %1) : %2</numerusform>
            <numerusform>%n modifications des incidents n&apos;ont pas pu être enregistrées avant la fermeture (base de données %1) : %2</numerusform>
        </translation>
    </message>
    <message>
        <source>save incidents and messages</source>
        <translation>sauvegarder les incidents et les messages</translation>
    </message>
    <message>
        <source>The incident database is not open.</source>
        <translation>La base des incidents n&apos;est pas ouverte.</translation>
    </message>
    <message numerus="yes">
        <source>%1 %n change(s) wait in memory and will be saved when the database accepts them.</source>
        <translation>
            <numerusform>%1 %n modification attend en mémoire et sera enregistrée quand la base de données l&apos;acceptera.</numerusform>
            <numerusform>%1 %n modifications attendent en mémoire et seront enregistrées quand la base de données les acceptera.</numerusform>
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
        <translation>Interne</translation>
    </message>
</context>
<context>
    <name>IncidentTable</name>
    <message>
        <source>save the incident %1</source>
        <translation>sauvegarder l&apos;incident %1</translation>
    </message>
    <message>
        <source>save the services affected by the incident %1</source>
        <translation>sauvegarder les services touchés par l&apos;incident %1</translation>
    </message>
    <message>
        <source>save the checklist of the incident %1</source>
        <translation>sauvegarder la liste de contrôle de l&apos;incident %1</translation>
    </message>
    <message>
        <source>read the incidents</source>
        <translation>lire les incidents</translation>
    </message>
    <message>
        <source>the incident %1 has an unknown kind, severity or status (%2, %3, %4)</source>
        <translation>l&apos;incident %1 a un type, une gravité ou un statut inconnu (%2, %3, %4)</translation>
    </message>
    <message>
        <source>read the services affected by incidents</source>
        <translation>lire les services touchés par les incidents</translation>
    </message>
    <message>
        <source>the incident %1 gives the unknown impact %2</source>
        <translation>l&apos;incident %1 indique l&apos;impact inconnu %2</translation>
    </message>
    <message>
        <source>read the checklists of incidents</source>
        <translation>lire les listes de contrôle des incidents</translation>
    </message>
    <message>
        <source>the incident %1 has a checklist mark in the unknown state %2</source>
        <translation>l&apos;incident %1 a une marque de liste de contrôle dans l&apos;état inconnu %2</translation>
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
        <translation>%1 j %2 h</translation>
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
        <translation>Public : visible des clients, ou annoncé dans un message</translation>
    </message>
    <message>
        <source>Internal: for the response team only</source>
        <translation>Interne : réservé à l&apos;équipe d&apos;intervention</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Diffusion</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
</context>
<context>
    <name>IncidentTimelineView</name>
    <message>
        <source>Internal</source>
        <translation>Interne</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Tout</translation>
    </message>
    <message>
        <source>Public only</source>
        <translation>Public uniquement</translation>
    </message>
    <message>
        <source>Internal only</source>
        <translation>Interne uniquement</translation>
    </message>
    <message>
        <source>&amp;Audience:</source>
        <translation>&amp;Diffusion :</translation>
    </message>
</context>
<context>
    <name>IncidentsPanel</name>
    <message>
        <source>D&amp;eclare incident…</source>
        <translation>&amp;Déclarer un incident…</translation>
    </message>
    <message>
        <source>Plan &amp;maintenance…</source>
        <translation>Planifier une &amp;maintenance…</translation>
    </message>
    <message>
        <source>Declare an incident (%1)</source>
        <translation>Déclarer un incident (%1)</translation>
    </message>
    <message>
        <source>Plan a scheduled maintenance (%1)</source>
        <translation>Planifier une maintenance (%1)</translation>
    </message>
    <message>
        <source>DRILL</source>
        <translation>EXERCICE</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouverts</translation>
    </message>
    <message>
        <source>Past</source>
        <translation>Passés</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>Affic&amp;her :</translation>
    </message>
    <message>
        <source>Incidents and maintenances</source>
        <translation>Incidents et maintenances</translation>
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
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>Only %1 (with the other levels ticked): %2</source>
        <translation>Seulement %1 (avec les autres niveaux cochés) : %2</translation>
    </message>
    <message>
        <source>Include &amp;drills</source>
        <translation>Inclure les e&amp;xercices</translation>
    </message>
    <message>
        <source>Reference, title or service</source>
        <translation>Référence, titre ou service</translation>
    </message>
    <message>
        <source>Searc&amp;h:</source>
        <translation>&amp;Rechercher :</translation>
    </message>
</context>
<context>
    <name>JargonList</name>
    <message>
        <source>this is not valid YAML: %1</source>
        <translation>ce n&apos;est pas du YAML valide : %1</translation>
    </message>
    <message>
        <source>expected a list of words, got %1</source>
        <translation>attendu : une liste de mots ; trouvé : %1</translation>
    </message>
    <message>
        <source>expected a word, got %1</source>
        <translation>attendu : un mot ; trouvé : %1</translation>
    </message>
</context>
<context>
    <name>JsonPointer</name>
    <message>
        <source>&quot;%1&quot; is not a JSON Pointer: it must start with / (for example /status)</source>
        <translation>« %1 » n&apos;est pas un JSON Pointer : il doit commencer par / (par exemple /status)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid JSON Pointer: write ~0 for ~ and ~1 for /</source>
        <translation>« %1 » n&apos;est pas un JSON Pointer valide : écrivez ~0 pour ~ et ~1 pour /</translation>
    </message>
</context>
<context>
    <name>KeyMoments</name>
    <message>
        <source>“%1” is before “%2”.</source>
        <translation>« %1 » précède « %2 ».</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>Détection</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Prise en charge</translation>
    </message>
    <message>
        <source>Mitigated</source>
        <translation>Atténuation</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Résolution</translation>
    </message>
</context>
<context>
    <name>KeyMomentsEditor</name>
    <message>
        <source>%1:</source>
        <translation>%1 :</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>pas encore</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Maintenant</translation>
    </message>
    <message>
        <source>Set “%1” to the current time</source>
        <translation>Régler « %1 » sur l&apos;heure actuelle</translation>
    </message>
    <message>
        <source>Time to detect:</source>
        <translation>Délai de détection :</translation>
    </message>
    <message>
        <source>Time to acknowledge:</source>
        <translation>Délai de prise en charge :</translation>
    </message>
    <message>
        <source>Time to mitigate:</source>
        <translation>Délai d&apos;atténuation :</translation>
    </message>
    <message>
        <source>Time to resolve:</source>
        <translation>Délai de résolution :</translation>
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
        <translation>Le trousseau du système n&apos;a aucune entrée « %1 ».</translation>
    </message>
    <message>
        <source>The system keychain could not delete the entry “%1”: %2</source>
        <translation>Le trousseau du système n&apos;a pas pu supprimer l&apos;entrée « %1 » : %2</translation>
    </message>
    <message>
        <source>The system keychain is not available: %1</source>
        <translation>Le trousseau du système n&apos;est pas disponible : %1</translation>
    </message>
    <message>
        <source>The system keychain is not available: it was asked from its own thread.</source>
        <translation>Le trousseau du système n&apos;est pas disponible : il a été appelé depuis son propre fil d&apos;exécution.</translation>
    </message>
    <message numerus="yes">
        <source>The system keychain is not available: it did not answer within %n second(s) (it may be locked and waiting for its password).</source>
        <translation>
            <numerusform>Le trousseau du système n&apos;est pas disponible : il n&apos;a pas répondu en %n seconde (il est peut-être verrouillé et attend son mot de passe).</numerusform>
            <numerusform>Le trousseau du système n&apos;est pas disponible : il n&apos;a pas répondu en %n secondes (il est peut-être verrouillé et attend son mot de passe).</numerusform>
        </translation>
    </message>
    <message>
        <source>The system keychain is not available: Vigie is shutting down.</source>
        <translation>Le trousseau du système n&apos;est pas disponible : Vigie est en cours de fermeture.</translation>
    </message>
</context>
<context>
    <name>KeychainSecretSource</name>
    <message>
        <source>the system keychain (service “%1”, key “channel/&lt;channel&gt;/&lt;secret&gt;”)</source>
        <translation>le trousseau du système (service « %1 », clé « channel/&lt;canal&gt;/&lt;secret&gt; »)</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>Cannot store the secret “%1” of the channel “%2”: %3</source>
        <translation>Impossible d&apos;enregistrer le secret « %1 » du canal « %2 » : %3</translation>
    </message>
    <message>
        <source>Cannot remove the secret “%1” of the channel “%2”: %3</source>
        <translation>Impossible de supprimer le secret « %1 » du canal « %2 » : %3</translation>
    </message>
</context>
<context>
    <name>LatencyChart</name>
    <message>
        <source>Average</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>95th percentile</source>
        <translation>95e centile</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>En direct</translation>
    </message>
    <message>
        <source>Failures</source>
        <translation>Échecs</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>No results in this period</source>
        <translation>Aucun résultat sur cette période</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Failed results</source>
        <translation>Résultats en échec</translation>
    </message>
</context>
<context>
    <name>LintWarningList</name>
    <message>
        <source>Message clarity warnings</source>
        <translation>Avertissements de clarté du message</translation>
    </message>
    <message>
        <source>Click to select it in the message</source>
        <translation>Cliquez pour sélectionner le passage dans le message</translation>
    </message>
    <message>
        <source>No clarity warnings.</source>
        <translation>Aucun avertissement de clarté.</translation>
    </message>
</context>
<context>
    <name>LiveProbe</name>
    <message>
        <source>%1 did not answer.</source>
        <translation>%1 n&apos;a pas répondu.</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 and sends readers to %3; set the channel&apos;s public address to where the page is.</source>
        <translation>%1 a répondu HTTP %2 et renvoie les lecteurs vers %3 ; indiquez comme adresse publique du canal celle où se trouve la page.</translation>
    </message>
    <message>
        <source>another address</source>
        <translation>une autre adresse</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2.</source>
        <translation>%1 a répondu HTTP %2.</translation>
    </message>
    <message>
        <source>The incident is not on the public page yet.</source>
        <translation>L&apos;incident n&apos;est pas encore sur la page publique.</translation>
    </message>
    <message>
        <source>The public page does not show the update yet.</source>
        <translation>La page publique n&apos;affiche pas encore la mise à jour.</translation>
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
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Live since %1</source>
        <translation>En ligne depuis %1</translation>
    </message>
    <message>
        <source>Pending for %1</source>
        <translation>En attente depuis %1</translation>
    </message>
    <message>
        <source>Not live after %1</source>
        <translation>Pas en ligne après %1</translation>
    </message>
    <message>
        <source>Vigie does not check this channel&apos;s public page.</source>
        <translation>Vigie ne vérifie pas la page publique de ce canal.</translation>
    </message>
    <message>
        <source>Looking for the update on the public page…</source>
        <translation>Recherche de la mise à jour sur la page publique…</translation>
    </message>
    <message numerus="yes">
        <source>Seen on %1 after %n check(s), %2 after it was sent.</source>
        <translation>
            <numerusform>Vue sur %1 après %n vérification, %2 après l&apos;envoi.</numerusform>
            <numerusform>Vue sur %1 après %n vérifications, %2 après l&apos;envoi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not on %1 yet after %n check(s): %2</source>
        <translation>
            <numerusform>Pas encore sur %1 après %n vérification : %2</numerusform>
            <numerusform>Pas encore sur %1 après %n vérifications : %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Vigie stopped looking after %n check(s); the last said: %1. Check %2 by hand.</source>
        <translation>
            <numerusform>Vigie a cessé de vérifier après %n vérification ; la dernière indiquait : %1. Vérifiez %2 à la main.</numerusform>
            <numerusform>Vigie a cessé de vérifier après %n vérifications ; la dernière indiquait : %1. Vérifiez %2 à la main.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Vigie — incident cockpit</source>
        <translation>Vigie — cockpit d&apos;incidents</translation>
    </message>
    <message>
        <source>&amp;Add service…</source>
        <translation>&amp;Ajouter un service…</translation>
    </message>
    <message>
        <source>&amp;Edit service…</source>
        <translation>&amp;Modifier le service…</translation>
    </message>
    <message>
        <source>&amp;Pause or resume</source>
        <translation>Mettre en &amp;pause ou reprendre</translation>
    </message>
    <message>
        <source>&amp;Check now</source>
        <translation>&amp;Vérifier maintenant</translation>
    </message>
    <message>
        <source>&amp;Remove service…</source>
        <translation>&amp;Supprimer le service…</translation>
    </message>
    <message>
        <source>&amp;Import workspace…</source>
        <translation>&amp;Importer un espace de travail…</translation>
    </message>
    <message>
        <source>&amp;Export workspace…</source>
        <translation>&amp;Exporter l&apos;espace de travail…</translation>
    </message>
    <message>
        <source>Import &amp;Gatus configuration…</source>
        <translation>Importer une configuration &amp;Gatus…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;About Vigie</source>
        <translation>À &amp;propos de Vigie</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Services</source>
        <translation>&amp;Services</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Show the cockpit</source>
        <translation>Afficher le cockpit</translation>
    </message>
    <message>
        <source>%L1 results stored</source>
        <translation>%L1 résultats enregistrés</translation>
    </message>
    <message>
        <source>Workspace %1 applied: %2 added, %3 updated, %4 unchanged, %5 removed.</source>
        <translation>Espace de travail %1 appliqué — ajoutés : %2, modifiés : %3, inchangés : %4, supprimés : %5.</translation>
    </message>
    <message>
        <source>Workspace exported to %1.</source>
        <translation>Espace de travail exporté vers %1.</translation>
    </message>
    <message>
        <source>Vigie</source>
        <translation>Vigie</translation>
    </message>
    <message>
        <source>%1 down · %2 degraded · %3 up · %4 paused</source>
        <translation>En panne : %1 · Dégradé : %2 · Opérationnel : %3 · En pause : %4</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>Mettre en &amp;pause</translation>
    </message>
    <message>
        <source>Add a service</source>
        <translation>Ajouter un service</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>Remove a service</source>
        <translation>Supprimer un service</translation>
    </message>
    <message>
        <source>Remove %1 and its whole history? This cannot be undone.</source>
        <translation>Supprimer %1 et tout son historique ? Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Import a workspace</source>
        <translation>Importer un espace de travail</translation>
    </message>
    <message>
        <source>Workspace files (*.yaml *.yml);;All files (*)</source>
        <translation>Fichiers d&apos;espace de travail (*.yaml *.yml);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Export the workspace</source>
        <translation>Exporter l&apos;espace de travail</translation>
    </message>
    <message>
        <source>Workspace files (*.yaml *.yml)</source>
        <translation>Fichiers d&apos;espace de travail (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>Import a Gatus configuration</source>
        <translation>Importer une configuration Gatus</translation>
    </message>
    <message>
        <source>Gatus configuration (*.yaml *.yml);;All files (*)</source>
        <translation>Configuration Gatus (*.yaml *.yml);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>About Vigie</source>
        <translation>À propos de Vigie</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Vigie %1&lt;/h3&gt;&lt;p&gt;The lookout of your services: watch them, see their outages, and walk the incident communication checklist.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Vigie %1&lt;/h3&gt;&lt;p&gt;La vigie de vos services : surveillez-les, suivez leurs pannes et parcourez la liste de contrôle de la communication d&apos;incident.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>The language changes the next time Vigie starts.</source>
        <translation>La langue changera au prochain démarrage de Vigie.</translation>
    </message>
    <message>
        <source>Gatus configuration imported</source>
        <translation>Configuration Gatus importée</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 services added, %3 updated, %4 unchanged.
%n item(s) could not be carried over as they were.</source>
        <translation>
            <numerusform>%1 : services ajoutés : %2, mis à jour : %3, inchangés : %4.
%n élément n&apos;a pas pu être repris tel quel.</numerusform>
            <numerusform>%1 : services ajoutés : %2, mis à jour : %3, inchangés : %4.
%n éléments n&apos;ont pas pu être repris tels quels.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more error(s) since this message first opened.</source>
        <translation>
            <numerusform>%n autre erreur depuis l&apos;ouverture de ce message.</numerusform>
            <numerusform>%n autres erreurs depuis l&apos;ouverture de ce message.</numerusform>
        </translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>Service &amp;board</source>
        <translation>&amp;Tableau des services</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Chronologie</translation>
    </message>
</context>
<context>
    <name>MarkdownExporter</name>
    <message>
        <source>The Markdown report has nowhere to go: the file is not open for writing.</source>
        <translation>Le rapport Markdown n&apos;a aucune destination : le fichier n&apos;est pas ouvert en écriture.</translation>
    </message>
    <message>
        <source>Could not write the Markdown report: %1</source>
        <translation>Impossible d&apos;écrire le rapport Markdown : %1</translation>
    </message>
</context>
<context>
    <name>MastodonAdapter</name>
    <message>
        <source>The channel “%1” has no Mastodon access token (secret “%2”).</source>
        <translation>Le canal « %1 » n&apos;a pas de jeton d&apos;accès Mastodon (secret « %2 »).</translation>
    </message>
    <message>
        <source>The channel “%1” has no Mastodon instance (setting “instance”).</source>
        <translation>Le canal « %1 » n&apos;a pas d&apos;instance Mastodon (réglage « instance »).</translation>
    </message>
    <message>
        <source>The message is empty; Mastodon needs some text.</source>
        <translation>Le message est vide ; Mastodon a besoin d&apos;un texte.</translation>
    </message>
    <message>
        <source>The message counts %1 characters on Mastodon (each link counts as %2); this instance allows %3. Shorten it and approve it again.</source>
        <translation>Le message compte %1 caractères sur Mastodon (chaque lien en compte %2) ; cette instance en autorise %3. Raccourcissez-le et approuvez-le de nouveau.</translation>
    </message>
    <message>
        <source>posting the status</source>
        <translation>la publication du message</translation>
    </message>
    <message>
        <source>Mastodon answered without the new status&apos;s id; asking again with the same idempotency key.</source>
        <translation>Mastodon a répondu sans l&apos;identifiant du nouveau message ; nouvelle demande avec la même clé d&apos;idempotence.</translation>
    </message>
    <message>
        <source>checking the access token</source>
        <translation>la vérification du jeton d&apos;accès</translation>
    </message>
</context>
<context>
    <name>MattermostWebhookAdapter</name>
    <message>
        <source>%1: the message is empty.</source>
        <translation>%1 : le message est vide.</translation>
    </message>
    <message>
        <source>%1: the address is well formed. A Mattermost webhook cannot be checked without posting: nothing was sent. Publish a drill to prove it.</source>
        <translation>%1 : l&apos;adresse est bien formée. Un webhook Mattermost ne peut pas être vérifié sans publier : rien n&apos;a été envoyé. Publiez un exercice pour vous en assurer.</translation>
    </message>
</context>
<context>
    <name>MessageComposer</name>
    <message>
        <source>Select an incident to draft its messages.</source>
        <translation>Sélectionnez un incident pour rédiger ses messages.</translation>
    </message>
    <message>
        <source>&amp;New draft…</source>
        <translation>&amp;Nouveau brouillon…</translation>
    </message>
    <message>
        <source>Draft a message for one channel from the chosen template</source>
        <translation>Rédiger un message pour un canal à partir du modèle choisi</translation>
    </message>
    <message>
        <source>&lt;b&gt;Messages&lt;/b&gt;</source>
        <translation>&lt;b&gt;Messages&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Render from template</source>
        <translation>Générer à partir du modèle</translation>
    </message>
    <message>
        <source>This message was edited since it was rendered. Replace the text with the template&apos;s and lose these edits?</source>
        <translation>Ce message a été modifié depuis sa génération. Remplacer le texte par celui du modèle et perdre ces modifications ?</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Remplacer</translation>
    </message>
</context>
<context>
    <name>MessageDraft</name>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publié</translation>
    </message>
    <message>
        <source>Discarded</source>
        <translation>Abandonné</translation>
    </message>
</context>
<context>
    <name>MessageDraftEditor</name>
    <message>
        <source>&amp;Render from template</source>
        <translation>&amp;Générer à partir du modèle</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Approuver</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>A&amp;bandonner</translation>
    </message>
    <message>
        <source>Approve this message for publication (%1)</source>
        <translation>Approuver ce message pour publication (%1)</translation>
    </message>
    <message>
        <source>Set this draft aside; it stays in the list, greyed</source>
        <translation>Mettre ce brouillon de côté ; il reste dans la liste, grisé</translation>
    </message>
    <message>
        <source>Write the message again from the template with the incident&apos;s facts</source>
        <translation>Réécrire le message à partir du modèle avec les informations de l&apos;incident</translation>
    </message>
    <message>
        <source>Email subject</source>
        <translation>Objet de l&apos;e-mail</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Objet :</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Texte du message</translation>
    </message>
    <message>
        <source>A draft is written for one channel; start a new draft for another</source>
        <translation>Un brouillon est rédigé pour un seul canal ; commencez-en un nouveau pour un autre canal</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Modèle :</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Canal :</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>&lt;b&gt;Clarity&lt;/b&gt;</source>
        <translation>&lt;b&gt;Clarté&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Start a message from the checklist&apos;s “Draft message”, or with “New draft…”.</source>
        <translation>Commencez un message avec « Rédiger le message » dans la liste de contrôle, ou avec « Nouveau brouillon… ».</translation>
    </message>
    <message>
        <source>The message, as the audience will read it.</source>
        <translation>Le message, tel que ses destinataires le liront.</translation>
    </message>
    <message>
        <source>Approved by %1 on %2. An approved message no longer changes; draft a new one to say more.</source>
        <translation>Approuvé par %1 le %2. Un message approuvé ne change plus ; rédigez-en un nouveau pour en dire plus.</translation>
    </message>
    <message>
        <source>Published on %1, approved by %2 on %3.</source>
        <translation>Publié le %1, approuvé par %2 le %3.</translation>
    </message>
    <message>
        <source>Discarded on %1.</source>
        <translation>Abandonné le %1.</translation>
    </message>
    <message>
        <source>&amp;Publish…</source>
        <translation>&amp;Publier…</translation>
    </message>
    <message>
        <source>Send this approved message to its channels (%1)</source>
        <translation>Envoyer ce message approuvé sur ses canaux (%1)</translation>
    </message>
</context>
<context>
    <name>MessageDraftListModel</name>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
</context>
<context>
    <name>MessageDraftRenderer</name>
    <message>
        <source>There is no template “%1” for %2 in “%3”.</source>
        <translation>Aucun modèle « %1 » pour le canal %2 dans la langue « %3 ».</translation>
    </message>
</context>
<context>
    <name>MessageDraftTable</name>
    <message>
        <source>save a message draft of the incident %1</source>
        <translation>sauvegarder un brouillon de message de l&apos;incident %1</translation>
    </message>
    <message>
        <source>read the message drafts</source>
        <translation>lire les brouillons de message</translation>
    </message>
    <message>
        <source>the draft %1 has an unknown channel kind or state (%2, %3)</source>
        <translation>le brouillon %1 a un type de canal ou un état inconnu (%2, %3)</translation>
    </message>
</context>
<context>
    <name>MessagePreview</name>
    <message>
        <source>Subject: %1</source>
        <translation>Objet : %1</translation>
    </message>
    <message>
        <source>The email has no subject.</source>
        <translation>L&apos;e-mail n&apos;a pas d&apos;objet.</translation>
    </message>
    <message>
        <source>The message is empty.</source>
        <translation>Le message est vide.</translation>
    </message>
    <message>
        <source>The subject is %1 characters long; %2 is the most.</source>
        <translation>L&apos;objet fait %1 caractères ; %2 au maximum.</translation>
    </message>
    <message>
        <source>The message is %1 characters long; %2 allows %3 at most.</source>
        <translation>Le message fait %1 caractères ; %2 en autorise %3 au maximum.</translation>
    </message>
</context>
<context>
    <name>MessagePreviewPanel</name>
    <message>
        <source>&lt;b&gt;Preview&lt;/b&gt;</source>
        <translation>&lt;b&gt;Aperçu&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy the message for %1 to the clipboard</source>
        <translation>Copier le message pour %1 dans le presse-papiers</translation>
    </message>
    <message>
        <source>Subject: %1 / %2</source>
        <translation>Objet : %1 / %2</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n caractère</numerusform>
            <numerusform>%n caractères</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 counts at most %2 characters here</source>
        <translation>%1 accepte au plus %2 caractères, comptés à sa façon</translation>
    </message>
    <message>
        <source>%1 has no length limit</source>
        <translation>%1 n&apos;a pas de limite de longueur</translation>
    </message>
    <message>
        <source>%1 (blocked)</source>
        <translation>%1 (envoi bloqué)</translation>
    </message>
</context>
<context>
    <name>MessagePromiseTable</name>
    <message>
        <source>save a promise of the incident %1</source>
        <translation>sauvegarder un engagement de l&apos;incident %1</translation>
    </message>
    <message>
        <source>read the promises made to customers</source>
        <translation>lire les engagements pris envers les clients</translation>
    </message>
    <message>
        <source>the promise %1 has the unknown kind %2</source>
        <translation>l&apos;engagement %1 a le type inconnu %2</translation>
    </message>
</context>
<context>
    <name>MonitoringSession</name>
    <message>
        <source>The store at %1 did not answer within 30 seconds.</source>
        <translation>La base %1 n&apos;a pas répondu dans les 30 secondes.</translation>
    </message>
    <message>
        <source>The workspace was not imported; nothing changed.
%1</source>
        <translation>L&apos;espace de travail n&apos;a pas été importé ; rien n&apos;a changé.
%1</translation>
    </message>
    <message>
        <source>Could not write the workspace to %1: %2</source>
        <translation>Impossible d&apos;écrire l&apos;espace de travail dans %1 : %2</translation>
    </message>
    <message>
        <source>The Gatus configuration was not imported; nothing changed.
%1</source>
        <translation>La configuration Gatus n&apos;a pas été importée ; rien n&apos;a changé.
%1</translation>
    </message>
    <message>
        <source>Start-up was interrupted before the store at %1 was read.</source>
        <translation>Le démarrage a été interrompu avant la lecture de la base %1.</translation>
    </message>
    <message>
        <source>the workspace settings stored in %1</source>
        <translation>les réglages de l&apos;espace de travail enregistrés dans %1</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>&amp;Internal: for the response team</source>
        <translation>&amp;Interne : pour l&apos;équipe d&apos;intervention</translation>
    </message>
    <message>
        <source>&amp;Public: may be told to customers</source>
        <translation>&amp;Public : peut être communiqué aux clients</translation>
    </message>
    <message>
        <source>Note on %1</source>
        <translation>Note sur %1</translation>
    </message>
    <message>
        <source>What happened, what was decided, what was tried</source>
        <translation>Ce qui s&apos;est passé, ce qui a été décidé, ce qui a été tenté</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note :</translation>
    </message>
    <message>
        <source>Ctrl+Enter saves</source>
        <translation>Ctrl+Enter pour enregistrer</translation>
    </message>
</context>
<context>
    <name>NotificationPolicy</name>
    <message>
        <source>%1 is down</source>
        <translation>%1 est en panne</translation>
    </message>
    <message>
        <source>The check failed.</source>
        <translation>La vérification a échoué.</translation>
    </message>
    <message>
        <source>%1 has recovered</source>
        <translation>%1 est rétabli</translation>
    </message>
    <message>
        <source>The service answers normally again.</source>
        <translation>Le service répond de nouveau normalement.</translation>
    </message>
    <message>
        <source>The service answers again, but degraded: %1</source>
        <translation>Le service répond de nouveau, mais en mode dégradé : %1</translation>
    </message>
    <message>
        <source>Click to declare an incident.</source>
        <translation>Cliquez pour déclarer un incident.</translation>
    </message>
    <message>
        <source>[Drill] %1: a step is due</source>
        <translation>[Exercice] %1 : une étape arrive à échéance</translation>
    </message>
    <message>
        <source>%1: a step is due</source>
        <translation>%1 : une étape arrive à échéance</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>Only an approved message can be published; this one is %1.</source>
        <translation>Seul un message approuvé peut être publié ; celui-ci est à l&apos;état « %1 ».</translation>
    </message>
    <message>
        <source>The message does not belong to the incident %1.</source>
        <translation>Le message n&apos;appartient pas à l&apos;incident %1.</translation>
    </message>
    <message>
        <source>Choose at least one channel to publish to.</source>
        <translation>Choisissez au moins un canal de publication.</translation>
    </message>
    <message>
        <source>There is no channel named “%1” in the workspace.</source>
        <translation>L&apos;espace de travail ne contient aucun canal nommé « %1 ».</translation>
    </message>
    <message>
        <source>The channel “%1” is chosen twice.</source>
        <translation>Le canal « %1 » est choisi deux fois.</translation>
    </message>
    <message>
        <source>The channel “%1” publishes %2 messages; this message is written for %3.</source>
        <translation>Le canal « %1 » publie des messages de type « %2 » ; ce message est rédigé pour le type « %3 ».</translation>
    </message>
    <message>
        <source>%1 is a drill: it publishes only to sandbox channels, and “%2” is not one.</source>
        <translation>%1 est un exercice : il ne publie que dans des canaux de bac à sable, et « %2 » n&apos;en est pas un.</translation>
    </message>
    <message>
        <source>“%1” is a sandbox channel for drills; %2 is a real incident and is never published there.</source>
        <translation>« %1 » est un canal de bac à sable réservé aux exercices ; %2 est un incident réel et n&apos;y est jamais publié.</translation>
    </message>
    <message>
        <source>The outbox is not open: nothing was queued.</source>
        <translation>La file d&apos;envoi n&apos;est pas ouverte : rien n&apos;a été mis en file.</translation>
    </message>
    <message>
        <source>The outbox is not open: the channel was not tested.</source>
        <translation>La file d&apos;envoi n&apos;est pas ouverte : le canal n&apos;a pas été testé.</translation>
    </message>
    <message>
        <source>Could not read the outbox: it is not open.</source>
        <translation>Impossible de lire la file d&apos;envoi : elle n&apos;est pas ouverte.</translation>
    </message>
    <message>
        <source>Could not retry: the outbox is not open.</source>
        <translation>Impossible de réessayer : la file d&apos;envoi n&apos;est pas ouverte.</translation>
    </message>
    <message>
        <source>Could not cancel: the outbox is not open.</source>
        <translation>Impossible d&apos;annuler : la file d&apos;envoi n&apos;est pas ouverte.</translation>
    </message>
    <message>
        <source>The outbox is not open: the channel was not published.</source>
        <translation>La file d&apos;envoi n&apos;est pas ouverte : rien n&apos;a été publié sur le canal.</translation>
    </message>
</context>
<context>
    <name>OutboxDeliveryTable</name>
    <message>
        <source>queue a message for the channel %1</source>
        <translation>mettre en file un message pour le canal %1</translation>
    </message>
    <message>
        <source>record the delivery to the channel %1</source>
        <translation>consigner l&apos;envoi vers le canal %1</translation>
    </message>
    <message>
        <source>the delivery %1 is not in the outbox</source>
        <translation>l&apos;envoi %1 n&apos;est pas dans la file d&apos;envoi</translation>
    </message>
    <message>
        <source>the delivery %1 has an unknown state “%2”</source>
        <translation>l&apos;envoi %1 a un état inconnu « %2 »</translation>
    </message>
    <message>
        <source>read the delivery %1</source>
        <translation>lire l&apos;envoi %1</translation>
    </message>
    <message>
        <source>read the delivery of the draft %1 to %2</source>
        <translation>lire l&apos;envoi du brouillon %1 vers %2</translation>
    </message>
    <message>
        <source>read the message of the delivery %1</source>
        <translation>lire le message de l&apos;envoi %1</translation>
    </message>
    <message>
        <source>read the outbox</source>
        <translation>lire la file d&apos;envoi</translation>
    </message>
    <message>
        <source>find the next message to send</source>
        <translation>trouver le prochain message à envoyer</translation>
    </message>
    <message>
        <source>find when the next message is due</source>
        <translation>déterminer l&apos;échéance du prochain message</translation>
    </message>
    <message>
        <source>count the messages sent to %1</source>
        <translation>compter les messages envoyés à %1</translation>
    </message>
    <message>
        <source>recover the deliveries interrupted by a stop</source>
        <translation>reprendre les envois interrompus par un arrêt</translation>
    </message>
    <message>
        <source>read how far the last attempt of the delivery %1 got</source>
        <translation>lire où en était la dernière tentative de l&apos;envoi %1</translation>
    </message>
    <message>
        <source>note how far the attempt of the delivery %1 got</source>
        <translation>noter où en est la tentative de l&apos;envoi %1</translation>
    </message>
</context>
<context>
    <name>OutboxThreadTable</name>
    <message>
        <source>read what %1 keeps for the incident %2</source>
        <translation>lire ce que %1 conserve pour l&apos;incident %2</translation>
    </message>
    <message>
        <source>keep what %1 returned for the incident %2</source>
        <translation>conserver ce que %1 a renvoyé pour l&apos;incident %2</translation>
    </message>
</context>
<context>
    <name>OutboxWorker</name>
    <message>
        <source>recover the deliveries interrupted by a stop</source>
        <translation>reprendre les envois interrompus par un arrêt</translation>
    </message>
    <message>
        <source>interrupted: checking before sending again</source>
        <translation>interrompu : vérification avant un nouvel envoi</translation>
    </message>
    <message>
        <source>The outcome of the delivery to “%1” could not be saved before closing; it will be checked before sending again.</source>
        <translation>Le résultat de l&apos;envoi vers « %1 » n&apos;a pas pu être enregistré avant la fermeture ; il sera vérifié avant tout nouvel envoi.</translation>
    </message>
    <message>
        <source>Could not queue the message: the outbox is not open.</source>
        <translation>Impossible de mettre le message en file : la file d&apos;envoi n&apos;est pas ouverte.</translation>
    </message>
    <message numerus="yes">
        <source>queue a message for %n channel(s)</source>
        <translation>
            <numerusform>mettre en file un message pour %n canal</numerusform>
            <numerusform>mettre en file un message pour %n canaux</numerusform>
        </translation>
    </message>
    <message>
        <source>The message was not queued: %1</source>
        <translation>Le message n&apos;a pas été mis en file : %1</translation>
    </message>
    <message>
        <source>Could not read the outbox: it is not open.</source>
        <translation>Impossible de lire la file d&apos;envoi : elle n&apos;est pas ouverte.</translation>
    </message>
    <message>
        <source>There is no channel named “%1”.</source>
        <translation>Il n&apos;existe aucun canal nommé « %1 ».</translation>
    </message>
    <message>
        <source>The channel “%1” is no longer in the workspace.</source>
        <translation>Le canal « %1 » ne figure plus dans l&apos;espace de travail.</translation>
    </message>
    <message>
        <source>The stored message of this delivery cannot be read.</source>
        <translation>Le message enregistré pour cet envoi est illisible.</translation>
    </message>
    <message>
        <source>“%1” is not a sandbox channel: a drill publishes only to sandbox channels.</source>
        <translation>« %1 » n&apos;est pas un canal de bac à sable : un exercice ne publie que dans des canaux de bac à sable.</translation>
    </message>
    <message>
        <source>“%1” is a sandbox channel: a real incident never publishes to it.</source>
        <translation>« %1 » est un canal de bac à sable : un incident réel n&apos;y publie jamais.</translation>
    </message>
    <message>
        <source>mark a delivery to %1 as sending</source>
        <translation>passer un envoi vers %1 à l&apos;état « en cours d&apos;envoi »</translation>
    </message>
    <message>
        <source>record the delivery to %1</source>
        <translation>consigner l&apos;envoi vers %1</translation>
    </message>
    <message>
        <source>The outbox is not open.</source>
        <translation>La file d&apos;envoi n&apos;est pas ouverte.</translation>
    </message>
    <message>
        <source>%1 The delivery stays marked as sending until it can be recorded.</source>
        <translation>%1 L&apos;envoi reste à l&apos;état « en cours d&apos;envoi » jusqu&apos;à ce qu&apos;il puisse être consigné.</translation>
    </message>
    <message>
        <source>Could not retry: the outbox is not open.</source>
        <translation>Impossible de réessayer : la file d&apos;envoi n&apos;est pas ouverte.</translation>
    </message>
    <message>
        <source>That delivery is no longer in the outbox.</source>
        <translation>Cet envoi n&apos;est plus dans la file d&apos;envoi.</translation>
    </message>
    <message>
        <source>The message was already published on “%1”: it is not sent twice.</source>
        <translation>Le message a déjà été publié sur « %1 » : il n&apos;est pas envoyé deux fois.</translation>
    </message>
    <message>
        <source>The delivery to “%1” is already under way.</source>
        <translation>L&apos;envoi vers « %1 » est déjà en cours.</translation>
    </message>
    <message>
        <source>retry the delivery to %1</source>
        <translation>relancer l&apos;envoi vers %1</translation>
    </message>
    <message>
        <source>Could not cancel: the outbox is not open.</source>
        <translation>Impossible d&apos;annuler : la file d&apos;envoi n&apos;est pas ouverte.</translation>
    </message>
    <message>
        <source>The message is already published on “%1”: it cannot be cancelled.</source>
        <translation>Le message est déjà publié sur « %1 » : il ne peut plus être annulé.</translation>
    </message>
    <message>
        <source>The message is being sent to “%1” right now: it can no longer be cancelled.</source>
        <translation>Le message est en cours d&apos;envoi vers « %1 » : il ne peut plus être annulé.</translation>
    </message>
    <message>
        <source>cancel the delivery to %1</source>
        <translation>annuler l&apos;envoi vers %1</translation>
    </message>
    <message>
        <source>note the progress of the delivery to %1</source>
        <translation>noter l&apos;avancement de l&apos;envoi vers %1</translation>
    </message>
</context>
<context>
    <name>PdfExporter</name>
    <message>
        <source>The PDF report has nowhere to go: the file is not open for writing.</source>
        <translation>Le rapport PDF n&apos;a aucune destination : le fichier n&apos;est pas ouvert en écriture.</translation>
    </message>
    <message>
        <source>Could not start the PDF report: %1</source>
        <translation>Impossible de commencer le rapport PDF : %1</translation>
    </message>
    <message>
        <source>Could not finish the PDF report: %1</source>
        <translation>Impossible de terminer le rapport PDF : %1</translation>
    </message>
</context>
<context>
    <name>Playbook</name>
    <message>
        <source>there is no step &quot;%1&quot;</source>
        <translation>il n&apos;y a pas d&apos;étape « %1 »</translation>
    </message>
    <message>
        <source>(did you mean &quot;%1&quot;?)</source>
        <translation>(vouliez-vous dire « %1 » ?)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already the id of %2; step ids must be unique</source>
        <translation>« %1 » est déjà l&apos;identifiant de %2 ; les identifiants d&apos;étape doivent être uniques</translation>
    </message>
    <message>
        <source>a step cannot come after itself</source>
        <translation>une étape ne peut pas venir après elle-même</translation>
    </message>
    <message>
        <source>this is not valid YAML: %1</source>
        <translation>ce n&apos;est pas du YAML valide : %1</translation>
    </message>
    <message>
        <source>expected a list of steps (lines starting with &quot;- &quot;), got %1</source>
        <translation>attendu : une liste d&apos;étapes (lignes commençant par « - ») ; trouvé : %1</translation>
    </message>
    <message>
        <source>the file is empty; a playbook has a steps: list</source>
        <translation>le fichier est vide ; un playbook contient une liste steps:</translation>
    </message>
    <message>
        <source>a playbook can only extend &quot;default&quot;, the one Vigie ships; got &quot;%1&quot;</source>
        <translation>un playbook ne peut étendre que « default », celui fourni avec Vigie ; trouvé : « %1 »</translation>
    </message>
    <message>
        <source>expected an id of lower-case letters, digits and dashes such as &quot;shop&quot;, got &quot;%1&quot;</source>
        <translation>attendu : un identifiant en lettres minuscules, chiffres et tirets comme « shop » ; trouvé : « %1 »</translation>
    </message>
    <message>
        <source>cannot open the playbook file: %1</source>
        <translation>impossible d&apos;ouvrir le fichier du playbook : %1</translation>
    </message>
    <message>
        <source>expected an id of lower-case letters, digits and dashes such as &quot;announce&quot;, got &quot;%1&quot;</source>
        <translation>attendu : un identifiant en lettres minuscules, chiffres et tirets comme « announce » ; trouvé : « %1 »</translation>
    </message>
    <message>
        <source>unknown action &quot;%1&quot;; expected one of %2</source>
        <translation>action « %1 » inconnue ; valeurs possibles : %2</translation>
    </message>
    <message>
        <source>expected a template id of lower-case letters, digits and dashes such as &quot;announce&quot;, got &quot;%1&quot;</source>
        <translation>attendu : un identifiant de modèle en lettres minuscules, chiffres et tirets comme « announce » ; trouvé : « %1 »</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot;; expected one of %2</source>
        <translation>kind « %1 » inconnu ; valeurs possibles : %2</translation>
    </message>
    <message>
        <source>expected a list such as [a, b], got %1</source>
        <translation>attendu : une liste comme [a, b] ; trouvé : %1</translation>
    </message>
    <message>
        <source>expected a single value, got %1</source>
        <translation>attendu : une seule valeur ; trouvé : %1</translation>
    </message>
    <message>
        <source>unknown channel kind &quot;%1&quot;; expected one of %2</source>
        <translation>type de canal « %1 » inconnu ; valeurs possibles : %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice</source>
        <translation>« %1 » figure deux fois</translation>
    </message>
    <message>
        <source>expected a severity from sev1 to sev4, got &quot;%1&quot;</source>
        <translation>attendu : une gravité de sev1 à sev4 ; trouvé : « %1 »</translation>
    </message>
    <message>
        <source>give either after or before, not both: after counts forward from the anchor, before counts back</source>
        <translation>indiquez after ou before, pas les deux : after compte en avant à partir de l&apos;ancre, before compte en arrière</translation>
    </message>
    <message>
        <source>unknown anchor &quot;%1&quot;; expected one of %2</source>
        <translation>ancre « %1 » inconnue ; valeurs possibles : %2</translation>
    </message>
    <message>
        <source>a repeating step needs a cadence, such as every: 30m or every: {sev1: 30m, sev2: 1h, sev3: 2h, sev4: 4h}</source>
        <translation>une étape répétée a besoin d&apos;une cadence, comme every: 30m ou every: {sev1: 30m, sev2: 1h, sev3: 2h, sev4: 4h}</translation>
    </message>
    <message>
        <source>expected &quot;resolved&quot; (updates stop when the incident is resolved), got &quot;%1&quot;</source>
        <translation>attendu : « resolved » (les mises à jour s&apos;arrêtent quand l&apos;incident est résolu) ; trouvé : « %1 »</translation>
    </message>
    <message>
        <source>expected a text, got nothing</source>
        <translation>attendu : un texte ; trouvé : rien</translation>
    </message>
    <message>
        <source>expected a text, or a map of texts by language such as {en: ..., fr: ...}, got %1</source>
        <translation>attendu : un texte, ou un dictionnaire de textes par langue comme {en: ..., fr: ...} ; trouvé : %1</translation>
    </message>
    <message>
        <source>expected a language code such as en, fr or pt-BR</source>
        <translation>attendu : un code de langue comme en, fr ou pt-BR</translation>
    </message>
    <message>
        <source>missing required key &quot;title&quot;</source>
        <translation>clé obligatoire « title » manquante</translation>
    </message>
    <message>
        <source>a step needs a due time, such as due: {after: 15m, from: declared}</source>
        <translation>une étape a besoin d&apos;une échéance, comme due: {after: 15m, from: declared}</translation>
    </message>
    <message>
        <source>the first step has no previous step to count from</source>
        <translation>la première étape n&apos;a pas d&apos;étape précédente à partir de laquelle compter</translation>
    </message>
    <message>
        <source>only maintenances have a window; add applies_to: maintenance (or both)</source>
        <translation>seules les maintenances ont une fenêtre ; ajoutez applies_to: maintenance (ou both)</translation>
    </message>
    <message>
        <source>a repeating step runs while the incident is open, so it counts from declared</source>
        <translation>une étape répétée s&apos;exécute tant que l&apos;incident est ouvert ; elle compte donc à partir de declared</translation>
    </message>
    <message>
        <source>no cadence for %1; the step applies to it</source>
        <translation>aucune cadence pour %1, alors que l&apos;étape s&apos;y applique</translation>
    </message>
    <message>
        <source>channels only apply to message and internal steps, not to %1 steps</source>
        <translation>channels ne s&apos;applique qu&apos;aux étapes message et internal, pas aux étapes %1</translation>
    </message>
    <message>
        <source>a message step needs channels, such as [status-page, email, social]</source>
        <translation>une étape message a besoin de canaux, comme [status-page, email, social]</translation>
    </message>
    <message>
        <source>a message step needs a template, such as announce</source>
        <translation>une étape message a besoin d&apos;un modèle, comme announce</translation>
    </message>
    <message>
        <source>the playbook has no steps</source>
        <translation>le playbook n&apos;a aucune étape</translation>
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
        <translation>Page de secours</translation>
    </message>
    <message>
        <source>Internal communication</source>
        <translation>Communication interne</translation>
    </message>
    <message>
        <source>Post-mortem</source>
        <translation>Post-mortem</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
</context>
<context>
    <name>PlaybookStepStatus</name>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>À venir</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Bientôt due</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Faite</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignorée</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Sans objet</translation>
    </message>
</context>
<context>
    <name>PostMortemChangeTable</name>
    <message>
        <source>record the changes to the post-mortem of %1</source>
        <translation>consigner les modifications du post-mortem de %1</translation>
    </message>
    <message>
        <source>read the history of the post-mortem of %1</source>
        <translation>lire l&apos;historique du post-mortem de %1</translation>
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
        <translation>Actions correc&amp;tives</translation>
    </message>
    <message>
        <source>Write and export the post-mortem of the incident shown</source>
        <translation>Rédiger et exporter le post-mortem de l&apos;incident affiché</translation>
    </message>
    <message>
        <source>Open action items from every post-mortem, with CSV export</source>
        <translation>Actions correctives ouvertes de tous les post-mortems, avec export CSV</translation>
    </message>
    <message>
        <source>Post-mortems are not available: their tables could not be opened in the history database.</source>
        <translation>Les post-mortems ne sont pas disponibles : leurs tables n&apos;ont pas pu être ouvertes dans la base d&apos;historique.</translation>
    </message>
    <message>
        <source>Choose an incident in the Incidents tab to write its post-mortem.</source>
        <translation>Choisissez un incident dans l&apos;onglet Incidents pour rédiger son post-mortem.</translation>
    </message>
    <message>
        <source>Post-mortem of %1</source>
        <translation>Post-mortem de %1</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Actions correctives</translation>
    </message>
</context>
<context>
    <name>PostMortemEditor</name>
    <message>
        <source>&amp;Add an action</source>
        <translation>&amp;Ajouter une action</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>Review &amp;state:</source>
        <translation>État de &amp;relecture :</translation>
    </message>
    <message>
        <source>Markdown: **bold**, lists with -, links as they are.</source>
        <translation>Markdown : **gras**, listes avec -, liens tels quels.</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Actions correctives</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>History of this post-mortem</source>
        <translation>Historique de ce post-mortem</translation>
    </message>
    <message>
        <source>Not saved yet: %1</source>
        <translation>Pas encore enregistré : %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s&apos;est passé</translation>
    </message>
    <message>
        <source>Impact on customers</source>
        <translation>Impact pour les clients</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>Cause première</translation>
    </message>
    <message>
        <source>What went well</source>
        <translation>Ce qui a bien fonctionné</translation>
    </message>
    <message>
        <source>What went badly</source>
        <translation>Ce qui a mal fonctionné</translation>
    </message>
    <message>
        <source>Where we got lucky</source>
        <translation>Là où nous avons eu de la chance</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>En relecture</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publié</translation>
    </message>
    <message>
        <source>Choose an incident.</source>
        <translation>Choisissez un incident.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>No post-mortem yet: what you write here starts it.</source>
        <translation>Pas encore de post-mortem : ce que vous écrivez ici le commence.</translation>
    </message>
    <message>
        <source>No incident chosen</source>
        <translation>Aucun incident choisi</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>pas encore</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>non atteint</translation>
    </message>
    <message>
        <source>%1 — %2 · %3 · started %4 · ended %5 · TTD %6 · TTR %7</source>
        <translation>%1 — %2 · %3 · début %4 · fin %5 · TTD %6 · TTR %7</translation>
    </message>
    <message>
        <source>Review state: %1 → %2</source>
        <translation>État de relecture : %1 → %2</translation>
    </message>
    <message>
        <source>Edited “%1”</source>
        <translation>« %1 » modifié</translation>
    </message>
    <message>
        <source>Edited %1</source>
        <translation>%1 modifié</translation>
    </message>
    <message>
        <source>Added the action “%1”</source>
        <translation>Action « %1 » ajoutée</translation>
    </message>
    <message>
        <source>Removed the action “%1”</source>
        <translation>Action « %1 » supprimée</translation>
    </message>
    <message>
        <source>Action “%1”: %2 “%3” → “%4”</source>
        <translation>Action « %1 » : %2 « %3 » → « %4 »</translation>
    </message>
    <message>
        <source>%1: “%2” → “%3”</source>
        <translation>%1 : « %2 » → « %3 »</translation>
    </message>
</context>
<context>
    <name>PostMortemExportDialog</name>
    <message>
        <source>C&amp;ustomer-facing (leave out internal notes)</source>
        <translation>Pour les cli&amp;ents (sans les notes internes)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Pa&amp;rcourir…</translation>
    </message>
    <message>
        <source>Export the post-mortem of %1</source>
        <translation>Exporter le post-mortem de %1</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>HTML (one file)</source>
        <translation>HTML (un seul fichier)</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>The workspace&apos;s (%1)</source>
        <translation>Celui de l&apos;espace de travail (%1)</translation>
    </message>
    <message>
        <source>This computer&apos;s (%1)</source>
        <translation>Celui de cet ordinateur (%1)</translation>
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
        <translation>Letter (US)</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format :</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>Fuseau &amp;horaire :</translation>
    </message>
    <message>
        <source>&amp;Paper (PDF):</source>
        <translation>Pa&amp;pier (PDF) :</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>F&amp;ichier :</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <source>The incident %1 is not in the store.</source>
        <translation>L&apos;incident %1 n&apos;est pas dans la base.</translation>
    </message>
    <message>
        <source>%1 post-mortem</source>
        <translation>post-mortem %1</translation>
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
        <translation>Exporter le post-mortem</translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation>Choisissez le fichier à écrire.</translation>
    </message>
    <message>
        <source>Making the report…</source>
        <translation>Préparation du rapport…</translation>
    </message>
    <message>
        <source>Saved to %1. &lt;a href=&quot;%2&quot;&gt;Open folder&lt;/a&gt;</source>
        <translation>Enregistré dans %1. &lt;a href=&quot;%2&quot;&gt;Ouvrir le dossier&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation>Non exporté : %1</translation>
    </message>
</context>
<context>
    <name>PostMortemStore</name>
    <message>
        <source>Could not open the post-mortems (database %1): the store&apos;s thread is not running.</source>
        <translation>Impossible d&apos;ouvrir les post-mortems (base de données %1) : le fil d&apos;exécution de la base n&apos;est pas lancé.</translation>
    </message>
    <message>
        <source>Could not save the post-mortem: the post-mortem database is not open.</source>
        <translation>Impossible d&apos;enregistrer le post-mortem : la base des post-mortems n&apos;est pas ouverte.</translation>
    </message>
    <message>
        <source>Could not read the post-mortem: the post-mortem database is not open.</source>
        <translation>Impossible de lire le post-mortem : la base des post-mortems n&apos;est pas ouverte.</translation>
    </message>
    <message>
        <source>Could not read the action items: the post-mortem database is not open.</source>
        <translation>Impossible de lire les actions correctives : la base des post-mortems n&apos;est pas ouverte.</translation>
    </message>
    <message>
        <source>Could not read the incident: the post-mortem database is not open.</source>
        <translation>Impossible de lire l&apos;incident : la base des post-mortems n&apos;est pas ouverte.</translation>
    </message>
</context>
<context>
    <name>PostMortemStoreWorker</name>
    <message numerus="yes">
        <source>%n change(s) to post-mortems could not be saved before closing (database %1): %2</source>
        <translation>
            <numerusform>%n modification des post-mortems n&apos;a pas pu être enregistrée avant la fermeture (base de données %1) : %2</numerusform>
            <numerusform>%n modifications des post-mortems n&apos;ont pas pu être enregistrées avant la fermeture (base de données %1) : %2</numerusform>
        </translation>
    </message>
    <message>
        <source>save post-mortems</source>
        <translation>sauvegarder les post-mortems</translation>
    </message>
    <message>
        <source>The post-mortem database is not open.</source>
        <translation>La base des post-mortems n&apos;est pas ouverte.</translation>
    </message>
    <message numerus="yes">
        <source>%1 %n change(s) wait in memory and will be saved when the database accepts them.</source>
        <translation>
            <numerusform>%1 %n modification attend en mémoire et sera enregistrée quand la base de données l&apos;acceptera.</numerusform>
            <numerusform>%1 %n modifications attendent en mémoire et seront enregistrées quand la base de données les acceptera.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not %1: the post-mortem database is not open.</source>
        <translation>Impossible de %1 : la base des post-mortems n&apos;est pas ouverte.</translation>
    </message>
    <message>
        <source>read the post-mortem</source>
        <translation>lire le post-mortem</translation>
    </message>
    <message>
        <source>read the action items</source>
        <translation>lire les actions correctives</translation>
    </message>
    <message>
        <source>read the incident for its report</source>
        <translation>lire l&apos;incident pour son rapport</translation>
    </message>
</context>
<context>
    <name>PostMortemTable</name>
    <message>
        <source>save the post-mortem of %1</source>
        <translation>sauvegarder le post-mortem de %1</translation>
    </message>
    <message>
        <source>read the post-mortem of %1</source>
        <translation>lire le post-mortem de %1</translation>
    </message>
    <message>
        <source>the review state %1 is unknown</source>
        <translation>l&apos;état de relecture « %1 » est inconnu</translation>
    </message>
    <message>
        <source>read the post-mortems&apos; review states</source>
        <translation>lire les états de relecture des post-mortems</translation>
    </message>
</context>
<context>
    <name>PreviewTarget</name>
    <message>
        <source>Status page</source>
        <translation>Page de statut</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
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
        <translation>Messagerie</translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <source>Publish: %1</source>
        <translation>Publier : %1</translation>
    </message>
    <message>
        <source>This is a drill: it goes only to sandbox channels.</source>
        <translation>Ceci est un exercice : il ne part que vers des canaux de bac à sable.</translation>
    </message>
    <message>
        <source>Send the approved message to:</source>
        <translation>Envoyer le message approuvé vers :</translation>
    </message>
    <message>
        <source>%1 (%2: %3)</source>
        <translation>%1 (%2 : %3)</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Publier</translation>
    </message>
    <message>
        <source>&amp;Copy text</source>
        <translation>&amp;Copier le texte</translation>
    </message>
    <message>
        <source>No sandbox channel takes this kind of message. Add one under Publishing › Channels, or copy the text.</source>
        <translation>Aucun canal de bac à sable n&apos;accepte ce genre de message. Ajoutez-en un dans Publication › Canaux, ou copiez le texte.</translation>
    </message>
    <message>
        <source>No channel takes this kind of message. Add one under Publishing › Channels, or copy the text and send it by hand.</source>
        <translation>Aucun canal n&apos;accepte ce genre de message. Ajoutez-en un dans Publication › Canaux, ou copiez le texte et envoyez-le à la main.</translation>
    </message>
</context>
<context>
    <name>PublishingCoordinator</name>
    <message>
        <source>De&amp;liveries</source>
        <translation>&amp;Envois</translation>
    </message>
    <message>
        <source>The fallback status page is up on %1: %2</source>
        <translation>La page d&apos;état de secours est en ligne sur %1 : %2</translation>
    </message>
    <message>
        <source>The fallback status page did not go up on %1: %2</source>
        <translation>La page d&apos;état de secours n&apos;a pas pu être mise en ligne sur %1 : %2</translation>
    </message>
    <message>
        <source>Open an incident to switch to the fallback page for it.</source>
        <translation>Ouvrez un incident pour basculer sur sa page de secours.</translation>
    </message>
    <message>
        <source>Publishing the fallback status page…</source>
        <translation>Publication de la page d&apos;état de secours…</translation>
    </message>
    <message>
        <source>&amp;Publishing</source>
        <translation>&amp;Publication</translation>
    </message>
    <message>
        <source>&amp;Channels…</source>
        <translation>&amp;Canaux…</translation>
    </message>
    <message>
        <source>Where approved messages go: status pages, email, social and chat channels</source>
        <translation>Là où partent les messages approuvés : pages d&apos;état, e-mail, réseaux sociaux et messageries</translation>
    </message>
    <message>
        <source>Show the &amp;deliveries</source>
        <translation>Afficher les &amp;envois</translation>
    </message>
    <message>
        <source>Switch to the &amp;fallback page</source>
        <translation>Basculer sur la page de &amp;secours</translation>
    </message>
    <message>
        <source>Publish a fresh copy of the static status page for the incident shown</source>
        <translation>Publier une copie à jour de la page d&apos;état statique pour l&apos;incident affiché</translation>
    </message>
    <message>
        <source>&amp;Publish the selected message…</source>
        <translation>&amp;Publier le message sélectionné…</translation>
    </message>
    <message>
        <source>Select an approved message to publish.</source>
        <translation>Sélectionnez un message approuvé à publier.</translation>
    </message>
    <message>
        <source>Approve the message before publishing it.</source>
        <translation>Approuvez le message avant de le publier.</translation>
    </message>
    <message numerus="yes">
        <source>Queued for %n channel(s); the Deliveries tab shows each one.</source>
        <translation>
            <numerusform>Mis en file pour %n canal ; l&apos;onglet Envois affiche chaque envoi.</numerusform>
            <numerusform>Mis en file pour %n canaux ; l&apos;onglet Envois affiche chaque envoi.</numerusform>
        </translation>
    </message>
    <message>
        <source>The message is on the clipboard.</source>
        <translation>Le message est dans le presse-papiers.</translation>
    </message>
</context>
<context>
    <name>PublishingSession</name>
    <message>
        <source>The outbox in %1 could not be read at start-up.</source>
        <translation>La file d&apos;envoi de %1 n&apos;a pas pu être lue au démarrage.</translation>
    </message>
    <message>
        <source>The message draft no longer exists.</source>
        <translation>Le brouillon de message n&apos;existe plus.</translation>
    </message>
    <message>
        <source>The message&apos;s incident no longer exists.</source>
        <translation>L&apos;incident de ce message n&apos;existe plus.</translation>
    </message>
    <message>
        <source>cancelled by the commander</source>
        <translation>annulé par le responsable d&apos;incident</translation>
    </message>
    <message>
        <source>The incident no longer exists.</source>
        <translation>L&apos;incident n&apos;existe plus.</translation>
    </message>
    <message>
        <source>No sandbox fallback page is configured: a drill publishes only to a sandbox. Add a fallback-page channel marked sandbox under Publishing › Channels.</source>
        <translation>Aucune page de secours de bac à sable n&apos;est configurée : un exercice ne publie que dans un bac à sable. Ajoutez un canal de page de secours marqué bac à sable dans Publication › Canaux.</translation>
    </message>
    <message>
        <source>No fallback status page is configured. Add a fallback-page channel under Publishing › Channels.</source>
        <translation>Aucune page d&apos;état de secours n&apos;est configurée. Ajoutez un canal de page de secours dans Publication › Canaux.</translation>
    </message>
    <message>
        <source>This Vigie cannot render the fallback page.</source>
        <translation>Cette version de Vigie ne sait pas générer la page de secours.</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>the playbook %1 could not be read; the checklist is measured against the default one.
%2</source>
        <translation>le playbook %1 n&apos;a pas pu être lu ; le respect de la liste de contrôle est mesuré d&apos;après le playbook par défaut.
%2</translation>
    </message>
    <message>
        <source>Write the post-mortem report of an incident as PDF, HTML or Markdown, from the incident&apos;s record.</source>
        <translation>Rédige le rapport post-mortem d&apos;un incident en PDF, HTML ou Markdown, à partir du dossier de l&apos;incident.</translation>
    </message>
    <message>
        <source>Write &lt;format&gt;: pdf, html or md (by default, from the file&apos;s extension).</source>
        <translation>Choisit le &lt;format&gt; : pdf, html ou md (par défaut, d&apos;après l&apos;extension du fichier).</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>Write the report to &lt;file&gt;.</source>
        <translation>Écrit le rapport dans &lt;fichier&gt;.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>Write the report in &lt;language&gt;: en or fr.</source>
        <translation>Rédige le rapport en &lt;langue&gt; : en ou fr.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>langue</translation>
    </message>
    <message>
        <source>Give times in &lt;zone&gt;, e.g. Europe/Paris (by default, the incident&apos;s).</source>
        <translation>Donne les heures dans le fuseau &lt;fuseau&gt;, p. ex. Europe/Paris (par défaut, celui de l&apos;incident).</translation>
    </message>
    <message>
        <source>zone</source>
        <translation>fuseau</translation>
    </message>
    <message>
        <source>Print the PDF on &lt;paper&gt;: a4 or letter.</source>
        <translation>Imprime le PDF sur du &lt;papier&gt; : a4 ou letter.</translation>
    </message>
    <message>
        <source>paper</source>
        <translation>papier</translation>
    </message>
    <message>
        <source>Make the customer edition: internal notes and workflow left out.</source>
        <translation>Produit l&apos;édition client : sans les notes internes ni le suivi de rédaction.</translation>
    </message>
    <message>
        <source>Read the SQLite store at &lt;file&gt;.</source>
        <translation>Lit la base SQLite &lt;fichier&gt;.</translation>
    </message>
    <message>
        <source>The report command.</source>
        <translation>La commande report.</translation>
    </message>
    <message>
        <source>incident</source>
        <translation>incident</translation>
    </message>
    <message>
        <source>The incident&apos;s reference (INC-42) or id.</source>
        <translation>La référence de l&apos;incident (INC-42) ou son identifiant.</translation>
    </message>
    <message>
        <source>which incident? Give its reference, e.g. vigie report INC-42 -o report.pdf</source>
        <translation>quel incident ? Indiquez sa référence, p. ex. vigie report INC-42 -o rapport.pdf</translation>
    </message>
    <message>
        <source>expected one incident, got %1</source>
        <translation>un seul incident attendu, en trop : %1</translation>
    </message>
    <message>
        <source>where to? Give the file with -o FILE</source>
        <translation>où l&apos;écrire ? Indiquez le fichier avec -o FICHIER</translation>
    </message>
    <message>
        <source>--format: expected pdf, html or md, got &quot;%1&quot;</source>
        <translation>--format : pdf, html ou md attendu, trouvé « %1 »</translation>
    </message>
    <message>
        <source>which format? Give --format pdf, html or md (the file %1 does not say)</source>
        <translation>quel format ? Indiquez --format pdf, html ou md (le fichier %1 ne le précise pas)</translation>
    </message>
    <message>
        <source>--language: expected en or fr, got &quot;%1&quot;</source>
        <translation>--language : en ou fr attendu, trouvé « %1 »</translation>
    </message>
    <message>
        <source>--time-zone: &quot;%1&quot; is not a time zone this system knows (e.g. Europe/Paris, UTC)</source>
        <translation>--time-zone : « %1 » n&apos;est pas un fuseau horaire connu de ce système (p. ex. Europe/Paris, UTC)</translation>
    </message>
    <message>
        <source>--paper: expected a4 or letter, got &quot;%1&quot;</source>
        <translation>--paper : a4 ou letter attendu, trouvé « %1 »</translation>
    </message>
    <message>
        <source>there is no Vigie store at %1 (give one with --database FILE)</source>
        <translation>il n&apos;y a pas de base Vigie à l&apos;emplacement %1 (indiquez-en une avec --database FICHIER)</translation>
    </message>
    <message>
        <source>there is no incident “%1” in %2: it holds no incidents yet.</source>
        <translation>il n&apos;y a pas d&apos;incident « %1 » dans %2 : la base ne contient encore aucun incident.</translation>
    </message>
    <message>
        <source>there is no incident “%1” in %2; the most recent are: %3.</source>
        <translation>il n&apos;y a pas d&apos;incident « %1 » dans %2 ; les plus récents sont : %3.</translation>
    </message>
    <message>
        <source>the store at %1 did not answer within a minute.</source>
        <translation>la base %1 n&apos;a pas répondu en moins d&apos;une minute.</translation>
    </message>
    <message numerus="yes">
        <source>%1: post-mortem written to %2 (PDF, %n page(s)).</source>
        <translation>
            <numerusform>%1 : post-mortem écrit dans %2 (PDF, %n page).</numerusform>
            <numerusform>%1 : post-mortem écrit dans %2 (PDF, %n pages).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: post-mortem written to %2 (%3).</source>
        <translation>%1 : post-mortem écrit dans %2 (%3).</translation>
    </message>
</context>
<context>
    <name>ReportTexts</name>
    <message>
        <source>%1 at %2</source>
        <extracomment>A date and time on the title page; %1 is the date (&quot;3 March 2026&quot;), %2 the time (&quot;14:05&quot;).</extracomment>
        <translation>%1 à %2</translation>
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
        <translation>%1 j %2 h</translation>
    </message>
    <message>
        <source>Times are in %1 (%2).</source>
        <translation>Les heures sont données dans le fuseau %1 (%2).</translation>
    </message>
    <message>
        <source>Post-mortem</source>
        <translation>Post-mortem</translation>
    </message>
    <message>
        <source>Drill: a rehearsal, not a real incident</source>
        <translation>Exercice : une répétition, pas un incident réel</translation>
    </message>
    <message>
        <source>Customer edition: internal notes are left out.</source>
        <translation>Édition client : les notes internes n&apos;y figurent pas.</translation>
    </message>
    <message>
        <source>Internal edition: not for customers.</source>
        <translation>Édition interne : à ne pas diffuser aux clients.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>Made by Vigie from the incident&apos;s record on %1.</source>
        <translation>Établi par Vigie à partir du dossier de l&apos;incident, le %1.</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Résolution</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Incident commander</source>
        <translation>Responsable d&apos;incident</translation>
    </message>
    <message>
        <source>Communications lead</source>
        <translation>Responsable communication</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>État de relecture</translation>
    </message>
    <message>
        <source>still open</source>
        <translation>incident toujours en cours</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Response times</source>
        <translation>Délais d&apos;intervention</translation>
    </message>
    <message>
        <source>Affected services</source>
        <translation>Services touchés</translation>
    </message>
    <message>
        <source>Outage timeline</source>
        <translation>Chronologie de la panne</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Actions correctives</translation>
    </message>
    <message>
        <source>Incident timeline</source>
        <translation>Chronologie de l&apos;incident</translation>
    </message>
    <message>
        <source>Messages published</source>
        <translation>Messages publiés</translation>
    </message>
    <message>
        <source>Checklist adherence</source>
        <translation>Respect de la liste de contrôle</translation>
    </message>
    <message>
        <source>Internal notes</source>
        <translation>Notes internes</translation>
    </message>
    <message>
        <source>History of this post-mortem</source>
        <translation>Historique de ce post-mortem</translation>
    </message>
    <message>
        <source>Time to detect</source>
        <translation>Délai de détection</translation>
    </message>
    <message>
        <source>Time to acknowledge</source>
        <translation>Délai de prise en charge</translation>
    </message>
    <message>
        <source>Time to mitigate</source>
        <translation>Délai d&apos;atténuation</translation>
    </message>
    <message>
        <source>Time to resolve</source>
        <translation>Délai de résolution</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>non atteint</translation>
    </message>
    <message>
        <source>No summary was written.</source>
        <translation>Aucun résumé n&apos;a été rédigé.</translation>
    </message>
    <message>
        <source>Not written yet.</source>
        <translation>Pas encore rédigé.</translation>
    </message>
    <message>
        <source>No action items yet.</source>
        <translation>Aucune action corrective pour l&apos;instant.</translation>
    </message>
    <message>
        <source>No message was published.</source>
        <translation>Aucun message n&apos;a été publié.</translation>
    </message>
    <message>
        <source>The timeline is empty.</source>
        <translation>La chronologie est vide.</translation>
    </message>
    <message>
        <source>No service was marked as affected.</source>
        <translation>Aucun service n&apos;a été signalé comme touché.</translation>
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
        <translation>En panne</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>Dégradé</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Aucune donnée</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
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
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Faite</translation>
    </message>
    <message>
        <source>Late by</source>
        <translation>Retard</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>à l&apos;heure</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>ignorée</translation>
    </message>
    <message>
        <source>not done</source>
        <translation>non faite</translation>
    </message>
    <message>
        <source>not done, overdue</source>
        <translation>non faite, en retard</translation>
    </message>
    <message>
        <source>Fallback status page</source>
        <translation>Page d&apos;état de secours</translation>
    </message>
    <message>
        <source>Confirmed state of each affected service from %1 to %2; the dashed lines mark the incident&apos;s start and end.</source>
        <translation>État confirmé de chaque service touché, du %1 au %2 ; les lignes pointillées marquent le début et la fin de l&apos;incident.</translation>
    </message>
    <message>
        <source>The first message went out on time, %1 after the incident was declared.</source>
        <translation>Le premier message est parti à temps, %1 après la déclaration de l&apos;incident.</translation>
    </message>
    <message>
        <source>The first message went out late: %1 after the incident was declared, %2 after it was due.</source>
        <translation>Le premier message est parti en retard : %1 après la déclaration de l&apos;incident, %2 après l&apos;échéance.</translation>
    </message>
    <message>
        <source>The first message has not gone out.</source>
        <translation>Le premier message n&apos;est pas parti.</translation>
    </message>
    <message>
        <source>The playbook has no first message for this incident.</source>
        <translation>Le playbook ne prévoit pas de premier message pour cet incident.</translation>
    </message>
    <message>
        <source>No update fell due.</source>
        <translation>Aucune mise à jour n&apos;était due.</translation>
    </message>
    <message numerus="yes">
        <source>%n update(s) fell due, all on time.</source>
        <translation>
            <numerusform>%n mise à jour était due, publiée à temps.</numerusform>
            <numerusform>%n mises à jour étaient dues, toutes publiées à temps.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n update(s) fell due; %1 late by %2 in all.</source>
        <translation>
            <numerusform>%n mise à jour était due ; %1 en retard (retard cumulé : %2).</numerusform>
            <numerusform>%n mises à jour étaient dues ; %1 en retard (retard cumulé : %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n checklist step(s) fell due, none late.</source>
        <translation>
            <numerusform>%n étape de la liste de contrôle était due, sans retard.</numerusform>
            <numerusform>%n étapes de la liste de contrôle étaient dues, aucune en retard.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n checklist step(s) fell due; %1 late, the latest by %2.</source>
        <translation>
            <numerusform>%n étape de la liste de contrôle était due ; %1 en retard (retard maximal : %2).</numerusform>
            <numerusform>%n étapes de la liste de contrôle étaient dues ; %1 en retard (retard maximal : %2).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 #%2</source>
        <translation>%1 n° %2</translation>
    </message>
    <message>
        <source>Review state: %1 → %2</source>
        <translation>État de relecture : %1 → %2</translation>
    </message>
    <message>
        <source>“%1” edited</source>
        <translation>Section « %1 » modifiée</translation>
    </message>
    <message>
        <source>Action item added: %1</source>
        <translation>Action corrective ajoutée : %1</translation>
    </message>
    <message>
        <source>Action item removed: %1</source>
        <translation>Action corrective supprimée : %1</translation>
    </message>
    <message>
        <source>Action item, %1: %2 → %3</source>
        <translation>Action corrective, %1 : %2 → %3</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1 :</translation>
    </message>
</context>
<context>
    <name>ReportVocabulary</name>
    <message>
        <source>Investigating</source>
        <translation>En cours d&apos;analyse</translation>
    </message>
    <message>
        <source>Identified</source>
        <translation>Cause identifiée</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Sous surveillance</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Résolu</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Planifiée</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Degraded performance</source>
        <translation>Performances dégradées</translation>
    </message>
    <message>
        <source>Partial outage</source>
        <translation>Panne partielle</translation>
    </message>
    <message>
        <source>Major outage</source>
        <translation>Panne majeure</translation>
    </message>
    <message>
        <source>Under maintenance</source>
        <translation>En maintenance</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Opérationnel</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>Dégradé</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>En panne</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Aucune donnée</translation>
    </message>
    <message>
        <source>Declared</source>
        <translation>Déclaration</translation>
    </message>
    <message>
        <source>Service state</source>
        <translation>État du service</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Key moment</source>
        <translation>Moment clé</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Liste de contrôle</translation>
    </message>
    <message>
        <source>Step skipped</source>
        <translation>Étape ignorée</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Status report</source>
        <translation>Point de situation</translation>
    </message>
    <message>
        <source>Message drafted</source>
        <translation>Message rédigé</translation>
    </message>
    <message>
        <source>Message approved</source>
        <translation>Message approuvé</translation>
    </message>
    <message>
        <source>Message published</source>
        <translation>Message publié</translation>
    </message>
    <message>
        <source>Promise</source>
        <translation>Engagement pris</translation>
    </message>
    <message>
        <source>Promise kept</source>
        <translation>Engagement tenu</translation>
    </message>
    <message>
        <source>Promise missed</source>
        <translation>Engagement manqué</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Delivery problem</source>
        <translation>Problème d&apos;envoi</translation>
    </message>
    <message>
        <source>Status page</source>
        <translation>Page d&apos;état</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>Réseaux sociaux</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Messagerie</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>À faire</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>En relecture</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publié</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s&apos;est passé</translation>
    </message>
    <message>
        <source>Impact on customers</source>
        <translation>Impact pour les clients</translation>
    </message>
    <message>
        <source>Root cause and contributing factors</source>
        <translation>Cause première et facteurs contributifs</translation>
    </message>
    <message>
        <source>What went well</source>
        <translation>Ce qui a bien fonctionné</translation>
    </message>
    <message>
        <source>What went badly</source>
        <translation>Ce qui a mal fonctionné</translation>
    </message>
    <message>
        <source>Where we got lucky</source>
        <translation>Là où nous avons eu de la chance</translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <source>Could not write the report to %1: %2</source>
        <translation>Impossible d&apos;écrire le rapport dans %1 : %2</translation>
    </message>
</context>
<context>
    <name>ResponseClassifier</name>
    <message>
        <source>no answer</source>
        <translation>pas de réponse</translation>
    </message>
    <message>
        <source>%1: the service did not answer (%2).</source>
        <translation>%1 : le service n&apos;a pas répondu (%2).</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation>HTTP %1 : %2</translation>
    </message>
    <message>
        <source>%1: the service asks Vigie to slow down; next try in %2 s (%3).</source>
        <translation>%1 : le service demande à Vigie de ralentir ; prochain essai dans %2 s (%3).</translation>
    </message>
    <message>
        <source>%1: the service asks Vigie to slow down (%2).</source>
        <translation>%1 : le service demande à Vigie de ralentir (%2).</translation>
    </message>
    <message>
        <source>%1: the service is having trouble (%2); Vigie will try again.</source>
        <translation>%1 : le service rencontre des difficultés (%2) ; Vigie réessaiera.</translation>
    </message>
    <message>
        <source>the service refused the message</source>
        <translation>le service a refusé le message</translation>
    </message>
    <message>
        <source>the service refused the credentials</source>
        <translation>le service a refusé les identifiants</translation>
    </message>
    <message>
        <source>the credentials are not allowed to post here</source>
        <translation>les identifiants ne permettent pas de publier ici</translation>
    </message>
    <message>
        <source>the address is unknown to the service (a deleted webhook or a wrong address)</source>
        <translation>le service ne connaît pas cette adresse (webhook supprimé ou adresse erronée)</translation>
    </message>
    <message>
        <source>the destination is gone (an archived channel or a deleted webhook)</source>
        <translation>la destination n&apos;existe plus (canal archivé ou webhook supprimé)</translation>
    </message>
    <message>
        <source>the service redirected the request; check the address</source>
        <translation>le service a redirigé la requête ; vérifiez l&apos;adresse</translation>
    </message>
    <message>
        <source>the service gave an answer Vigie does not understand</source>
        <translation>le service a donné une réponse que Vigie ne comprend pas</translation>
    </message>
    <message>
        <source>the service refused the request</source>
        <translation>le service a refusé la requête</translation>
    </message>
    <message>
        <source>%1: %2 (%3).</source>
        <translation>%1 : %2 (%3).</translation>
    </message>
</context>
<context>
    <name>ResponseEvaluator</name>
    <message>
        <source>TLS: certificate has expired</source>
        <translation>TLS : le certificat a expiré</translation>
    </message>
    <message>
        <source>TLS: certificate is not yet valid</source>
        <translation>TLS : le certificat n&apos;est pas encore valide</translation>
    </message>
    <message>
        <source>TLS: self-signed certificate in the chain</source>
        <translation>TLS : certificat autosigné dans la chaîne</translation>
    </message>
    <message>
        <source>TLS: self-signed certificate</source>
        <translation>TLS : certificat autosigné</translation>
    </message>
    <message>
        <source>TLS: certificate issued by an untrusted authority</source>
        <translation>TLS : certificat émis par une autorité non reconnue</translation>
    </message>
    <message>
        <source>TLS: certificate does not match host %1</source>
        <translation>TLS : le certificat ne correspond pas à l&apos;hôte %1</translation>
    </message>
    <message>
        <source>TLS handshake failed (%1)</source>
        <translation>échec de la négociation TLS (%1)</translation>
    </message>
    <message>
        <source>TLS: certificate rejected (%1)</source>
        <translation>TLS : certificat refusé (%1)</translation>
    </message>
    <message>
        <source>TLS: no certificate received from %1</source>
        <translation>TLS : aucun certificat reçu de %1</translation>
    </message>
    <message>
        <source>response took %1 ms (threshold %2 ms)</source>
        <translation>réponse en %1 ms (seuil %2 ms)</translation>
    </message>
    <message>
        <source>the check passed, but this service is upside-down and must fail</source>
        <translation>la vérification a réussi, mais ce service est inversé et doit échouer</translation>
    </message>
    <message>
        <source>timed out after %1 ms</source>
        <translation>délai dépassé après %1 ms</translation>
    </message>
    <message>
        <source>could not resolve host %1</source>
        <translation>impossible de résoudre l&apos;hôte %1</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>connexion refusée</translation>
    </message>
    <message>
        <source>host %1 is unreachable</source>
        <translation>l&apos;hôte %1 est injoignable</translation>
    </message>
    <message>
        <source>could not connect to %1 (%2)</source>
        <translation>impossible de se connecter à %1 (%2)</translation>
    </message>
    <message>
        <source>the server closed the connection without answering</source>
        <translation>le serveur a fermé la connexion sans répondre</translation>
    </message>
    <message>
        <source>connection lost (%1)</source>
        <translation>connexion perdue (%1)</translation>
    </message>
    <message>
        <source>too many redirects (more than %1)</source>
        <translation>trop de redirections (plus de %1)</translation>
    </message>
    <message>
        <source>the server did not answer in HTTP</source>
        <translation>le serveur n&apos;a pas répondu en HTTP</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid target (%2)</source>
        <translation>« %1 » n&apos;est pas une cible valide (%2)</translation>
    </message>
    <message>
        <source>check failed (%1)</source>
        <translation>échec de la vérification (%1)</translation>
    </message>
    <message numerus="yes">
        <source>TLS: certificate expires in %n day(s)</source>
        <translation>
            <numerusform>TLS : le certificat expire dans %n jour</numerusform>
            <numerusform>TLS : le certificat expire dans %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>unexpected status %1</source>
        <translation>statut inattendu %1</translation>
    </message>
    <message>
        <source>keyword &quot;%1&quot; present</source>
        <translation>mot-clé « %1 » présent</translation>
    </message>
    <message>
        <source>keyword &quot;%1&quot; missing</source>
        <translation>mot-clé « %1 » absent</translation>
    </message>
    <message>
        <source>the response is too large to read as JSON</source>
        <translation>la réponse est trop volumineuse pour être lue en JSON</translation>
    </message>
    <message>
        <source>the response is not valid JSON (%1 at byte %2)</source>
        <translation>la réponse n&apos;est pas du JSON valide (%1 à l&apos;octet %2)</translation>
    </message>
    <message>
        <source>%1 is missing from the response</source>
        <translation>%1 est absent de la réponse</translation>
    </message>
    <message>
        <source>%1 is %2 (expected %3 %4)</source>
        <translation>%1 vaut %2 (attendu : %3 %4)</translation>
    </message>
</context>
<context>
    <name>ResultTable</name>
    <message>
        <source>read certificate expiry dates</source>
        <translation>lire les dates d&apos;expiration des certificats</translation>
    </message>
    <message>
        <source>store check results</source>
        <translation>stocker les résultats de vérification</translation>
    </message>
    <message>
        <source>read check results</source>
        <translation>lire les résultats de vérification</translation>
    </message>
    <message>
        <source>read the time span of check results</source>
        <translation>lire la période couverte par les résultats de vérification</translation>
    </message>
    <message>
        <source>read the latest response times</source>
        <translation>lire les derniers temps de réponse</translation>
    </message>
    <message>
        <source>count check results</source>
        <translation>compter les résultats de vérification</translation>
    </message>
    <message>
        <source>delete old check results</source>
        <translation>supprimer les anciens résultats de vérification</translation>
    </message>
    <message>
        <source>delete a service&apos;s check results</source>
        <translation>supprimer les résultats de vérification d&apos;un service</translation>
    </message>
</context>
<context>
    <name>RetryPolicy</name>
    <message numerus="yes">
        <source>Gave up after %n attempt(s): %1</source>
        <translation>
            <numerusform>Abandon après %n tentative : %1</numerusform>
            <numerusform>Abandon après %n tentatives : %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Gave up after %n attempt(s): the message would be more than %1 old when sent. Last error: %2</source>
        <translation>
            <numerusform>Abandon après %n tentative : le message daterait de plus de %1 au moment de l&apos;envoi. Dernière erreur : %2</numerusform>
            <numerusform>Abandon après %n tentatives : le message daterait de plus de %1 au moment de l&apos;envoi. Dernière erreur : %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RollupTable</name>
    <message>
        <source>store per-minute statistics</source>
        <translation>stocker les statistiques par minute</translation>
    </message>
    <message>
        <source>read per-minute statistics</source>
        <translation>lire les statistiques par minute</translation>
    </message>
    <message>
        <source>delete a service&apos;s per-minute statistics</source>
        <translation>supprimer les statistiques par minute d&apos;un service</translation>
    </message>
    <message>
        <source>rebuild per-minute statistics after an interrupted run</source>
        <translation>reconstruire les statistiques par minute après une exécution interrompue</translation>
    </message>
    <message>
        <source>store hourly statistics</source>
        <translation>stocker les statistiques horaires</translation>
    </message>
    <message>
        <source>read hourly statistics</source>
        <translation>lire les statistiques horaires</translation>
    </message>
    <message>
        <source>delete a service&apos;s hourly statistics</source>
        <translation>supprimer les statistiques horaires d&apos;un service</translation>
    </message>
</context>
<context>
    <name>S3Transport</name>
    <message>
        <source>the secret &quot;%1&quot; is missing</source>
        <translation>le secret « %1 » est manquant</translation>
    </message>
    <message>
        <source>libcurl could not start a transfer</source>
        <translation>libcurl n&apos;a pas pu lancer de transfert</translation>
    </message>
</context>
<context>
    <name>SecretEntryDialog</name>
    <message>
        <source>Set secret of “%1”</source>
        <translation>Définir un secret de « %1 »</translation>
    </message>
    <message>
        <source>paste or type the value</source>
        <translation>collez ou saisissez la valeur</translation>
    </message>
    <message>
        <source>Save in keychain</source>
        <translation>Enregistrer dans le trousseau</translation>
    </message>
    <message>
        <source>The value goes to the system keychain only; Vigie never shows it again, and never writes it to the workspace, the history or a log.</source>
        <translation>La valeur va uniquement dans le trousseau du système ; Vigie ne l’affiche plus jamais, et ne l’écrit jamais dans l’espace de travail, l’historique ou un journal.</translation>
    </message>
    <message>
        <source>&amp;Secret:</source>
        <translation>&amp;Secret :</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Valeur :</translation>
    </message>
</context>
<context>
    <name>SecretResolver</name>
    <message>
        <source>Cannot read the secret “%1” of the channel “%2”: %3</source>
        <translation>Impossible de lire le secret « %1 » du canal « %2 » : %3</translation>
    </message>
    <message>
        <source>no secret source is set up</source>
        <translation>aucune source de secrets n&apos;est configurée</translation>
    </message>
    <message>
        <source>looked in %1</source>
        <translation>sources consultées : %1</translation>
    </message>
    <message>
        <source>The channel “%1” needs the secret “%2”, which is not set (%3).</source>
        <translation>Le canal « %1 » a besoin du secret « %2 », qui n&apos;est pas défini (%3).</translation>
    </message>
</context>
<context>
    <name>SelfTestRun</name>
    <message>
        <source>the workspace has no service</source>
        <translation>l&apos;espace de travail ne contient aucun service</translation>
    </message>
    <message>
        <source>the board lists %1 services instead of %2</source>
        <translation>le tableau liste %1 services au lieu de %2</translation>
    </message>
    <message>
        <source>%1 has no confirmed state yet</source>
        <translation>%1 n&apos;a pas encore d&apos;état confirmé</translation>
    </message>
    <message>
        <source>no result has been stored yet</source>
        <translation>aucun résultat n&apos;a encore été enregistré</translation>
    </message>
    <message>
        <source>the window is not shown</source>
        <translation>la fenêtre n&apos;est pas affichée</translation>
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
        <translation>État</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latence</translation>
    </message>
    <message>
        <source>Uptime 24 h</source>
        <translation>Disponibilité 24 h</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
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
        <translation>Filtrer par nom, groupe ou motif (Ctrl+F)</translation>
    </message>
    <message>
        <source>Service filter</source>
        <translation>Filtre des services</translation>
    </message>
    <message>
        <source>State filter</source>
        <translation>Filtre d&apos;état</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>for 23 h 59 min</source>
        <translation>depuis 23 h 59 min</translation>
    </message>
    <message>
        <source>Uptime 24 h</source>
        <translation>Disponibilité 24 h</translation>
    </message>
</context>
<context>
    <name>ServiceDetailPane</name>
    <message>
        <source>Select a service to see its response time and state changes.</source>
        <translation>Sélectionnez un service pour voir son temps de réponse et ses changements d&apos;état.</translation>
    </message>
    <message>
        <source>State changes</source>
        <translation>Changements d&apos;état</translation>
    </message>
    <message>
        <source>Response time</source>
        <translation>Temps de réponse</translation>
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
        <translation>7 j</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Dernière heure</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>24 dernières heures</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Last check %1: %2 ms</source>
        <translation>Dernière vérification %1 : %2 ms</translation>
    </message>
    <message>
        <source>, HTTP %1</source>
        <translation>, HTTP %1</translation>
    </message>
    <message>
        <source>&amp;Declare an incident…</source>
        <translation>&amp;Déclarer un incident…</translation>
    </message>
    <message>
        <source>&amp;Declare an incident from this outage…</source>
        <translation>&amp;Déclarer un incident pour cette panne…</translation>
    </message>
</context>
<context>
    <name>ServiceEditorDialog</name>
    <message>
        <source>Paused (not checked)</source>
        <translation>En pause (non vérifié)</translation>
    </message>
    <message>
        <source>Inverted: a failing check means Up</source>
        <translation>Inversé : une vérification en échec signifie Opérationnel</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>e.g. Public website</source>
        <translation>ex. Site public</translation>
    </message>
    <message>
        <source>optional, e.g. Payments</source>
        <translation>facultatif, ex. Paiements</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Groupe :</translation>
    </message>
    <message>
        <source>&amp;Check:</source>
        <translation>&amp;Vérification :</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>Ci&amp;ble :</translation>
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
        <translation> jours</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Surveillance</translation>
    </message>
    <message>
        <source>Check &amp;every:</source>
        <translation>&amp;Intervalle :</translation>
    </message>
    <message>
        <source>Time&amp;out:</source>
        <translation>Dé&amp;lai d&apos;attente :</translation>
    </message>
    <message>
        <source>&amp;Down after:</source>
        <translation>En &amp;panne après :</translation>
    </message>
    <message>
        <source>&amp;Up after:</source>
        <translation>&amp;Opérationnel après :</translation>
    </message>
    <message>
        <source>&amp;SLA target:</source>
        <translation>Objectif &amp;SLA :</translation>
    </message>
    <message>
        <source>Certificate &amp;warning:</source>
        <translation>&amp;Alerte certificat :</translation>
    </message>
    <message>
        <source> failed checks</source>
        <translation> échecs</translation>
    </message>
    <message>
        <source> passed checks</source>
        <translation> succès</translation>
    </message>
    <message>
        <source>Degraded when the certificate expires within this many days</source>
        <translation>Dégradé quand le certificat expire dans ce nombre de jours</translation>
    </message>
    <message>
        <source>Add service</source>
        <translation>Ajouter un service</translation>
    </message>
    <message>
        <source>Edit service</source>
        <translation>Modifier le service</translation>
    </message>
    <message>
        <source>Name is required.</source>
        <translation>Le nom est obligatoire.</translation>
    </message>
    <message>
        <source>Name “%1” is already used by another service.</source>
        <translation>Le nom « %1 » est déjà utilisé par un autre service.</translation>
    </message>
    <message>
        <source>Target is required.</source>
        <translation>La cible est obligatoire.</translation>
    </message>
    <message>
        <source>Timeout must not be longer than the check interval.</source>
        <translation>Le délai d&apos;attente ne doit pas dépasser l&apos;intervalle de vérification.</translation>
    </message>
    <message>
        <source>Target must not contain spaces.</source>
        <translation>La cible ne doit pas contenir d&apos;espaces.</translation>
    </message>
    <message>
        <source>Target: enter a URL such as https://example.org/health.</source>
        <translation>Cible : saisissez une URL comme https://example.org/health.</translation>
    </message>
    <message>
        <source>Target: enter host:port, such as db.internal:5432.</source>
        <translation>Cible : saisissez hôte:port, comme db.internal:5432.</translation>
    </message>
    <message>
        <source>Target: enter a host name such as example.org.</source>
        <translation>Cible : saisissez un nom d&apos;hôte comme example.org.</translation>
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
        <translation>En attente</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Opérationnel</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>Dégradé</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>En panne</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
</context>
<context>
    <name>ServiceStateMachine</name>
    <message>
        <source>check passed</source>
        <translation>vérification réussie</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>mis en pause</translation>
    </message>
    <message>
        <source>resumed</source>
        <translation>repris</translation>
    </message>
</context>
<context>
    <name>ServiceTable</name>
    <message>
        <source>load the services</source>
        <translation>charger les services</translation>
    </message>
    <message>
        <source>look up the service &quot;%1&quot;</source>
        <translation>rechercher le service « %1 »</translation>
    </message>
    <message>
        <source>save the service &quot;%1&quot;</source>
        <translation>sauvegarder le service « %1 »</translation>
    </message>
    <message>
        <source>remove a service</source>
        <translation>supprimer un service</translation>
    </message>
    <message>
        <source>pause or resume a service</source>
        <translation>mettre en pause ou reprendre un service</translation>
    </message>
</context>
<context>
    <name>Severity</name>
    <message>
        <source>Critical: the service is down or data is at risk for most customers</source>
        <translation>Critique : le service est en panne ou les données sont menacées pour la plupart des clients</translation>
    </message>
    <message>
        <source>Major: a core feature is unavailable or badly degraded for many customers</source>
        <translation>Majeure : une fonction essentielle est indisponible ou fortement dégradée pour de nombreux clients</translation>
    </message>
    <message>
        <source>Minor: a limited part of the service is impaired; a workaround exists</source>
        <translation>Mineure : une partie limitée du service est perturbée ; un contournement existe</translation>
    </message>
    <message>
        <source>Low: a cosmetic or internal problem with no visible customer impact</source>
        <translation>Faible : un problème d&apos;affichage ou interne, sans impact visible pour les clients</translation>
    </message>
</context>
<context>
    <name>SftpTransport</name>
    <message>
        <source>neither &quot;host_key_sha256&quot; nor &quot;known_hosts&quot; is set; Vigie does not connect to an SFTP server it cannot verify</source>
        <translation>ni « host_key_sha256 » ni « known_hosts » n&apos;est renseigné ; Vigie ne se connecte à aucun serveur SFTP qu&apos;elle ne peut pas vérifier</translation>
    </message>
    <message>
        <source>the secret &quot;%1&quot; or &quot;%2&quot; is missing</source>
        <translation>le secret « %1 » ou « %2 » est manquant</translation>
    </message>
    <message>
        <source>the secret &quot;%1&quot; could not be written to a private temporary file: %2</source>
        <translation>le secret « %1 » n&apos;a pas pu être écrit dans un fichier temporaire privé : %2</translation>
    </message>
    <message>
        <source>libcurl could not start a transfer</source>
        <translation>libcurl n&apos;a pas pu lancer de transfert</translation>
    </message>
    <message>
        <source>the server did not let Vigie move the uploaded file into place (%1)</source>
        <translation>le serveur n&apos;a pas permis à Vigie de mettre en place le fichier envoyé (%1)</translation>
    </message>
    <message>
        <source>the server&apos;s host key is not the one in the known_hosts file, so nothing was sent (%1)</source>
        <translation>la clé d&apos;hôte du serveur n&apos;est pas celle du fichier known_hosts : rien n&apos;a été envoyé (%1)</translation>
    </message>
    <message>
        <source>the server&apos;s host key does not match the pinned host_key_sha256, so nothing was sent (%1)</source>
        <translation>la clé d&apos;hôte du serveur ne correspond pas à l&apos;empreinte host_key_sha256 attendue : rien n&apos;a été envoyé (%1)</translation>
    </message>
</context>
<context>
    <name>SkipStepDialog</name>
    <message>
        <source>Skip a step</source>
        <translation>Ignorer une étape</translation>
    </message>
    <message>
        <source>e.g. the status page is not affected</source>
        <translation>ex. la page de statut n&apos;est pas concernée</translation>
    </message>
    <message>
        <source>&amp;Skip step</source>
        <translation>&amp;Ignorer l&apos;étape</translation>
    </message>
    <message>
        <source>Skip “%1”?</source>
        <translation>Ignorer « %1 » ?</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif :</translation>
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
        <translation>7 jours</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 jours</translation>
    </message>
    <message>
        <source>90 days</source>
        <translation>90 jours</translation>
    </message>
</context>
<context>
    <name>SlackWebhookAdapter</name>
    <message>
        <source>%1: the webhook exists (Slack refused an empty test message, as expected); nothing was posted.</source>
        <translation>%1 : le webhook existe (Slack a refusé un message de test vide, comme prévu) ; rien n&apos;a été publié.</translation>
    </message>
</context>
<context>
    <name>SmtpAdapter</name>
    <message>
        <source>The channel “%1” has a username but no password (secret “%2”).</source>
        <translation>Le canal « %1 » a un nom d&apos;utilisateur mais pas de mot de passe (secret « %2 »).</translation>
    </message>
    <message>
        <source>The mail server %1 did not answer: %2.</source>
        <translation>Le serveur de messagerie %1 n&apos;a pas répondu : %2.</translation>
    </message>
    <message>
        <source>The mail server %1 cannot check the login right now (%2).</source>
        <translation>Le serveur de messagerie %1 ne peut pas vérifier l&apos;identification pour l&apos;instant (%2).</translation>
    </message>
    <message>
        <source>The mail server %1 refused the login of “%2” (%3). Check the username and the password (secret “%4”) of the channel “%5”.</source>
        <translation>Le serveur de messagerie %1 a refusé l&apos;identification de « %2 » (%3). Vérifiez le nom d&apos;utilisateur et le mot de passe (secret « %4 ») du canal « %5 ».</translation>
    </message>
    <message>
        <source>No trusted TLS connection to the mail server %1: %2. Mail is never sent without TLS; check the port, “security” and “ca_file” of the channel “%3”.</source>
        <translation>Aucune connexion TLS de confiance avec le serveur de messagerie %1 : %2. Aucun e-mail n&apos;est envoyé sans TLS ; vérifiez le port, « security » et « ca_file » du canal « %3 ».</translation>
    </message>
    <message>
        <source>The mail server %1 did not authenticate “%2”: it offered no login after TLS.</source>
        <translation>Le serveur de messagerie %1 n&apos;a pas authentifié « %2 » : il n&apos;a proposé aucune identification après TLS.</translation>
    </message>
    <message>
        <source>The mail server %1 deferred the message: %2.</source>
        <translation>Le serveur de messagerie %1 a différé le message : %2.</translation>
    </message>
    <message>
        <source>The mail server %1 deferred the recipient %2: %3.</source>
        <translation>Le serveur de messagerie %1 a différé le destinataire %2 : %3.</translation>
    </message>
    <message>
        <source>The mail server %1 refused the message: %2.</source>
        <translation>Le serveur de messagerie %1 a refusé le message : %2.</translation>
    </message>
    <message>
        <source>The mail server %1 refused the recipient %2: %3. Correct the recipients of the channel “%4”.</source>
        <translation>Le serveur de messagerie %1 a refusé le destinataire %2 : %3. Corrigez les destinataires du canal « %4 ».</translation>
    </message>
    <message>
        <source>[%1] %2</source>
        <translation>[%1] %2</translation>
    </message>
    <message>
        <source>The message is empty; a mail needs some text.</source>
        <translation>Le message est vide ; un e-mail doit contenir du texte.</translation>
    </message>
    <message>
        <source>The mail server %1 refused %2 recipients: %3. The others got the mail.</source>
        <translation>Le serveur de messagerie %1 a refusé %2 destinataires : %3. Les autres ont reçu l&apos;e-mail.</translation>
    </message>
    <message>
        <source>The mail server %1 had the whole mail when Vigie stopped, before it confirmed it; SMTP offers no way to check, so it was not sent again. Retry sends it again with the same Message-ID.</source>
        <translation>Le serveur de messagerie %1 avait reçu l&apos;e-mail en entier quand Vigie s&apos;est arrêté, avant d&apos;en confirmer la réception ; SMTP ne permet pas de le vérifier, il n&apos;a donc pas été renvoyé. « Réessayer maintenant » le renvoie avec le même Message-ID.</translation>
    </message>
</context>
<context>
    <name>SmtpChannelSettings</name>
    <message>
        <source>The channel “%1” needs the mail server&apos;s host name (setting “server”, e.g. smtp.example.org).</source>
        <translation>Le canal « %1 » a besoin du nom d&apos;hôte du serveur de messagerie (réglage « server », p. ex. smtp.example.org).</translation>
    </message>
    <message>
        <source>The channel “%1” has security “%2”: use “starttls” (port 587) or “tls” (port 465). Mail is never sent without TLS.</source>
        <translation>Le canal « %1 » a la sécurité « %2 » : utilisez « starttls » (port 587) ou « tls » (port 465). Aucun e-mail n&apos;est envoyé sans TLS.</translation>
    </message>
    <message>
        <source>The channel “%1” has an invalid port (setting “port”).</source>
        <translation>Le canal « %1 » a un port invalide (réglage « port »).</translation>
    </message>
    <message>
        <source>The channel “%1” needs a sender address such as status@example.org (setting “from”).</source>
        <translation>Le canal « %1 » a besoin d&apos;une adresse d&apos;expéditeur comme status@example.org (réglage « from »).</translation>
    </message>
    <message>
        <source>The channel “%1” lists “%2”, which is not a plain mail address (settings “to” and “recipients”).</source>
        <translation>Le canal « %1 » indique « %2 », qui n&apos;est pas une simple adresse e-mail (réglages « to » et « recipients »).</translation>
    </message>
    <message>
        <source>The channel “%1” has no recipients (settings “to” and “recipients”).</source>
        <translation>Le canal « %1 » n&apos;a aucun destinataire (réglages « to » et « recipients »).</translation>
    </message>
    <message>
        <source>The channel “%1” has mode “%2”: use “bcc” or “individual”.</source>
        <translation>Le canal « %1 » a le mode « %2 » : utilisez « bcc » ou « individual ».</translation>
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
        <translation>Heure</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Changement</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
</context>
<context>
    <name>StateChangeTable</name>
    <message>
        <source>store state changes</source>
        <translation>stocker les changements d&apos;état</translation>
    </message>
    <message>
        <source>read state changes</source>
        <translation>lire les changements d&apos;état</translation>
    </message>
    <message>
        <source>delete a service&apos;s state changes</source>
        <translation>supprimer les changements d&apos;état d&apos;un service</translation>
    </message>
</context>
<context>
    <name>StatusApiErrors</name>
    <message>
        <source>%1 did not answer while %2: %3</source>
        <translation>%1 n&apos;a pas répondu pendant %2 : %3</translation>
    </message>
    <message>
        <source>: %1</source>
        <translation> : %1</translation>
    </message>
    <message>
        <source>trying again in %1 s</source>
        <translation>nouvel essai dans %1 s</translation>
    </message>
    <message>
        <source>trying again later</source>
        <translation>nouvel essai plus tard</translation>
    </message>
    <message>
        <source>%1 asks to slow down (HTTP %2) while %3; %4</source>
        <translation>%1 demande de ralentir (HTTP %2) pendant %3 ; %4</translation>
    </message>
    <message>
        <source>%1 had a temporary problem (HTTP %2) while %3%4</source>
        <translation>%1 a rencontré un problème temporaire (HTTP %2) pendant %3%4</translation>
    </message>
    <message>
        <source>%1 refused the credentials (HTTP %2) while %3%4. Check the channel&apos;s secret and its rights.</source>
        <translation>%1 a refusé les identifiants (HTTP %2) pendant %3%4. Vérifiez le secret du canal et ses droits.</translation>
    </message>
    <message>
        <source>%1 rejected the request (HTTP %2) while %3%4</source>
        <translation>%1 a rejeté la requête (HTTP %2) pendant %3%4</translation>
    </message>
    <message>
        <source>%1 gave an unexpected answer (HTTP %2) while %3</source>
        <translation>%1 a donné une réponse inattendue (HTTP %2) pendant %3</translation>
    </message>
</context>
<context>
    <name>StatusCodeSet</name>
    <message>
        <source>&quot;%1&quot; is not a status code or a range such as 200-299</source>
        <translation>« %1 » n&apos;est ni un code de statut ni une plage comme 200-299</translation>
    </message>
    <message>
        <source>no status code given; write codes or ranges such as 200-299, 301</source>
        <translation>aucun code de statut indiqué ; écrivez des codes ou des plages comme 200-299, 301</translation>
    </message>
</context>
<context>
    <name>StatusReportDialog</name>
    <message>
        <source>What is happening now: symptoms, scope, trend</source>
        <translation>Ce qui se passe maintenant : symptômes, périmètre, tendance</translation>
    </message>
    <message>
        <source>What is being done, and by whom</source>
        <translation>Ce qui est fait, et par qui</translation>
    </message>
    <message>
        <source>What help or decisions are wanted</source>
        <translation>L&apos;aide ou les décisions attendues</translation>
    </message>
    <message>
        <source>Status report on %1</source>
        <translation>Point de situation sur %1</translation>
    </message>
    <message>
        <source>&amp;Conditions:</source>
        <translation>&amp;Situation :</translation>
    </message>
    <message>
        <source>&amp;Actions:</source>
        <translation>&amp;Actions :</translation>
    </message>
    <message>
        <source>&amp;Needs:</source>
        <translation>&amp;Besoins :</translation>
    </message>
    <message>
        <source>Internal: for the response team. Ctrl+Enter saves.</source>
        <translation>Interne : pour l&apos;équipe d&apos;intervention. Ctrl+Enter pour enregistrer.</translation>
    </message>
</context>
<context>
    <name>StatuspageAdapter</name>
    <message>
        <source>The channel “%1” has no Statuspage API key (secret “%2”).</source>
        <translation>Le canal « %1 » n&apos;a pas de clé d&apos;API Statuspage (secret « %2 »).</translation>
    </message>
    <message>
        <source>The channel “%1” has no Statuspage page id (setting “page_id”).</source>
        <translation>Le canal « %1 » n&apos;a pas d&apos;identifiant de page Statuspage (réglage « page_id »).</translation>
    </message>
    <message>
        <source>The message is %1 characters long; Statuspage accepts %2.</source>
        <translation>Le message compte %1 caractères ; Statuspage en accepte %2.</translation>
    </message>
    <message>
        <source>reading the page</source>
        <translation>la lecture de la page</translation>
    </message>
    <message>
        <source>creating the incident</source>
        <translation>la création de l&apos;incident</translation>
    </message>
    <message>
        <source>Statuspage answered the new incident without its id; checking the page before trying again.</source>
        <translation>Statuspage a répondu à la création de l&apos;incident sans en donner l&apos;identifiant ; vérification de la page avant un nouvel essai.</translation>
    </message>
    <message>
        <source>updating incident %1</source>
        <translation>la mise à jour de l&apos;incident %1</translation>
    </message>
    <message>
        <source>checking for an incident an earlier attempt created</source>
        <translation>la recherche d&apos;un incident créé par une tentative précédente</translation>
    </message>
    <message>
        <source>checking whether an earlier attempt updated incident %1</source>
        <translation>la vérification d&apos;une éventuelle mise à jour de l&apos;incident %1 par une tentative précédente</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>The history database is not open.</source>
        <translation>La base d&apos;historique n&apos;est pas ouverte.</translation>
    </message>
</context>
<context>
    <name>StoreWorker</name>
    <message>
        <source>The history database is not open.</source>
        <translation>La base d&apos;historique n&apos;est pas ouverte.</translation>
    </message>
    <message>
        <source>store check results</source>
        <translation>stocker les résultats de vérification</translation>
    </message>
    <message>
        <source>%1 check results could not be stored and were dropped.</source>
        <translation>%1 résultats de vérification n&apos;ont pas pu être enregistrés et ont été abandonnés.</translation>
    </message>
    <message>
        <source>remove a service and its history</source>
        <translation>supprimer un service et son historique</translation>
    </message>
</context>
<context>
    <name>TeamsWorkflowAdapter</name>
    <message>
        <source>%1: the message is empty.</source>
        <translation>%1 : le message est vide.</translation>
    </message>
    <message>
        <source>%1: the message makes a %2-byte card; Teams takes at most %3 bytes. Shorten it.</source>
        <translation>%1 : le message produit une carte de %2 octets ; Teams en accepte %3 au plus. Raccourcissez-le.</translation>
    </message>
    <message>
        <source>%1: the address is well formed. Teams cannot be checked without running the flow, which may post: nothing was sent. Publish a drill to prove it.</source>
        <translation>%1 : l&apos;adresse est bien formée. Teams ne peut pas être vérifié sans exécuter le flux, qui risquerait de publier : rien n&apos;a été envoyé. Publiez un exercice pour vous en assurer.</translation>
    </message>
</context>
<context>
    <name>TelegramBotAdapter</name>
    <message>
        <source>%1: the secret “%2” is missing; set it in the channel settings.</source>
        <translation>%1 : le secret « %2 » est manquant ; renseignez-le dans les réglages du canal.</translation>
    </message>
    <message>
        <source>%1: the secret “%2” does not look like a bot token (digits, a colon, then letters, digits, - and _).</source>
        <translation>%1 : le secret « %2 » ne ressemble pas à un jeton de bot (des chiffres, un deux-points, puis des lettres, des chiffres, - et _).</translation>
    </message>
    <message>
        <source>%1: the group became a supergroup; set chat_id to %2.</source>
        <translation>%1 : le groupe est devenu un supergroupe ; réglez chat_id sur %2.</translation>
    </message>
    <message>
        <source>%1: the bot @%2 can reach “%3”; nothing was posted.</source>
        <translation>%1 : le bot @%2 peut atteindre « %3 » ; rien n&apos;a été publié.</translation>
    </message>
    <message>
        <source>the setting “api_base”</source>
        <translation>le réglage « api_base »</translation>
    </message>
    <message>
        <source>%1: the setting “chat_id” is missing.</source>
        <translation>%1 : le réglage « chat_id » est manquant.</translation>
    </message>
    <message>
        <source>%1: the bot @%2 answered, but the setting “chat_id” is missing.</source>
        <translation>%1 : le bot @%2 a répondu, mais le réglage « chat_id » est manquant.</translation>
    </message>
</context>
<context>
    <name>TemplateCatalogue</name>
    <message>
        <source>cannot read the file: %1</source>
        <translation>impossible de lire le fichier : %1</translation>
    </message>
</context>
<context>
    <name>TemplateRenderer</name>
    <message>
        <source>The template is not valid Mustache: %1</source>
        <translation>Le modèle n&apos;est pas du Mustache valide : %1</translation>
    </message>
    <message>
        <source>The template could not be rendered: %1</source>
        <translation>Le modèle n&apos;a pas pu être rendu : %1</translation>
    </message>
    <message numerus="yes">
        <source>The template uses %n fact(s) this incident does not have yet: %1. Fill them in on the incident or take them out of the message.</source>
        <translation>
            <numerusform>Le modèle utilise %n information que cet incident n&apos;a pas encore : %1. Renseignez-la dans l&apos;incident ou retirez-la du message.</numerusform>
            <numerusform>Le modèle utilise %n informations que cet incident n&apos;a pas encore : %1. Renseignez-les dans l&apos;incident ou retirez-les du message.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimeText</name>
    <message numerus="yes">
        <source>for %n min</source>
        <translation>
            <numerusform>depuis %n min</numerusform>
            <numerusform>depuis %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>for %1 h %2 min</source>
        <translation>depuis %1 h %2 min</translation>
    </message>
    <message>
        <source>for %1 d %2 h</source>
        <translation>depuis %1 j %2 h</translation>
    </message>
    <message numerus="yes">
        <source>for %n s</source>
        <translation>
            <numerusform>depuis %n s</numerusform>
            <numerusform>depuis %n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineExporter</name>
    <message>
        <source>Cannot export the timeline as %1: the file is not open for writing.</source>
        <translation>Impossible d&apos;exporter la chronologie en %1 : le fichier n&apos;est pas ouvert en écriture.</translation>
    </message>
    <message>
        <source>Cannot export the timeline as PNG: %1</source>
        <translation>Impossible d&apos;exporter la chronologie en PNG : %1</translation>
    </message>
    <message>
        <source>Vigie outage timeline</source>
        <translation>Vigie — chronologie des pannes</translation>
    </message>
    <message>
        <source>Cannot export the timeline as SVG: %1</source>
        <translation>Impossible d&apos;exporter la chronologie en SVG : %1</translation>
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
        <translation>Sans groupe</translation>
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
        <translation>90 derniers jours, une barre par jour</translation>
    </message>
    <message>
        <source>90 days ago</source>
        <translation>Il y a 90 jours</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
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
        <translation>Afficher :</translation>
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
        <translation>7 jours</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 jours</translation>
    </message>
    <message>
        <source>90 days</source>
        <translation>90 jours</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Personnalisé…</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>90-day bars</source>
        <translation>Barres sur 90 jours</translation>
    </message>
    <message>
        <source>One bar per day and service, as a status page shows it</source>
        <translation>Une barre par jour et par service, comme sur une page de statut</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>Exporter en PNG…</translation>
    </message>
    <message>
        <source>Export SVG…</source>
        <translation>Exporter en SVG…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l&apos;exportation</translation>
    </message>
    <message>
        <source>Export the timeline as PNG</source>
        <translation>Exporter la chronologie en PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>Impossible d&apos;enregistrer %1 : %2</translation>
    </message>
    <message>
        <source>Export the timeline as SVG</source>
        <translation>Exporter la chronologie en SVG</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>Dessins SVG (*.svg)</translation>
    </message>
    <message>
        <source>Export the uptime table as CSV</source>
        <translation>Exporter le tableau de disponibilité en CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Uptime</source>
        <translation>Disponibilité</translation>
    </message>
    <message>
        <source>What else changed around this time</source>
        <translation>Ce qui a changé d&apos;autre au même moment</translation>
    </message>
</context>
<context>
    <name>TimelineToolTip</name>
    <message>
        <source>No data</source>
        <translation>Aucune donnée</translation>
    </message>
    <message>
        <source>now</source>
        <translation>maintenant</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>De %1 à %2</translation>
    </message>
    <message>
        <source>Duration: %1</source>
        <translation>Durée : %1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Motif : %1</translation>
    </message>
    <message>
        <source>%1
%2
No data</source>
        <translation>%1
%2
Aucune donnée</translation>
    </message>
    <message>
        <source>%1
%2
Worst state: %3</source>
        <translation>%1
%2
Pire état : %3</translation>
    </message>
    <message>
        <source>Uptime: %1 %</source>
        <translation>Disponibilité : %1 %</translation>
    </message>
    <message numerus="yes">
        <source>Down: %n min</source>
        <translation>
            <numerusform>En panne : %n min</numerusform>
            <numerusform>En panne : %n min</numerusform>
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
            <numerusform>Vigie : %n service en panne</numerusform>
            <numerusform>Vigie : %n services en panne</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Vigie: %n service(s) degraded</source>
        <translation>
            <numerusform>Vigie : %n service dégradé</numerusform>
            <numerusform>Vigie : %n services dégradés</numerusform>
        </translation>
    </message>
    <message>
        <source>Vigie: all services up</source>
        <translation>Vigie : tous les services sont opérationnels</translation>
    </message>
    <message>
        <source>Vigie: waiting for the first checks</source>
        <translation>Vigie : en attente des premières vérifications</translation>
    </message>
</context>
<context>
    <name>UploadCurl</name>
    <message>
        <source>the server refused the credentials (%1)</source>
        <translation>le serveur a refusé les identifiants (%1)</translation>
    </message>
    <message>
        <source>the server could not be verified, so nothing was sent (%1)</source>
        <translation>le serveur n&apos;a pas pu être vérifié : rien n&apos;a été envoyé (%1)</translation>
    </message>
    <message>
        <source>the server refused the file (%1)</source>
        <translation>le serveur a refusé le fichier (%1)</translation>
    </message>
    <message>
        <source>no answer in time (%1)</source>
        <translation>pas de réponse à temps (%1)</translation>
    </message>
    <message>
        <source>the transfer failed (%1)</source>
        <translation>le transfert a échoué (%1)</translation>
    </message>
    <message>
        <source>the server refused the credentials (HTTP 401%1)</source>
        <translation>le serveur a refusé les identifiants (HTTP 401%1)</translation>
    </message>
    <message>
        <source>the server refused access (HTTP 403%1)</source>
        <translation>le serveur a refusé l&apos;accès (HTTP 403%1)</translation>
    </message>
    <message>
        <source>the server has no such place (HTTP 404%1)</source>
        <translation>cet emplacement n&apos;existe pas sur le serveur (HTTP 404%1)</translation>
    </message>
    <message>
        <source>the server is having trouble (HTTP %1%2); Vigie will try again</source>
        <translation>le serveur rencontre des difficultés (HTTP %1%2) ; Vigie réessaiera</translation>
    </message>
    <message>
        <source>the server refused the file (HTTP %1%2)</source>
        <translation>le serveur a refusé le fichier (HTTP %1%2)</translation>
    </message>
</context>
<context>
    <name>UploadTarget</name>
    <message>
        <source>%1: the setting &quot;%2&quot; is missing.</source>
        <translation>%1 : le réglage « %2 » est manquant.</translation>
    </message>
    <message>
        <source>%1: the setting &quot;target&quot; is &quot;%2&quot;; it must be folder, webdav, sftp or s3.</source>
        <translation>%1 : le réglage « target » vaut « %2 » ; il doit valoir folder, webdav, sftp ou s3.</translation>
    </message>
    <message>
        <source>%1: the setting &quot;prefix&quot; must stay inside the target (no &quot;..&quot;).</source>
        <translation>%1 : le réglage « prefix » doit rester dans la cible (pas de « .. »).</translation>
    </message>
    <message>
        <source>%1: the setting &quot;timeout_seconds&quot; must be a whole number of seconds from 1 to 3600.</source>
        <translation>%1 : le réglage « timeout_seconds » doit être un nombre entier de secondes entre 1 et 3600.</translation>
    </message>
    <message>
        <source>%1: the setting &quot;ca_file&quot; names %2, which does not exist.</source>
        <translation>%1 : le réglage « ca_file » désigne %2, qui n&apos;existe pas.</translation>
    </message>
    <message>
        <source>%1: the setting &quot;path&quot; must be an absolute folder, not &quot;%2&quot;.</source>
        <translation>%1 : le réglage « path » doit être un dossier absolu, pas « %2 ».</translation>
    </message>
    <message>
        <source>%1: the setting &quot;url&quot; must be an sftp:// address with a host.</source>
        <translation>%1 : le réglage « url » doit être une adresse sftp:// avec un hôte.</translation>
    </message>
    <message>
        <source>%1: the setting &quot;url&quot; must be an http or https address with a host.</source>
        <translation>%1 : le réglage « url » doit être une adresse http ou https avec un hôte.</translation>
    </message>
    <message>
        <source>%1: the setting &quot;url&quot; must not contain a password; store it as the secret &quot;password&quot;.</source>
        <translation>%1 : le réglage « url » ne doit pas contenir de mot de passe ; enregistrez-le comme secret « password ».</translation>
    </message>
    <message>
        <source>%1: set &quot;host_key_sha256&quot; (the server&apos;s SHA256 host key fingerprint) or &quot;known_hosts&quot; (a known_hosts file); Vigie does not connect to an SFTP server it cannot verify.</source>
        <translation>%1 : renseignez « host_key_sha256 » (l&apos;empreinte SHA256 de la clé d&apos;hôte du serveur) ou « known_hosts » (un fichier known_hosts) ; Vigie ne se connecte à aucun serveur SFTP qu&apos;elle ne peut pas vérifier.</translation>
    </message>
    <message>
        <source>%1: the setting &quot;host_key_sha256&quot; is not a SHA256 fingerprint (43 base64 characters, as ssh-keygen -l -E sha256 prints after &quot;SHA256:&quot;).</source>
        <translation>%1 : le réglage « host_key_sha256 » n&apos;est pas une empreinte SHA256 (43 caractères base64, tels que ssh-keygen -l -E sha256 les affiche après « SHA256: »).</translation>
    </message>
    <message>
        <source>%1: the setting &quot;known_hosts&quot; names %2, which does not exist.</source>
        <translation>%1 : le réglage « known_hosts » désigne %2, qui n&apos;existe pas.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>dossier</translation>
    </message>
</context>
<context>
    <name>UptimeCsvExporter</name>
    <message>
        <source>Cannot write the uptime table: the file is not open for writing.</source>
        <translation>Impossible d&apos;écrire le tableau de disponibilité : le fichier n&apos;est pas ouvert en écriture.</translation>
    </message>
    <message>
        <source>Cannot write the uptime table: %1</source>
        <translation>Impossible d&apos;écrire le tableau de disponibilité : %1</translation>
    </message>
</context>
<context>
    <name>UptimeReport</name>
    <message>
        <source>no data</source>
        <translation>aucune donnée</translation>
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
        <translation>Groupe</translation>
    </message>
    <message>
        <source>SLA target</source>
        <translation>Objectif SLA</translation>
    </message>
    <message>
        <source>Uptime (shown)</source>
        <translation>Disponibilité (affichée)</translation>
    </message>
    <message>
        <source>24 h</source>
        <translation>24 h</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 jours</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 jours</translation>
    </message>
    <message>
        <source>90 days</source>
        <translation>90 jours</translation>
    </message>
    <message>
        <source>Downtime (min)</source>
        <translation>Durée de panne (min)</translation>
    </message>
    <message>
        <source>Error budget left</source>
        <translation>Budget d&apos;erreur restant</translation>
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
        <translation>le secret « %1 » est manquant pour le nom d&apos;utilisateur indiqué dans « username »</translation>
    </message>
    <message>
        <source>the secret &quot;%1&quot; is set but the setting &quot;username&quot; is not</source>
        <translation>le secret « %1 » est renseigné mais pas le réglage « username »</translation>
    </message>
    <message>
        <source>libcurl could not start a transfer</source>
        <translation>libcurl n&apos;a pas pu lancer de transfert</translation>
    </message>
    <message>
        <source>the server kept refusing the file after its folders were created</source>
        <translation>le serveur a continué de refuser le fichier après la création de ses dossiers</translation>
    </message>
    <message>
        <source>creating the folder %1 failed: %2</source>
        <translation>la création du dossier %1 a échoué : %2</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>expected an http:// or https:// URL such as https://127.0.0.1:8443/health, got %1</source>
        <translation>attendu : une URL http:// ou https:// comme https://127.0.0.1:8443/health ; trouvé : %1</translation>
    </message>
    <message>
        <source>expected an https:// URL such as https://127.0.0.1:8443, got %1</source>
        <translation>attendu : une URL https:// comme https://127.0.0.1:8443 ; trouvé : %1</translation>
    </message>
    <message>
        <source>expected host:port with a port from 1 to 65535, such as 127.0.0.1:5432, got %1</source>
        <translation>attendu : hôte:port avec un port de 1 à 65535, comme 127.0.0.1:5432 ; trouvé : %1</translation>
    </message>
    <message>
        <source>expected a host name such as db.internal.example, got %1</source>
        <translation>attendu : un nom d&apos;hôte comme db.internal.example ; trouvé : %1</translation>
    </message>
    <message>
        <source>expected a JSON Pointer starting with / such as /status or /items/0/id, got &quot;%1&quot;</source>
        <translation>attendu : un JSON Pointer commençant par / comme /status ou /items/0/id ; trouvé : « %1 »</translation>
    </message>
    <message>
        <source>unknown operator &quot;%1&quot;; expected one of ==, !=, &lt;, &lt;=, &gt;, &gt;=, contains</source>
        <translation>opérateur « %1 » inconnu ; valeurs possibles : ==, !=, &lt;, &lt;=, &gt;, &gt;=, contains</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid header name</source>
        <translation>« %1 » n&apos;est pas un nom d&apos;en-tête valide</translation>
    </message>
    <message>
        <source>expected a single value, got %1</source>
        <translation>attendu : une seule valeur ; trouvé : %1</translation>
    </message>
    <message>
        <source>expected an HTTP method such as GET, HEAD or POST, got &quot;%1&quot;</source>
        <translation>attendu : une méthode HTTP comme GET, HEAD ou POST ; trouvé : « %1 »</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot;; expected one of %2</source>
        <translation>kind « %1 » inconnu ; valeurs possibles : %2</translation>
    </message>
    <message>
        <source>(did you mean &quot;%1&quot;?)</source>
        <translation>(vouliez-vous dire « %1 » ?)</translation>
    </message>
    <message>
        <source>a service needs a name</source>
        <translation>un service doit avoir un nom</translation>
    </message>
    <message>
        <source>http settings only apply to services of kind http, not %1</source>
        <translation>les réglages http ne s&apos;appliquent qu&apos;aux services de kind http, pas %1</translation>
    </message>
    <message>
        <source>expected a list of services (lines starting with &quot;- &quot;), got %1</source>
        <translation>attendu : une liste de services (lignes commençant par « - ») ; trouvé : %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already the name of services[%2]; service names must be unique</source>
        <translation>« %1 » est déjà le nom de services[%2] ; les noms de service doivent être uniques</translation>
    </message>
    <message>
        <source>this is not valid YAML: %1</source>
        <translation>ce n&apos;est pas du YAML valide : %1</translation>
    </message>
    <message>
        <source>the file is empty; a workspace starts with &quot;version: 1&quot; and a services: list</source>
        <translation>le fichier est vide ; un espace de travail commence par « version: 1 » et une liste services:</translation>
    </message>
    <message>
        <source>this Vigie reads workspace version %1, the file has version %2</source>
        <translation>cette version de Vigie lit les espaces de travail en version %1, le fichier est en version %2</translation>
    </message>
    <message>
        <source>cannot open the workspace file: %1</source>
        <translation>impossible d&apos;ouvrir le fichier d&apos;espace de travail : %1</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <source>a map</source>
        <translation>un dictionnaire</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>expected a map of keys and values, got %1</source>
        <translation>attendu : un dictionnaire de clés et de valeurs ; trouvé : %1</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;; expected one of %2</source>
        <translation>clé « %1 » inconnue ; clés possibles : %2</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;; did you mean &quot;%2&quot;?</source>
        <translation>clé « %1 » inconnue ; vouliez-vous dire « %2 » ?</translation>
    </message>
    <message>
        <source>key &quot;%1&quot; appears twice</source>
        <translation>la clé « %1 » apparaît deux fois</translation>
    </message>
    <message>
        <source>missing required key &quot;%1&quot;</source>
        <translation>clé obligatoire « %1 » manquante</translation>
    </message>
    <message>
        <source>expected true or false, got %1</source>
        <translation>attendu : true ou false ; trouvé : %1</translation>
    </message>
    <message>
        <source>expected a whole number from %1 to %2, got %3</source>
        <translation>attendu : un nombre entier de %1 à %2 ; trouvé : %3</translation>
    </message>
    <message>
        <source>expected a number from %1 to %2, got %3</source>
        <translation>attendu : un nombre de %1 à %2 ; trouvé : %3</translation>
    </message>
    <message>
        <source>expected a duration such as 30s, 5m or 1h, got %1</source>
        <translation>attendu : une durée comme 30s, 5m ou 1h ; trouvé : %1</translation>
    </message>
    <message>
        <source>expected whole seconds such as 30s or 2m, got %1</source>
        <translation>attendu : des secondes entières comme 30s ou 2m ; trouvé : %1</translation>
    </message>
    <message>
        <source>expected a duration from %1 to %2, got %3</source>
        <translation>attendu : une durée de %1 à %2 ; trouvé : %3</translation>
    </message>
    <message>
        <source>expected an http(s) address, got “%1”</source>
        <translation>attendu : une adresse http(s) ; trouvé : « %1 »</translation>
    </message>
    <message>
        <source>unknown time zone “%1”; use an IANA name such as Europe/Paris</source>
        <translation>fuseau horaire « %1 » inconnu ; utilisez un nom IANA comme Europe/Paris</translation>
    </message>
    <message>
        <source>messages can be in en or fr, not “%1”</source>
        <translation>la langue des messages peut être en ou fr, pas « %1 »</translation>
    </message>
    <message>
        <source>expected a list of values, got %1</source>
        <translation>attendu : une liste de valeurs ; trouvé : %1</translation>
    </message>
    <message>
        <source>%1[%2]: expected a single value, got %3</source>
        <translation>%1[%2] : attendu : une seule valeur ; trouvé : %3</translation>
    </message>
    <message>
        <source>“%1” looks like a secret; secrets never go in the workspace file. List its name under secrets: (e.g. secrets: [%2]) and provide the value through the keychain, an environment variable or the secrets file</source>
        <translation>« %1 » ressemble à un secret ; les secrets ne vont jamais dans le fichier d&apos;espace de travail. Indiquez son nom sous secrets: (par ex. secrets: [%2]) et fournissez la valeur par le trousseau, une variable d&apos;environnement ou le fichier de secrets</translation>
    </message>
    <message>
        <source>a channel needs a name</source>
        <translation>un canal doit avoir un nom</translation>
    </message>
    <message>
        <source>expected an adapter type such as statuspage, mastodon or slack, got &quot;%1&quot;</source>
        <translation>attendu : un type d&apos;adaptateur comme statuspage, mastodon ou slack ; trouvé : « %1 »</translation>
    </message>
    <message>
        <source>expected customers or internal, got &quot;%1&quot;</source>
        <translation>attendu : customers ou internal ; trouvé : « %1 »</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a secret name: use letters, digits and _ (the value itself never goes in this file)</source>
        <translation>« %1 » n&apos;est pas un nom de secret : utilisez des lettres, des chiffres et _ (la valeur elle-même ne va jamais dans ce fichier)</translation>
    </message>
    <message>
        <source>the secret &quot;%1&quot; is listed twice</source>
        <translation>le secret « %1 » est indiqué deux fois</translation>
    </message>
    <message>
        <source>expected a list of channels (lines starting with &quot;- &quot;), got %1</source>
        <translation>attendu : une liste de canaux (lignes commençant par « - ») ; trouvé : %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already the name of channels[%2]; channel names must be unique</source>
        <translation>« %1 » est déjà le nom de channels[%2] ; les noms de canal doivent être uniques</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>no display found: running headless</source>
        <translation>aucun affichage trouvé : exécution sans fenêtre</translation>
    </message>
    <message>
        <source>Vigie</source>
        <translation>Vigie</translation>
    </message>
    <message>
        <source>%1
The stored workspace keeps running unchanged.</source>
        <translation>%1
L&apos;espace de travail enregistré continue de fonctionner sans changement.</translation>
    </message>
    <message numerus="yes">
        <source>Vigie %1: watching %n service(s); store %2</source>
        <translation>
            <numerusform>Vigie %1 : %n service surveillé ; base %2</numerusform>
            <numerusform>Vigie %1 : %n services surveillés ; base %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Workspace not applied</source>
        <translation>Espace de travail non appliqué</translation>
    </message>
    <message>
        <source>the store did not confirm the workspace in time</source>
        <translation>la base n&apos;a pas confirmé l&apos;espace de travail à temps</translation>
    </message>
    <message>
        <source>another Vigie is already using the store %1</source>
        <translation>un autre Vigie utilise déjà la base %1</translation>
    </message>
</context>
</TS>
