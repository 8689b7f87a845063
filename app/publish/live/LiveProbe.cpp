#include "publish/live/LiveProbe.h"

#include "publish/live/LiveCheckPlan.h"
#include "publish/live/PublicTextExtractor.h"

#include <optional>

namespace {

constexpr qint64 kMaxPageBytes = 4 << 20; // a status page's summary is far smaller

// The publishing default (1 MiB) suits API answers; a page with its history may be larger.
HttpClient::Options forPages(HttpClient::Options options)
{
    options.maxResponseBytes = kMaxPageBytes;
    return options;
}

} // namespace

LiveProbe::LiveProbe(HttpClient::Options options) : m_client(forPages(std::move(options))) {}

LiveProbe::Result LiveProbe::run(const LiveCheckPlan& plan)
{
    Result result;
    std::optional<Result> firstProblem; // an address that answers badly says more than "not there yet"
    for (const LiveCheckPlan::Source& source : plan.sources) {
        HttpRequest request;
        request.method = "GET";
        request.url = source.url;
        request.timeoutMs = plan.timeoutMs;
        request.setHeader("Accept", "application/json, text/html;q=0.9, */*;q=0.5");
        const HttpResponse response = m_client.send(request);
        const QString where = LiveCheckPlan::displayUrl(source.url);
        Result seen;
        seen.url = where;
        if (!response.answered()) {
            seen.reason = response.transportError.isEmpty() ? tr("%1 did not answer.").arg(where)
                                                            : response.transportError;
        } else if (response.status >= 300 && response.status < 400) {
            const QString location = QString::fromUtf8(response.header("Location"));
            seen.reason =
                tr("%1 answered HTTP %2 and sends readers to %3; set the channel's public address to "
                   "where the page is.")
                    .arg(where)
                    .arg(response.status)
                    .arg(location.isEmpty() ? tr("another address") : location);
        } else if (response.status != 200) {
            seen.reason = tr("%1 answered HTTP %2.").arg(where).arg(response.status);
        } else {
            const QString text = PublicTextExtractor::fromResponse(
                response.body, response.header("Content-Type"), source.scopeId);
            if (PublicTextExtractor::shows(text, plan.expectedText)) {
                seen.live = true;
                return seen;
            }
            result.url = where;
            result.reason = text.isEmpty() && !source.scopeId.isEmpty()
                                ? tr("The incident is not on the public page yet.")
                                : tr("The public page does not show the update yet.");
            continue;
        }
        if (!firstProblem)
            firstProblem = seen;
    }
    if (firstProblem)
        return *firstProblem;
    return result;
}
