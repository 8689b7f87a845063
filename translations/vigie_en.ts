<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>CheckKindText</name>
    <message>
        <source>HTTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS certificate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckRequest</name>
    <message>
        <source>no URL given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not host:port (for example db.example.org:5432)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an https:// address or host:port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS checks do not go through libcurl</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckWorker</name>
    <message>
        <source>the check could not be started</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLineOptions</name>
    <message>
        <source>Vigie watches your services and walks you through incident communication.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the checks and the store without a window; print one line per state change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the real window on a temporary store with the demo services, wait for live results, and exit 0 when everything works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the SQLite store at &lt;file&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use &lt;language&gt; (en or fr) instead of the system&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not serve the demo services on 127.0.0.1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serve the demo services on 127.0.0.1:&lt;port&gt; (default 47810).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the demo scenario &lt;seconds&gt; into its cycle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When applying a workspace file, remove stored services it does not name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --self-test, save a picture of the window to &lt;file&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give up the self-test after &lt;seconds&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A workspace file (YAML) to apply on start, matched by service name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--demo-port: expected a port number between 1 and 65535, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--demo-offset: expected a number of seconds, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--self-test-timeout: expected a number of seconds, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected at most one workspace file, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--language: expected en or fr, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SQLite driver (QSQLITE) is not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>switch to WAL mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file system does not support it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>configure the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create the schema version table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file was written by a newer Vigie (schema version %1, this one knows up to %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upgrade the schema to version %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database is not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the setting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the setting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check the file&apos;s integrity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the journal into the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not %1 (database %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoServer</name>
    <message>
        <source>The demo services could not listen on 127.0.0.1 port %1: is another Vigie or program using it?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DnsCheck</name>
    <message>
        <source>could not resolve host %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not resolve host %1 within %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GatusImporter</name>
    <message>
        <source>%1 is not of the form [PLACEHOLDER] operator value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 does not apply to a %3 check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the functions len() and has() have no Vigie equivalent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 became inverted: true; every other check of the service is inverted too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: only [CONNECTED] == true or == false can be mapped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: Vigie only checks that the name resolves (NOERROR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: Vigie does not check which address a host resolves to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: Vigie does not watch domain registrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 has no Vigie equivalent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: any() only combines with == or !=</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: only status codes from 100 to 599 can be compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: only [RESPONSE_TIME] &lt; or &lt;= a number of milliseconds can be mapped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 became degraded_above: %2ms; Vigie marks slower responses DEGRADED, not DOWN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: only [CERTIFICATE_EXPIRATION] &gt; a duration such as 48h can be mapped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 became cert_expiry_warning_days: %2; Vigie marks a certificate that close to expiry DEGRADED, not DOWN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: Vigie looks for a keyword in the body; only == or != pat(*text*) can be mapped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: Vigie checks one keyword per service and already checks &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the path cannot be written as a JSON Pointer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: Vigie compares a JSON value with one fixed value only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: of the patterns, only == pat(*text*) can be mapped (as contains)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the operator has no Vigie equivalent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: Vigie checks one JSON condition per service and already checks %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the [STATUS] conditions together accept no status code; kept %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an endpoint must be a map with name, url and conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the endpoint has no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>query-type %1 is not checked: Vigie resolves the name to an address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the DNS server %1 is not used: Vigie resolves with the system resolver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>icmp:// (ping) checks are not supported by Vigie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:// endpoints are not supported; Vigie checks http(s)://, tcp://, tls:// and DNS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the url &quot;%1&quot; has no scheme such as https:// or tcp://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>method, body and headers only apply to http checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>graphql: the body is sent as written, not wrapped as a GraphQL query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 uses the environment variable %2, which Vigie does not expand; it was imported as written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interval &quot;%1&quot; is not a duration; kept 1m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interval %1 became %2: Vigie checks at most once a second, in whole seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client.timeout &quot;%1&quot; is not a duration; kept 10s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client.%1 has no Vigie equivalent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 alert is not imported: Vigie shows incidents in its cockpit and does not send notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unnamed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its thresholds became failures_before_down: %1 and successes_before_up: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: this setting has no Vigie equivalent and was not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, endpoint &quot;%2&quot;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not valid YAML: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a Gatus configuration: a map with an endpoints: list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>external-endpoints are fed by other systems and are not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 section has no Vigie equivalent and is not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no endpoints: list found; is this a Gatus configuration?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a list of endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported as &quot;%1&quot;: another service is already called &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the Gatus configuration: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HttpSettingsEditor</name>
    <message>
        <source>Follow redirects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify the TLS certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request body (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 200-299, 301</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text to look for in the response (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Headers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted &amp;status codes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyword:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;JSON condition:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Degraded above:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redirects:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP method is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header %1: the name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header %1: the name cannot contain “:”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted status codes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON condition: the pointer must start with “/”, e.g. /status.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonPointer</name>
    <message>
        <source>&quot;%1&quot; is not a JSON Pointer: it must start with / (for example /status)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid JSON Pointer: write ~0 for ~ and ~1 for /</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LatencyChart</name>
    <message>
        <source>Average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>95th percentile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No results in this period</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Vigie — incident cockpit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add service…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit service…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause or resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove service…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;Gatus configuration…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Vigie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the cockpit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 results stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace %1 applied: %2 added, %3 updated, %4 unchanged, %5 removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace exported to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vigie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 down · %2 degraded · %3 up · %4 paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 and its whole history? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace files (*.yaml *.yml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace files (*.yaml *.yml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a Gatus configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gatus configuration (*.yaml *.yml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Vigie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Vigie %1&lt;/h3&gt;&lt;p&gt;The lookout of your services: watch them, see their outages, and walk the incident communication checklist.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MonitoringSession</name>
    <message>
        <source>The store at %1 did not answer within 30 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace was not imported; nothing changed.
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the workspace to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Gatus configuration was not imported; nothing changed.
%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotificationPolicy</name>
    <message>
        <source>%1 is down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has recovered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service answers normally again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service answers again, but degraded: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResponseEvaluator</name>
    <message>
        <source>TLS: certificate has expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS: certificate is not yet valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS: self-signed certificate in the chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS: self-signed certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS: certificate issued by an untrusted authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS: certificate does not match host %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS handshake failed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS: certificate rejected (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS: no certificate received from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>response took %1 ms (threshold %2 ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the check passed, but this service is upside-down and must fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timed out after %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not resolve host %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host %1 is unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not connect to %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server closed the connection without answering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection lost (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many redirects (more than %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server did not answer in HTTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid target (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check failed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>TLS: certificate expires in %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>unexpected status %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keyword &quot;%1&quot; present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keyword &quot;%1&quot; missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the response is too large to read as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the response is not valid JSON (%1 at byte %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is missing from the response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 (expected %3 %4)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultTable</name>
    <message>
        <source>read certificate expiry dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>store check results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read check results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the time span of check results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the latest response times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count check results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete old check results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete a service&apos;s check results</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RollupTable</name>
    <message>
        <source>store per-minute statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read per-minute statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete a service&apos;s per-minute statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rebuild per-minute statistics after an interrupted run</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SelfTestRun</name>
    <message>
        <source>the workspace has no service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the board lists %1 services instead of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no confirmed state yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no result has been stored yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the window is not shown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceBoardModel</name>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uptime 24 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceBoardView</name>
    <message>
        <source>Filter by name, group or reason (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for 23 h 59 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uptime 24 h</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceDetailPane</name>
    <message>
        <source>Select a service to see its response time and state changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>24 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last check %1: %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceEditorDialog</name>
    <message>
        <source>Paused (not checked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inverted: a failing check means Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Public website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, e.g. Payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time&amp;out:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Down after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Up after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;SLA target:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate &amp;warning:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> failed checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> passed checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Degraded when the certificate expires within this many days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name “%1” is already used by another service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeout must not be longer than the check interval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target must not contain spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target: enter a URL such as https://example.org/health.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target: enter host:port, such as db.internal:5432.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target: enter a host name such as example.org.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://example.org/health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>db.internal:5432</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://example.org</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceState</name>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceStateMachine</name>
    <message>
        <source>check passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resumed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceTable</name>
    <message>
        <source>load the services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>look up the service &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the service &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove a service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pause or resume a service</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StateChangeListModel</name>
    <message>
        <source>%1 → %2</source>
        <extracomment>A state transition, e.g. &quot;Up → Down&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StateChangeTable</name>
    <message>
        <source>store state changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read state changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete a service&apos;s state changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusCodeSet</name>
    <message>
        <source>&quot;%1&quot; is not a status code or a range such as 200-299</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no status code given; write codes or ranges such as 200-299, 301</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>The history database is not open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreWorker</name>
    <message>
        <source>The history database is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>store check results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 check results could not be stored and were dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove a service and its history</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimeText</name>
    <message numerus="yes">
        <source>for %n min</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>for %1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for %1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>for %n s</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrayStatus</name>
    <message>
        <source>Vigie</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Vigie: %n service(s) down</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Vigie: %n service(s) degraded</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Vigie: all services up</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>expected an http:// or https:// URL such as https://127.0.0.1:8443/health, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an https:// URL such as https://127.0.0.1:8443, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected host:port with a port from 1 to 65535, such as 127.0.0.1:5432, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a host name such as db.internal.example, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a JSON Pointer starting with / such as /status or /items/0/id, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown operator &quot;%1&quot;; expected one of ==, !=, &lt;, &lt;=, &gt;, &gt;=, contains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid header name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a single value, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an HTTP method such as GET, HEAD or POST, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot;; expected one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(did you mean &quot;%1&quot;?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a service needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>http settings only apply to services of kind http, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a list of services (lines starting with &quot;- &quot;), got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already the name of services[%2]; service names must be unique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not valid YAML: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty; a workspace starts with &quot;version: 1&quot; and a services: list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this Vigie reads workspace version %1, the file has version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the workspace file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a map of keys and values, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;; expected one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;; did you mean &quot;%2&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key &quot;%1&quot; appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing required key &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected true or false, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a whole number from %1 to %2, got %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a number from %1 to %2, got %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a duration such as 30s, 5m or 1h, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected whole seconds such as 30s or 2m, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a duration from %1 to %2, got %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>no display found: running headless</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vigie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
The stored workspace keeps running unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Vigie %1: watching %n service(s); store %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Workspace not applied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
