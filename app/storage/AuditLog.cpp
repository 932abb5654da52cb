#include "storage/AuditLog.h"

#include "core/crypto/Ed25519.h"
#include "storage/Database.h"

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

QByteArray checkpointMessage(qint64 seq, const QString& hash)
{
    return "GDA1|" + QByteArray::number(seq) + '|' + hash.toLatin1();
}

Result<Verdict> verify(Database& db, const QByteArray& anchoredPublicKey)
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

    // Checkpoints: each must sign the hash the chain has at its entry, with the device key.
    QByteArray publicKey = anchoredPublicKey;
    if (publicKey.isEmpty()) {
        auto k = db.exec(u"SELECT value FROM settings WHERE key = 'device.signing_public_key'"_s);
        if (!k)
            return k.error();
        if (k->next())
            publicKey = QByteArray::fromBase64(k->value(0).toString().toLatin1());
    }
    auto c = db.exec(u"SELECT c.seq, c.hash, c.signature, a.hash FROM audit_checkpoints c "
                     "LEFT JOIN audit_log a ON a.seq = c.seq ORDER BY c.seq"_s);
    if (!c)
        return c.error();
    while (c->next()) {
        const qint64 seq = c->value(0).toLongLong();
        const QString signedHash = c->value(1).toString();
        const QByteArray signature = QByteArray::fromBase64(c->value(2).toString().toLatin1());
        const auto bad = [&](const QString& why) {
            v.firstBadSeq = seq;
            v.problem = why;
        };
        if (c->value(3).isNull()) {
            bad(u"a signed checkpoint names entry %1, which is missing"_s.arg(seq));
            break;
        }
        if (publicKey.size() != 32 || !crypto::ed25519Verify(publicKey, checkpointMessage(seq, signedHash), signature)) {
            bad(u"the device's signature on the checkpoint at entry %1 does not verify"_s.arg(seq));
            break;
        }
        if (signedHash != c->value(3).toString()) {
            bad(u"entries up to %1 were rewritten (the chain no longer matches the signed checkpoint)"_s.arg(seq));
            break;
        }
        ++v.checkpoints;
    }
    return v;
}

} // namespace gd::AuditLog
