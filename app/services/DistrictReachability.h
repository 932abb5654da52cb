#pragma once

#include <QObject>

#include <memory>

namespace gd {

class Database;
class DistrictClient;
struct HealthResult;

// Whether the district server can be reached now: GET /v1/health against the endpoint in the
// settings (https only, the district CA bundle and pin), recorded in the sync status so that a
// configured kiosk says "offline" until the next success. The kiosk's status line asks it on a
// timer; it owns the network client, so no screen does.
class DistrictReachability : public QObject {
    Q_OBJECT
public:
    explicit DistrictReachability(Database& db, QObject* parent = nullptr);
    ~DistrictReachability() override;

    // Asks the server; the answer comes with `probed`. False when no district server is
    // configured (nothing is asked); a probe already under way is not started twice.
    bool probe();
    bool isProbing() const { return m_probing; }

Q_SIGNALS:
    // `clockNote`: a sentence for staff when this computer's clock is more than two minutes
    // off the server's, else empty.
    void probed(bool reachable, const QString& clockNote);

private:
    void onHealth(const HealthResult& result);

    Database& m_db;
    std::unique_ptr<DistrictClient> m_client;
    bool m_probing = false;
};

} // namespace gd
