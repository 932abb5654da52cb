#include "storage/SyncStatus.h"

#include "storage/Database.h"
#include "storage/Settings.h"

#include <QHash>

using namespace Qt::Literals::StringLiterals;

namespace gd {

SyncStatus SyncStatus::read(Database& db)
{
    SyncStatus st;
    const Settings settings(db);
    QHash<QString, QString> state;
    if (auto q = db.exec(u"SELECT key, value FROM sync_state"_s)) {
        while (q->next())
            state.insert(q->value(0).toString(), q->value(1).toString());
    }
    if (auto q = db.exec(u"SELECT state, count(*) FROM outbox WHERE state != 'done' GROUP BY state"_s)) {
        while (q->next()) {
            if (q->value(0).toString() == u"pending")
                st.pendingEvents = q->value(1).toInt();
            else
                st.failedEvents = q->value(1).toInt();
        }
    }
    st.lastSuccess = QDateTime::fromString(state.value(u"last_success_at"_s), Qt::ISODate);
    st.lastRun = QDateTime::fromString(state.value(u"last_run"_s), Qt::ISODate);
    st.nextAttemptAt = QDateTime::fromString(state.value(u"backoff.next_attempt_at"_s), Qt::ISODate);
    st.failuresInARow = state.value(u"backoff.failures"_s).toInt();
    bool skewKnown = false;
    const qint64 skew = state.value(u"clock_skew_seconds"_s).toLongLong(&skewKnown);
    if (skewKnown)
        st.clockSkewSeconds = skew;
    st.enrollment = state.value(u"enrollment"_s);
    st.enrollmentMessage = state.value(u"enrollment_message"_s);
    st.rosterProblem = state.value(u"roster_problem"_s);
    if (settings.value(Settings::ServerUrl).isEmpty()) {
        st.state = State::NeverConfigured;
    } else if (!state.value(u"last_error"_s).isEmpty()) {
        st.state = State::Offline;
        st.lastError = state.value(u"last_error"_s);
    } else if (st.lastSuccess.isValid()) {
        st.state = State::Synced;
    } else {
        st.state = State::NeverSynced;
    }
    return st;
}

namespace {

Status putState(Database& db, const QString& key, const QString& value)
{
    auto q = db.exec(u"INSERT INTO sync_state(key, value, updated_at) VALUES (?, ?, ?) ON CONFLICT(key) DO UPDATE "
                     "SET value = excluded.value, updated_at = excluded.updated_at"_s,
                     {key, value.isNull() ? QString(QLatin1StringView("")) : value, db.clock().nowIso()});
    return q ? Status() : q.error();
}

} // namespace

Status SyncStatus::recordHealth(Database& db, bool reachable, const QString& error)
{
    return putState(db, u"last_error"_s, reachable ? QString() : (error.isEmpty() ? u"unreachable"_s : error.left(300)));
}

Status SyncStatus::recordSuccess(Database& db)
{
    if (auto s = putState(db, u"last_error"_s, QString()); !s)
        return s;
    return putState(db, u"last_success_at"_s, db.clock().nowIso());
}

} // namespace gd
