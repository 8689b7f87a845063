#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

// Writes mail header fields that no value can break: control characters (CR and LF above all, which would
// start a header of their own) become spaces, non-ASCII text becomes RFC 2047 encoded-words, and every line
// stays within 78 octets by folding (CRLF + space) between words.
class MailHeaderEncoder
{
public:
    // `value` with every control character (C0, DEL, C1, line and paragraph separators) turned into a space
    // and runs of white space collapsed: a header value is one line of text.
    static QString clean(const QString& value);

    // "Name: value\r\n", folded, for unstructured text such as Subject. Plain when the cleaned value is
    // printable ASCII that fits on one line, otherwise as UTF-8 "B" encoded-words.
    static QByteArray unstructured(const QByteArray& name, const QString& value);

    // "Name: Display Name <address>\r\n"; the name quoted or encoded, the address checked by the caller.
    static QByteArray mailbox(const QByteArray& name, const QString& displayName, const QString& address);

    // "Name: <a>, <b>\r\n" folded after commas; an empty list gives the empty group
    // "undisclosed-recipients:;" so that nobody sees who else was told.
    static QByteArray addressList(const QByteArray& name, const QStringList& addresses);

    // "Name: <id1> <id2>\r\n" for Message-ID, In-Reply-To and References (ids with their brackets).
    static QByteArray identifiers(const QByteArray& name, const QStringList& ids);

    // A plain addr-spec (local@domain) with no spaces, brackets, quotes or control characters: the only
    // addresses Vigie writes in headers and envelopes.
    static bool isPlainAddress(const QString& address);

    // The encoded-words for `text`, each whole UTF-8 characters and short enough for a 78-octet line.
    static QList<QByteArray> encodedWords(const QString& text);

private:
    static QByteArray fold(const QByteArray& name, const QList<QByteArray>& words,
                           const QByteArray& separator);
};
