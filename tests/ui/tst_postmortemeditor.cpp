#include "incident/IncidentDesk.h"
#include "playbook/ChecklistPanel.h"
#include "postmortem/ActionItemListModel.h"
#include "postmortem/ActionItemsView.h"
#include "postmortem/PostMortemEditor.h"
#include "postmortem/PostMortemExportDialog.h"
#include "session/IncidentSession.h"
#include "session/MonitoringSession.h"
#include "store/PostMortemStore.h"
#include "time/Clock.h"
#include "window/IncidentCoordinator.h"
#include "window/MainWindow.h"
#include "window/PostMortemCoordinator.h"

#include "Rfc4180Reader.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

namespace {

struct Loaded
{
    PostMortem postMortem;
    QList<PostMortemChange> history;
};

std::optional<Loaded> loadFromStore(PostMortemStore& store, const QString& incidentId)
{
    QSignalSpy spy(&store, &PostMortemStore::loaded);
    store.load(incidentId);
    if (!spy.wait(10'000))
        return std::nullopt;
    return Loaded{spy.first().at(1).value<PostMortem>(), spy.first().at(3).value<QList<PostMortemChange>>()};
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

// The whole cockpit on a temporary store, as the application runs it.
class TestPostMortemEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        const QString path = m_dir.filePath(QStringLiteral("vigie.sqlite"));
        m_session = std::make_unique<MonitoringSession>(SystemClock::instance());
        QCOMPARE(m_session->open(path), std::nullopt);
        m_incidents = std::make_unique<IncidentSession>(*m_session, SystemClock::instance());
        QCOMPARE(m_incidents->open(path), std::nullopt);
        QVERIFY(m_incidents->postMortems());
        m_window = std::make_unique<MainWindow>(*m_session, m_incidents.get());
        m_window->resize(1200, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        DeclareRequest request;
        request.title = QStringLiteral("Card payments failing");
        request.severity = Severity::Sev1;
        m_incidentId = m_incidents->desk().declare(request);
        QVERIFY(!m_incidentId.isEmpty());
    }
    void cleanup()
    {
        m_window.reset();
        m_incidents->close();
        m_incidents.reset();
        m_session.reset();
    }

    void writesAndSavesThroughTheStore()
    {
        PostMortemCoordinator* coordinator = m_window->postMortemCoordinator();
        QVERIFY(coordinator);
        PostMortemEditor* editor = coordinator->openEditor(m_incidentId);
        QVERIFY(editor);
        QTRY_VERIFY(editor->isLoaded());
        QVERIFY(editor->factsLabel()->text().contains(QStringLiteral("Card payments failing")));
        QVERIFY(editor->factsLabel()->text().contains(QStringLiteral("TTD")));
        QVERIFY(!editor->saveButton()->isEnabled());

        QPlainTextEdit* root = editor->sectionEdit(PostMortem::Section::RootCause);
        editor->sectionTabs()->setCurrentWidget(root);
        root->setFocus();
        QTest::keyClicks(root, QStringLiteral("Keys rotated without a check"));
        QCOMPARE(root->toPlainText(), QStringLiteral("Keys rotated without a check"));
        editor->stateCombo()->setCurrentIndex(
            editor->stateCombo()->findData(static_cast<int>(PostMortem::ReviewState::InReview)));
        QTest::mouseClick(editor->addActionButton(), Qt::LeftButton);
        ActionItemListModel* actions = editor->actionModel();
        QCOMPARE(actions->rowCount(), 1);
        QVERIFY(actions->setData(actions->index(0, actions->columnFor(ActionItemListModel::TitleColumn)),
                                 QStringLiteral("Alert before keys expire")));
        QVERIFY(actions->setData(actions->index(0, actions->columnFor(ActionItemListModel::OwnerColumn)),
                                 QStringLiteral("Payments team")));
        QVERIFY(editor->isModified());
        QVERIFY(editor->saveButton()->isEnabled());

        QTest::mouseClick(editor->saveButton(), Qt::LeftButton);
        QVERIFY(!editor->isModified());
        QTRY_COMPARE(m_incidents->postMortems()->pendingWrites(), 0);
        // The history shows at once: the state, the section and the action, signed by the desk's author.
        QCOMPARE(editor->historyView()->topLevelItemCount(), 3);

        const std::optional<Loaded> loaded = loadFromStore(*m_incidents->postMortems(), m_incidentId);
        QVERIFY(loaded);
        QCOMPARE(loaded->postMortem.rootCause, QStringLiteral("Keys rotated without a check"));
        QCOMPARE(loaded->postMortem.state, PostMortem::ReviewState::InReview);
        QCOMPARE(loaded->postMortem.actionItems.size(), 1);
        QCOMPARE(loaded->postMortem.actionItems.at(0).title, QStringLiteral("Alert before keys expire"));
        QCOMPARE(loaded->postMortem.actionItems.at(0).owner, QStringLiteral("Payments team"));
        QVERIFY(!loaded->postMortem.actionItems.at(0).id.isEmpty());
        QCOMPARE(loaded->history.size(), 3);
        QStringList fields;
        for (const PostMortemChange& change : loaded->history) {
            fields.append(change.field);
            QCOMPARE(change.by, m_incidents->desk().userName());
        }
        QVERIFY(fields.contains(QStringLiteral("review_state")));
        QVERIFY(fields.contains(QStringLiteral("section.root_cause")));

        // A fresh editor on the same store reads it all back, history included.
        PostMortemEditor again(m_incidents->desk(), *m_incidents->postMortems());
        again.setIncident(m_incidentId);
        QTRY_VERIFY(again.isLoaded());
        QCOMPARE(again.sectionEdit(PostMortem::Section::RootCause)->toPlainText(),
                 QStringLiteral("Keys rotated without a check"));
        QCOMPARE(again.stateCombo()->currentData().toInt(),
                 static_cast<int>(PostMortem::ReviewState::InReview));
        QCOMPARE(again.actionModel()->rowCount(), 1);
        QCOMPARE(again.historyView()->topLevelItemCount(), 3);
        QVERIFY(again.historyView()->topLevelItem(2)->text(2).contains(QStringLiteral("In review")) ||
                again.historyView()->topLevelItem(0)->text(2).contains(
                    QStringLiteral("Alert before keys expire")));

        // The action items across incidents list it with the incident's reference.
        ActionItemsView* view = coordinator->openActionItems();
        QVERIFY(view);
        QTRY_COMPARE(view->model()->rowCount(), 1);
        const Incident incident = *m_incidents->desk().incident(m_incidentId);
        QCOMPARE(view->model()->index(0, ActionItemListModel::IncidentColumn).data().toString(),
                 incident.reference);
        const QString csv = m_dir.filePath(QStringLiteral("actions.csv"));
        QSignalSpy exported(view, &ActionItemsView::exported);
        QVERIFY(view->exportCsv(csv));
        QTRY_COMPARE(exported.size(), 1);
        Rfc4180Reader reader;
        const QList<QStringList> records = reader.read(readAll(csv));
        QVERIFY2(reader.error().isEmpty(), qPrintable(reader.error()));
        QCOMPARE(records.size(), 2);
        QCOMPARE(records.at(1).at(0), incident.reference);
        QCOMPARE(records.at(1).at(1), QStringLiteral("Alert before keys expire"));

        if (const QString dir = qEnvironmentVariable("VIGIE_SCREENSHOT_DIR"); !dir.isEmpty()) {
            editor->sectionEdit(PostMortem::Section::WhatHappened)
                ->setPlainText(
                    QStringLiteral("At 13:00 the payment provider refused our API keys: they had been "
                                   "rotated on their side at 12:58.\n\n- Card payments failed for "
                                   "40 minutes\n- Retries made the queue grow"));
            editor->sectionTabs()->setCurrentIndex(0);
            QTest::qWait(200);
            QVERIFY(coordinator->editorWindow()->grab().save(dir + QStringLiteral("/vigie-postmortem.png")));
            QVERIFY(coordinator->actionItemsView()->window()->grab().save(
                dir + QStringLiteral("/vigie-action-items.png")));
        }
    }

    void exportsThroughTheDialog_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<QString>("file");
        QTest::newRow("html") << static_cast<int>(ReportOptions::Format::Html)
                              << QStringLiteral("report.html");
        QTest::newRow("pdf") << static_cast<int>(ReportOptions::Format::Pdf) << QStringLiteral("report.pdf");
    }
    void closingTheWindowKeepsWhatWasTyped()
    {
        PostMortemEditor* editor = m_window->postMortemCoordinator()->openEditor(m_incidentId);
        QVERIFY(editor);
        QTRY_VERIFY(editor->isLoaded());
        QPlainTextEdit* lucky = editor->sectionEdit(PostMortem::Section::GotLucky);
        lucky->setPlainText(QStringLiteral("The backup link was up"));
        QVERIFY(editor->isModified());
        // Closed without pressing Save: what was typed must still reach the store.
        editor->window()->close();
        QVERIFY(!editor->isModified());
        QTRY_COMPARE(m_incidents->postMortems()->pendingWrites(), 0);
        const std::optional<Loaded> loaded = loadFromStore(*m_incidents->postMortems(), m_incidentId);
        QVERIFY(loaded);
        QCOMPARE(loaded->postMortem.gotLucky, QStringLiteral("The backup link was up"));
    }

    void exportsThroughTheDialog()
    {
        QFETCH(int, format);
        QFETCH(QString, file);
        PostMortemCoordinator* coordinator = m_window->postMortemCoordinator();
        PostMortemEditor* editor = coordinator->openEditor(m_incidentId);
        QTRY_VERIFY(editor->isLoaded());
        editor->sectionEdit(PostMortem::Section::WhatHappened)->setPlainText(QStringLiteral("Keys expired."));

        QTest::mouseClick(editor->exportButton(), Qt::LeftButton);
        PostMortemExportDialog* dialog = coordinator->exportDialog();
        QVERIFY(dialog);
        // Export saved what was typed first.
        QVERIFY(!editor->isModified());
        const QString path = m_dir.filePath(QStringLiteral("out/") + file);
        QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("out"))));
        dialog->setPath(path);
        QCOMPARE(static_cast<int>(dialog->format()), format);
        dialog->zoneCombo()->setCurrentIndex(dialog->zoneCombo()->findData(QStringLiteral("UTC")));
        QSignalSpy exported(dialog, &PostMortemExportDialog::exported);
        QTest::mouseClick(dialog->exportButton(), Qt::LeftButton);
        QVERIFY(dialog->isRunning());
        QCOMPARE(dialog->progressBar()->maximum(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(path), 30'000);
        QTRY_COMPARE_WITH_TIMEOUT(exported.size(), 1, 30'000);
        QVERIFY(!dialog->isRunning());
        QVERIFY(!dialog->progressBar()->isVisible());
        QVERIFY2(dialog->resultLabel()->text().contains(QStringLiteral("Open folder")),
                 qPrintable(dialog->resultLabel()->text()));
        const QByteArray bytes = readAll(path);
        QVERIFY(!bytes.isEmpty());
        if (format == static_cast<int>(ReportOptions::Format::Html)) {
            QVERIFY(bytes.contains("Card payments failing"));
            QVERIFY(bytes.contains("Keys expired."));
        } else {
            QVERIFY(bytes.startsWith("%PDF"));
        }

        // A file that cannot be written says why, and leaves nothing.
        QSignalSpy failed(dialog, &PostMortemExportDialog::failed);
        const QString bad = m_dir.filePath(QStringLiteral("no-such-folder/") + file);
        dialog->setPath(bad);
        QVERIFY(dialog->startExport());
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 30'000);
        QVERIFY(dialog->resultLabel()->text().contains(QStringLiteral("Not exported")));
        QVERIFY(!QFile::exists(bad));
    }

    void opensFromTheMenuTheShortcutAndTheChecklist()
    {
        PostMortemCoordinator* coordinator = m_window->postMortemCoordinator();
        QAction* action = coordinator->postMortemAction();
        QVERIFY(m_window->incidentCoordinator()->menu()->actions().contains(action));
        QVERIFY(
            m_window->incidentCoordinator()->menu()->actions().contains(coordinator->actionItemsAction()));
        const QKeySequence shortcut = action->shortcut();
        QCOMPARE(shortcut, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
        int sameShortcut = 0;
        for (const QAction* any : m_window->findChildren<QAction*>()) {
            for (const QKeySequence& sequence : any->shortcuts())
                sameShortcut += sequence == shortcut ? 1 : 0;
        }
        QCOMPARE(sameShortcut, 1);

        // With no incident shown, nothing opens.
        QVERIFY(!coordinator->openEditor());
        m_window->incidentCoordinator()->showIncident(m_incidentId);
        QApplication::setActiveWindow(m_window.get());
        QTest::keySequence(m_window.get(), shortcut);
        QTRY_VERIFY(coordinator->editor());
        QCOMPARE(coordinator->editor()->incidentId(), m_incidentId);
        QTRY_VERIFY(coordinator->editorWindow()->isVisible());

        // The checklist's post-mortem step opens it too.
        coordinator->editorWindow()->hide();
        Q_EMIT m_window->incidentCoordinator()->checklist()->postMortemRequested(m_incidentId);
        QVERIFY(coordinator->editorWindow()->isVisible());
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<MonitoringSession> m_session;
    std::unique_ptr<IncidentSession> m_incidents;
    std::unique_ptr<MainWindow> m_window;
    QString m_incidentId;
};

QTEST_MAIN(TestPostMortemEditor)
#include "tst_postmortemeditor.moc"
