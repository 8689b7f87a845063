#include "config/ChannelsWriter.h"

#include <QLocale>
#include <QVariantList>
#include <QVariantMap>

#include <yaml-cpp/yaml.h>

namespace {

void emitText(YAML::Emitter& out, const QString& text)
{
    static const QStringList special = {
        QStringLiteral("true"), QStringLiteral("false"), QStringLiteral("yes"),  QStringLiteral("no"),
        QStringLiteral("on"),   QStringLiteral("off"),   QStringLiteral("null"), QStringLiteral("~")};
    bool isNumber = false;
    QLocale::c().toDouble(text, &isNumber);
    if (isNumber || text.isEmpty() || special.contains(text.toLower()))
        out << YAML::DoubleQuoted;
    out << text.toStdString();
}

void emitValue(YAML::Emitter& out, const QVariant& value)
{
    switch (value.typeId()) {
    case QMetaType::Bool:
        out << value.toBool();
        return;
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        out << value.toLongLong();
        return;
    case QMetaType::Double:
    case QMetaType::Float:
        out << QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest).toStdString();
        return;
    case QMetaType::QVariantList:
    case QMetaType::QStringList:
        out << YAML::BeginSeq;
        for (const QVariant& item : value.toList())
            emitValue(out, item);
        out << YAML::EndSeq;
        return;
    case QMetaType::QVariantMap: {
        const QVariantMap map = value.toMap();
        out << YAML::BeginMap;
        for (auto it = map.begin(); it != map.end(); ++it) {
            out << YAML::Key << it.key().toStdString() << YAML::Value;
            emitValue(out, it.value());
        }
        out << YAML::EndMap;
        return;
    }
    default:
        if (!value.isValid() || value.isNull())
            out << YAML::Null;
        else
            emitText(out, value.toString());
    }
}

} // namespace

void ChannelsWriter::write(YAML::Emitter& out, const QList<ChannelConfig>& channels)
{
    out << YAML::Key << "channels" << YAML::Value << YAML::BeginSeq;
    const ChannelConfig defaults;
    for (const ChannelConfig& channel : channels) {
        out << YAML::BeginMap;
        out << YAML::Key << "name" << YAML::Value;
        emitText(out, channel.name);
        out << YAML::Key << "type" << YAML::Value << channel.type.toStdString();
        out << YAML::Key << "kind" << YAML::Value << channelKindKey(channel.messageKind).toStdString();
        if (channel.audience != defaults.audience)
            out << YAML::Key << "audience" << YAML::Value << channel.audience.toStdString();
        if (channel.sandbox)
            out << YAML::Key << "sandbox" << YAML::Value << true;
        if (!channel.secrets.isEmpty()) {
            out << YAML::Key << "secrets" << YAML::Value << YAML::Flow << YAML::BeginSeq;
            for (const QString& name : channel.secrets)
                out << name.toStdString();
            out << YAML::EndSeq;
        }
        for (auto it = channel.settings.begin(); it != channel.settings.end(); ++it) {
            out << YAML::Key << it.key().toStdString() << YAML::Value;
            emitValue(out, it.value());
        }
        out << YAML::EndMap;
    }
    out << YAML::EndSeq;
}
