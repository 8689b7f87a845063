#pragma once

#include "playbook/PlaybookResult.h"

#include <QByteArray>
#include <QString>

// Reads a YAML playbook (docs/playbook-format.md). All or nothing: a playbook comes back only when the whole
// file is valid; otherwise the error names the file, the 1-based line and column, and the field. A file that
// starts with "extends: default" is applied over the default playbook (or over `base` when given).
class PlaybookReader
{
public:
    static PlaybookResult read(const QString& path);
    // `fileName` only appears in error messages.
    static PlaybookResult readFromBytes(const QByteArray& yaml, const QString& fileName);
    static PlaybookResult readFromBytes(const QByteArray& yaml, const QString& fileName,
                                        const Playbook& base);

    // The playbook Vigie ships (resources/playbooks/default.yaml, embedded as :/playbooks/default.yaml).
    static Playbook defaultPlaybook();
    static QString defaultPlaybookPath() { return QStringLiteral(":/playbooks/default.yaml"); }
};
