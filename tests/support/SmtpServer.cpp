#include "SmtpServer.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

QString outDir(const QTemporaryDir& dir)
{
    return dir.filePath(QStringLiteral("messages"));
}

QString holdDir(const QTemporaryDir& dir)
{
    return dir.filePath(QStringLiteral("hold"));
}

QStringList strings(const QJsonValue& value)
{
    QStringList out;
    for (const QJsonValue& item : value.toArray())
        out.append(item.toString());
    return out;
}

} // namespace

QStringList SmtpServer::Message::values(const QString& name) const
{
    QStringList out;
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            out.append(value);
    }
    return out;
}

QString SmtpServer::Message::value(const QString& name) const
{
    return values(name).value(0);
}

QByteArray SmtpServer::Message::rawHeader() const
{
    const qsizetype end = raw.indexOf("\r\n\r\n");
    return end < 0 ? raw : raw.left(end + 2);
}

SmtpServer::SmtpServer() = default;

SmtpServer::~SmtpServer()
{
    stop();
}

QString SmtpServer::python()
{
    // Debian's interpreter: another python3 first on PATH may lack the Debian module.
    return QStringLiteral("/usr/bin/python3");
}

QString SmtpServer::script()
{
    return QStringLiteral(VIGIE_SMTP_SINK_SCRIPT);
}

bool SmtpServer::start(const QString& username, const QByteArray& password, Security security)
{
    if (!m_certificates.error().isEmpty() || !m_dir.isValid()) {
        m_error = QStringLiteral("no test certificate authority: %1").arg(m_certificates.error());
        return false;
    }
    const auto pair = m_certificates.selfSigned(QStringLiteral("smtp"), 2);
    if (!pair) {
        m_error = QStringLiteral("cannot make the server certificate: %1").arg(m_certificates.error());
        return false;
    }
    m_pair = *pair;
    QDir().mkpath(outDir(m_dir));
    const QString passwordFile = m_dir.filePath(QStringLiteral("password"));
    QFile file(passwordFile);
    if (!file.open(QIODevice::WriteOnly) || file.write(password) != password.size()) {
        m_error = QStringLiteral("cannot write %1").arg(passwordFile);
        return false;
    }
    file.close();
    QStringList arguments{script(),
                          QStringLiteral("--out"),
                          outDir(m_dir),
                          QStringLiteral("--cert"),
                          m_pair.certificatePath,
                          QStringLiteral("--key"),
                          m_pair.keyPath,
                          QStringLiteral("--user"),
                          username,
                          QStringLiteral("--password-file"),
                          passwordFile};
    if (security == Security::ImplicitTls)
        arguments.append(QStringLiteral("--implicit-tls"));
    if (m_onStored) {
        QDir().mkpath(holdDir(m_dir));
        arguments << QStringLiteral("--hold-dir") << holdDir(m_dir);
    }
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.start(python(), arguments);
    if (!m_process.waitForStarted(5000)) {
        m_error = QStringLiteral("%1 did not start: %2").arg(python(), m_process.errorString());
        return false;
    }
    QByteArray output;
    const QDeadlineTimer deadline(20'000);
    while (!deadline.hasExpired() && m_process.state() == QProcess::Running) {
        m_process.waitForReadyRead(200);
        output += m_process.readAllStandardOutput();
        const qsizetype at = output.indexOf("PORT ");
        if (at >= 0 && output.indexOf('\n', at) > at) {
            m_port = quint16(output.mid(at + 5, output.indexOf('\n', at) - at - 5).trimmed().toUInt());
            if (m_port != 0) {
                if (m_onStored) {
                    QObject::connect(&m_process, &QProcess::readyReadStandardOutput, &m_process,
                                     [this] { readStored(); });
                    m_output = output.mid(output.indexOf('\n', at) + 1);
                    readStored();
                }
                return true;
            }
        }
    }
    m_error = QStringLiteral("the SMTP server did not come up (is python3-aiosmtpd installed?): %1")
                  .arg(QString::fromLocal8Bit(m_process.readAllStandardError()));
    stop();
    return false;
}

void SmtpServer::holdReplies(std::function<void(int)> onStored)
{
    m_onStored = std::move(onStored);
}

void SmtpServer::release(int number)
{
    QFile file(holdDir(m_dir) + QStringLiteral("/release-%1").arg(number));
    if (!file.open(QIODevice::WriteOnly))
        qWarning("cannot release mail %d: %s", number, qPrintable(file.errorString()));
}

void SmtpServer::readStored()
{
    m_output += m_process.readAllStandardOutput();
    for (qsizetype end = m_output.indexOf('\n'); end >= 0; end = m_output.indexOf('\n')) {
        const QByteArray line = m_output.left(end).trimmed();
        m_output.remove(0, end + 1);
        if (line.startsWith("STORED ") && m_onStored)
            m_onStored(line.mid(7).toInt());
    }
}

void SmtpServer::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

QList<SmtpServer::Message> SmtpServer::messages() const
{
    QList<Message> out;
    const QDir dir(outDir(m_dir));
    for (const QString& name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
        Message message;
        message.mailFrom = json.value(QLatin1String("mail_from")).toString();
        message.rcptTos = strings(json.value(QLatin1String("rcpt_tos")));
        message.raw = json.value(QLatin1String("raw")).toString().toLatin1();
        for (const QJsonValue& header : json.value(QLatin1String("headers")).toArray()) {
            const QJsonArray pair = header.toArray();
            message.headers.append({pair.at(0).toString(), pair.at(1).toString()});
        }
        message.subject = json.value(QLatin1String("subject")).toString();
        message.contentType = json.value(QLatin1String("content_type")).toString();
        message.defects = json.value(QLatin1String("defects")).toInt();
        for (const QJsonValue& value : json.value(QLatin1String("parts")).toArray()) {
            const QJsonObject part = value.toObject();
            message.parts.append(Part{part.value(QLatin1String("content_type")).toString(),
                                      part.value(QLatin1String("charset")).toString(),
                                      part.value(QLatin1String("transfer_encoding")).toString(),
                                      part.value(QLatin1String("text")).toString()});
            message.defects += part.value(QLatin1String("defects")).toInt();
        }
        out.append(message);
    }
    return out;
}

void SmtpServer::clear()
{
    QDir dir(outDir(m_dir));
    for (const QString& name : dir.entryList({QStringLiteral("*.json")}, QDir::Files))
        dir.remove(name);
}
