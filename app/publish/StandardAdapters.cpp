#include "publish/StandardAdapters.h"

#include "publish/AdapterRegistry.h"
#include "publish/adapters/DiscordWebhookAdapter.h"
#include "publish/adapters/GenericWebhookAdapter.h"
#include "publish/adapters/MattermostWebhookAdapter.h"
#include "publish/adapters/SlackWebhookAdapter.h"
#include "publish/adapters/TeamsWorkflowAdapter.h"
#include "publish/adapters/TelegramBotAdapter.h"
#include "publish/BlueskyAdapter.h"
#include "publish/CachetAdapter.h"
#include "publish/FallbackPageAdapter.h"
#include "publish/MastodonAdapter.h"
#include "publish/SmtpAdapter.h"
#include "publish/StatuspageAdapter.h"

std::shared_ptr<AdapterRegistry> StandardAdapters::make(const Clock& clock,
                                                        std::shared_ptr<const StatusSnapshotSource> snapshots)
{
    auto registry = std::make_shared<AdapterRegistry>();
    if (snapshots)
        registry->add(std::make_shared<FallbackPageAdapter>(std::move(snapshots)));
    registry->add(std::make_shared<StatuspageAdapter>());
    registry->add(std::make_shared<CachetAdapter>());
    registry->add(std::make_shared<CachetAdapter>(2));
    registry->add(std::make_shared<CachetAdapter>(3));
    registry->add(std::make_shared<SmtpAdapter>());
    registry->add(std::make_shared<MastodonAdapter>());
    registry->add(std::make_shared<BlueskyAdapter>(clock));
    registry->add(std::make_shared<SlackWebhookAdapter>(clock));
    registry->add(std::make_shared<DiscordWebhookAdapter>(clock));
    registry->add(std::make_shared<TeamsWorkflowAdapter>(clock));
    registry->add(std::make_shared<MattermostWebhookAdapter>(clock));
    registry->add(std::make_shared<TelegramBotAdapter>(clock));
    registry->add(std::make_shared<GenericWebhookAdapter>(clock));
    return registry;
}
