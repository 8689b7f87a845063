#include "monitor/CurlMultiDriver.h"

#include "monitor/CurlGlobal.h"

#include <QSocketNotifier>

// The notifiers of one descriptor. Kept (disabled) after curl stops watching it: libcurl 7.88 stops watching
// an idle connection after every transfer and watches the same descriptor again on the next one, and
// creating two notifiers per check showed in profiles.
struct CurlMultiDriver::SocketWatch
{
    QSocketNotifier* read = nullptr;
    QSocketNotifier* write = nullptr;
};

// The timer is a child so that it moves to the engine thread with the driver.
CurlMultiDriver::CurlMultiDriver(QObject* parent) : QObject(parent), m_timer(this)
{
    ensureCurlGlobalInit();
    m_multi = curl_multi_init();
    curl_multi_setopt(m_multi, CURLMOPT_SOCKETFUNCTION, &CurlMultiDriver::onSocketCallback);
    curl_multi_setopt(m_multi, CURLMOPT_SOCKETDATA, this);
    curl_multi_setopt(m_multi, CURLMOPT_TIMERFUNCTION, &CurlMultiDriver::onTimerCallback);
    curl_multi_setopt(m_multi, CURLMOPT_TIMERDATA, this);
    m_clock.start();
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &CurlMultiDriver::onTimeout);
}

CurlMultiDriver::~CurlMultiDriver()
{
    curl_multi_cleanup(m_multi);
    // The notifiers are children and go with the driver.
}

void CurlMultiDriver::setMaxCachedConnections(long count)
{
    curl_multi_setopt(m_multi, CURLMOPT_MAXCONNECTS, count);
}

bool CurlMultiDriver::add(CURL* easy)
{
    // libcurl answers by asking for a 0 ms timeout, which starts the transfer from the event loop.
    return curl_multi_add_handle(m_multi, easy) == CURLM_OK;
}

void CurlMultiDriver::remove(CURL* easy)
{
    curl_multi_remove_handle(m_multi, easy);
}

int CurlMultiDriver::onSocketCallback(CURL*, curl_socket_t socket, int what, void* driver, void*)
{
    static_cast<CurlMultiDriver*>(driver)->watchSocket(socket, what);
    return 0;
}

int CurlMultiDriver::onTimerCallback(CURLM*, long timeoutMs, void* driver)
{
    // Never drive curl from inside its own callback: only (re)arm the timer here.
    auto* self = static_cast<CurlMultiDriver*>(driver);
    if (timeoutMs < 0) {
        self->m_timer.stop();
        return 0;
    }
    // libcurl repeats the same deadline often (each transfer reports the earliest one); re-arming a Qt timer
    // unregisters and registers it with the event dispatcher, so only a moved deadline is re-armed.
    const qint64 deadline = self->m_clock.elapsed() + timeoutMs;
    if (self->m_timer.isActive() && deadline == self->m_deadlineMs)
        return 0;
    self->m_deadlineMs = deadline;
    self->m_timer.start(int(timeoutMs));
    return 0;
}

void CurlMultiDriver::watchSocket(curl_socket_t socket, int what)
{
    if (what == CURL_POLL_REMOVE) {
        // The descriptor may be closed right after this and reused by another socket; disabled notifiers
        // no longer watch it, and a new socket with the same number gets the same notifiers, which suits.
        const auto it = m_watches.find(socket);
        if (it != m_watches.end()) {
            if (it->second.read)
                it->second.read->setEnabled(false);
            if (it->second.write)
                it->second.write->setEnabled(false);
        }
        return;
    }
    SocketWatch& watch = m_watches[socket];
    const bool wantRead = what == CURL_POLL_IN || what == CURL_POLL_INOUT;
    const bool wantWrite = what == CURL_POLL_OUT || what == CURL_POLL_INOUT;
    if (wantRead && !watch.read) {
        watch.read = new QSocketNotifier(qintptr(socket), QSocketNotifier::Read, this);
        connect(watch.read, &QSocketNotifier::activated, this,
                [this, socket] { onSocketActivity(socket, CURL_CSELECT_IN); });
    }
    if (wantWrite && !watch.write) {
        watch.write = new QSocketNotifier(qintptr(socket), QSocketNotifier::Write, this);
        connect(watch.write, &QSocketNotifier::activated, this,
                [this, socket] { onSocketActivity(socket, CURL_CSELECT_OUT); });
    }
    if (watch.read)
        watch.read->setEnabled(wantRead);
    if (watch.write)
        watch.write->setEnabled(wantWrite);
}

void CurlMultiDriver::onSocketActivity(curl_socket_t socket, int eventMask)
{
    curl_multi_socket_action(m_multi, socket, eventMask, &m_running);
    collectFinished();
}

void CurlMultiDriver::onTimeout()
{
    m_deadlineMs = -1;
    curl_multi_socket_action(m_multi, CURL_SOCKET_TIMEOUT, 0, &m_running);
    collectFinished();
}

void CurlMultiDriver::collectFinished()
{
    int queued = 0;
    while (CURLMsg* message = curl_multi_info_read(m_multi, &queued)) {
        if (message->msg != CURLMSG_DONE)
            continue;
        // The message dies with remove_handle: copy what is needed first.
        CURL* easy = message->easy_handle;
        const CURLcode code = message->data.result;
        curl_multi_remove_handle(m_multi, easy);
        if (m_completion)
            m_completion(easy, code);
    }
}
