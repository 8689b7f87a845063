#pragma once

#include <QString>
#include <QtGlobal>
#include <QVariant>

// How the incident tables bind domain values.

// The incident domain marks a time not reached yet with 0; the tables store it as NULL so that the file
// reads right ("resolved_ms IS NULL") and no query mistakes 1970 for a moment.
inline QVariant timeOrNull(qint64 ms)
{
    return ms == 0 ? QVariant(QMetaType::fromType<qint64>()) : QVariant(ms);
}

inline qint64 timeFrom(const QVariant& value)
{
    return value.isNull() ? 0 : value.toLongLong();
}

// The SQL driver binds a null QString as NULL; the text columns hold '' for "none" instead.
inline QVariant text(const QString& value)
{
    return value.isNull() ? QVariant(QString(QLatin1String(""))) : QVariant(value);
}
