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

// What a checkpoint signs: "GDA2|<previous checkpoint's seq>|<seq>|<hash>". Naming the
// previous checkpoint links the checkpoints into a chain of their own, so deleting any of them
// shows. (Version 1, "GDA1|<seq>|<hash>", is still read for checkpoints written before.)
QByteArray checkpointMessage(qint64 previousCheckpointSeq, qint64 seq, const QString& hash);
QByteArray legacyCheckpointMessage(qint64 seq, const QString& hash);

// The first entry that no signed checkpoint covers yet (entries after the last checkpoint), or
// 0 when every entry is covered. A change refuses to sign over such a tail: the device key
// never vouches for entries it did not write.
Result<qint64> firstUncoveredSeq(Database& db);
// The seq of the last checkpoint (0 when none), read inside the change that adds the next.
Result<qint64> lastCheckpointSeq(Database& db);

struct Verdict {
    qint64 entries = 0;
    qint64 checkpoints = 0;   // signed checkpoints that verified
    qint64 lastSeq = 0;       // the chain's head
    qint64 firstBadSeq = 0;   // 0 when the chain holds
    QString problem;          // why the first bad entry is bad
    bool holds() const { return firstBadSeq == 0 && problem.isEmpty(); }
};

// Walks the chain, then checks that the signed checkpoints link up from the first entry to the
// last one under `publicKey` (raw 32 bytes), a key from outside the database (DeviceKeyAnchor).
// Without one, the device's own key as sealed under device.key is used, never the public key
// the database stores. Zero checkpoints, a deleted one, or entries after the last one fail.
Result<Verdict> verify(Database& db, const QByteArray& publicKey = {});

} // namespace AuditLog

} // namespace gd
