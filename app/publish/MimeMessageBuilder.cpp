#include "publish/MimeMessageBuilder.h"

#include "publish/LinkFinder.h"
#include "publish/MailHeaderEncoder.h"

#include <QCryptographicHash>
#include <QRegularExpression>

namespace {

constexpr qsizetype kMaxQuotedLine = 76;

QString normalisedLines(const QString& text)
{
    QString out = text;
    out.replace(QLatin1String("\r\n"), QLatin1String("\n")).replace(QLatin1Char('\r'), QLatin1Char('\n'));
    return out;
}

QString escapedWithLinks(const QString& text)
{
    QString out;
    qsizetype from = 0;
    for (const LinkFinder::Link& link : LinkFinder::find(text)) {
        out += text.mid(from, link.start - from).toHtmlEscaped();
        const QString shown = text.mid(link.start, link.length).toHtmlEscaped();
        out += QStringLiteral("<a href=\"") + link.url.toHtmlEscaped() + QStringLiteral("\">") + shown +
               QStringLiteral("</a>");
        from = link.start + link.length;
    }
    return out + text.mid(from).toHtmlEscaped();
}

QByteArray part(const QByteArray& boundary, const QByteArray& type, const QString& content)
{
    return "--" + boundary + "\r\nContent-Type: " + type +
           "; charset=UTF-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n" +
           MimeMessageBuilder::quotedPrintable(content) + "\r\n";
}

} // namespace

QString MimeMessageBuilder::messageId(const QString& idempotencyKey, const QString& fromAddress)
{
    const QByteArray hash =
        QCryptographicHash::hash(idempotencyKey.toUtf8(), QCryptographicHash::Sha256).toHex().left(32);
    QString domain = fromAddress.section(QLatin1Char('@'), -1).toLower();
    if (domain.isEmpty() || !fromAddress.contains(QLatin1Char('@')))
        domain = QStringLiteral("vigie.invalid");
    return QStringLiteral("<vigie.") + QString::fromLatin1(hash) + QLatin1Char('@') + domain +
           QLatin1Char('>');
}

QString MimeMessageBuilder::html(const QString& text, const QString& title, const QString& language)
{
    QString body;
    const QStringList paragraphs =
        normalisedLines(text).split(QRegularExpression(QStringLiteral("\n[ \t]*\n")), Qt::SkipEmptyParts);
    for (const QString& paragraph : paragraphs) {
        QStringList lines;
        for (const QString& line : paragraph.split(QLatin1Char('\n')))
            lines.append(escapedWithLinks(line));
        body += QStringLiteral("<p>") + lines.join(QStringLiteral("<br>\n")) + QStringLiteral("</p>\n");
    }
    const QString lang = language.isEmpty() ? QStringLiteral("en") : language;
    return QStringLiteral("<!DOCTYPE html>\n<html lang=\"") + lang.toHtmlEscaped() +
           QStringLiteral("\">\n<head>\n<meta charset=\"utf-8\">\n<title>") +
           MailHeaderEncoder::clean(title).toHtmlEscaped() + QStringLiteral("</title>\n</head>\n<body>\n") +
           body + QStringLiteral("</body>\n</html>\n");
}

QByteArray MimeMessageBuilder::quotedPrintable(const QString& text)
{
    static const char hex[] = "0123456789ABCDEF";
    QByteArray out;
    const QStringList lines = normalisedLines(text).split(QLatin1Char('\n'));
    for (qsizetype l = 0; l < lines.size(); ++l) {
        const QByteArray bytes = lines.at(l).toUtf8();
        QByteArray line;
        for (qsizetype i = 0; i < bytes.size(); ++i) {
            const auto c = static_cast<unsigned char>(bytes.at(i));
            const bool last = i + 1 == bytes.size();
            QByteArray token;
            // Literal: printable ASCII but "="; space and tab too, except at the end of a line, where
            // transports may strip them.
            if ((c >= 33 && c <= 126 && c != '=') || ((c == ' ' || c == '\t') && !last))
                token = QByteArray(1, char(c));
            else
                token = QByteArray("=") + hex[c >> 4] + hex[c & 0xF];
            // Room for a soft break "=" unless this token ends the line.
            const qsizetype limit = last ? kMaxQuotedLine : kMaxQuotedLine - 1;
            if (line.size() + token.size() > limit) {
                out += line + "=\r\n";
                line.clear();
            }
            line += token;
        }
        out += line;
        if (l + 1 < lines.size())
            out += "\r\n";
    }
    return out;
}

QByteArray MimeMessageBuilder::build(const Mail& mail)
{
    // Quoted-printable never writes "=_" (every "=" is encoded), so this boundary cannot occur in a body.
    const QByteArray boundary =
        "=_vigie_" +
        QCryptographicHash::hash(mail.messageId.toUtf8(), QCryptographicHash::Sha256).toHex().left(24);
    QByteArray out;
    out += "Date: " + mail.date.toUTC().toString(Qt::RFC2822Date).toLatin1() + "\r\n";
    out += MailHeaderEncoder::mailbox("From", mail.fromName, mail.fromAddress);
    out += MailHeaderEncoder::addressList("To", mail.to);
    out += MailHeaderEncoder::unstructured("Subject", mail.subject);
    out += MailHeaderEncoder::identifiers("Message-ID", {mail.messageId});
    if (!mail.inReplyTo.isEmpty())
        out += MailHeaderEncoder::identifiers("In-Reply-To", {mail.inReplyTo});
    if (!mail.references.isEmpty())
        out += MailHeaderEncoder::identifiers("References", mail.references);
    if (!mail.language.isEmpty())
        out += MailHeaderEncoder::unstructured("Content-Language", mail.language);
    out += "MIME-Version: 1.0\r\n";
    out += "Content-Type: multipart/alternative;\r\n boundary=\"" + boundary + "\"\r\n";
    out += "\r\n";
    // The last alternative is the preferred one (RFC 2046 §5.1.4): text first, HTML last.
    out += part(boundary, "text/plain", mail.text);
    out += part(boundary, "text/html", html(mail.text, mail.subject, mail.language));
    out += "--" + boundary + "--\r\n";
    return out;
}
