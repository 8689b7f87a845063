#include "publish/FallbackPageAdapter.h"

#include "publish/OutboundMessage.h"
#include "publish/upload/FileUploader.h"
#include "publish/upload/UploadTarget.h"
#include "statuspage/FallbackPageRenderer.h"
#include "statuspage/StatusSnapshotSource.h"

#include <QDateTime>
#include <QTimeZone>

namespace {

QString setting(const ChannelConfig& channel, const char* key)
{
    return channel.settings.value(QLatin1String(key)).toString().trimmed();
}

} // namespace

FallbackPageAdapter::FallbackPageAdapter(std::shared_ptr<const StatusSnapshotSource> source,
                                         QString catalogueDir)
    : m_source(std::move(source)), m_catalogueDir(std::move(catalogueDir))
{}

DeliveryOutcome FallbackPageAdapter::deliver(const OutboundMessage& message, const ChannelConfig& channel,
                                             const Secrets& secrets, HttpClient&)
{
    return publish(channel, secrets, message.thread);
}

DeliveryOutcome FallbackPageAdapter::refresh(const ChannelConfig& channel, const Secrets& secrets,
                                             HttpClient&)
{
    // The switch-over pushes everything: the target may have been emptied or replaced since.
    return publish(channel, secrets, QJsonObject());
}

DeliveryOutcome FallbackPageAdapter::publish(const ChannelConfig& channel, const Secrets& secrets,
                                             const QJsonObject& thread)
{
    QString error;
    const std::optional<UploadTarget> target = UploadTarget::fromChannel(channel, &error);
    if (!target)
        return DeliveryOutcome::failed(error);
    const QString zoneId = setting(channel, "time_zone");
    const QTimeZone zone = zoneId.isEmpty() ? QTimeZone::systemTimeZone() : QTimeZone(zoneId.toUtf8());
    if (!zone.isValid())
        return DeliveryOutcome::failed(
            tr("%1: the setting “time_zone” names no known time zone (“%2”).").arg(channel.name, zoneId));
    QString title = setting(channel, "page_title");
    if (title.isEmpty())
        title = tr("Service status");
    const QString publicUrl = setting(channel, "public_url");
    const StatusSnapshot snapshot = m_source->snapshot(channel.name, title, publicUrl, channel.sandbox);
    const StatusPageFiles rendered = FallbackPageRenderer(zone, m_catalogueDir).render(snapshot);
    PublishedFiles files;
    for (const StatusPageFile& file : rendered.files)
        files.append(PublishedFile{file.path, file.contentType.toUtf8(), file.bytes});
    const UploadDigests previous =
        UploadDigests::fromJson(thread.value(QStringLiteral("uploaded")).toObject());
    const UploadResult result = FileUploader().upload(files, *target, secrets, previous);
    return result.toOutcome(publicUrl.isEmpty() ? target->describe() : publicUrl);
}

DeliveryOutcome FallbackPageAdapter::test(const ChannelConfig& channel, const Secrets& secrets, HttpClient&)
{
    QString error;
    const std::optional<UploadTarget> target = UploadTarget::fromChannel(channel, &error);
    if (!target)
        return DeliveryOutcome::failed(error);
    const QByteArray note = "Vigie checked that it can publish the fallback status page here at " +
                            QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toUtf8() + ".\n";
    const UploadResult result = FileUploader().upload(
        {PublishedFile{QStringLiteral("vigie-ready.txt"), "text/plain; charset=utf-8", note}}, *target,
        secrets);
    DeliveryOutcome outcome = result.toOutcome(target->describe());
    if (outcome.kind == DeliveryOutcome::Kind::Sent) {
        outcome.thread = QJsonObject();
        outcome.message = tr("%1: Vigie can write to %2.").arg(channel.name, target->describe());
    }
    return outcome;
}
