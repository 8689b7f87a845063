#include "publish/upload/PrivateKeyFile.h"

#include <QDir>

PrivateKeyFile::PrivateKeyFile(const QByteArray& key)
    : m_file(QDir::tempPath() + QStringLiteral("/vigie-key-XXXXXX"))
{
    if (!m_file.open())
        return;
    // QTemporaryFile already creates it owner-only; saying so keeps that true whatever its default becomes.
    if (!m_file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return;
    // libssh2 does not read an OpenSSH key whose last line lacks its newline.
    QByteArray text = key.trimmed();
    text.replace("\r\n", "\n");
    text.append('\n');
    m_size = text.size();
    m_valid = m_file.write(text) == m_size && m_file.flush();
}

PrivateKeyFile::~PrivateKeyFile()
{
    if (m_file.isOpen() && m_size > 0) {
        m_file.seek(0);
        m_file.write(QByteArray(m_size, '\0'));
        m_file.flush();
    }
    m_file.remove();
}
