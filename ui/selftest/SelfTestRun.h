#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QStringList>

class MainWindow;
class MonitoringSession;
class QTimer;

// `vigie --self-test`: the real window on a temporary store with the demo services. Passes when every service
// has a confirmed state from live checks, results were stored, and the board lists every service; saves a
// picture of the window when asked. Registered as a CTest test.
class SelfTestRun final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SelfTestRun)

public:
    SelfTestRun(MainWindow& window, MonitoringSession& session, QString screenshotPath, int timeoutMs,
                int screenshotDelayMs = 0, QObject* parent = nullptr);

    void start();
    int exitCode() const { return m_exitCode; }
    QStringList problems() const;

private:
    void poll();
    void finish(bool passed);
    void saveScreenshot();
    void selectTopRow();

    MainWindow& m_window;
    MonitoringSession& m_session;
    QString m_screenshotPath;
    int m_timeoutMs;
    int m_screenshotDelayMs;
    QTimer* m_timer;
    QElapsedTimer m_elapsed;
    int m_exitCode = 1;
};
