#include "statuspage/MarkupText.h"

namespace {

bool allowed(char16_t c)
{
    if (c == u'\t' || c == u'\n' || c == u'\r')
        return true;
    if (c < 0x20 || (c >= 0x7F && c <= 0x9F))
        return false;
    return c != 0xFFFE && c != 0xFFFF;
}

} // namespace

QString MarkupText::clean(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            out.append(c);
            out.append(text.at(++i));
        } else if (!c.isSurrogate() && allowed(c.unicode())) {
            out.append(c);
        }
    }
    return out;
}

QString MarkupText::html(const QString& text)
{
    return clean(text).toHtmlEscaped();
}
