#pragma once

#include <QByteArray>
#include <QString>
#include <QtGlobal>

// Everything the process writes to stdout and stderr (its file descriptors 1 and 2, so libraries' and
// threads' output too) goes to a file while a capture lives, and every Qt message is recorded as well; for
// tests that check what a run printed. One capture at a time. Restores the descriptors and the previous
// message handler (to which messages are still passed) when stopped or destroyed; destroyed without being
// stopped (a test that failed before the end), it writes what it captured to stderr so that the failure
// message is not lost.
class OutputCapture
{
public:
    // Captures into `path` (created or truncated). started() says whether the redirection took.
    explicit OutputCapture(const QString& path);
    ~OutputCapture();
    OutputCapture(const OutputCapture&) = delete;
    OutputCapture& operator=(const OutputCapture&) = delete;

    bool started() const { return m_started; }
    // Ends the capture; returns what was written to stdout and stderr followed by the Qt messages.
    QByteArray stop();

private:
    static void record(QtMsgType type, const QMessageLogContext& context, const QString& message);

    QString m_path;
    int m_savedOut = -1;
    int m_savedErr = -1;
    bool m_started = false;
    QtMessageHandler m_previous = nullptr;
};
