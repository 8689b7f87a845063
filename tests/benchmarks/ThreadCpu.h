#pragma once

#include <QHash>
#include <QString>

// CPU time of each thread of this process so far, as the kernel counts it, keyed by a role: "main" for the
// thread that runs main() (the GUI thread with the window), else the thread's name ("vigie-checks",
// "vigie-store"); unnamed or other threads add up under "other".
class ThreadCpu
{
public:
    static QHash<QString, double> msByRole();
    // after − before per role, roles missing from `before` counted from 0.
    static QHash<QString, double> difference(const QHash<QString, double>& after,
                                             const QHash<QString, double>& before);
};
