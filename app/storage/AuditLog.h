#pragma once

#include "core/Result.h"

#include <QJsonObject>
#include <QString>

namespace gd {

class Database;

// The append-only audit chain. Each entry's hash is SHA-256 over the previous entry's hash and
// the entry's canonical form, so an edited, removed or reordered row breaks the chain from
// that row on.
namespace AuditLog {

inline const QString kGenesisHash = QString(64, QLatin1Char('0'));

struct Entry {
    qint64 seq = 0;
    QString at;
    QString staffId;
    QString deviceId;
    QString action;
    QString entityType;
    QString entityId;
    QJsonObject details;
};

// The bytes that are hashed: compact JSON with sorted keys (QJsonObject sorts them).
QByteArray canonical(const Entry& e);
QString chainHash(const QString& previousHash, const Entry& e);

// What a checkpoint signs: "GDA1|<seq>|<hash>".
QByteArray checkpointMessage(qint64 seq, const QString& hash);

struct Verdict {
    qint64 entries = 0;
    qint64 checkpoints = 0;   // signed checkpoints that verified
    qint64 firstBadSeq = 0;   // 0 when the chain holds
    QString problem;          // why the first bad entry is bad
    bool holds() const { return firstBadSeq == 0 && problem.isEmpty(); }
};

// Walks the chain, then checks every signed checkpoint against the device's public key (from
// the database, or `anchoredPublicKey` when given: a copy kept outside the database).
Result<Verdict> verify(Database& db, const QByteArray& anchoredPublicKey = {});

} // namespace AuditLog

} // namespace gd
