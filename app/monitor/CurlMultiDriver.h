#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <curl/curl.h>

#include <functional>
#include <unordered_map>

class QSocketNotifier;

// Drives one libcurl multi handle from the Qt event loop of the thread it lives in: libcurl tells which
// sockets to watch (CURLMOPT_SOCKETFUNCTION -> QSocketNotifiers) and when to call back
// (CURLMOPT_TIMERFUNCTION -> one single-shot QTimer); activity goes back through curl_multi_socket_action.
// One multi handle for everything so that connections and DNS answers are shared between checks.
class CurlMultiDriver : public QObject
{
    Q_OBJECT

public:
    using Completion = std::function<void(CURL* easy, CURLcode code)>;

    explicit CurlMultiDriver(QObject* parent = nullptr);
    ~CurlMultiDriver() override;

    // Called for each finished transfer, after the easy handle has left the multi handle.
    void setCompletionHandler(Completion handler) { m_completion = std::move(handler); }
    // How many idle connections the shared cache keeps for reuse.
    void setMaxCachedConnections(long count);

    // Starts a configured easy handle. Returns false when libcurl refuses it.
    bool add(CURL* easy);
    // Abandons a transfer without calling the completion handler.
    void remove(CURL* easy);

    int runningTransfers() const { return m_running; }

private:
    struct SocketWatch;

    static int onSocketCallback(CURL* easy, curl_socket_t socket, int what, void* driver, void* unused);
    static int onTimerCallback(CURLM* multi, long timeoutMs, void* driver);

    void watchSocket(curl_socket_t socket, int what);
    void onSocketActivity(curl_socket_t socket, int eventMask);
    void onTimeout();
    void collectFinished();

    CURLM* m_multi = nullptr;
    QTimer m_timer;
    Completion m_completion;
    int m_running = 0;
    QElapsedTimer m_clock;
    qint64 m_deadlineMs = -1;                                 // on m_clock, while m_timer runs
    std::unordered_map<curl_socket_t, SocketWatch> m_watches; // by descriptor, notifiers kept for reuse
};
