#pragma once

#include "publish/upload/PublishedFile.h"

// The four files of a fallback page as the upload tests send them: bytes that are not plain ASCII (UTF-8,
// a NUL, CRLF) so that a transport that changes a byte is caught.
inline PublishedFiles uploadTestFiles(const QByteArray& version = "1")
{
    return {
        {QStringLiteral("index.html"), "text/html; charset=utf-8",
         "<!doctype html><title>Statut</title><p>Tout va bien \xc3\xa9t\xc3\xa9 " + version + "</p>\r\n"},
        {QStringLiteral("fr/index.html"), "text/html; charset=utf-8",
         "<!doctype html><p>Incident en cours \xe2\x80\x94 " + version + "</p>"},
        {QStringLiteral("summary.json"), "application/json", "{\"status\":\"ok\",\"v\":" + version + "}\n"},
        {QStringLiteral("history.atom"), "application/atom+xml",
         QByteArray("<?xml version=\"1.0\"?><feed/>\0tail", 34) + version},
    };
}
