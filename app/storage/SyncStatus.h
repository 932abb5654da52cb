#pragma once

#include "core/Result.h"

#include <QDateTime>
#include <QString>

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

    static SyncStatus read(Database& db);
    // The kiosk's reachability probe (GET /v1/health) records its outcome here; a failed probe
    // makes a configured kiosk "offline" until the next success.
    static Status recordHealth(Database& db, bool reachable, const QString& error);
    // The sync engine records a completed sync here.
    static Status recordSuccess(Database& db);
};

} // namespace gd
