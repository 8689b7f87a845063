#pragma once

#include "config/ServiceDefinition.h"

#include <QList>
#include <QString>

// Translated names of check kinds for people; files keep checkKindToString's keys.
class CheckKindText
{
public:
    CheckKindText() = delete;

    static QString label(CheckKind kind);
    static QList<CheckKind> all();
};
