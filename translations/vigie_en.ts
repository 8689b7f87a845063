<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
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
</context>
<context>
    <name>DemoServer</name>
    <message>
        <source>The demo services could not listen on 127.0.0.1 port %1: is another Vigie or program using it?</source>
        <translation>The demo services could not listen on 127.0.0.1 port %1: is another Vigie or program using it?</translation>
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
    <name>HeadlessReporter</name>
    <message>
        <source>error: %1</source>
        <translation>error: %1</translation>
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
