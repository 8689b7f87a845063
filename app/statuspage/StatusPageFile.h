#pragma once

#include <QByteArray>
#include <QString>

// One rendered file of the fallback page.
struct StatusPageFile
{
    QString path;        // relative, '/'-separated: "index.html", "fr/index.html", "summary.json"
    QString contentType; // "text/html; charset=utf-8", ...
    QByteArray bytes;

    bool operator==(const StatusPageFile&) const = default;
};
