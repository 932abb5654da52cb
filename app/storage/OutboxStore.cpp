#include "storage/OutboxStore.h"

#include "storage/Database.h"
#include "storage/UnitOfWork.h"

#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace gd {

OutboxStore::OutboxStore(Database& db)
    : m_db(db)
{
}

bool OutboxStore::isState(const QString& state)
{
    return state == u"pending" || state == u"failed" || state == u"done";
}

Result<QList<OutboxStore::Row>> OutboxStore::list(const QString& state, int limit)
{
    if (!state.isEmpty() && !isState(state))
        return Error::badInput(u"unknown outbox state \"%1\" (pending, failed or done)"_s.arg(state));
    const QString sql = u"SELECT seq, event_id, type, state, attempts, last_error, occurred_at, next_attempt_at FROM outbox %1 "
                        "ORDER BY seq LIMIT ?"_s.arg(state.isEmpty() ? QString() : u"WHERE state = ?"_s);
    QVariantList binds;
    if (!state.isEmpty())
        binds << state;
    binds << (limit > 0 ? qint64(limit) : qint64(-1));
    auto q = m_db.exec(sql, binds);
    if (!q)
        return q.error();
    QList<Row> rows;
    while (q->next()) {
        rows.append({q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString(), q->value(3).toString(),
                     q->value(4).toInt(), q->value(5).toString(), q->value(6).toString(), q->value(7).toString()});
    }
    return rows;
}

Result<OutboxStore::Counts> OutboxStore::counts()
{
    auto q = m_db.exec(u"SELECT state, count(*) FROM outbox GROUP BY state"_s);
    if (!q)
        return q.error();
    Counts c;
    while (q->next()) {
        const QString state = q->value(0).toString();
        const qint64 n = q->value(1).toLongLong();
        if (state == u"pending")
            c.pending = n;
        else if (state == u"failed")
            c.failed = n;
        else
            c.done = n;
    }
    return c;
}

Result<qint64> OutboxStore::retryFailed(const Actor& actor, const QStringList& eventIds)
{
    if (!actor.has(Role::Administrator))
        return Error::denied(u"Only an administrator can send failed events again."_s);
    qint64 moved = 0;
    const Status s = m_db.transact(actor, [&](UnitOfWork& uow) -> Status {
        const QStringList ids = eventIds.isEmpty() ? QStringList{QString()} : eventIds;
        for (const QString& id : ids) {
            auto q = id.isEmpty()
                ? uow.exec(u"UPDATE outbox SET state = 'pending', next_attempt_at = NULL WHERE state = 'failed'"_s)
                : uow.exec(u"UPDATE outbox SET state = 'pending', next_attempt_at = NULL "
                           "WHERE state = 'failed' AND event_id = ?"_s, {id});
            if (!q)
                return q.error();
            moved += q->numRowsAffected();
        }
        if (moved == 0)
            return {};
        return uow.audit(u"outbox.retried"_s, u"outbox"_s, eventIds.isEmpty() ? u"all-failed"_s : eventIds.join(u','),
                         {{u"events"_s, moved}});
    });
    if (!s)
        return s.error();
    return moved;
}

} // namespace gd
