#pragma once

#include "monitor/StateChange.h"
#include "publish/Delivery.h"
#include "report/PostMortem.h"
#include "report/PostMortemChange.h"

#include <QList>
#include <QString>
#include <QtGlobal>

// The fixed incident the post-mortem tests and benchmark report on, written into a real SQLite store the
// way the application writes it: the desk (on a fixed clock) declares and runs INC-1, its events go through
// IncidentStore, the services' state changes through Store, the post-mortem through PostMortemStore, and
// the sent deliveries into the outbox table. Times (UTC; Paris is UTC+1 in March):
//   13:00 started (API goes DOWN), 13:03 detected, 13:04 declared (SEV2, commander Zoë), 13:20 identified,
//   13:45 monitoring (mitigated), 14:15 resolved: a 75-minute window.
//   API:     UP since 12:00, DOWN 13:00, DEGRADED 13:40, UP 14:10  -> 40 min down, 30 min degraded
//   Website: UP since 12:30, DEGRADED 13:20, DOWN 13:50, UP 14:05   -> 15 min down, 30 min degraded
//   Checklist (default playbook): internal 13:08 (due 13:09), fallback page skipped 13:12, announce 13:25
//   (due 13:19: 6 min late, 21 min after declaring), acknowledge 13:30 (due 13:34), update #1 14:12 (due
//   14:04: 8 min late), resolved message 14:20 (due 14:30).
//   Published: 13:25 status page "statuspage-main", 14:12 social "mastodon-main", 14:20 status page.
class PostMortemFixture
{
public:
    static qint64 utc(int hour, int minute, int second = 0); // on 2026-03-03
    static qint64 nowMs() { return utc(23, 0); }             // when the report is made
    static QString reference() { return QStringLiteral("INC-1"); }

    // Texts the tests look for.
    static QString internalNote() { return QStringLiteral("PSP keys rotated at 12:58 by the payments team"); }
    static QString publicNote() { return QStringLiteral("Payments are recovering for most customers"); }
    static QString scratchPad() { return QStringLiteral("Ask the PSP for their own post-mortem"); }
    static QString announcement() { return QStringLiteral("We are investigating failed card payments."); }
    // Planted where a careless report could pick it up: a channel's settings and a delivery's error.
    static QString plantedSecret() { return QStringLiteral("PLANTED-SECRET-9f3c2e"); }

    static PostMortem postMortem(const QString& incidentId);

    // Writes the whole incident into a new store at `path`; `extraNotes` more internal notes spread over
    // the window (for the benchmark). Returns an error, empty on success.
    static QString writeStore(const QString& path, int extraNotes = 0);
};
