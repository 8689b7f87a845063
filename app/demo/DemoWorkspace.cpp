#include "demo/DemoWorkspace.h"

#include "config/WorkspaceReader.h"

#include <QFile>

std::optional<Workspace> DemoWorkspace::load(quint16 port, WorkspaceError* error)
{
    const QString path = QStringLiteral(":/demo-workspace.yaml");
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = WorkspaceError{path, 0, 0, file.errorString()};
        return std::nullopt;
    }
    QByteArray yaml = file.readAll();
    if (port != defaultPort)
        yaml.replace(QByteArray(":" + QByteArray::number(defaultPort)),
                     QByteArray(":" + QByteArray::number(port)));
    return WorkspaceReader::read(yaml, path, error);
}
