#include "OutputCapture.h"

#include <QFile>
#include <QMutex>

#include <cstdio>
#include <fcntl.h>
#include <unistd.h>

namespace {

QMutex messagesMutex;
QByteArray messages;
QtMessageHandler previousHandler = nullptr;

} // namespace

void OutputCapture::record(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    {
        const QMutexLocker lock(&messagesMutex);
        messages += message.toUtf8() + '\n';
    }
    if (previousHandler)
        previousHandler(type, context, message);
}

OutputCapture::OutputCapture(const QString& path) : m_path(path)
{
    std::fflush(stdout);
    std::fflush(stderr);
    const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    if (fd < 0)
        return;
    m_savedOut = ::dup(STDOUT_FILENO);
    m_savedErr = ::dup(STDERR_FILENO);
    m_started = m_savedOut >= 0 && m_savedErr >= 0 && ::dup2(fd, STDOUT_FILENO) >= 0 &&
                ::dup2(fd, STDERR_FILENO) >= 0;
    ::close(fd);
    {
        const QMutexLocker lock(&messagesMutex);
        messages.clear();
    }
    previousHandler = qInstallMessageHandler(&OutputCapture::record);
    m_previous = previousHandler;
}

OutputCapture::~OutputCapture()
{
    // Not stopped: the test returned early, and its failure message is in the capture. Pass it on.
    const QByteArray captured = stop();
    if (!captured.isEmpty()) {
        std::fwrite(captured.constData(), 1, size_t(captured.size()), stderr);
        std::fflush(stderr);
    }
}

QByteArray OutputCapture::stop()
{
    if (m_savedOut < 0 && m_savedErr < 0)
        return QByteArray();
    qInstallMessageHandler(m_previous);
    std::fflush(stdout);
    std::fflush(stderr);
    if (m_savedOut >= 0) {
        ::dup2(m_savedOut, STDOUT_FILENO);
        ::close(m_savedOut);
        m_savedOut = -1;
    }
    if (m_savedErr >= 0) {
        ::dup2(m_savedErr, STDERR_FILENO);
        ::close(m_savedErr);
        m_savedErr = -1;
    }
    QFile file(m_path);
    QByteArray captured = file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    const QMutexLocker lock(&messagesMutex);
    return captured + messages;
}
