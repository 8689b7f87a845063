#pragma once

#include "statuspage/PageTexts.h"
#include "statuspage/StatusSnapshot.h"

#include <QByteArray>
#include <QString>

// The page's history as an Atom 1.0 feed (RFC 4287) in one language: one entry per public incident update,
// newest first, with permanent urn:uuid ids derived from the page, the incident, the update and the
// language, so that feed readers never show an update twice however often the feed is rewritten.
class AtomFeedWriter
{
public:
    // `feedPath` and `pagePath`: the feed's and its HTML page's paths relative to the page's base URL.
    AtomFeedWriter(const PageTexts& texts, const QString& feedPath, const QString& pagePath);

    QByteArray write(const StatusSnapshot& snapshot) const;

    static QString feedIdOf(const QString& pageId, const QString& language);
    static QString entryIdOf(const QString& pageId, const QString& incidentId, const QString& updateId,
                             const QString& language);

private:
    QString absolute(const StatusSnapshot& snapshot, const QString& relative) const;

    const PageTexts& m_texts;
    QString m_feedPath;
    QString m_pagePath;
};
