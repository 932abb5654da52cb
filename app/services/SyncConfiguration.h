#pragma once

#include "core/Result.h"
#include "sync/ClientSecret.h"
#include "sync/SyncEngine.h"

#include <QString>

#include <memory>
#include <optional>

namespace gd {

class Database;
class DistrictSyncStore;

// How this kiosk syncs, read from its settings: the one place that turns settings into a sync
// engine, so the kiosk's background sync and the CLI's `sync` cannot drift apart. The CLI may
// override what an administrator passes on its command line.
class SyncConfiguration {
public:
    struct Overrides {
        std::optional<QString> serverUrl;
        std::optional<QString> caBundle;
        std::optional<QString> spkiPin;
        std::optional<QString> clientId;
        QString clientSecretFile;   // empty: the secret kept sealed on this kiosk
    };

    // Where the district server is, from the settings: what the reachability probe asks too.
    static DistrictEndpoint endpointFrom(Database& db, const Overrides& overrides = {});

    // The settings of a sync. NotFound when no district server is set (sync is not configured);
    // BadInput when what is set cannot be used safely (a plain http:// address, a bad pin...).
    static Result<SyncConfiguration> read(Database& db, const Overrides& overrides = {});

    // The OAuth client secret: from `overrides.clientSecretFile` (then kept sealed with the device
    // key for later runs) or the one kept before. NotFound when there is none.
    [[nodiscard]] Status loadClientSecret(DistrictSyncStore& store, const Overrides& overrides = {});

    const SyncSettings& settings() const { return m_settings; }
    bool hasClientSecret() const { return !m_secret.isEmpty(); }
    // Same server, trust, identity and secret: an engine built from `other` can be kept.
    bool sameAs(const SyncConfiguration& other) const;

    // The engine, holding a copy of the secret. `networkFactory` empty: a real network.
    std::unique_ptr<SyncEngine> makeEngine(SyncStore& store, const Clock& clock,
                                           SyncEngine::NetworkFactory networkFactory = {},
                                           QObject* parent = nullptr) const;

private:
    SyncSettings m_settings;
    ClientSecret m_secret;
};

} // namespace gd
