#include "PostMortemFixture.h"

#include "incident/IncidentDesk.h"
#include "ManualClock.h"
#include "playbook/PlaybookReader.h"
#include "store/Database.h"
#include "store/IncidentStore.h"
#include "store/OutboxDeliveryTable.h"
#include "store/PostMortemStore.h"
#include "store/Store.h"

#include <QDateTime>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>
#include <QUuid>

namespace {

constexpr qint64 ApiId = 1;
constexpr qint64 WebsiteId = 2;

StateChange change(qint64 serviceId, qint64 atMs, ServiceState from, ServiceState to,
                   const QString& reason = {})
{
    StateChange c;
    c.serviceId = serviceId;
    c.atMs = atMs;
    c.from = from;
    c.to = to;
    c.reason = reason;
    return c;
}

QList<StateChange> stateChanges()
{
    using S = ServiceState;
    const auto t = [](int h, int m) { return PostMortemFixture::utc(h, m); };
    return {change(ApiId, t(12, 0), S::Unknown, S::Up),
            change(WebsiteId, t(12, 30), S::Unknown, S::Up),
            change(ApiId, t(13, 0), S::Up, S::Down, QStringLiteral("HTTP 503")),
            change(WebsiteId, t(13, 20), S::Up, S::Degraded, QStringLiteral("slow: 2.4 s")),
            change(ApiId, t(13, 40), S::Down, S::Degraded),
            change(WebsiteId, t(13, 50), S::Degraded, S::Down, QStringLiteral("connection refused")),
            change(WebsiteId, t(14, 5), S::Down, S::Up),
            change(ApiId, t(14, 10), S::Degraded, S::Up)};
}

struct Published
{
    QString draftId;
    QString channel;
    qint64 atMs = 0;
};

} // namespace

qint64 PostMortemFixture::utc(int hour, int minute, int second)
{
    return QDateTime(QDate(2026, 3, 3), QTime(hour, minute, second), QTimeZone::utc()).toMSecsSinceEpoch();
}

PostMortem PostMortemFixture::postMortem(const QString& incidentId)
{
    PostMortem pm;
    pm.incidentId = incidentId;
    pm.state = PostMortem::ReviewState::InReview;
    pm.whatHappened =
        QStringLiteral("# Sequence\n\nThe payment provider rejected our **rotated keys**, so every "
                       "card payment failed.\n\n- API calls to the PSP returned 503\n- The website "
                       "queued checkouts\n\n| Step | Owner |\n|---|---|\n| Rollback | Zoë |\n\n"
                       "See [the PSP status](https://psp.example/status) and "
                       "![graph](https://grafana.example/render.png).");
    pm.customerImpact = QStringLiteral("About 1,200 checkouts failed between 14:00 and 15:10 Paris time.");
    pm.rootCause = QStringLiteral("Keys rotated without the PSP's confirmation; no alarm on PSP errors.");
    pm.wentWell = QStringLiteral("Detection took three minutes.");
    pm.wentBadly = QStringLiteral("The first message was six minutes late.");
    pm.gotLucky = QString();
    ActionItem alarm;
    alarm.id = QStringLiteral("a1");
    alarm.incidentId = incidentId;
    alarm.title = QStringLiteral("Alarm on PSP error rates");
    alarm.owner = QStringLiteral("Zoë");
    alarm.dueDate = QDate(2026, 3, 20);
    alarm.status = ActionItem::Status::InProgress;
    alarm.link = QStringLiteral("https://tracker.example/OPS-12");
    ActionItem runbook;
    runbook.id = QStringLiteral("a2");
    runbook.incidentId = incidentId;
    runbook.title = QStringLiteral("Key rotation runbook with a PSP check");
    runbook.owner = QStringLiteral("Łukasz");
    runbook.dueDate = QDate(2026, 4, 1);
    ActionItem faq;
    faq.id = QStringLiteral("a3");
    faq.incidentId = incidentId;
    faq.title = QStringLiteral("Customer FAQ on failed payments");
    faq.status = ActionItem::Status::Done;
    pm.actionItems = {alarm, runbook, faq};
    pm.createdAtMs = utc(16, 0);
    pm.updatedAtMs = utc(17, 30);
    pm.updatedBy = QStringLiteral("Zoë");
    return pm;
}

QString PostMortemFixture::writeStore(const QString& path, int extraNotes)
{
    ManualClock clock(utc(13, 4));
    Store store(clock);
    if (const DbResult<bool> opened = store.open(path); !opened.ok())
        return opened.error;
    IncidentStore incidents(store);
    if (const DbResult<bool> opened = incidents.open(path); !opened.ok())
        return opened.error;
    PostMortemStore postMortems(store);
    if (const DbResult<bool> opened = postMortems.open(path); !opened.ok())
        return opened.error;

    IncidentDesk desk(clock);
    desk.setUserName(QStringLiteral("Zoë"));
    QObject::connect(&desk, &IncidentDesk::writeIncident, &incidents, &IncidentStore::saveIncident);
    QObject::connect(&desk, &IncidentDesk::writeEvent, &incidents, &IncidentStore::appendEvent);
    QObject::connect(&desk, &IncidentDesk::writeDraft, &incidents, &IncidentStore::saveDraft);
    QObject::connect(&desk, &IncidentDesk::writePromise, &incidents, &IncidentStore::savePromise);

    DeclareRequest request;
    request.title = QStringLiteral("Card payments failing");
    request.severity = Severity::Sev2;
    request.affected = {AffectedService{ApiId, QStringLiteral("API"), Impact::MajorOutage},
                        AffectedService{WebsiteId, QStringLiteral("Website"), Impact::PartialOutage}};
    request.customerSummary = QStringLiteral("Card payments failed for most customers for about an hour.");
    request.internalNotes = scratchPad();
    request.communicationsLead = QStringLiteral("Łukasz");
    request.startedAtMs = utc(13, 0);
    request.detectedAtMs = utc(13, 3);
    request.timeZoneId = QStringLiteral("Europe/Paris");
    request.playbookId = QStringLiteral("default");
    const QString id = desk.declare(request);

    const Playbook playbook = PlaybookReader::defaultPlaybook();
    const auto title = [&playbook](const QString& step) {
        return playbook.step(step)->title.text(QStringLiteral("en"));
    };
    const auto serviceName = [](qint64 serviceId) {
        return serviceId == ApiId ? QStringLiteral("API") : QStringLiteral("Website");
    };
    // Moves the clock on, recording on the way the state changes the checks confirm after the declaration.
    QList<StateChange> pending;
    for (const StateChange& c : stateChanges()) {
        if (c.atMs >= utc(13, 4))
            pending.append(c);
    }
    const auto advance = [&](qint64 toMs) {
        while (!pending.isEmpty() && pending.first().atMs <= toMs) {
            const StateChange c = pending.takeFirst();
            clock.setNowMs(c.atMs);
            desk.recordServiceStateChange(c, serviceName(c.serviceId));
        }
        clock.setNowMs(toMs);
    };
    const auto at = [&](int h, int m) { advance(utc(h, m)); };
    QList<Published> published;
    const auto publish = [&](int h, int m, const QString& step, ChannelKind kind, const QString& channel,
                             const QString& body) {
        at(h, m);
        MessageDraft draft;
        draft.incidentId = id;
        draft.stepId = step;
        draft.channel = kind;
        draft.language = QStringLiteral("en");
        draft.body = body;
        const IncidentDesk::DraftResult saved = desk.saveDraft(draft);
        desk.approveDraft(saved.draft->id);
        desk.markPublished(saved.draft->id, channel);
        published.append(Published{saved.draft->id, channel, clock.nowMs()});
    };

    at(13, 8);
    desk.markStep(id, QStringLiteral("internal"), 1, ChecklistMark::State::Done,
                  title(QStringLiteral("internal")));
    at(13, 10);
    desk.addNote(id, internalNote(), IncidentEvent::Visibility::Internal);
    at(13, 12);
    desk.markStep(id, QStringLiteral("fallback-page"), 1, ChecklistMark::State::Skipped,
                  title(QStringLiteral("fallback-page")), QStringLiteral("the main page is up"));
    at(13, 20);
    desk.setStatus(id, IncidentStatus::Identified);
    publish(13, 25, QStringLiteral("announce"), ChannelKind::StatusPage, QStringLiteral("statuspage-main"),
            announcement());
    desk.markStep(id, QStringLiteral("announce"), 1, ChecklistMark::State::Done,
                  title(QStringLiteral("announce")));
    at(13, 30);
    desk.markStep(id, QStringLiteral("acknowledge"), 1, ChecklistMark::State::Done,
                  title(QStringLiteral("acknowledge")));
    at(13, 45);
    desk.setStatus(id, IncidentStatus::Monitoring);
    desk.addNote(id, publicNote(), IncidentEvent::Visibility::Public);
    for (int i = 0; i < extraNotes; ++i) {
        // Spread over 13:46 to 14:04, a few milliseconds apart, in time order.
        advance(utc(13, 46) + qint64(i) * (18 * 60'000) / std::max(1, extraNotes));
        desk.addNote(id,
                     QStringLiteral("Checked the PSP dashboard again (%1): error rate falling").arg(i + 1),
                     IncidentEvent::Visibility::Internal);
    }
    publish(14, 12, QStringLiteral("update"), ChannelKind::Social, QStringLiteral("mastodon-main"),
            QStringLiteral("Card payments work again for most of you; we keep watching."));
    desk.markStep(id, QStringLiteral("update"), 1, ChecklistMark::State::Done,
                  title(QStringLiteral("update")));
    at(14, 15);
    desk.setStatus(id, IncidentStatus::Resolved);
    publish(14, 20, QStringLiteral("resolved"), ChannelKind::StatusPage, QStringLiteral("statuspage-main"),
            QStringLiteral("Card payments work normally again since 15:10."));
    desk.markStep(id, QStringLiteral("resolved"), 1, ChecklistMark::State::Done,
                  title(QStringLiteral("resolved")));
    at(14, 21);
    desk.recordDeliveryProblem(published.last().draftId, QStringLiteral("email-customers"),
                               QStringLiteral("the server refused the login (535)"));

    QList<StateChange> changes = stateChanges();
    QSignalSpy changesStored(&store, &Store::stateChangesStored);
    store.enqueueStateChanges(changes);
    store.flush();
    if (!changesStored.wait(10'000))
        return QStringLiteral("the state changes were not stored");

    // The post-mortem, saved twice as a team would: a draft, then sent for review with an item done.
    PostMortem first = postMortem(id);
    first.state = PostMortem::ReviewState::Draft;
    first.actionItems[2].status = ActionItem::Status::Open;
    PostMortem blank;
    blank.incidentId = id;
    QSignalSpy committed(&postMortems, &PostMortemStore::writesCommitted);
    postMortems.save(first, PostMortemChange::between(blank, first, QStringLiteral("Zoë"), utc(16, 0)));
    const PostMortem second = postMortem(id);
    postMortems.save(second, PostMortemChange::between(first, second, QStringLiteral("Łukasz"), utc(17, 30)));
    if (!QTest::qWaitFor([&] { return postMortems.pendingWrites() == 0; }, 10'000))
        return QStringLiteral("the post-mortem was not stored");
    if (!QTest::qWaitFor([&] { return incidents.pendingWrites() == 0; }, 10'000))
        return QStringLiteral("the incident was not stored");
    postMortems.close();
    incidents.close();
    store.close();

    // The outbox's record of what went where, and the workspace's channels as the application keeps them.
    Database db;
    if (const DbResult<bool> opened = db.open(path); !opened.ok())
        return opened.error;
    if (const DbResult<bool> begun = db.begin(QStringLiteral("fixture")); !begun.ok())
        return begun.error;
    OutboxDeliveryTable outbox(db);
    for (const Published& p : published) {
        Delivery d;
        d.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        d.draftId = p.draftId;
        d.incidentId = id;
        d.channelName = p.channel;
        d.idempotencyKey = Delivery::idempotencyKeyFor(p.draftId, p.channel);
        d.state = Delivery::State::Sent;
        d.attempts = 1;
        d.createdAtMs = p.atMs - 1000;
        d.updatedAtMs = p.atMs;
        d.sentAtMs = p.atMs;
        d.externalId = QStringLiteral("https://status.example/i/") + plantedSecret();
        d.lastError =
            QStringLiteral("earlier attempt: token ") + plantedSecret() + QStringLiteral(" refused");
        if (const DbResult<bool> inserted = outbox.insert(d, QByteArray("{}")); !inserted.ok())
            return inserted.error;
        if (const DbResult<bool> updated = outbox.update(d); !updated.ok())
            return updated.error;
    }
    const QString sections = QStringLiteral("channels:\n  - name: chat-ops\n    type: slack\n    url: "
                                            "https://hooks.example/services/") +
                             plantedSecret() + QLatin1Char('\n');
    if (const DbResult<bool> saved = db.setSetting(QStringLiteral("workspace_sections"), sections);
        !saved.ok())
        return saved.error;
    if (const DbResult<bool> done = db.commit(QStringLiteral("fixture")); !done.ok())
        return done.error;
    db.close();
    return QString();
}
