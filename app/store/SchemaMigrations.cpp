#include "store/SchemaMigrations.h"

#include "store/RollupTable.h"

namespace {

QList<MigrationStep> buildSteps()
{
    QList<MigrationStep> steps;
    steps.append(MigrationStep{
        1,
        QStringLiteral("workspace, settings, raw results, certificates and state changes"),
        {
            QStringLiteral("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE services ("
                           "id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, group_name TEXT NOT NULL,"
                           "kind TEXT NOT NULL, target TEXT NOT NULL, interval_sec INTEGER NOT NULL,"
                           "timeout_ms INTEGER NOT NULL, failures_before_down INTEGER NOT NULL,"
                           "successes_before_up INTEGER NOT NULL, cert_expiry_warn_days INTEGER NOT NULL,"
                           "inverted INTEGER NOT NULL, paused INTEGER NOT NULL,"
                           "sla_target_percent REAL NOT NULL, http_settings TEXT NOT NULL)"),
            // Keyed by time first: rows arrive in time order, so pages fill completely and the key doubles
            // as the index for retention and range scans. Absent values are NULL (no bytes in the record).
            QStringLiteral("CREATE TABLE results ("
                           "started_at INTEGER NOT NULL, service_id INTEGER NOT NULL,"
                           "outcome INTEGER NOT NULL, has_cert INTEGER NOT NULL, total_us INTEGER NOT NULL,"
                           "phases BLOB, reason TEXT,"
                           "PRIMARY KEY (started_at, service_id)) WITHOUT ROWID"),
            // A certificate's expiry changes a few times a year; storing it only when it changes keeps it
            // out of every raw row.
            QStringLiteral(
                "CREATE TABLE certificate_expiry ("
                "service_id INTEGER NOT NULL, seen_at INTEGER NOT NULL, expires_at INTEGER NOT NULL,"
                "PRIMARY KEY (service_id, seen_at)) WITHOUT ROWID"),
            QStringLiteral("CREATE TABLE state_changes ("
                           "id INTEGER PRIMARY KEY, service_id INTEGER NOT NULL, at_ms INTEGER NOT NULL,"
                           "from_state INTEGER NOT NULL, to_state INTEGER NOT NULL, reason TEXT)"),
            QStringLiteral("CREATE INDEX state_changes_by_service ON state_changes (service_id, at_ms)"),
        },
    });
    steps.append(MigrationStep{
        2,
        QStringLiteral("per-minute rollups"),
        {
            QStringLiteral("CREATE TABLE rollups ("
                           "service_id INTEGER NOT NULL, minute_at INTEGER NOT NULL,"
                           "result_count INTEGER NOT NULL, failures INTEGER NOT NULL,"
                           "min_us INTEGER NOT NULL, avg_us INTEGER NOT NULL, max_us INTEGER NOT NULL,"
                           "p95_us INTEGER NOT NULL,"
                           "PRIMARY KEY (service_id, minute_at)) WITHOUT ROWID"),
            // Results before this time are covered by rollups; 0 makes the first open after this step build
            // rollups for the raw results a version-1 file already holds.
            QStringLiteral("INSERT INTO settings (key, value) VALUES ('rollup_watermark', '0')"),
        },
    });
    steps.append(MigrationStep{
        3,
        QStringLiteral("state changes indexed by time for the timeline"),
        {
            // The timeline reads every service's changes in a time range: a range scan on this index, in
            // time order, instead of one seek per service on state_changes_by_service.
            QStringLiteral("CREATE INDEX state_changes_by_time ON state_changes (at_ms)"),
        },
    });
    steps.append(MigrationStep{
        4,
        QStringLiteral("hourly rollups for long ranges"),
        {
            // A 90-day latency chart would otherwise aggregate 129,600 minutes per service (tens of ms in
            // SQLite alone); hours are 60 times fewer. Each hour holds what bucketed() needs to combine
            // hours exactly as it combines minutes: sums, and the extremes of the minutes with successes.
            QStringLiteral("CREATE TABLE rollups_hourly ("
                           "service_id INTEGER NOT NULL, hour_at INTEGER NOT NULL,"
                           "result_count INTEGER NOT NULL, failures INTEGER NOT NULL,"
                           "ok_count INTEGER NOT NULL, ok_us_sum INTEGER, min_us INTEGER, max_us INTEGER,"
                           "p95_us INTEGER,"
                           "PRIMARY KEY (service_id, hour_at)) WITHOUT ROWID"),
            QString(QStringLiteral("INSERT INTO rollups_hourly ") % RollupTable::hourlySelect() %
                    QStringLiteral(" FROM rollups GROUP BY service_id, minute_at - minute_at % 3600000")),
        },
    });
    steps.append(MigrationStep{
        5,
        QStringLiteral("incidents, their timelines, message drafts and promises"),
        {
            // Enumerations are stored as their stable keys ("sev2", "partial_outage", ...): the file reads
            // on its own and survives a renumbering of the C++ enums. Times are UTC ms; NULL when not set.
            QStringLiteral("CREATE TABLE incidents ("
                           "id TEXT PRIMARY KEY, reference TEXT NOT NULL, kind TEXT NOT NULL,"
                           "drill INTEGER NOT NULL, title TEXT NOT NULL, severity TEXT NOT NULL,"
                           "status TEXT NOT NULL, commander TEXT NOT NULL, communications_lead TEXT NOT NULL,"
                           "customer_summary TEXT NOT NULL, internal_notes TEXT NOT NULL,"
                           "started_ms INTEGER, detected_ms INTEGER, acknowledged_ms INTEGER,"
                           "mitigated_ms INTEGER, resolved_ms INTEGER, declared_ms INTEGER,"
                           "time_zone TEXT NOT NULL, next_update_due_ms INTEGER,"
                           "estimated_resolution_ms INTEGER, playbook_id TEXT NOT NULL,"
                           "window_start_ms INTEGER, window_end_ms INTEGER,"
                           "window_time_zone TEXT NOT NULL)"),
            // The name is kept beside the id so that the record still reads right once the service is
            // renamed or removed; position keeps the order the commander listed them in.
            QStringLiteral("CREATE TABLE incident_services ("
                           "incident_id TEXT NOT NULL, position INTEGER NOT NULL,"
                           "service_id INTEGER NOT NULL, service_name TEXT NOT NULL, impact TEXT NOT NULL,"
                           "PRIMARY KEY (incident_id, position)) WITHOUT ROWID"),
            QStringLiteral("CREATE TABLE incident_marks ("
                           "incident_id TEXT NOT NULL, position INTEGER NOT NULL, step_id TEXT NOT NULL,"
                           "occurrence INTEGER NOT NULL, state TEXT NOT NULL, marked_by TEXT NOT NULL,"
                           "at_ms INTEGER NOT NULL, comment TEXT NOT NULL,"
                           "PRIMARY KEY (incident_id, position)) WITHOUT ROWID"),
            QStringLiteral("CREATE TABLE incident_events ("
                           "id TEXT PRIMARY KEY, incident_id TEXT NOT NULL, at_ms INTEGER NOT NULL,"
                           "author TEXT NOT NULL, kind TEXT NOT NULL, visibility TEXT NOT NULL,"
                           "text TEXT NOT NULL, detail TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX incident_events_by_time ON incident_events (incident_id, at_ms)"),
            QStringLiteral("CREATE TABLE message_drafts ("
                           "id TEXT PRIMARY KEY, incident_id TEXT NOT NULL, step_id TEXT NOT NULL,"
                           "occurrence INTEGER NOT NULL, channel TEXT NOT NULL, language TEXT NOT NULL,"
                           "subject TEXT NOT NULL, body TEXT NOT NULL, state TEXT NOT NULL,"
                           "author TEXT NOT NULL, created_ms INTEGER, updated_ms INTEGER,"
                           "approved_by TEXT NOT NULL, approved_ms INTEGER, published_ms INTEGER)"),
            QStringLiteral("CREATE INDEX message_drafts_by_incident ON message_drafts (incident_id)"),
            QStringLiteral("CREATE TABLE message_promises ("
                           "id TEXT PRIMARY KEY, incident_id TEXT NOT NULL, draft_id TEXT NOT NULL,"
                           "kind TEXT NOT NULL, made_ms INTEGER, due_ms INTEGER, kept_ms INTEGER,"
                           "missed INTEGER NOT NULL)"),
            QStringLiteral("CREATE INDEX message_promises_by_incident ON message_promises (incident_id)"),
        },
    });
    steps.append(MigrationStep{
        6,
        QStringLiteral("the publishing outbox: deliveries and the threads of each incident per channel"),
        {
            // One row per approved message and channel. seq orders the line of an incident on a channel
            // (rowids of a table with a text key may change at VACUUM). message is the approved draft and
            // the incident as they were when queued (OutboxMessageCodec), so that nothing queued depends on
            // another table. Never a secret here: channels are named, their secrets resolved when sending.
            QStringLiteral("CREATE TABLE outbox_deliveries ("
                           "id TEXT PRIMARY KEY, seq INTEGER NOT NULL UNIQUE, draft_id TEXT NOT NULL,"
                           "incident_id TEXT NOT NULL, channel_name TEXT NOT NULL,"
                           "idempotency_key TEXT NOT NULL UNIQUE, state TEXT NOT NULL,"
                           "attempts INTEGER NOT NULL, next_attempt_at INTEGER NOT NULL,"
                           "last_error TEXT NOT NULL, external_id TEXT NOT NULL,"
                           "created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, sent_at INTEGER,"
                           "message TEXT NOT NULL, UNIQUE (draft_id, channel_name))"),
            QStringLiteral("CREATE INDEX outbox_deliveries_by_line ON outbox_deliveries"
                           " (incident_id, channel_name, seq)"),
            QStringLiteral(
                "CREATE INDEX outbox_deliveries_by_state ON outbox_deliveries (state, next_attempt_at)"),
            // What later messages of an incident on a channel need (the status page's incident id, the first
            // post to reply to): written in the transaction that records the delivery that returned it.
            QStringLiteral("CREATE TABLE outbox_threads ("
                           "incident_id TEXT NOT NULL, channel_name TEXT NOT NULL, thread TEXT NOT NULL,"
                           "updated_at INTEGER NOT NULL,"
                           "PRIMARY KEY (incident_id, channel_name)) WITHOUT ROWID"),
        },
    });
    steps.append(MigrationStep{
        7,
        QStringLiteral("what an interrupted delivery attempt may have done"),
        {
            // Set when an attempt may have reached the service without its outcome being recorded (a crash
            // mid-attempt, or an attempt that ended in a retry): later attempts check before sending again.
            QStringLiteral("ALTER TABLE outbox_deliveries ADD COLUMN may_have_been_sent INTEGER NOT NULL"
                           " DEFAULT 0"),
            // The adapter's note of the attempt under way (JSON, AttemptJournal), committed mid-attempt and
            // cleared when the attempt's outcome is recorded; what a killed process leaves to the next one.
            QStringLiteral(
                "ALTER TABLE outbox_deliveries ADD COLUMN attempt_progress TEXT NOT NULL DEFAULT ''"),
        },
    });
    steps.append(MigrationStep{
        8,
        QStringLiteral("post-mortems: what the team wrote, their action items and who changed what"),
        {
            // One per incident. The sections are Markdown as typed; everything else in a report is read
            // from the incident's own record.
            QStringLiteral("CREATE TABLE post_mortems ("
                           "incident_id TEXT PRIMARY KEY, review_state TEXT NOT NULL,"
                           "what_happened TEXT NOT NULL, customer_impact TEXT NOT NULL,"
                           "root_cause TEXT NOT NULL, went_well TEXT NOT NULL, went_badly TEXT NOT NULL,"
                           "got_lucky TEXT NOT NULL, created_ms INTEGER, updated_ms INTEGER,"
                           "updated_by TEXT NOT NULL)"),
            // Listed across incidents (what is still open, what is overdue): indexed by status and due date
            // as well as by incident. The due date is an ISO date (a day, not an instant); NULL when none.
            QStringLiteral("CREATE TABLE action_items ("
                           "id TEXT PRIMARY KEY, incident_id TEXT NOT NULL, position INTEGER NOT NULL,"
                           "title TEXT NOT NULL, owner TEXT NOT NULL, due_date TEXT, status TEXT NOT NULL,"
                           "link TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX action_items_by_incident ON action_items (incident_id, position)"),
            QStringLiteral("CREATE INDEX action_items_by_status ON action_items (status, due_date)"),
            QStringLiteral("CREATE TABLE post_mortem_changes ("
                           "id INTEGER PRIMARY KEY, incident_id TEXT NOT NULL, at_ms INTEGER NOT NULL,"
                           "changed_by TEXT NOT NULL, field TEXT NOT NULL, before_value TEXT NOT NULL,"
                           "after_value TEXT NOT NULL)"),
            QStringLiteral(
                "CREATE INDEX post_mortem_changes_by_incident ON post_mortem_changes (incident_id, at_ms)"),
        },
    });
    return steps;
}

} // namespace

const QList<MigrationStep>& SchemaMigrations::steps()
{
    static const QList<MigrationStep> all = buildSteps();
    return all;
}

int SchemaMigrations::currentVersion()
{
    return steps().last().version;
}
