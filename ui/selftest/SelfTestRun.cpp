#include "selftest/SelfTestRun.h"

#include "board/ServiceBoardModel.h"
#include "board/ServiceBoardView.h"
#include "session/MonitoringSession.h"
#include "window/MainWindow.h"

#include <QCoreApplication>
#include <QPixmap>
#include <QTimer>
#include <QTreeView>

#include <algorithm>
#include <cstdio>

SelfTestRun::SelfTestRun(MainWindow& window, MonitoringSession& session, QString screenshotPath,
                         int timeoutMs, int screenshotDelayMs, QObject* parent)
    : QObject(parent), m_window(window), m_session(session), m_screenshotPath(std::move(screenshotPath)),
      m_timeoutMs(timeoutMs), m_screenshotDelayMs(screenshotDelayMs), m_timer(new QTimer(this))
{
    m_timer->setInterval(250);
    connect(m_timer, &QTimer::timeout, this, &SelfTestRun::poll);
}

void SelfTestRun::start()
{
    m_elapsed.start();
    m_timer->start();
}

QStringList SelfTestRun::problems() const
{
    QStringList found;
    const ServiceBoardModel* model = m_window.boardModel();
    const auto services = m_session.services();
    if (services.isEmpty())
        found.append(tr("the workspace has no service"));
    if (model->rowCount() != services.size())
        found.append(
            tr("the board lists %1 services instead of %2").arg(model->rowCount()).arg(services.size()));
    for (const ServiceDefinition& def : services) {
        if (!def.paused && model->stateOf(def.id) == ServiceState::Unknown)
            found.append(tr("%1 has no confirmed state yet").arg(def.name));
    }
    if (m_session.storedResultCount() == 0)
        found.append(tr("no result has been stored yet"));
    if (!m_window.isVisible())
        found.append(tr("the window is not shown"));
    return found;
}

void SelfTestRun::poll()
{
    if (problems().isEmpty())
        finish(true);
    else if (m_elapsed.elapsed() > m_timeoutMs)
        finish(false);
}

void SelfTestRun::selectTopRow()
{
    // The board sorts worst first: its top row is the service a picture should explain.
    const QAbstractItemModel* shown = m_window.boardView()->treeView()->model();
    if (shown->rowCount() > 0)
        m_window.boardView()->selectService(
            shown->index(0, 0).data(ServiceBoardModel::ServiceIdRole).toLongLong());
}

void SelfTestRun::saveScreenshot()
{
    if (!m_window.grab().save(m_screenshotPath))
        std::fprintf(stderr, "self-test: could not save %s\n", qPrintable(m_screenshotPath));
}

void SelfTestRun::finish(bool passed)
{
    m_timer->stop();
    if (passed) {
        std::fprintf(stdout, "self-test: passed (%d services, %lld results stored)\n",
                     int(m_session.services().size()), m_session.storedResultCount());
        m_exitCode = 0;
    } else {
        for (const QString& problem : problems())
            std::fprintf(stderr, "self-test: %s\n", problem.toLocal8Bit().constData());
        m_exitCode = 1;
    }
    std::fflush(stdout);
    if (m_screenshotPath.isEmpty()) {
        QCoreApplication::exit(m_exitCode);
        return;
    }
    // Select the worst service (the board's top row, which may change while the picture waits), then give the
    // store thread a moment to answer its history before the grab.
    selectTopRow();
    QTimer::singleShot(std::max(m_screenshotDelayMs, 1000), this, [this] {
        selectTopRow();
        QTimer::singleShot(1500, this, [this] {
            saveScreenshot();
            QCoreApplication::exit(m_exitCode);
        });
    });
}
