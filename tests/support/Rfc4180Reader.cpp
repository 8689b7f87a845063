#include "Rfc4180Reader.h"

QList<QStringList> Rfc4180Reader::read(const QByteArray& bytes)
{
    m_error.clear();
    const QString text = QString::fromUtf8(bytes);
    if (text.toUtf8() != bytes) {
        m_error = QStringLiteral("not valid UTF-8");
        return {};
    }
    QList<QStringList> records;
    QStringList record;
    QString field;
    qsizetype i = 0;
    const qsizetype n = text.size();
    const auto fail = [this](const QString& why, qsizetype at) {
        m_error = QStringLiteral("%1 at character %2").arg(why).arg(at);
        return QList<QStringList>{};
    };
    while (i < n) {
        // At the start of a field.
        if (text.at(i) == QLatin1Char('"')) {
            ++i;
            for (;;) {
                if (i >= n)
                    return fail(QStringLiteral("unterminated quoted field"), i);
                if (text.at(i) == QLatin1Char('"')) {
                    if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                        field += QLatin1Char('"');
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                field += text.at(i++);
            }
        } else {
            while (i < n && text.at(i) != QLatin1Char(',') && text.at(i) != QLatin1Char('\r') &&
                   text.at(i) != QLatin1Char('\n')) {
                if (text.at(i) == QLatin1Char('"'))
                    return fail(QStringLiteral("quote in an unquoted field"), i);
                field += text.at(i++);
            }
        }
        // After a field: a comma, CRLF or the end.
        record.append(field);
        field.clear();
        if (i >= n)
            return fail(QStringLiteral("last record without CRLF"), i);
        if (text.at(i) == QLatin1Char(',')) {
            ++i;
            if (i >= n)
                return fail(QStringLiteral("comma at the end"), i);
            continue;
        }
        if (text.at(i) == QLatin1Char('\r') && i + 1 < n && text.at(i + 1) == QLatin1Char('\n')) {
            i += 2;
            records.append(record);
            record.clear();
            continue;
        }
        return fail(QStringLiteral("expected a comma or CRLF after a field"), i);
    }
    return records;
}
