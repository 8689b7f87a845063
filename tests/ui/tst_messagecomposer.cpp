#include "comms/LintWarningList.h"
#include "comms/MessageComposer.h"
#include "comms/MessageDraftEditor.h"
#include "comms/MessageDraftListModel.h"
#include "comms/MessagePreviewPanel.h"
#include "incident/IncidentDesk.h"

#include "IncidentFixture.h"
#include "ManualClock.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTabWidget>
#include <QTest>

namespace {

constexpr int kTimeoutMs = 5'000;
const QString kCheckout = QStringLiteral("Checkout API");

// 14:00 in Paris (UTC+1 in March): the promises below are read against it.
qint64 nowMs()
{
    return IncidentFixture::utc(2026, 3, 3, 13, 0);
}

IncidentSettings audience(const QStringList& languages)
{
    IncidentSettings settings;
    settings.languages = languages;
    settings.statusPageUrl = QStringLiteral("https://status.example.com");
    settings.timeZoneId = QStringLiteral("Europe/Paris");
    return settings;
}

// A post of exactly `length` characters, without links or mentions (counted one for one everywhere).
QString postOf(int length)
{
    QString text;
    while (text.size() < length)
        text += QStringLiteral("Checkout API is down. ");
    return text.left(length);
}

} // namespace

class TestMessageComposer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void startDraftRendersEachChannelInFrench();
    void startDraftTwiceReusesOpenDrafts();
    void typingSavesAfterAPause();
    void leavingTheTextSavesAtOnce();
    void previewCountsAndBlocks_data();
    void previewCountsAndBlocks();
    void missingFactIsAnErrorNotAGap();
    void renderAsksBeforeReplacingEdits();
    void jargonIsFlaggedAndSelectable();
    void commanderApprovesAndPromisesAreRecorded();
    void approvalRefusedInline();
    void copyPutsTheMessageOnTheClipboard();
    void approvedDraftIsReadOnly();
    void newDraftFromTheMenu();
    void evidencePrefillsTheFirstAnnouncement();
    void screenshot();

private:
    const MessageDraft* draft(const QString& id) const { return m_desk->draft(id); }
    QString startOne(ChannelKind channel, const QString& templateId = QStringLiteral("announce"));
    void typeAtEnd(const QString& text);

    ManualClock m_clock{nowMs()};
    IncidentDesk* m_desk = nullptr;
    MessageComposer* m_composer = nullptr;
    QString m_incidentId;
};

void TestMessageComposer::init()
{
    m_clock.setNowMs(nowMs());
    m_desk = new IncidentDesk(m_clock);
    m_desk->setUserName(QStringLiteral("alice"));
    DeclareRequest request;
    request.title = QStringLiteral("Checkout failing");
    request.affected = {{1, kCheckout, Impact::MajorOutage},
                        {2, QStringLiteral("Search"), Impact::PartialOutage}};
    request.startedAtMs = nowMs() - 10 * 60'000;
    request.timeZoneId = QStringLiteral("Europe/Paris");
    request.commander = QStringLiteral("alice");
    request.communicationsLead = QStringLiteral("carol");
    m_incidentId = m_desk->declare(request);
    // The templates promise the next update; 14:45 in Paris.
    QVERIFY(!m_desk->setNextUpdateDue(m_incidentId, IncidentFixture::utc(2026, 3, 3, 13, 45)).has_value());

    m_composer = new MessageComposer(*m_desk);
    m_composer->setAudience(audience({QStringLiteral("fr"), QStringLiteral("en")}));
    m_composer->setIncident(m_incidentId);
    m_composer->resize(1200, 820);
    m_composer->show();
    QVERIFY(QTest::qWaitForWindowActive(m_composer));
}

void TestMessageComposer::cleanup()
{
    delete m_composer;
    m_composer = nullptr;
    delete m_desk;
    m_desk = nullptr;
}

QString TestMessageComposer::startOne(ChannelKind channel, const QString& templateId)
{
    return m_composer->startDraft(templateId, 1, templateId, {channel}).value(0);
}

void TestMessageComposer::typeAtEnd(const QString& text)
{
    QPlainTextEdit* body = m_composer->editor()->bodyEdit();
    body->setFocus();
    body->moveCursor(QTextCursor::End);
    QTest::keyClicks(body, text);
}

void TestMessageComposer::startDraftRendersEachChannelInFrench()
{
    QSignalSpy selected(m_composer, &MessageComposer::draftSelected);
    const QList<ChannelKind> channels = {ChannelKind::StatusPage, ChannelKind::Email, ChannelKind::Social};
    const QStringList ids =
        m_composer->startDraft(QStringLiteral("announce"), 1, QStringLiteral("announce"), channels);
    QCOMPARE(ids.size(), 3);
    for (int i = 0; i < ids.size(); ++i) {
        const MessageDraft* saved = draft(ids.at(i));
        QVERIFY(saved);
        QCOMPARE(saved->channel, channels.at(i));
        QCOMPARE(saved->language, QStringLiteral("fr"));
        QCOMPARE(saved->stepId, QStringLiteral("announce"));
        QCOMPARE(saved->state, MessageDraft::State::Draft);
        QVERIFY2(saved->body.contains(kCheckout), qPrintable(saved->body));
        QVERIFY2(saved->body.contains(QStringLiteral("problème")), qPrintable(saved->body));
    }
    QVERIFY(draft(ids.at(1))->subject.contains(QStringLiteral("problème sur")));
    QVERIFY(draft(ids.at(0))->body.contains(QStringLiteral("Prochaine mise à jour")));
    // The first is selected and shown, editable.
    QCOMPARE(m_composer->currentDraftId(), ids.first());
    QCOMPARE(selected.last().first().toString(), ids.first());
    QCOMPARE(m_composer->editor()->bodyEdit()->toPlainText(), draft(ids.first())->body);
    QVERIFY(!m_composer->editor()->bodyEdit()->isReadOnly());
    QVERIFY(!m_composer->editor()->subjectEdit()->isVisibleTo(m_composer));
    QCOMPARE(m_composer->editor()->languageCombo()->currentData().toString(), QStringLiteral("fr"));
    QCOMPARE(m_composer->editor()->templateCombo()->currentData().toString(), QStringLiteral("announce"));
    QCOMPARE(m_composer->model()->rowCount(), 3);
    // The email shows its subject line.
    m_composer->selectDraft(ids.at(1));
    QVERIFY(m_composer->editor()->subjectEdit()->isVisibleTo(m_composer));
    QCOMPARE(m_composer->editor()->subjectEdit()->text(), draft(ids.at(1))->subject);
}

void TestMessageComposer::startDraftTwiceReusesOpenDrafts()
{
    const QStringList first = m_composer->startDraft(QStringLiteral("announce"), 1,
                                                     QStringLiteral("announce"), {ChannelKind::Chat});
    const QStringList again = m_composer->startDraft(QStringLiteral("announce"), 1,
                                                     QStringLiteral("announce"), {ChannelKind::Chat});
    QCOMPARE(again, first);
    QCOMPARE(m_desk->record(m_incidentId)->drafts.size(), 1);
    const QStringList next =
        m_composer->startDraft(QStringLiteral("update"), 2, QStringLiteral("update"), {ChannelKind::Chat});
    QCOMPARE(next.size(), 1);
    QVERIFY(next != first);
    QCOMPARE(m_composer->model()->rowCount(), 2);
}

void TestMessageComposer::typingSavesAfterAPause()
{
    const QString id = startOne(ChannelKind::StatusPage);
    const QString rendered = draft(id)->body;
    typeAtEnd(QStringLiteral(" Merci."));
    QTRY_COMPARE_WITH_TIMEOUT(draft(id)->body, rendered + QStringLiteral(" Merci."), kTimeoutMs);
    QCOMPARE(draft(id)->state, MessageDraft::State::Draft);
}

void TestMessageComposer::leavingTheTextSavesAtOnce()
{
    const QString id = startOne(ChannelKind::StatusPage);
    const QString rendered = draft(id)->body;
    typeAtEnd(QStringLiteral(" Merci."));
    m_composer->draftList()->setFocus();
    QTRY_VERIFY_WITH_TIMEOUT(m_composer->draftList()->hasFocus(), kTimeoutMs);
    // Saved on the focus change itself, before any timer could fire.
    QCOMPARE(draft(id)->body, rendered + QStringLiteral(" Merci."));
}

void TestMessageComposer::previewCountsAndBlocks_data()
{
    QTest::addColumn<int>("length");
    QTest::addColumn<bool>("mastodonBlocked");
    QTest::addColumn<bool>("blueskyBlocked");
    QTest::addColumn<QString>("mastodonCounter");
    QTest::addColumn<QString>("blueskyCounter");
    QTest::newRow("520: over both") << 520 << true << true << QStringLiteral("520 / 500")
                                    << QStringLiteral("520 / 300");
    QTest::newRow("301: over Bluesky only")
        << 301 << false << true << QStringLiteral("301 / 500") << QStringLiteral("301 / 300");
    QTest::newRow("300: fits both") << 300 << false << false << QStringLiteral("300 / 500")
                                    << QStringLiteral("300 / 300");
}

void TestMessageComposer::previewCountsAndBlocks()
{
    QFETCH(int, length);
    QFETCH(bool, mastodonBlocked);
    QFETCH(bool, blueskyBlocked);
    QFETCH(QString, mastodonCounter);
    QFETCH(QString, blueskyCounter);
    startOne(ChannelKind::Social);
    m_composer->editor()->bodyEdit()->setPlainText(postOf(length));
    MessagePreviewPanel* preview = m_composer->previewPanel();
    QCOMPARE(preview->tabs()->count(), 2);
    QCOMPARE(preview->counterLabel(PreviewTarget::Mastodon)->text(), mastodonCounter);
    QCOMPARE(preview->counterLabel(PreviewTarget::Bluesky)->text(), blueskyCounter);
    QCOMPARE(!preview->blockLabel(PreviewTarget::Mastodon)->isHidden(), mastodonBlocked);
    QCOMPARE(!preview->blockLabel(PreviewTarget::Bluesky)->isHidden(), blueskyBlocked);
    if (mastodonBlocked) {
        QVERIFY(preview->blockLabel(PreviewTarget::Mastodon)->text().contains(QStringLiteral("500")));
        QVERIFY(
            preview->counterLabel(PreviewTarget::Mastodon)->styleSheet().contains(QStringLiteral("#b31d1d")));
    }
    QCOMPARE(preview->copyButton(PreviewTarget::Mastodon)->isEnabled(), !mastodonBlocked);
    QCOMPARE(preview->copyButton(PreviewTarget::Bluesky)->isEnabled(), !blueskyBlocked);
    QCOMPARE(preview->textView(PreviewTarget::Mastodon)->toPlainText(), postOf(length));
    QCOMPARE(m_composer->editor()->approveAction()->isEnabled(), !mastodonBlocked && !blueskyBlocked);
}

void TestMessageComposer::missingFactIsAnErrorNotAGap()
{
    TemplateCatalogue catalogue = TemplateCatalogue::defaults();
    for (const QString& language : {QStringLiteral("fr"), QStringLiteral("en")}) {
        MessageTemplate eta;
        eta.templateId = QStringLiteral("eta");
        eta.channel = ChannelKind::StatusPage;
        eta.language = language;
        eta.body = QStringLiteral("Retour prévu vers {{estimated_resolution_at}} pour {{services_text}}.");
        catalogue.insert(eta);
    }
    m_composer->setCatalogue(catalogue);
    const QString id = startOne(ChannelKind::StatusPage, QStringLiteral("eta"));
    QVERIFY(!id.isEmpty());
    QLabel* error = m_composer->previewPanel()->renderErrorLabel();
    QVERIFY(error->isVisibleTo(m_composer));
    QVERIFY2(error->text().contains(QStringLiteral("estimated_resolution_at")), qPrintable(error->text()));
    QVERIFY(m_composer->editor()->bodyEdit()->toPlainText().isEmpty());
    QVERIFY(draft(id)->body.isEmpty());
    QVERIFY(!m_composer->editor()->approveAction()->isEnabled());

    // Once the incident has the fact, rendering again fills the text and the error goes.
    QVERIFY(
        !m_desk->setEstimatedResolution(m_incidentId, IncidentFixture::utc(2026, 3, 3, 15, 0)).has_value());
    m_composer->editor()->renderAction()->trigger();
    QVERIFY(!error->isVisibleTo(m_composer));
    QCOMPARE(m_composer->editor()->bodyEdit()->toPlainText(),
             QStringLiteral("Retour prévu vers 16 h 00 (UTC+1) pour Checkout API et Search."));
    QCOMPARE(draft(id)->body, m_composer->editor()->bodyEdit()->toPlainText());
}

void TestMessageComposer::renderAsksBeforeReplacingEdits()
{
    const QString id = startOne(ChannelKind::StatusPage);
    const QString rendered = draft(id)->body;
    typeAtEnd(QStringLiteral(" Edite (revu)."));
    m_composer->editor()->renderAction()->trigger();
    auto* box = m_composer->findChild<QMessageBox*>(QStringLiteral("confirmRender"));
    QVERIFY(box);
    QVERIFY(QTest::qWaitForWindowExposed(box));
    box->button(QMessageBox::Cancel)->click();
    QCOMPARE(m_composer->editor()->bodyEdit()->toPlainText(), rendered + QStringLiteral(" Edite (revu)."));

    m_composer->editor()->renderAction()->trigger();
    box = m_composer->findChild<QMessageBox*>(QStringLiteral("confirmRender"));
    QVERIFY(box);
    box->button(QMessageBox::Yes)->click();
    QCOMPARE(m_composer->editor()->bodyEdit()->toPlainText(), rendered);
    QCOMPARE(draft(id)->body, rendered);
}

void TestMessageComposer::jargonIsFlaggedAndSelectable()
{
    JargonList jargon;
    jargon.setTerms(QStringLiteral("fr"), {QStringLiteral("bascule")});
    m_composer->setJargon(jargon);
    startOne(ChannelKind::StatusPage);
    LintWarningList* lint = m_composer->editor()->lintList();
    m_composer->editor()->bodyEdit()->selectAll();
    const QString text =
        QStringLiteral("Checkout API : nous preparons une bascule. Prochain point vers 15 h.");
    QTest::keyClicks(m_composer->editor()->bodyEdit(), text);
    QTRY_COMPARE_WITH_TIMEOUT(lint->warnings().size(), 1, kTimeoutMs);
    const LintWarning warning = lint->warnings().first();
    QCOMPARE(warning.code, LintWarning::Code::Jargon);
    QCOMPARE(warning.start, int(text.indexOf(QStringLiteral("bascule"))));

    QListWidgetItem* item = lint->item(0);
    QTest::mouseClick(lint->viewport(), Qt::LeftButton, {}, lint->visualItemRect(item).center());
    QCOMPARE(m_composer->editor()->bodyEdit()->textCursor().selectedText(), QStringLiteral("bascule"));
    QVERIFY(m_composer->editor()->bodyEdit()->hasFocus());
}

void TestMessageComposer::commanderApprovesAndPromisesAreRecorded()
{
    m_composer->setAudience(audience({QStringLiteral("en")}));
    const QString id = startOne(ChannelKind::StatusPage);
    QCOMPARE(draft(id)->language, QStringLiteral("en"));
    QPlainTextEdit* body = m_composer->editor()->bodyEdit();
    body->setFocus();
    body->selectAll();
    QTest::keyClicks(body, QStringLiteral("Checkout API is failing. Next update by 14:30."));
    QVERIFY(m_composer->editor()->approveAction()->isEnabled());
    QTest::keyClick(body, Qt::Key_Return, Qt::ControlModifier);

    QCOMPARE(draft(id)->state, MessageDraft::State::Approved);
    QCOMPARE(draft(id)->approvedBy, QStringLiteral("alice"));
    QCOMPARE(draft(id)->body, QStringLiteral("Checkout API is failing. Next update by 14:30."));
    // 14:30 in Paris on 3 March 2026 (UTC+1) is 13:30 UTC.
    const qint64 promised = IncidentFixture::utc(2026, 3, 3, 13, 30);
    const IncidentRecord* record = m_desk->record(m_incidentId);
    QCOMPARE(record->promises.size(), 1);
    QCOMPARE(record->promises.first().kind, MessagePromise::Kind::NextUpdate);
    QCOMPARE(record->promises.first().dueAtMs, promised);
    QCOMPARE(record->promises.first().draftId, id);
    QCOMPARE(m_desk->incident(m_incidentId)->nextUpdateDueMs, promised);
    QVERIFY(!m_composer->editor()->errorLabel()->isVisibleTo(m_composer));
}

void TestMessageComposer::approvalRefusedInline()
{
    m_desk->setUserName(QStringLiteral("bob"));
    const QString id = startOne(ChannelKind::StatusPage);
    QVERIFY(m_composer->editor()->approveAction()->isEnabled());
    m_composer->editor()->approveAction()->trigger();
    QLabel* error = m_composer->editor()->errorLabel();
    QVERIFY(error->isVisibleTo(m_composer));
    QVERIFY2(error->text().contains(QStringLiteral("alice")) &&
                 error->text().contains(QStringLiteral("carol")),
             qPrintable(error->text()));
    QCOMPARE(draft(id)->state, MessageDraft::State::Draft);
    QVERIFY(m_composer->findChildren<QMessageBox*>().isEmpty());
    QVERIFY(!QApplication::activeModalWidget());
    QVERIFY(m_desk->record(m_incidentId)->promises.isEmpty());

    // The communications lead may.
    m_desk->setUserName(QStringLiteral("carol"));
    m_composer->approve();
    QCOMPARE(draft(id)->state, MessageDraft::State::Approved);
    QCOMPARE(draft(id)->approvedBy, QStringLiteral("carol"));
    QVERIFY(!error->isVisibleTo(m_composer));
}

void TestMessageComposer::copyPutsTheMessageOnTheClipboard()
{
    const QString id = startOne(ChannelKind::Email);
    MessagePreviewPanel* preview = m_composer->previewPanel();
    QSignalSpy copied(preview, &MessagePreviewPanel::copied);
    QVERIFY(preview->copyButton(PreviewTarget::Email)->isEnabled());
    QTest::mouseClick(preview->copyButton(PreviewTarget::Email), Qt::LeftButton);
    QCOMPARE(copied.count(), 1);
    QCOMPARE(QGuiApplication::clipboard()->text(),
             draft(id)->subject + QStringLiteral("\n\n") + draft(id)->body);
    QVERIFY(QGuiApplication::clipboard()->text().startsWith(QStringLiteral("INC-1 : problème sur")));

    // A blocked target cannot be copied.
    const QString social = startOne(ChannelKind::Social);
    QCOMPARE(m_composer->currentDraftId(), social);
    m_composer->editor()->bodyEdit()->setPlainText(postOf(520));
    QVERIFY(!preview->copyButton(PreviewTarget::Mastodon)->isEnabled());
}

void TestMessageComposer::approvedDraftIsReadOnly()
{
    const QString id = startOne(ChannelKind::StatusPage);
    const QString text = draft(id)->body;
    m_clock.advanceMs(2 * 60'000);
    m_composer->approve();
    QCOMPARE(draft(id)->state, MessageDraft::State::Approved);
    QPlainTextEdit* body = m_composer->editor()->bodyEdit();
    QVERIFY(body->isReadOnly());
    QLabel* banner = m_composer->editor()->bannerLabel();
    QVERIFY(banner->isVisibleTo(m_composer));
    QVERIFY2(banner->text().contains(QStringLiteral("alice")), qPrintable(banner->text()));
    QVERIFY(!m_composer->editor()->approveAction()->isEnabled());
    QVERIFY(!m_composer->editor()->renderAction()->isEnabled());
    body->setFocus();
    QTest::keyClicks(body, QStringLiteral("more"));
    QCOMPARE(body->toPlainText(), text);
    QCOMPARE(draft(id)->body, text);
    const QModelIndex state = m_composer->model()->index(0, MessageDraftListModel::State);
    QCOMPARE(state.data().toString(), MessageDraft::stateLabel(MessageDraft::State::Approved));
    // Drafting the step again starts a new message rather than reopening the approved one.
    const QString next = startOne(ChannelKind::StatusPage);
    QVERIFY(next != id);
    QVERIFY(!body->isReadOnly());
    QVERIFY(!banner->isVisibleTo(m_composer));
}

void TestMessageComposer::newDraftFromTheMenu()
{
    m_composer->editor()->templateCombo()->setCurrentIndex(
        m_composer->editor()->templateCombo()->findData(QStringLiteral("update")));
    m_composer->editor()->languageCombo()->setCurrentIndex(
        m_composer->editor()->languageCombo()->findData(QStringLiteral("en")));
    QAction* chat = nullptr;
    for (QAction* action : m_composer->newDraftMenu()->actions()) {
        if (action->data().toInt() == static_cast<int>(ChannelKind::Chat))
            chat = action;
    }
    QVERIFY(chat);
    chat->trigger();
    const QString id = m_composer->currentDraftId();
    QVERIFY(!id.isEmpty());
    QCOMPARE(draft(id)->channel, ChannelKind::Chat);
    QCOMPARE(draft(id)->language, QStringLiteral("en"));
    QVERIFY(draft(id)->stepId.isEmpty());
    QVERIFY2(draft(id)->body.contains(QStringLiteral("(Investigating)")), qPrintable(draft(id)->body));
    QCOMPARE(m_composer->editor()->channelCombo()->currentData().toInt(),
             static_cast<int>(ChannelKind::Chat));
}

void TestMessageComposer::evidencePrefillsTheFirstAnnouncement()
{
    int asked = 0;
    m_composer->setEvidenceSource([&asked](const Incident& incident) {
        ++asked;
        EvidenceDrafter::ServiceEvidence evidence;
        evidence.serviceName = incident.affected.first().serviceName;
        evidence.lastResult.serviceId = 1;
        evidence.lastResult.outcome = CheckResult::Outcome::Down;
        evidence.lastResult.httpCode = 503;
        evidence.lastResult.reason = QStringLiteral("HTTP 503");
        evidence.downSinceMs = nowMs() - 10 * 60'000;
        return QList<EvidenceDrafter::ServiceEvidence>{evidence};
    });
    const QString id = startOne(ChannelKind::StatusPage);
    QVERIFY(asked > 0);
    QVERIFY2(draft(id)->body.contains(QStringLiteral("service indisponible")), qPrintable(draft(id)->body));
    // Only the draft: the incident's summary is the team's to write.
    QVERIFY(m_desk->incident(m_incidentId)->customerSummary.isEmpty());

    // Not for other messages, nor once someone wrote the summary.
    const QString update = startOne(ChannelKind::Chat, QStringLiteral("update"));
    QVERIFY(!draft(update)->body.contains(QStringLiteral("service indisponible")));
    QVERIFY(!m_desk->setCustomerSummary(m_incidentId, QStringLiteral("Les paiements échouent.")).has_value());
    const QString chat = startOne(ChannelKind::Chat);
    QVERIFY(draft(chat)->body.contains(QStringLiteral("Checkout API")));
    QVERIFY(!draft(chat)->body.contains(QStringLiteral("service indisponible")));
    const QString email = startOne(ChannelKind::Email);
    QVERIFY(draft(email)->body.contains(QStringLiteral("Les paiements échouent.")));
}

void TestMessageComposer::screenshot()
{
    JargonList jargon;
    jargon.setTerms(QStringLiteral("fr"), {QStringLiteral("bascule")});
    m_composer->setJargon(jargon);
    const QStringList ids = m_composer->startDraft(
        QStringLiteral("announce"), 1, QStringLiteral("announce"),
        {ChannelKind::StatusPage, ChannelKind::Email, ChannelKind::Social, ChannelKind::Chat});
    QCOMPARE(ids.size(), 4);
    m_composer->approve();
    m_composer->selectDraft(ids.at(2));
    typeAtEnd(QStringLiteral(" La bascule est en cours."));
    QTRY_VERIFY_WITH_TIMEOUT(!m_composer->editor()->lintList()->warnings().isEmpty(), kTimeoutMs);
    const QPixmap shot = m_composer->grab();
    QVERIFY(!shot.isNull());
    const QString dir = qEnvironmentVariable("VIGIE_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        QVERIFY(shot.save(dir + QStringLiteral("/vigie-message-composer.png")));
}

QTEST_MAIN(TestMessageComposer)
#include "tst_messagecomposer.moc"
