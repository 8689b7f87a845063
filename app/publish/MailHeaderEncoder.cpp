#include "publish/MailHeaderEncoder.h"

#include <QRegularExpression>

namespace {

constexpr qsizetype kMaxLine = 78;
// "=?UTF-8?B?" + base64 + "?=": 42 octets give 56 base64 characters, a 68-octet word, which still fits after
// "Subject: " on the first line.
constexpr qsizetype kMaxWordOctets = 42;

bool isControl(char32_t c)
{
    return c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F) || c == 0x2028 || c == 0x2029 || c == 0x85;
}

bool isPrintableAscii(const QString& text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() > 0x7E)
            return false;
    }
    return true;
}

} // namespace

QString MailHeaderEncoder::clean(const QString& value)
{
    QString out;
    out.reserve(value.size());
    bool space = false;
    for (const char32_t c : value.toUcs4()) {
        if (isControl(c) || QChar::isSpace(c)) {
            space = true;
            continue;
        }
        if (space && !out.isEmpty())
            out += QLatin1Char(' ');
        space = false;
        out += QString::fromUcs4(&c, 1);
    }
    return out;
}

QList<QByteArray> MailHeaderEncoder::encodedWords(const QString& text)
{
    QList<QByteArray> words;
    QByteArray chunk;
    const auto flush = [&] {
        if (!chunk.isEmpty())
            words.append("=?UTF-8?B?" + chunk.toBase64() + "?=");
        chunk.clear();
    };
    for (const char32_t c : text.toUcs4()) {
        const QByteArray bytes = QString::fromUcs4(&c, 1).toUtf8();
        if (chunk.size() + bytes.size() > kMaxWordOctets)
            flush();
        chunk += bytes;
    }
    flush();
    return words;
}

QByteArray MailHeaderEncoder::fold(const QByteArray& name, const QList<QByteArray>& words,
                                   const QByteArray& separator)
{
    QByteArray out = name + ':';
    qsizetype lineLength = out.size();
    for (qsizetype i = 0; i < words.size(); ++i) {
        const QByteArray piece = words.at(i) + (i + 1 < words.size() ? separator : QByteArray());
        if (lineLength + 1 + piece.size() > kMaxLine && lineLength > name.size() + 1) {
            out += "\r\n";
            lineLength = 0;
        }
        out += ' ' + piece;
        lineLength += 1 + piece.size();
    }
    return out + "\r\n";
}

QByteArray MailHeaderEncoder::unstructured(const QByteArray& name, const QString& value)
{
    const QString text = clean(value);
    const bool plain = isPrintableAscii(text) && !text.contains(QLatin1String("=?")) &&
                       name.size() + 2 + text.size() <= kMaxLine;
    if (plain)
        return name + ": " + text.toLatin1() + "\r\n";
    // Adjacent encoded-words separated by folding white space decode as one run of text (RFC 2047 §6.2),
    // so the spaces of the original travel inside the words.
    return fold(name, encodedWords(text), QByteArray());
}

QByteArray MailHeaderEncoder::mailbox(const QByteArray& name, const QString& displayName,
                                      const QString& address)
{
    const QString text = clean(displayName);
    QList<QByteArray> words;
    if (text.isEmpty()) {
        // nothing: the bare address
    } else if (isPrintableAscii(text) && !text.contains(QLatin1String("=?")) && text.size() <= 60) {
        QString quoted = text;
        quoted.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
            .replace(QLatin1Char('"'), QLatin1String("\\\""));
        words.append('"' + quoted.toLatin1() + '"');
    } else {
        words = encodedWords(text);
    }
    words.append('<' + address.toLatin1() + '>');
    return fold(name, words, QByteArray());
}

QByteArray MailHeaderEncoder::addressList(const QByteArray& name, const QStringList& addresses)
{
    if (addresses.isEmpty())
        return name + ": undisclosed-recipients:;\r\n";
    QList<QByteArray> words;
    for (const QString& address : addresses)
        words.append(address.toLatin1());
    return fold(name, words, ",");
}

QByteArray MailHeaderEncoder::identifiers(const QByteArray& name, const QStringList& ids)
{
    QList<QByteArray> words;
    for (const QString& id : ids)
        words.append(clean(id).remove(QLatin1Char(' ')).toLatin1());
    return fold(name, words, QByteArray());
}

bool MailHeaderEncoder::isPlainAddress(const QString& address)
{
    // Deliberately narrower than RFC 5322: printable ASCII without the characters that would let an address
    // close its brackets, start a comment or a new field.
    static const QRegularExpression plain(
        QStringLiteral(R"(^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?$)"));
    return address.size() <= 254 && plain.match(address).hasMatch() &&
           !address.startsWith(QLatin1Char('.')) && !address.contains(QLatin1String(".."));
}
