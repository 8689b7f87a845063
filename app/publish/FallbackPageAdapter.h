#pragma once

#include "publish/ChannelAdapter.h"

#include <QCoreApplication>

#include <memory>

class StatusSnapshotSource;

// The static fallback status page (type `fallback-page`): renders the page, its summary.json and Atom feeds
// from the current snapshot (app/statuspage) and uploads them to a folder, WebDAV, SFTP or S3 (app/publish/
// upload). A status-page message published here refreshes the whole page, which then carries that message;
// "Switch to the fallback page" (refresh) pushes a fresh copy with no message. Unchanged files are not sent
// again within an incident's line (their digests travel in the thread).
//
// Settings: those of UploadTarget (target, path/url, prefix...), plus `page_title`, `public_url` (where the
// public reads the page; the delivery's link) and `time_zone` (IANA id; default the system's). A sandbox
// channel shows drills, a real one never does.
class FallbackPageAdapter final : public ChannelAdapter
{
    Q_DECLARE_TR_FUNCTIONS(FallbackPageAdapter)

public:
    // `catalogueDir`: where vigie_en.qm / vigie_fr.qm are (empty: those embedded in the application).
    explicit FallbackPageAdapter(std::shared_ptr<const StatusSnapshotSource> source,
                                 QString catalogueDir = QString());

    QString type() const override { return QStringLiteral("fallback-page"); }
    DeliveryOutcome deliver(const OutboundMessage& message, const ChannelConfig& channel,
                            const Secrets& secrets, HttpClient& client) override;
    // Proves the target: uploads a small `vigie-ready.txt` beside the page (no page is changed).
    DeliveryOutcome test(const ChannelConfig& channel, const Secrets& secrets, HttpClient& client) override;
    DeliveryOutcome refresh(const ChannelConfig& channel, const Secrets& secrets,
                            HttpClient& client) override;

private:
    DeliveryOutcome publish(const ChannelConfig& channel, const Secrets& secrets, const QJsonObject& thread);

    std::shared_ptr<const StatusSnapshotSource> m_source;
    QString m_catalogueDir;
};
