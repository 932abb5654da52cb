#pragma once

#include "core/Result.h"
#include "core/Staff.h"

#include <QByteArrayView>
#include <QJsonObject>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <functional>

namespace gd {

class Database;

// An event for the district, exactly as district-api.md describes it. The outbox holds it until
// the district has answered accepted or duplicate.
struct OutboxEvent {
    QString eventId;      // uuid v4; made by emitEvent when empty
    QString type;         // "guardian.verified", "access_key.issued", ...
    QString occurredAt;   // RFC 3339 UTC; the transaction's time when empty
    QString staffId;      // the actor when empty
    QString studentId;
    QString guardianId;
    QJsonObject data;
};

// The inside of one Database::transact(): domain writes, the audit entry and the outbox event
// share one SQLite transaction.
class UnitOfWork {
public:
    UnitOfWork(Database& db, const Actor& actor);

    const Actor& actor() const { return m_actor; }
    Database& database() { return m_db; }
    // The last audit entry this change wrote (seq 0 when none): the transaction signs it.
    qint64 lastAuditSeq() const { return m_lastAuditSeq; }
    qint64 firstAuditSeq() const { return m_firstAuditSeq; }
    const QString& lastAuditHash() const { return m_lastAuditHash; }
    QString now() const { return m_now; }   // one instant for the whole change

    Result<QSqlQuery> exec(const QString& sql, const QVariantList& binds = {});

    // Appends a hash-chained audit entry. `details` must hold no secret and, for personal
    // data, only ids.
    Status audit(const QString& action, const QString& entityType, const QString& entityId,
                 const QJsonObject& details = {});

    // The change that creates the device key signs its own checkpoint with that key.
    using CheckpointSigner = std::function<Result<QByteArray>(QByteArrayView message)>;
    void setCheckpointSigner(CheckpointSigner signer) { m_signer = std::move(signer); }
    const CheckpointSigner& checkpointSigner() const { return m_signer; }

    // Appends an event to the outbox; returns its event id.
    Result<QString> emitEvent(OutboxEvent event);

private:
    Database& m_db;
    Actor m_actor;
    QString m_now;
    qint64 m_lastAuditSeq = 0;
    qint64 m_firstAuditSeq = 0;
    CheckpointSigner m_signer;
    QString m_lastAuditHash;
};

} // namespace gd
