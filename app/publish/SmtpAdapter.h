#pragma once

#include "publish/ChannelAdapter.h"

#include <QCoreApplication>

// Email over SMTP (type "smtp"): one multipart text + HTML mail per message, through libcurl with TLS
// required (STARTTLS or implicit), the certificate verified, and AUTH when a username is set. Updates thread
// under the first mail (In-Reply-To and References carry its Message-ID, kept in the thread as
// `first_message_id`). The Message-ID comes from the delivery's idempotency key, so a resend is recognisably
// the same mail. SMTP cannot be asked what it took: the attempt notes in its journal when it is about to end
// a mail, and after a crash a mail that got that far is not sent again (it is reported as unconfirmed).
//
// Settings: `server`, `port`, `security` (starttls | tls), `username`, `ca_file`, `timeout_ms`, `from`,
// `from_name`, `to` (visible), `recipients` (hidden in bcc mode), `mode` (bcc | individual).
// Secret: `password` (when `username` is set).
class SmtpAdapter final : public ChannelAdapter
{
    Q_DECLARE_TR_FUNCTIONS(SmtpAdapter)

public:
    QString type() const override { return QStringLiteral("smtp"); }
    DeliveryOutcome deliver(const OutboundMessage& message, const ChannelConfig& channel,
                            const Secrets& secrets, HttpClient& client) override;
    DeliveryOutcome test(const ChannelConfig& channel, const Secrets& secrets, HttpClient& client) override;

    // The subject a draft goes out with: its own, else "[INC-42] title".
    static QString subjectFor(const OutboundMessage& message);
};
