#include "publish/ChannelSettingText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QLocale>

namespace {

// JSON numbers come back as doubles; whole ones read as whole numbers, like the file's.
QVariant wholeNumbers(const QVariant& value)
{
    switch (value.typeId()) {
    case QMetaType::QVariantMap: {
        QVariantMap map = value.toMap();
        for (auto it = map.begin(); it != map.end(); ++it)
            *it = wholeNumbers(*it);
        return map;
    }
    case QMetaType::QVariantList: {
        QVariantList list = value.toList();
        for (QVariant& item : list)
            item = wholeNumbers(item);
        return list;
    }
    case QMetaType::Double: {
        const double number = value.toDouble();
        const auto whole = static_cast<qlonglong>(number);
        if (static_cast<double>(whole) == number)
            return whole;
        return value;
    }
    default:
        return value;
    }
}

} // namespace

QString ChannelSettingText::toText(const QVariant& value)
{
    switch (value.typeId()) {
    case QMetaType::QVariantMap:
    case QMetaType::QVariantList:
        return QString::fromUtf8(QJsonDocument::fromVariant(value).toJson(QJsonDocument::Compact));
    case QMetaType::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QMetaType::Double:
        return QLocale::c().toString(value.toDouble(), 'g', 17);
    case QMetaType::UnknownType:
        return QString();
    default:
        break;
    }
    if (value.typeId() != QMetaType::QString)
        return value.toString();
    const QString text = value.toString();
    if (fromText(text) == QVariant(text))
        return text;
    return QString::fromUtf8(QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact))
        .mid(1)
        .chopped(1);
}

QVariant ChannelSettingText::fromText(const QString& raw)
{
    const QString text = raw.trimmed();
    if (text.isEmpty())
        return QVariant();
    if (text.startsWith(QLatin1Char('"')) && text.endsWith(QLatin1Char('"')) && text.size() >= 2) {
        const QJsonDocument quoted =
            QJsonDocument::fromJson(QString(QLatin1Char('[') + text + QLatin1Char(']')).toUtf8());
        if (quoted.isArray() && quoted.array().size() == 1 && quoted.array().first().isString())
            return quoted.array().first().toString();
    }
    if (text.startsWith(QLatin1Char('{')) || text.startsWith(QLatin1Char('['))) {
        const QJsonDocument json = QJsonDocument::fromJson(text.toUtf8());
        if (json.isObject() || json.isArray())
            return wholeNumbers(json.toVariant());
    }
    if (text == u"true" || text == u"false")
        return text == u"true";
    bool ok = false;
    const qlonglong whole = text.toLongLong(&ok);
    if (ok)
        return whole;
    const double number = QLocale::c().toDouble(text, &ok);
    if (ok)
        return number;
    return text;
}
