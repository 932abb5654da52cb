#pragma once

#include "core/Result.h"
#include "core/Roster.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace gd {

// One outbox event waiting for the district, as district-api.md sends it.
struct PendingEvent {
    qint64 seq = 0;            // outbox order
    QString eventId;
    QJsonObject json;          // {"event_id", "type", "occurred_at", "staff_id", ...}
    int attempts = 0;
};

// The district's answer for one event that is final: delivered, or rejected with a reason.
struct EventOutcome {
    QString eventId;
    bool delivered = false;    // accepted or duplicate
    QString error;             // why it failed (rejected, or a whole batch refused with 400)
};

// The head of the device's audit chain, signed by the device key for the district's witness:
// Ed25519 over "GDAH1|<device_id>|<seq>|<hash>|<signed_at>".
struct SignedAuditHead {
    qint64 seq = 0;
    QString hash;
    QString signedAt;
    QByteArray signature;      // 64 bytes
};

// What the sync engine keeps between runs. A failed run never loses a schedule: the next
// attempt and the failure count survive a restart of the kiosk.
struct BackoffState {
    int failures = 0;          // transient failures in a row
    QDateTime nextAttemptAt;   // UTC; invalid: now
    QString lastError;
};

// The sync engine's view of the kiosk database. Declared in gd_core (Qt Core types only), the
// one layer both sides link: gd_storage implements it (DistrictSyncStore), gd_sync's engine
// uses it, neither links the other, and tests hand the engine a fake.
class SyncStore {
public:
    virtual ~SyncStore() = default;

    // Pending events in outbox order, at most `limit`, after `afterSeq`.
    virtual Result<QList<PendingEvent>> pendingEvents(qint64 afterSeq, int limit) = 0;
    virtual Result<qint64> pendingCount() = 0;
    // Final outcomes: delivered events are done; failed ones keep their reason and stay in the
    // outbox until an administrator retries them.
    virtual Status recordOutcomes(const QList<EventOutcome>& outcomes) = 0;
    // A transient failure: the events stay pending; their attempt count and last error move.
    virtual Status recordAttempt(const QStringList& eventIds, const QString& error) = 0;

    virtual Result<BackoffState> backoff() = 0;
    virtual Status setBackoff(const BackoffState& state) = 0;

    // The roster cursor; empty: from the beginning.
    virtual Result<QString> rosterCursor() = 0;
    // The page's records and its next cursor, in one transaction: both or neither.
    virtual Status applyRosterPage(const RosterPage& page, const QString& nextCursor) = 0;

    // Small facts for the status panel and the next run ("enrollment", "last_success",
    // "clock_skew_seconds", "roster_problem", ...); empty when never set.
    virtual Result<QString> stateValue(const QString& key) = 0;
    virtual Status setStateValue(const QString& key, const QString& value) = 0;

    // The device's Ed25519 public key (raw 32 bytes) and its signed audit head.
    virtual Result<QByteArray> devicePublicKey() = 0;
    virtual Result<SignedAuditHead> signedAuditHead(const QString& deviceId, const QString& signedAt) = 0;
    // The district's list of device keys (the "devices" array of GET /v1/devices/keys), kept
    // for offline checks of other kiosks' seals and exports.
    virtual Status saveDeviceKeys(const QByteArray& devicesJson) = 0;
    // The heads of this kiosk's audit chain that the district witnessed (the "heads" array of
    // GET /v1/devices/{id}/audit-heads), for verify-audit --district.
    virtual Status saveWitnessedHeads(const QByteArray& headsJson) = 0;
};

} // namespace gd
