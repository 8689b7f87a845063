#include "publish/live/PublicTextExtractor.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <optional>

namespace {

// The named references status pages use; a page full of rarer ones still matches on its plain words.
const QHash<QString, char32_t>& namedEntities()
{
    static const QHash<QString, char32_t> names{
        {QStringLiteral("amp"), U'&'},      {QStringLiteral("lt"), U'<'},
        {QStringLiteral("gt"), U'>'},       {QStringLiteral("quot"), U'"'},
        {QStringLiteral("apos"), U'\''},    {QStringLiteral("nbsp"), 0xA0},
        {QStringLiteral("ndash"), 0x2013},  {QStringLiteral("mdash"), 0x2014},
        {QStringLiteral("hellip"), 0x2026}, {QStringLiteral("lsquo"), 0x2018},
        {QStringLiteral("rsquo"), 0x2019},  {QStringLiteral("ldquo"), 0x201C},
        {QStringLiteral("rdquo"), 0x201D},  {QStringLiteral("laquo"), 0xAB},
        {QStringLiteral("raquo"), 0xBB},    {QStringLiteral("middot"), 0xB7},
        {QStringLiteral("eacute"), 0xE9},   {QStringLiteral("egrave"), 0xE8},
        {QStringLiteral("agrave"), 0xE0},   {QStringLiteral("ccedil"), 0xE7},
        {QStringLiteral("euro"), 0x20AC},   {QStringLiteral("copy"), 0xA9},
        {QStringLiteral("thinsp"), 0x2009}, {QStringLiteral("rarr"), 0x2192},
    };
    return names;
}

// Tags after which a reader sees a break: their text never runs into the next block's.
const QSet<QString>& blockTags()
{
    static const QSet<QString> tags{
        QStringLiteral("address"),    QStringLiteral("article"), QStringLiteral("aside"),
        QStringLiteral("blockquote"), QStringLiteral("br"),      QStringLiteral("dd"),
        QStringLiteral("div"),        QStringLiteral("dl"),      QStringLiteral("dt"),
        QStringLiteral("footer"),     QStringLiteral("h1"),      QStringLiteral("h2"),
        QStringLiteral("h3"),         QStringLiteral("h4"),      QStringLiteral("h5"),
        QStringLiteral("h6"),         QStringLiteral("header"),  QStringLiteral("hr"),
        QStringLiteral("li"),         QStringLiteral("main"),    QStringLiteral("nav"),
        QStringLiteral("ol"),         QStringLiteral("p"),       QStringLiteral("pre"),
        QStringLiteral("section"),    QStringLiteral("table"),   QStringLiteral("td"),
        QStringLiteral("th"),         QStringLiteral("title"),   QStringLiteral("tr"),
        QStringLiteral("ul"),         QStringLiteral("body"),    QStringLiteral("head"),
        QStringLiteral("html"),
    };
    return tags;
}

QString jsonScalarText(const QJsonValue& value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble()) {
        const double number = value.toDouble();
        return number == double(qint64(number)) ? QString::number(qint64(number)) : QString::number(number);
    }
    return QString();
}

void collectStrings(const QJsonValue& value, QStringList* out)
{
    if (value.isString()) {
        out->append(value.toString());
    } else if (value.isArray()) {
        for (const QJsonValue& item : value.toArray())
            collectStrings(item, out);
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it)
            collectStrings(it.value(), out);
    }
}

// Depth first, bounded by the document itself (QJsonDocument caps its nesting).
std::optional<QJsonObject> findScope(const QJsonValue& value, const QString& id)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        if (jsonScalarText(object.value(QLatin1String("id"))) == id)
            return object;
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (auto found = findScope(it.value(), id))
                return found;
        }
    } else if (value.isArray()) {
        for (const QJsonValue& item : value.toArray()) {
            if (auto found = findScope(item, id))
                return found;
        }
    }
    return std::nullopt;
}

} // namespace

QString PublicTextExtractor::fromPlainText(const QString& text)
{
    QString normal = text.normalized(QString::NormalizationForm_C).toCaseFolded();
    // simplified() collapses what QChar::isSpace() calls space: no-break and thin spaces included.
    return normal.simplified();
}

QString PublicTextExtractor::decodeEntities(const QString& text)
{
    if (!text.contains(QLatin1Char('&')))
        return text;
    static const QRegularExpression reference(
        QStringLiteral("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z]{2,8});"));
    QString out;
    out.reserve(text.size());
    qsizetype last = 0;
    for (auto it = reference.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        out += QStringView(text).mid(last, match.capturedStart() - last);
        last = match.capturedEnd();
        const QString name = match.captured(1);
        char32_t code = 0;
        if (name.startsWith(QLatin1Char('#'))) {
            bool ok = false;
            const bool hex =
                name.size() > 1 && (name.at(1) == QLatin1Char('x') || name.at(1) == QLatin1Char('X'));
            const uint value = hex ? name.mid(2).toUInt(&ok, 16) : name.mid(1).toUInt(&ok, 10);
            if (ok && value > 0 && value <= 0x10FFFF && (value < 0xD800 || value > 0xDFFF))
                code = char32_t(value);
        } else {
            code = namedEntities().value(name, 0);
        }
        if (code == 0)
            out += match.captured(0);
        else
            out += QString::fromUcs4(&code, 1);
    }
    out += QStringView(text).mid(last);
    return out;
}

QString PublicTextExtractor::fromHtml(const QString& html)
{
    QString text;
    text.reserve(html.size());
    const qsizetype size = html.size();
    qsizetype i = 0;
    while (i < size) {
        const QChar c = html.at(i);
        if (c != QLatin1Char('<')) {
            const qsizetype next = html.indexOf(QLatin1Char('<'), i);
            const qsizetype end = next < 0 ? size : next;
            text += QStringView(html).mid(i, end - i);
            i = end;
            continue;
        }
        if (html.mid(i, 4) == QLatin1String("<!--")) {
            const qsizetype close = html.indexOf(QLatin1String("-->"), i + 4);
            i = close < 0 ? size : close + 3;
            text += QLatin1Char(' ');
            continue;
        }
        // A '<' that opens no tag ("a < b" in sloppy markup) is text.
        const QChar after = i + 1 < size ? html.at(i + 1) : QChar();
        if (!after.isLetter() && after != QLatin1Char('/') && after != QLatin1Char('!') &&
            after != QLatin1Char('?')) {
            text += c;
            ++i;
            continue;
        }
        const qsizetype close = html.indexOf(QLatin1Char('>'), i + 1);
        if (close < 0)
            break; // a tag cut off at the end of the body: nothing readable follows
        const bool closing = after == QLatin1Char('/');
        const qsizetype nameStart = closing ? i + 2 : i + 1;
        qsizetype nameEnd = nameStart;
        while (nameEnd < close && html.at(nameEnd).isLetterOrNumber())
            ++nameEnd;
        const QString name = html.mid(nameStart, nameEnd - nameStart).toLower();
        i = close + 1;
        if (!closing && (name == QLatin1String("script") || name == QLatin1String("style"))) {
            const qsizetype end = html.indexOf(QLatin1String("</") + name, i, Qt::CaseInsensitive);
            const qsizetype endClose = end < 0 ? -1 : html.indexOf(QLatin1Char('>'), end);
            i = endClose < 0 ? size : endClose + 1;
            text += QLatin1Char(' ');
            continue;
        }
        if (blockTags().contains(name))
            text += QLatin1Char(' ');
    }
    return fromPlainText(decodeEntities(text));
}

QString PublicTextExtractor::fromJson(const QByteArray& json, const QString& scopeId)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return QString();
    QJsonValue root = document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
    if (!scopeId.isEmpty()) {
        const std::optional<QJsonObject> scope = findScope(root, scopeId);
        if (!scope)
            return QString();
        root = *scope;
    }
    QStringList strings;
    collectStrings(root, &strings);
    return fromPlainText(strings.join(QLatin1Char('\n')));
}

QString PublicTextExtractor::fromResponse(const QByteArray& body, const QByteArray& contentType,
                                          const QString& scopeId)
{
    const QByteArray type = contentType.toLower();
    const QByteArray start = body.left(64).trimmed();
    if (type.contains("json") || (!type.contains("html") && (start.startsWith('{') || start.startsWith('['))))
        return fromJson(body, scopeId);
    const QString text = QString::fromUtf8(body);
    if (type.contains("html") || type.contains("xml") || start.startsWith('<'))
        return fromHtml(text);
    return fromPlainText(text);
}

bool PublicTextExtractor::shows(const QString& haystack, const QString& needle)
{
    return !needle.isEmpty() && haystack.contains(needle);
}
