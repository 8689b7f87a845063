#pragma once

#include "config/WorkspaceError.h"

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

// Words customers should not have to decode, per message language. The shipped lists
// (":/linter/jargon.yaml") can be replaced by a workspace's own file of the same form:
//   en: [DNS, TTL, upstream]
//   fr: [DNS, TTL, amont]
class JargonList
{
public:
    static constexpr const char* defaultResource = ":/linter/jargon.yaml";

    static JargonList defaults();
    static std::optional<JargonList> read(const QByteArray& yaml, const QString& fileName,
                                          WorkspaceError* error);

    QStringList terms(const QString& language) const;
    void setTerms(const QString& language, const QStringList& terms);

private:
    QMap<QString, QStringList> m_terms;
};
