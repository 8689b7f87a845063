#pragma once

#include "config/Workspace.h"
#include "config/WorkspaceError.h"

#include <optional>

// The embedded demo workspace (resources/demo-workspace.yaml), pointed at the demo server's actual port.
class DemoWorkspace
{
public:
    static constexpr quint16 defaultPort = 47810;
    static std::optional<Workspace> load(quint16 port, WorkspaceError* error);
};
