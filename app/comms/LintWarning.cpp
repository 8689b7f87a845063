#include "comms/LintWarning.h"

QString LintWarning::codeKey(Code code)
{
    switch (code) {
    case Code::NoService:
        return QStringLiteral("no-service");
    case Code::NoTiming:
        return QStringLiteral("no-timing");
    case Code::Placeholder:
        return QStringLiteral("placeholder");
    case Code::Jargon:
        return QStringLiteral("jargon");
    }
    return QString();
}
