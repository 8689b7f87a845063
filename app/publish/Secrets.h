#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

// The secret values one delivery needs, resolved just before sending and dropped after. Never logged, stored
// in the database, exported or shown: errors name the secret, never its value.
class Secrets
{
public:
    void set(const QString& name, const QByteArray& value) { m_values.insert(name, value); }
    QByteArray value(const QString& name) const { return m_values.value(name); }
    bool has(const QString& name) const { return m_values.contains(name); }

private:
    QHash<QString, QByteArray> m_values;
};
