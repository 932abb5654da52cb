#include "services/DistrictReachability.h"

#include "core/Logging.h"
#include "services/SyncConfiguration.h"
#include "storage/Database.h"
#include "storage/SyncStatus.h"
#include "sync/DistrictClient.h"

#include <QCoreApplication>

namespace gd {

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
    const DistrictEndpoint endpoint = SyncConfiguration::endpointFrom(m_db);
    if (endpoint.baseUrl.isEmpty()) {
        m_client.reset();
        return false;
    }
    if (!m_client || m_client->endpoint() != endpoint) {
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
