#include "monitor/CurlMultiDriver.h"

#include "monitor/CurlGlobal.h"

#include <QSocketNotifier>

// The notifiers curl asked for on one socket; created when curl starts watching it, kept while it lives.
struct CurlMultiDriver::SocketWatch
{
    QSocketNotifier* read = nullptr;
    QSocketNotifier* write = nullptr;
};

namespace {

// A notifier being destroyed may be the one whose signal is running; disable it now, delete it later.
void retire(QSocketNotifier* notifier)
{
    if (!notifier)
        return;
    notifier->setEnabled(false);
    notifier->disconnect();
    notifier->deleteLater();
}

} // namespace

// The timer is a child so that it moves to the engine thread with the driver.
CurlMultiDriver::CurlMultiDriver(QObject* parent) : QObject(parent), m_timer(this)
{
    ensureCurlGlobalInit();
    m_multi = curl_multi_init();
    curl_multi_setopt(m_multi, CURLMOPT_SOCKETFUNCTION, &CurlMultiDriver::onSocketCallback);
    curl_multi_setopt(m_multi, CURLMOPT_SOCKETDATA, this);
    curl_multi_setopt(m_multi, CURLMOPT_TIMERFUNCTION, &CurlMultiDriver::onTimerCallback);
    curl_multi_setopt(m_multi, CURLMOPT_TIMERDATA, this);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &CurlMultiDriver::onTimeout);
}

CurlMultiDriver::~CurlMultiDriver()
{
    curl_multi_cleanup(m_multi);
    // The notifiers are children and go with the driver; the watches may not all have seen POLL_REMOVE.
    for (SocketWatch* watch : m_watches)
        delete watch;
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

int CurlMultiDriver::onSocketCallback(CURL*, curl_socket_t socket, int what, void* driver, void* watch)
{
    static_cast<CurlMultiDriver*>(driver)->watchSocket(socket, what, static_cast<SocketWatch*>(watch));
    return 0;
}

int CurlMultiDriver::onTimerCallback(CURLM*, long timeoutMs, void* driver)
{
    // Never drive curl from inside its own callback: only (re)arm the timer here.
    auto* self = static_cast<CurlMultiDriver*>(driver);
    if (timeoutMs < 0)
        self->m_timer.stop();
    else
        self->m_timer.start(int(timeoutMs));
    return 0;
}

void CurlMultiDriver::watchSocket(curl_socket_t socket, int what, SocketWatch* watch)
{
    if (what == CURL_POLL_REMOVE) {
        if (watch) {
            retire(watch->read);
            retire(watch->write);
            m_watches.erase(watch);
            delete watch;
            curl_multi_assign(m_multi, socket, nullptr);
        }
        return;
    }
    if (!watch) {
        watch = new SocketWatch;
        m_watches.insert(watch);
        curl_multi_assign(m_multi, socket, watch);
    }
    const bool wantRead = what == CURL_POLL_IN || what == CURL_POLL_INOUT;
    const bool wantWrite = what == CURL_POLL_OUT || what == CURL_POLL_INOUT;
    if (wantRead && !watch->read) {
        watch->read = new QSocketNotifier(qintptr(socket), QSocketNotifier::Read, this);
        connect(watch->read, &QSocketNotifier::activated, this,
                [this, socket] { onSocketActivity(socket, CURL_CSELECT_IN); });
    }
    if (wantWrite && !watch->write) {
        watch->write = new QSocketNotifier(qintptr(socket), QSocketNotifier::Write, this);
        connect(watch->write, &QSocketNotifier::activated, this,
                [this, socket] { onSocketActivity(socket, CURL_CSELECT_OUT); });
    }
    if (watch->read)
        watch->read->setEnabled(wantRead);
    if (watch->write)
        watch->write->setEnabled(wantWrite);
}

void CurlMultiDriver::onSocketActivity(curl_socket_t socket, int eventMask)
{
    curl_multi_socket_action(m_multi, socket, eventMask, &m_running);
    collectFinished();
}

void CurlMultiDriver::onTimeout()
{
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
