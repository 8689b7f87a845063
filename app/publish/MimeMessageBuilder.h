#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

// Builds one RFC 5322 message: multipart/alternative with the text as written and an HTML copy of it
// (escaped, paragraphs and links kept), both UTF-8 in quoted-printable, CRLF line ends, no line over 78
// octets in the header or 76 in the bodies. Everything comes in, the date included: the same input gives the
// same bytes, so a resend after a crash is the same mail.
class MimeMessageBuilder
{
public:
    struct Mail
    {
        QString fromName;
        QString fromAddress;
        QStringList to; // visible recipients; empty: "undisclosed-recipients:;"
        QString subject;
        QString text;
        QString language; // "fr", "en"; the HTML's lang
        QDateTime date;
        QString messageId; // "<...@domain>"
        QString inReplyTo; // the first mail's Message-ID for updates; empty for the first
        QStringList references;
    };

    static QByteArray build(const Mail& mail);

    // "<vigie.<hash>@<domain of from>>": the same for every attempt of one delivery (same key).
    static QString messageId(const QString& idempotencyKey, const QString& fromAddress);

    // The HTML alternative: the text escaped, blank lines as paragraphs, line breaks kept, http(s) links.
    static QString html(const QString& text, const QString& title, const QString& language);

    // Quoted-printable (RFC 2045 §6.7) of UTF-8 text with CRLF hard breaks and lines of at most 76 octets.
    static QByteArray quotedPrintable(const QString& text);
};
