#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

// A strict little CSV reader for tests of CSV writers (RFC 4180): records end with CRLF, a field is quoted
// when it holds a comma, a quote or a line break, and quotes inside are doubled. Anything else (a bare LF
// between records, a quote in an unquoted field, text after a closing quote, an unterminated quote) is an
// error, so that a writer that gets the format slightly wrong fails its test instead of being read kindly.
class Rfc4180Reader
{
public:
    // The records of UTF-8 `bytes`; empty with error() set when the text is not valid RFC 4180.
    QList<QStringList> read(const QByteArray& bytes);
    QString error() const { return m_error; }

private:
    QString m_error;
};
