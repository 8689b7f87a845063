#include "publish/SmtpAdapter.h"

#include "publish/AttemptJournal.h"
#include "publish/MailHeaderEncoder.h"
#include "publish/MimeMessageBuilder.h"
#include "publish/SmtpChannelSettings.h"
#include "publish/SmtpTransport.h"

#include <QDateTime>
#include <QJsonArray>

#include <optional>

namespace {

const QString kPassword = QStringLiteral("password");
const QString kFirstId = QStringLiteral("first_message_id");
const QString kLastId = QStringLiteral("last_message_id");
// Individual mode: per delivery (idempotency key), the recipients that already accepted the mail.
const QString kIndividualSent = QStringLiteral("individual_sent");
// The attempt's journal: the mail about to be completed ("handed_over": the delivery's key, or in individual
// mode the recipient) and, in individual mode, the recipients done so far.
const QString kHandedOver = QStringLiteral("handed_over");
const QString kDone = QStringLiteral("done");

struct Prepared
{
    SmtpChannelSettings settings;
    SmtpTransport::Options transport;
};

std::optional<Prepared> prepare(const ChannelConfig& channel, const Secrets& secrets, QString* error)
{
    const std::optional<SmtpChannelSettings> settings = SmtpChannelSettings::read(channel, error);
    if (!settings)
        return std::nullopt;
    SmtpTransport::Options options;
    options.host = settings->server;
    options.port = settings->port;
    options.implicitTls = settings->implicitTls;
    options.username = settings->username;
    options.caFile = settings->caFile;
    options.timeoutMs = settings->timeoutMs;
    if (!settings->username.isEmpty()) {
        options.password = secrets.value(kPassword);
        if (options.password.isEmpty()) {
            *error = SmtpAdapter::tr("The channel “%1” has a username but no password (secret “%2”).")
                         .arg(channel.name, kPassword);
            return std::nullopt;
        }
    }
    return Prepared{*settings, options};
}

QString serverWords(const SmtpTransport::Result& result)
{
    return result.serverReply.isEmpty() ? result.detail : result.serverReply;
}

// One transport result as an outcome: what can succeed later is retried, what cannot is shown at once.
DeliveryOutcome outcomeOf(const SmtpTransport::Result& result, const QString& server,
                          const ChannelConfig& channel)
{
    using Kind = SmtpTransport::Result::Kind;
    switch (result.kind) {
    case Kind::Ok:
        return DeliveryOutcome::sent(server);
    case Kind::Unreachable:
        return DeliveryOutcome::retry(
            SmtpAdapter::tr("The mail server %1 did not answer: %2.").arg(server, result.detail));
    case Kind::LoginDenied:
        if (result.temporary())
            return DeliveryOutcome::retry(SmtpAdapter::tr("The mail server %1 cannot check the login right "
                                                          "now (%2).")
                                              .arg(server, serverWords(result)));
        return DeliveryOutcome::failed(
            SmtpAdapter::tr("The mail server %1 refused the login of “%2” (%3). Check the username and the "
                            "password (secret “%4”) of the channel “%5”.")
                .arg(server, channel.settings.value(QStringLiteral("username")).toString(),
                     serverWords(result), kPassword, channel.name));
    case Kind::TlsFailed:
        return DeliveryOutcome::failed(
            SmtpAdapter::tr("No trusted TLS connection to the mail server %1: %2. Mail is never sent without "
                            "TLS; check the port, “security” and “ca_file” of the channel “%3”.")
                .arg(server, result.detail, channel.name));
    case Kind::NotAuthenticated:
        return DeliveryOutcome::failed(
            SmtpAdapter::tr("The mail server %1 did not authenticate “%2”: it offered no login after TLS.")
                .arg(server, channel.settings.value(QStringLiteral("username")).toString()));
    case Kind::Refused:
        break;
    }
    if (result.temporary()) {
        return DeliveryOutcome::retry(
            result.failedRecipient.isEmpty()
                ? SmtpAdapter::tr("The mail server %1 deferred the message: %2.")
                      .arg(server, serverWords(result))
                : SmtpAdapter::tr("The mail server %1 deferred the recipient %2: %3.")
                      .arg(server, result.failedRecipient, serverWords(result)));
    }
    return DeliveryOutcome::failed(
        result.failedRecipient.isEmpty()
            ? SmtpAdapter::tr("The mail server %1 refused the message: %2.").arg(server, serverWords(result))
            : SmtpAdapter::tr(
                  "The mail server %1 refused the recipient %2: %3. Correct the recipients of the "
                  "channel “%4”.")
                  .arg(server, result.failedRecipient, serverWords(result), channel.name));
}

QDateTime dateOf(const OutboundMessage& message)
{
    // The approval time: the same on every attempt, and what the commander saw as "sent at".
    const MessageDraft& draft = message.draft;
    const qint64 ms = draft.approvedAtMs > 0  ? draft.approvedAtMs
                      : draft.createdAtMs > 0 ? draft.createdAtMs
                                              : message.incident.declaredAtMs;
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

QStringList toList(const QJsonValue& value)
{
    QStringList out;
    for (const QJsonValue& item : value.toArray())
        out.append(item.toString());
    return out;
}

} // namespace

QString SmtpAdapter::subjectFor(const OutboundMessage& message)
{
    const QString own = MailHeaderEncoder::clean(message.draft.subject);
    if (!own.isEmpty())
        return own;
    return tr("[%1] %2").arg(message.incident.reference, MailHeaderEncoder::clean(message.incident.title));
}

DeliveryOutcome SmtpAdapter::deliver(const OutboundMessage& message, const ChannelConfig& channel,
                                     const Secrets& secrets, HttpClient&)
{
    QString error;
    const std::optional<Prepared> prepared = prepare(channel, secrets, &error);
    if (!prepared)
        return DeliveryOutcome::failed(error);
    if (message.draft.body.trimmed().isEmpty())
        return DeliveryOutcome::failed(tr("The message is empty; a mail needs some text."));
    const SmtpChannelSettings& settings = prepared->settings;

    MimeMessageBuilder::Mail mail;
    mail.fromName = settings.fromName;
    mail.fromAddress = settings.from;
    mail.subject = subjectFor(message);
    mail.text = message.draft.body;
    mail.language = message.draft.language;
    mail.date = dateOf(message);
    mail.messageId = MimeMessageBuilder::messageId(message.idempotencyKey, settings.from);
    const QString first = message.thread.value(kFirstId).toString();
    if (!first.isEmpty() && first != mail.messageId) {
        mail.inReplyTo = first;
        mail.references = {first};
    }

    QJsonObject thread = message.thread;
    if (first.isEmpty())
        thread.insert(kFirstId, mail.messageId);
    thread.insert(kLastId, mail.messageId);

    SmtpTransport transport(prepared->transport);
    const QString server = transport.serverLabel();
    // SMTP gives no way to ask whether a mail was taken. What decides is the end of the mail: a server that
    // loses the connection before it discards the mail, so the attempt notes in its journal just before
    // sending it. After a crash, a mail that never got that far is sent again (exactly once), and one that
    // did is taken as sent, with a note for the commander: the server had the whole mail, only its answer
    // is unknown.
    const QJsonObject interrupted = message.mayHaveBeenSent ? message.progress : QJsonObject();
    const QString unconfirmed =
        tr("The mail server %1 had the whole mail when Vigie stopped, before it confirmed it; SMTP offers no "
           "way to check, so it was not sent again. Retry sends it again with the same Message-ID.")
            .arg(server);
    AttemptJournal* journal = message.journal.get();
    if (settings.mode == SmtpChannelSettings::Mode::Bcc) {
        if (interrupted.value(kHandedOver).toString() == message.idempotencyKey) {
            DeliveryOutcome outcome = DeliveryOutcome::sent(mail.messageId, thread);
            outcome.message = unconfirmed;
            return outcome;
        }
        mail.to = settings.to;
        const QString key = message.idempotencyKey;
        const SmtpTransport::Result result = transport.send(
            settings.from, settings.everyone(), MimeMessageBuilder::build(mail), [journal, key] {
                if (journal)
                    journal->note(QJsonObject{{kHandedOver, key}});
            });
        if (!result.ok())
            return outcomeOf(result, server, channel);
        return DeliveryOutcome::sent(mail.messageId, thread);
    }

    // One mail per recipient. Those that accepted it are written to the thread of every outcome, so that
    // the attempt after a partial failure mails only the others, and to the journal as they go.
    QJsonObject progress = thread.value(kIndividualSent).toObject();
    QStringList done = toList(progress.value(message.idempotencyKey));
    for (const QString& recipient : toList(interrupted.value(kDone))) {
        if (!done.contains(recipient, Qt::CaseInsensitive))
            done.append(recipient);
    }
    const QString handedOver = interrupted.value(kHandedOver).toString();
    if (!handedOver.isEmpty() && !done.contains(handedOver, Qt::CaseInsensitive))
        done.append(handedOver);
    std::optional<DeliveryOutcome> deferred;
    QStringList refused;
    QString lastRefusal;
    for (const QString& recipient : settings.everyone()) {
        if (done.contains(recipient, Qt::CaseInsensitive))
            continue;
        mail.to = {recipient};
        const QJsonArray doneSoFar = QJsonArray::fromStringList(done);
        const SmtpTransport::Result result = transport.send(
            settings.from, {recipient}, MimeMessageBuilder::build(mail), [journal, doneSoFar, recipient] {
                if (journal)
                    journal->note(QJsonObject{{kDone, doneSoFar}, {kHandedOver, recipient}});
            });
        if (result.ok()) {
            done.append(recipient);
            continue;
        }
        DeliveryOutcome outcome = outcomeOf(result, server, channel);
        if (result.kind == SmtpTransport::Result::Kind::Refused && !result.temporary()) {
            refused.append(recipient);
            lastRefusal = outcome.message;
            continue;
        }
        deferred = outcome;
        // No connection or no login: the next recipients would fare no better.
        if (result.kind != SmtpTransport::Result::Kind::Refused)
            break;
    }
    progress.insert(message.idempotencyKey, QJsonArray::fromStringList(done));
    thread.insert(kIndividualSent, progress);
    if (deferred) {
        deferred->thread = thread;
        return *deferred;
    }
    if (!refused.isEmpty()) {
        DeliveryOutcome outcome = DeliveryOutcome::failed(
            refused.size() == 1 ? lastRefusal
                                : tr("The mail server %1 refused %2 recipients: %3. The others got the mail.")
                                      .arg(server)
                                      .arg(refused.size())
                                      .arg(refused.join(QStringLiteral(", "))));
        outcome.thread = thread;
        return outcome;
    }
    progress.remove(message.idempotencyKey);
    if (progress.isEmpty())
        thread.remove(kIndividualSent);
    else
        thread.insert(kIndividualSent, progress);
    DeliveryOutcome outcome = DeliveryOutcome::sent(mail.messageId, thread);
    if (!handedOver.isEmpty())
        outcome.message = unconfirmed;
    return outcome;
}

DeliveryOutcome SmtpAdapter::test(const ChannelConfig& channel, const Secrets& secrets, HttpClient&)
{
    QString error;
    const std::optional<Prepared> prepared = prepare(channel, secrets, &error);
    if (!prepared)
        return DeliveryOutcome::failed(error);
    SmtpTransport transport(prepared->transport);
    return outcomeOf(transport.verify(), transport.serverLabel(), channel);
}
