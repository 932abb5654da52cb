#pragma once

#include "core/Result.h"
#include "core/Staff.h"

#include <QList>
#include <QString>

namespace gd {

class Database;

// The outbox as staff and administrators see it: what waits, what failed and why. Events are
// never deleted; a failed event goes back to pending only when an administrator says so.
class OutboxStore {
public:
    struct Row {
        qint64 seq = 0;
        QString eventId;
        QString type;
        QString state;          // pending, failed, done
        int attempts = 0;
        QString lastError;
        QString occurredAt;
        QString nextAttemptAt;  // when a failed delivery scheduled the next try; empty: no schedule
    };
    struct Counts { qint64 pending = 0, failed = 0, done = 0; };

    explicit OutboxStore(Database& db);

    // `state` empty: every event. `limit` <= 0: no limit. In outbox order.
    Result<QList<Row>> list(const QString& state, int limit = 0);
    Result<Counts> counts();

    // Failed events back to pending (all of them when `eventIds` is empty), for the next sync;
    // administrators only, audited. Returns how many moved.
    Result<qint64> retryFailed(const Actor& actor, const QStringList& eventIds = {});

    static bool isState(const QString& state);

private:
    Database& m_db;
};

} // namespace gd
