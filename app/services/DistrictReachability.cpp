#include "services/DistrictReachability.h"

#include "core/Logging.h"
#include "storage/Database.h"
#include "storage/Settings.h"
#include "storage/SyncStatus.h"
#include "sync/DistrictClient.h"

#include <QCoreApplication>

namespace gd {

namespace {

DistrictEndpoint endpointFromSettings(Database& db)
{
    const Settings settings(db);
    DistrictEndpoint endpoint;
    endpoint.baseUrl = QUrl(settings.value(Settings::ServerUrl));
    endpoint.caBundlePath = settings.value(Settings::CaBundle);
    endpoint.spkiPin = settings.value(Settings::SpkiPin);
    endpoint.deviceId = db.deviceId();
    endpoint.clientId = settings.value(Settings::ClientId);
    return endpoint;
}

bool sameEndpoint(const DistrictEndpoint& a, const DistrictEndpoint& b)
{
    return a.baseUrl == b.baseUrl && a.caBundlePath == b.caBundlePath && a.spkiPin == b.spkiPin
           && a.deviceId == b.deviceId && a.clientId == b.clientId;
}

} // namespace

DistrictReachability::DistrictReachability(Database& db, QObject* parent)
    : QObject(parent)
    , m_db(db)
{
}

DistrictReachability::~DistrictReachability() = default;

bool DistrictReachability::probe()
{
    if (m_probing)
        return true;
    const DistrictEndpoint endpoint = endpointFromSettings(m_db);
    if (endpoint.baseUrl.isEmpty()) {
        m_client.reset();
        return false;
    }
    if (!m_client || !sameEndpoint(m_client->endpoint(), endpoint)) {
        m_client = std::make_unique<DistrictClient>(endpoint, nullptr, m_db.clock());
        connect(m_client.get(), &DistrictClient::healthChecked, this, &DistrictReachability::onHealth);
    }
    m_probing = true;
    m_client->checkHealth();
    return true;
}

void DistrictReachability::onHealth(const HealthResult& result)
{
    m_probing = false;
    if (auto recorded = SyncStatus::recordHealth(m_db, result.ok, result.message); !recorded)
        qCWarning(lcServices) << "sync reachability not recorded:" << recorded.message();
    QString clockNote;
    if (result.skewIsNoteworthy()) {
        const int minutes = int(qAbs(result.clockSkewSeconds) / 60);
        clockNote = QCoreApplication::translate("gd::SyncIndicator", "This computer's clock differs from the district "
                                                "server's by %n minute(s); ask for it to be set right.", nullptr, minutes);
    }
    Q_EMIT probed(result.ok, clockNote);
}

} // namespace gd
