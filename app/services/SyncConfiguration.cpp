#include "services/SyncConfiguration.h"

#include "storage/Database.h"
#include "storage/DistrictSyncStore.h"
#include "storage/Settings.h"

using namespace Qt::Literals::StringLiterals;

namespace gd {

DistrictEndpoint SyncConfiguration::endpointFrom(Database& db, const Overrides& overrides)
{
    const Settings settings(db);
    DistrictEndpoint endpoint;
    endpoint.baseUrl = QUrl(overrides.serverUrl.value_or(settings.value(Settings::ServerUrl)));
    endpoint.caBundlePath = overrides.caBundle.value_or(settings.value(Settings::CaBundle));
    endpoint.spkiPin = overrides.spkiPin.value_or(settings.value(Settings::SpkiPin));
    endpoint.clientId = overrides.clientId.value_or(settings.value(Settings::ClientId));
    endpoint.deviceId = db.deviceId();
    return endpoint;
}

Result<SyncConfiguration> SyncConfiguration::read(Database& db, const Overrides& overrides)
{
    SyncConfiguration config;
    config.m_settings.endpoint = endpointFrom(db, overrides);
    const Settings settings(db);
    config.m_settings.schoolCode = settings.value(Settings::SchoolCode);
    config.m_settings.deviceLabel = settings.value(Settings::SchoolName);
    if (config.m_settings.endpoint.baseUrl.isEmpty())
        return Error::notFound(u"no district server is set (district.server_url)"_s);
    if (const Status valid = config.m_settings.endpoint.validate(); !valid)
        return Error::badInput(valid.message());
    return config;
}

Status SyncConfiguration::loadClientSecret(DistrictSyncStore& store, const Overrides& overrides)
{
    if (!overrides.clientSecretFile.isEmpty()) {
        auto read = ClientSecret::fromFile(overrides.clientSecretFile);
        if (!read)
            return Error::badInput(read.message());
        m_secret = std::move(read).value();
        // Kept sealed, so that later runs (and the kiosk's background sync) need no file.
        return store.keepClientSecret(m_secret.reveal());
    }
    auto kept = store.clientSecret();
    if (!kept)
        return kept.error();
    if (kept->isEmpty())
        return Error::notFound(u"no client secret is kept on this kiosk"_s);
    m_secret = ClientSecret(QByteArray(kept->bytes()));
    return {};
}

bool SyncConfiguration::sameAs(const SyncConfiguration& other) const
{
    return m_settings.endpoint == other.m_settings.endpoint && m_settings.schoolCode == other.m_settings.schoolCode
           && m_settings.deviceLabel == other.m_settings.deviceLabel && m_secret.reveal() == other.m_secret.reveal();
}

std::unique_ptr<SyncEngine> SyncConfiguration::makeEngine(SyncStore& store, const Clock& clock,
                                                          SyncEngine::NetworkFactory networkFactory,
                                                          QObject* parent) const
{
    return std::make_unique<SyncEngine>(m_settings, ClientSecret(QByteArray(m_secret.reveal())), store, clock,
                                        std::move(networkFactory), parent);
}

} // namespace gd
