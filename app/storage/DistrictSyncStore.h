#pragma once

#include "core/Staff.h"
#include "core/crypto/Ed25519.h"
#include "storage/RosterStore.h"
#include "core/SyncStore.h"

#include <memory>
#include <optional>

namespace gd {

class Database;

// The kiosk database as the sync engine sees it (sync/SyncStore.h, implemented here so that
// gd_sync never links Qt Sql): the outbox in order, the back-off schedule and the small facts of
// the last runs in sync_state, and roster pages written with RosterStore in the same
// transaction as their cursor. Nothing in the outbox is ever deleted.
class DistrictSyncStore final : public SyncStore {
public:
    static constexpr qint64 kMaxPageRecords = 50'000;   // more in one page: refused whole

    explicit DistrictSyncStore(Database& db);
    ~DistrictSyncStore() override;

    Result<QList<PendingEvent>> pendingEvents(qint64 afterSeq, int limit) override;
    Result<qint64> pendingCount() override;
    Status recordOutcomes(const QList<EventOutcome>& outcomes) override;
    Status recordAttempt(const QStringList& eventIds, const QString& error) override;

    Result<BackoffState> backoff() override;
    Status setBackoff(const BackoffState& state) override;

    Result<QString> rosterCursor() override;
    Status applyRosterPage(const RosterPage& page, const QString& nextCursor) override;

    Result<QString> stateValue(const QString& key) override;
    Status setStateValue(const QString& key, const QString& value) override;

    Result<QByteArray> devicePublicKey() override;
    Result<SignedAuditHead> signedAuditHead(const QString& deviceId, const QString& signedAt) override;
    Status saveDeviceKeys(const QByteArray& devicesJson) override;
    Status saveWitnessedHeads(const QByteArray& headsJson) override;

    // The OAuth client secret, sealed at rest with the device key (AES-256-GCM, DeviceSecrets):
    // a copy of the database alone does not give it away. Empty when none was kept.
    Status keepClientSecret(QByteArrayView secret);
    Result<crypto::SecretBytes> clientSecret();

    // What the audit head signs (district-api.md 1.1).
    static QByteArray auditHeadMessage(const QString& deviceId, qint64 seq, const QString& hash, const QString& signedAt);

    // What sync kept: the "devices" array of GET /v1/devices/keys and the "heads" array of GET
    // /v1/devices/{id}/audit-heads, as JSON text; empty when never fetched.
    Result<QByteArray> keptDeviceKeys();
    Result<QByteArray> witnessedHeads();

private:
    Result<const crypto::Ed25519Key*> key();
    // The page's records and the cursor in one transaction.
    Status applyRosterPageNow(const RosterPage& page, const QString& nextCursor);
    // True when the page can be indexed from itself alone (RosterStore's FreshBulk): its
    // students are all new, every link is between its own records and none is removed, and
    // the adults it repeats from earlier pages kept their names.
    Result<bool> isSelfContainedAndNew(const RosterPage& page);

    Database& m_db;
    Actor m_actor;
    std::unique_ptr<RosterStore> m_roster;   // statements prepared once for every page
    std::unique_ptr<RosterStore> m_freshRoster;
    SqliteStatement m_studentExists, m_guardianName;
    bool m_checksPrepared = false;
    bool m_largeCache = false;
    bool m_longWal = false;
    std::optional<crypto::Ed25519Key> m_key;
};

} // namespace gd
