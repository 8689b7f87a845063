#include "comms/MessagePreview.h"

#include <QCoreApplication>

MessagePreview::Target MessagePreview::preview(PreviewTarget target, const QString& subject,
                                               const QString& body)
{
    Target result;
    result.target = target;
    if (target == PreviewTarget::Email) {
        result.text = QCoreApplication::translate("MessagePreview", "Subject: %1").arg(subject) +
                      QStringLiteral("\n\n") + body;
        result.measure = MessageLimits::measure(target, subject);
    } else {
        result.text = body;
        result.measure = MessageLimits::measure(target, body);
    }
    if (target == PreviewTarget::Email && subject.trimmed().isEmpty()) {
        result.blocked = true;
        result.blockReason = QCoreApplication::translate("MessagePreview", "The email has no subject.");
    } else if (body.trimmed().isEmpty()) {
        result.blocked = true;
        result.blockReason = QCoreApplication::translate("MessagePreview", "The message is empty.");
    } else if (result.measure.over) {
        result.blocked = true;
        result.blockReason =
            target == PreviewTarget::Email
                ? QCoreApplication::translate("MessagePreview",
                                              "The subject is %1 characters long; %2 is the most.")
                      .arg(result.measure.used)
                      .arg(result.measure.limit)
                : QCoreApplication::translate("MessagePreview",
                                              "The message is %1 characters long; %2 allows %3 at most.")
                      .arg(result.measure.used)
                      .arg(previewTargetLabel(target))
                      .arg(result.measure.limit);
    }
    return result;
}

MessagePreview MessagePreview::build(ChannelKind channel, const QString& subject, const QString& body)
{
    MessagePreview preview;
    for (const PreviewTarget target : previewTargetsFor(channel))
        preview.targets.append(MessagePreview::preview(target, subject, body));
    return preview;
}

std::optional<MessagePreview::Target> MessagePreview::find(PreviewTarget target) const
{
    for (const Target& entry : targets) {
        if (entry.target == target)
            return entry;
    }
    return std::nullopt;
}

bool MessagePreview::anyBlocked() const
{
    return std::any_of(targets.cbegin(), targets.cend(), [](const Target& entry) { return entry.blocked; });
}
