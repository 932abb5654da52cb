#include "storage/UnitOfWork.h"

#include "storage/AuditLog.h"
#include "storage/Database.h"

#include <QJsonDocument>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace gd {

UnitOfWork::UnitOfWork(Database& db, const Actor& actor)
    : m_db(db)
    , m_actor(actor)
    , m_now(db.clock().nowIso())
{
    if (m_actor.deviceId.isEmpty())
        m_actor.deviceId = db.deviceId();
}

Result<QSqlQuery> UnitOfWork::exec(const QString& sql, const QVariantList& binds)
{
    return m_db.exec(sql, binds);
}

Status UnitOfWork::audit(const QString& action, const QString& entityType, const QString& entityId,
                         const QJsonObject& details)
{
    auto last = exec(u"SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1"_s);
    if (!last)
        return last.error();
    AuditLog::Entry e;
    QString previous = AuditLog::kGenesisHash;
    e.seq = 1;
    if (last->next()) {
        e.seq = last->value(0).toLongLong() + 1;
        previous = last->value(1).toString();
    }
    e.at = m_now;
    e.staffId = m_actor.staffId;
    e.deviceId = m_actor.deviceId;
    e.action = action;
    e.entityType = entityType;
    e.entityId = entityId;
    e.details = details;
    const QString hash = AuditLog::chainHash(previous, e);
    auto insert = exec(u"INSERT INTO audit_log(seq, at, staff_id, device_id, action, entity_type, entity_id, details, "
                       "prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                       {e.seq, e.at, e.staffId, e.deviceId, e.action, e.entityType, e.entityId,
                        QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact)), previous, hash});
    if (!insert)
        return insert.error();
    if (m_firstAuditSeq == 0)
        m_firstAuditSeq = e.seq;
    m_lastAuditSeq = e.seq;
    m_lastAuditHash = hash;
    return {};
}

Result<QString> UnitOfWork::emitEvent(OutboxEvent event)
{
    if (event.eventId.isEmpty())
        event.eventId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (event.occurredAt.isEmpty())
        event.occurredAt = m_now;
    if (event.staffId.isEmpty())
        event.staffId = m_actor.staffId;
    if (event.type.isEmpty())
        return Error::failed(u"internal error: an event without a type"_s);
    auto insert = exec(u"INSERT INTO outbox(event_id, type, occurred_at, staff_id, student_id, guardian_id, data) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
                       {event.eventId, event.type, event.occurredAt, event.staffId,
                        event.studentId.isEmpty() ? QVariant() : QVariant(event.studentId),
                        event.guardianId.isEmpty() ? QVariant() : QVariant(event.guardianId),
                        QString::fromUtf8(QJsonDocument(event.data).toJson(QJsonDocument::Compact))});
    if (!insert)
        return insert.error();
    return event.eventId;
}

} // namespace gd
