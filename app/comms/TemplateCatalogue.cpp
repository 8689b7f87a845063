#include "comms/TemplateCatalogue.h"

#include "comms/TemplateCatalogueReader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

QStringList TemplateCatalogue::shippedTemplateIds()
{
    return {QStringLiteral("announce"),
            QStringLiteral("acknowledge"),
            QStringLiteral("update"),
            QStringLiteral("resolved"),
            QStringLiteral("internal-update"),
            QStringLiteral("maintenance-notice"),
            QStringLiteral("maintenance-start"),
            QStringLiteral("maintenance-end")};
}

TemplateCatalogue TemplateCatalogue::defaults(WorkspaceError* error)
{
    // Read once: the resource cannot change while the program runs.
    static const std::pair<TemplateCatalogue, WorkspaceError> shipped = [] {
        WorkspaceError problem;
        std::optional<TemplateCatalogue> catalogue = readFile(QString::fromLatin1(defaultResource), &problem);
        return std::pair{catalogue.value_or(TemplateCatalogue()), problem};
    }();
    if (error && shipped.first.isEmpty())
        *error = shipped.second;
    return shipped.first;
}

std::optional<TemplateCatalogue> TemplateCatalogue::read(const QByteArray& yaml, const QString& fileName,
                                                         WorkspaceError* error)
{
    return TemplateCatalogueReader::read(yaml, fileName, error);
}

std::optional<TemplateCatalogue> TemplateCatalogue::readFile(const QString& path, WorkspaceError* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error) {
            *error = WorkspaceError();
            error->file = path;
            error->message = QCoreApplication::translate("TemplateCatalogue", "cannot read the file: %1")
                                 .arg(file.errorString());
        }
        return std::nullopt;
    }
    return read(file.readAll(), path.startsWith(QLatin1Char(':')) ? path : QFileInfo(path).fileName(), error);
}

QString TemplateCatalogue::keyOf(const QString& templateId, ChannelKind channel, const QString& language)
{
    return templateId + QLatin1Char('/') + channelKindKey(channel) + QLatin1Char('/') + language;
}

void TemplateCatalogue::insert(const MessageTemplate& entry)
{
    m_entries.insert(keyOf(entry.templateId, entry.channel, entry.language), entry);
}

TemplateCatalogue TemplateCatalogue::overriddenBy(const TemplateCatalogue& overrides) const
{
    TemplateCatalogue merged = *this;
    for (const MessageTemplate& entry : overrides.m_entries)
        merged.insert(entry);
    return merged;
}

std::optional<MessageTemplate> TemplateCatalogue::find(const QString& templateId, ChannelKind channel,
                                                       const QString& language) const
{
    const auto it = m_entries.constFind(keyOf(templateId, channel, language));
    if (it == m_entries.constEnd())
        return std::nullopt;
    return *it;
}

QStringList TemplateCatalogue::templateIds() const
{
    QStringList ids;
    for (const MessageTemplate& entry : m_entries) {
        if (!ids.contains(entry.templateId))
            ids.append(entry.templateId);
    }
    return ids;
}
