#include "storage/AuditLog.h"

#include "core/crypto/Ed25519.h"
#include "storage/Database.h"
#include "storage/DeviceSecrets.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace gd::AuditLog {

QByteArray canonical(const Entry& e)
{
    const QJsonObject o{
        {u"seq"_s, e.seq},
        {u"at"_s, e.at},
        {u"staff_id"_s, e.staffId},
        {u"device_id"_s, e.deviceId},
        {u"action"_s, e.action},
        {u"entity_type"_s, e.entityType},
        {u"entity_id"_s, e.entityId},
        {u"details"_s, e.details},
    };
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QString chainHash(const QString& previousHash, const Entry& e)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(previousHash.toLatin1());
    h.addData(canonical(e));
    return QString::fromLatin1(h.result().toHex());
}

QByteArray checkpointMessage(qint64 previousCheckpointSeq, qint64 seq, const QString& hash)
{
    return "GDA2|" + QByteArray::number(previousCheckpointSeq) + '|' + QByteArray::number(seq) + '|' + hash.toLatin1();
}

QByteArray legacyCheckpointMessage(qint64 seq, const QString& hash)
{
    return "GDA1|" + QByteArray::number(seq) + '|' + hash.toLatin1();
}

Result<qint64> lastCheckpointSeq(Database& db)
{
    auto q = db.exec(u"SELECT coalesce(max(seq), 0) FROM audit_checkpoints"_s);
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toLongLong() : 0;
}

Result<qint64> firstUncoveredSeq(Database& db)
{
    auto q = db.exec(u"SELECT (SELECT min(seq) FROM audit_log WHERE seq > "
                     "(SELECT coalesce(max(seq), 0) FROM audit_checkpoints))"_s);
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toLongLong() : 0;
}

namespace {

// The checkpoint between `previous` and `seq` that a GDA2 signature names, when one was
// deleted: the signature verifies for exactly one previous seq. Bounded, so a forged
// signature costs little to refuse.
qint64 deletedCheckpointBefore(const QByteArray& publicKey, qint64 previous, qint64 seq, const QString& hash,
                               const QByteArray& signature)
{
    constexpr qint64 kMaxTries = 4096;
    for (qint64 p = seq - 1; p > previous && p >= seq - kMaxTries; --p) {
        if (crypto::ed25519Verify(publicKey, checkpointMessage(p, seq, hash), signature))
            return p;
    }
    return 0;
}

} // namespace

Result<Verdict> verify(Database& db, const QByteArray& publicKey_)
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT seq, at, staff_id, device_id, action, entity_type, entity_id, details, prev_hash, hash "
                "FROM audit_log ORDER BY seq"_s))
        return Error::io(u"cannot read the audit log: %1"_s.arg(sqlError(q)));
    Verdict v;
    QString previous = kGenesisHash;
    qint64 expectedSeq = 0;
    while (q.next()) {
        Entry e;
        e.seq = q.value(0).toLongLong();
        e.at = q.value(1).toString();
        e.staffId = q.value(2).toString();
        e.deviceId = q.value(3).toString();
        e.action = q.value(4).toString();
        e.entityType = q.value(5).toString();
        e.entityId = q.value(6).toString();
        QJsonParseError pe{};
        const QJsonDocument details = QJsonDocument::fromJson(q.value(7).toString().toUtf8(), &pe);
        e.details = details.object();
        const QString prevHash = q.value(8).toString();
        const QString hash = q.value(9).toString();
        ++v.entries;
        const auto bad = [&](const QString& why) {
            v.firstBadSeq = e.seq;
            v.problem = why;
        };
        if (expectedSeq != 0 && e.seq != expectedSeq + 1) {
            bad(u"entries before %1 are missing (expected %2)"_s.arg(e.seq).arg(expectedSeq + 1));
            break;
        }
        expectedSeq = e.seq;
        if (pe.error != QJsonParseError::NoError || !details.isObject()) {
            bad(u"its details are not the JSON that was written"_s);
            break;
        }
        if (prevHash != previous) {
            bad(u"it does not follow the entry before it (previous hash differs)"_s);
            break;
        }
        // Re-serialising must reproduce the stored text, or details were edited in a way that
        // still parses.
        if (QJsonDocument(e.details).toJson(QJsonDocument::Compact) != q.value(7).toString().toUtf8()) {
            bad(u"its details were changed"_s);
            break;
        }
        if (chainHash(previous, e) != hash) {
            bad(u"its contents do not match its hash (the row was changed)"_s);
            break;
        }
        previous = hash;
    }
    if (v.holds() && expectedSeq == 0)
        v.entries = 0;
    q.finish();
    if (!v.holds())
        return v;

    v.lastSeq = expectedSeq;
    if (v.entries == 0)
        return v;

    // Checkpoints: each signs the hash the chain has at its entry and names the checkpoint
    // before it, so together they cover every entry up to the head.
    QByteArray publicKey = publicKey_;
    if (publicKey.isEmpty()) {
        auto sealed = DeviceSecrets::sealedSigningPublicKey(db);
        if (!sealed)
            return sealed.error();
        publicKey = *sealed;
    }
    if (publicKey.size() != crypto::Ed25519Key::kPublicKeySize)
        return Error::failed(u"there is no device key from outside the database to check the audit log with"_s);
    auto c = db.exec(u"SELECT c.seq, c.hash, c.signature, a.hash FROM audit_checkpoints c "
                     "LEFT JOIN audit_log a ON a.seq = c.seq ORDER BY c.seq"_s);
    if (!c)
        return c.error();
    qint64 previousCheckpoint = 0;
    bool linked = false;   // a GDA2 checkpoint was seen: every later one must be GDA2 too
    while (c->next()) {
        const qint64 seq = c->value(0).toLongLong();
        const QString signedHash = c->value(1).toString();
        const QByteArray signature = QByteArray::fromBase64(c->value(2).toString().toLatin1());
        const auto bad = [&](qint64 at, const QString& why) {
            v.firstBadSeq = at;
            v.problem = why;
        };
        if (c->value(3).isNull()) {
            bad(seq, u"a signed checkpoint names entry %1, which is missing (the log was cut)"_s.arg(seq));
            break;
        }
        if (crypto::ed25519Verify(publicKey, checkpointMessage(previousCheckpoint, seq, signedHash), signature)) {
            linked = true;
        } else if (linked || !crypto::ed25519Verify(publicKey, legacyCheckpointMessage(seq, signedHash), signature)) {
            if (const qint64 deleted = deletedCheckpointBefore(publicKey, previousCheckpoint, seq, signedHash, signature)) {
                bad(deleted,
                    u"the signed checkpoint at entry %1 was deleted (the checkpoint at entry %2 names it)"_s
                        .arg(deleted)
                        .arg(seq));
            } else {
                bad(seq, u"the device's signature on the checkpoint at entry %1 does not verify under the "
                         "enrolled key"_s.arg(seq));
            }
            break;
        }
        if (signedHash != c->value(3).toString()) {
            bad(seq, u"entries up to %1 were rewritten (the chain no longer matches the signed checkpoint)"_s.arg(seq));
            break;
        }
        previousCheckpoint = seq;
        ++v.checkpoints;
    }
    if (v.holds() && previousCheckpoint != v.lastSeq) {
        v.firstBadSeq = previousCheckpoint + 1;
        v.problem = previousCheckpoint == 0
            ? u"no entry is covered by a signed checkpoint (the checkpoints were deleted)"_s
            : previousCheckpoint + 1 == v.lastSeq
            ? u"entry %1 is not covered by a signed checkpoint (added without the device key, or its checkpoint was "
              "deleted)"_s.arg(v.lastSeq)
            : u"entries %1 to %2 are not covered by a signed checkpoint (added without the device key, or their "
              "checkpoint was deleted)"_s.arg(previousCheckpoint + 1).arg(v.lastSeq);
    }
    return v;
}

} // namespace gd::AuditLog
