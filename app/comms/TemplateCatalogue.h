#pragma once

#include "comms/MessageTemplate.h"
#include "config/WorkspaceError.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

// The message templates Vigie knows: the shipped defaults (":/templates/default.yaml"), possibly overridden
// entry by entry by a workspace's own file. See docs/templates.md for the file format.
class TemplateCatalogue
{
public:
    static constexpr const char* defaultResource = ":/templates/default.yaml";
    // The template ids the default file ships; every one exists for every channel kind and language.
    static QStringList shippedTemplateIds();

    // The shipped catalogue. It is part of the program, so failing to read it is a programming error:
    // `error` says why and the catalogue is empty.
    static TemplateCatalogue defaults(WorkspaceError* error = nullptr);
    // Reads a template file (the defaults' format); nullopt with `error` set on the first problem.
    static std::optional<TemplateCatalogue> read(const QByteArray& yaml, const QString& fileName,
                                                 WorkspaceError* error);
    static std::optional<TemplateCatalogue> readFile(const QString& path, WorkspaceError* error);

    void insert(const MessageTemplate& entry);
    // Every entry of `overrides` replaces the one with the same id, channel and language (or is added).
    TemplateCatalogue overriddenBy(const TemplateCatalogue& overrides) const;

    std::optional<MessageTemplate> find(const QString& templateId, ChannelKind channel,
                                        const QString& language) const;
    QList<MessageTemplate> entries() const { return m_entries.values(); }
    QStringList templateIds() const;
    bool isEmpty() const { return m_entries.isEmpty(); }
    int size() const { return int(m_entries.size()); }

private:
    static QString keyOf(const QString& templateId, ChannelKind channel, const QString& language);
    QMap<QString, MessageTemplate> m_entries;
};
