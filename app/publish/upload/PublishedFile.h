#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

// One file of the fallback status page as it must appear to the public: `path` is relative to the page's
// root and '/'-separated ("index.html", "fr/index.html", "summary.json").
struct PublishedFile
{
    QString path;
    QByteArray contentType; // "text/html; charset=utf-8"
    QByteArray bytes;

    bool operator==(const PublishedFile&) const = default;
};

using PublishedFiles = QList<PublishedFile>;
