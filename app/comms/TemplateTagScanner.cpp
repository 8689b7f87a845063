#include "comms/TemplateTagScanner.h"

#include <QVariantList>

namespace {

struct Frame
{
    QString name;
    bool live = true; // the section's content renders
    QVariantMap item; // for a list section: the first item's values, looked up first
};

bool isTruthy(const QVariant& value)
{
    if (!value.isValid() || value.isNull())
        return false;
    if (value.typeId() == QMetaType::Bool)
        return value.toBool();
    if (value.typeId() == QMetaType::QVariantList)
        return !value.toList().isEmpty();
    return true;
}

const QVariant* lookUp(const QString& name, const QList<Frame>& frames, const QVariantMap& variables)
{
    const QString head = name.section(QLatin1Char('.'), 0, 0);
    for (auto it = frames.crbegin(); it != frames.crend(); ++it) {
        const auto found = it->item.constFind(head);
        if (found != it->item.constEnd())
            return &*found;
    }
    const auto found = variables.constFind(head);
    return found != variables.constEnd() ? &*found : nullptr;
}

} // namespace

QStringList TemplateTagScanner::missingVariables(const QString& templateText, const QVariantMap& variables)
{
    QStringList missing;
    QList<Frame> frames;
    QString open = QStringLiteral("{{");
    QString close = QStringLiteral("}}");
    qsizetype pos = 0;
    const auto allLive = [&frames] {
        return std::all_of(frames.cbegin(), frames.cend(), [](const Frame& frame) { return frame.live; });
    };
    while (true) {
        const qsizetype start = templateText.indexOf(open, pos);
        if (start < 0)
            break;
        qsizetype contentStart = start + open.size();
        QString closing = close;
        if (open == u"{{" && templateText.mid(contentStart, 1) == u"{")
            closing = QStringLiteral("}") + close;
        const qsizetype end = templateText.indexOf(closing, contentStart);
        if (end < 0)
            break; // kainjow has already refused such a template
        QString tag = templateText.mid(contentStart, end - contentStart).trimmed();
        pos = end + closing.size();
        const QChar sigil = tag.isEmpty() ? QChar() : tag.at(0);
        if (sigil == u'!')
            continue;
        if (sigil == u'=') {
            const QStringList delimiters =
                tag.mid(1, tag.size() - 2).trimmed().split(QLatin1Char(' '), Qt::SkipEmptyParts);
            if (delimiters.size() == 2) {
                open = delimiters.at(0);
                close = delimiters.at(1);
            }
            continue;
        }
        if (sigil == u'#' || sigil == u'^' || sigil == u'/' || sigil == u'&' || sigil == u'{' ||
            sigil == u'>')
            tag = tag.mid(1).trimmed();
        if (sigil == u'/') {
            if (!frames.isEmpty())
                frames.removeLast();
            continue;
        }
        const QVariant* value = tag == u"." ? nullptr : lookUp(tag, frames, variables);
        if (sigil == u'#' || sigil == u'^') {
            Frame frame;
            frame.name = tag;
            const bool truthy = value && isTruthy(*value);
            frame.live = sigil == u'#' ? truthy : !truthy;
            if (sigil == u'#' && truthy && value->typeId() == QMetaType::QVariantList)
                frame.item = value->toList().constFirst().toMap();
            frames.append(frame);
            continue;
        }
        if (tag == u"." || !allLive())
            continue;
        const bool absent = !value || !value->isValid() ||
                            (value->typeId() == QMetaType::QString && value->toString().isEmpty());
        if (absent && !missing.contains(tag))
            missing.append(sigil == u'>' ? QLatin1Char('>') + tag : tag);
    }
    return missing;
}
