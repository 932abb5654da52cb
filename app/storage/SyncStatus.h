#pragma once

#include "core/Result.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace gd {

class Database;

// What the sync indicator says. It never claims more than the database knows.
struct SyncStatus {
    enum class State { NeverConfigured, NeverSynced, Offline, Synced };
    State state = State::NeverConfigured;
    QDateTime lastSuccess;   // valid for Synced and, when there was one, Offline
    QString lastError;       // for Offline
    int pendingEvents = 0;
    int failedEvents = 0;

    // What the sync engine kept of its last runs (sync_state), for the status panel.
    QDateTime lastRun;             // when the last run ended, successful or not
    QDateTime nextAttemptAt;       // the back-off schedule after a failure; invalid: none
    int failuresInARow = 0;
    std::optional<qint64> clockSkewSeconds;   // this computer's clock minus the server's
    QString enrollment;            // "enrolled", "conflict", "api-1.0" or empty (never asked)
    QString enrollmentMessage;     // why enrollment did not succeed, for district IT
    QString rosterProblem;         // why the last roster page was refused, if it was

    static SyncStatus read(Database& db);
    // The kiosk's reachability probe (GET /v1/health) records its outcome here; a failed probe
    // makes a configured kiosk "offline" until the next success.
    static Status recordHealth(Database& db, bool reachable, const QString& error);
    // The sync engine records a completed sync here.
    static Status recordSuccess(Database& db);
};

} // namespace gd
