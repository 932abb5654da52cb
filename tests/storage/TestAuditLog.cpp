#include "StorageTestUtil.h"

#include "core/crypto/Ed25519.h"
#include "storage/AuditLog.h"
#include "storage/AuditWitness.h"
#include "storage/DeviceKeyAnchor.h"
#include "storage/DistrictSyncStore.h"
#include "storage/Settings.h"

#include <QJsonArray>
#include <QJsonObject>

#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;
using namespace gd;

class TestAuditLog : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void chainHolds();
    void appendOnlyByTrigger();
    void editedRowIsNamed_data();
    void editedRowIsNamed();
    void rewrittenChainIsCaughtBySignedCheckpoints();
    void anchoredKeyCatchesAReplacedPublicKey();
    // What someone with write access to the database file, but without device.key, can try.
    void deletedCheckpointsAreNamed_data();
    void deletedCheckpointsAreNamed();
    void aCutTailIsNamed();
    void aForgedEntryIsNamedAndNotSignedOver();
    void aSwappedAndResignedKeyIsTampering();
    void aReplacedSealedKeyIsTampering();
    void theDistrictListAnchorsTheKey();
    void witnessedHeadsCatchAnEditAndACut();

private:
    QTemporaryDir m_dir;
    QString m_path;
    int m_n = 0;
};

void TestAuditLog::init()
{
    m_path = m_dir.filePath(u"audit-%1.db"_s.arg(++m_n));
    auto db = test::openOrFail(m_path);
    QVERIFY(db);
    Settings settings(*db);
    // Five audited changes.
    for (int i = 0; i < 5; ++i)
        QVERIFY(settings.set(test::admin(), Settings::IdleTimeoutSeconds, QString::number(60 + i)));
}

void TestAuditLog::chainHolds()
{
    auto db = test::openOrFail(m_path);
    auto v = AuditLog::verify(*db);
    QVERIFY2(v, qPrintable(v.message()));
    QVERIFY(v->holds());
    QCOMPARE(v->entries, 6);       // the device key's creation, then five changes
    QCOMPARE(v->checkpoints, 6);   // each change signed, the key's creation too
}

void TestAuditLog::appendOnlyByTrigger()
{
    auto db = test::openOrFail(m_path);
    auto q = db->exec(u"UPDATE audit_log SET staff_id = 'someone' WHERE seq = 2"_s);
    QVERIFY(!q);
    QVERIFY2(q.message().contains(u"append-only"_s), qPrintable(q.message()));
    QVERIFY(!db->exec(u"DELETE FROM audit_log WHERE seq = 5"_s));
}

void TestAuditLog::editedRowIsNamed_data()
{
    QTest::addColumn<QByteArray>("sql");
    QTest::addColumn<int>("firstBad");
    QTest::newRow("staff changed") << QByteArray("UPDATE audit_log SET staff_id = 'mallory' WHERE seq = 3") << 3;
    QTest::newRow("details changed") << QByteArray("UPDATE audit_log SET details = '{\"from\":\"60\",\"to\":\"9999\"}' WHERE seq = 2") << 2;
    QTest::newRow("time changed") << QByteArray("UPDATE audit_log SET at = '2020-01-01T00:00:00Z' WHERE seq = 4") << 4;
    QTest::newRow("row removed") << QByteArray("DELETE FROM audit_log WHERE seq = 2") << 3;
    QTest::newRow("last row removed and rehashed chain tail kept") << QByteArray("UPDATE audit_log SET hash = 'ff' WHERE seq = 1") << 1;
}

void TestAuditLog::editedRowIsNamed()
{
    QFETCH(QByteArray, sql);
    QFETCH(int, firstBad);
    // Someone with the file drops the triggers and edits a row.
    QVERIFY(test::rawExec(m_path, "DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete"));
    QVERIFY(test::rawExec(m_path, sql.constData()));
    auto db = test::openOrFail(m_path);
    auto v = AuditLog::verify(*db);
    QVERIFY(v);
    QVERIFY(!v->holds());
    QCOMPARE(v->firstBadSeq, qint64(firstBad));
    QVERIFY(!v->problem.isEmpty());
}

void TestAuditLog::rewrittenChainIsCaughtBySignedCheckpoints()
{
    // Someone edits entry 3 and recomputes every hash after it, as anyone with the file could.
    QVERIFY(test::rawExec(m_path, "DROP TRIGGER audit_log_no_update"));
    {
        auto db = test::openOrFail(m_path);
        auto rows = db->exec(u"SELECT seq, at, staff_id, device_id, action, entity_type, entity_id, details FROM audit_log ORDER BY seq"_s);
        QVERIFY(rows);
        QString previous = AuditLog::kGenesisHash;
        QList<std::pair<qint64, QString>> rehashed;
        while (rows->next()) {
            AuditLog::Entry e{rows->value(0).toLongLong(), rows->value(1).toString(), rows->value(2).toString(),
                              rows->value(3).toString(), rows->value(4).toString(), rows->value(5).toString(),
                              rows->value(6).toString(),
                              QJsonDocument::fromJson(rows->value(7).toString().toUtf8()).object()};
            if (e.seq == 3)
                e.staffId = u"mallory"_s;
            const QString hash = AuditLog::chainHash(previous, e);
            rehashed.append({e.seq, hash});
            QVERIFY(db->exec(u"UPDATE audit_log SET staff_id = ?, prev_hash = ?, hash = ? WHERE seq = ?"_s,
                             {e.staffId, previous, hash, e.seq}));
            previous = hash;
        }
    }
    auto db = test::openOrFail(m_path);
    auto v = AuditLog::verify(*db);
    QVERIFY(v);
    QVERIFY(!v->holds());
    QCOMPARE(v->firstBadSeq, 3);   // the first signed checkpoint at or after the edit
    QVERIFY2(v->problem.contains(u"rewritten"_s), qPrintable(v->problem));
}

void TestAuditLog::anchoredKeyCatchesAReplacedPublicKey()
{
    auto db = test::openOrFail(m_path);
    auto k = db->exec(u"SELECT value FROM settings WHERE key = 'device.signing_public_key'"_s);
    QVERIFY(k && k->next());
    const QByteArray real = QByteArray::fromBase64(k->value(0).toString().toLatin1());
    k->finish();
    QCOMPARE(real.size(), 32);
    QVERIFY(AuditLog::verify(*db, real)->holds());
    const QByteArray other(32, 'x');
    auto v = AuditLog::verify(*db, other);
    QVERIFY(v && !v->holds());
    QVERIFY(v->problem.contains(u"signature"_s));
}

void TestAuditLog::deletedCheckpointsAreNamed_data()
{
    QTest::addColumn<QByteArray>("sql");
    QTest::addColumn<int>("firstBad");
    QTest::addColumn<QString>("words");
    QTest::newRow("all") << QByteArray("DELETE FROM audit_checkpoints") << 1 << u"no entry is covered"_s;
    QTest::newRow("one in the middle") << QByteArray("DELETE FROM audit_checkpoints WHERE seq = 3") << 3
                                       << u"checkpoint at entry 3 was deleted"_s;
    QTest::newRow("the last") << QByteArray("DELETE FROM audit_checkpoints WHERE seq = 6") << 6
                              << u"entry 6 is not covered"_s;
}

void TestAuditLog::deletedCheckpointsAreNamed()
{
    QFETCH(QByteArray, sql);
    QFETCH(int, firstBad);
    QFETCH(QString, words);
    QVERIFY(test::rawExec(m_path, sql.constData()));
    auto db = test::openOrFail(m_path);
    auto v = AuditLog::verify(*db);
    QVERIFY2(v, qPrintable(v.message()));
    QVERIFY(!v->holds());
    QCOMPARE(v->firstBadSeq, qint64(firstBad));
    QVERIFY2(v->problem.contains(words), qPrintable(v->problem));
}

void TestAuditLog::aCutTailIsNamed()
{
    // The last two entries go; their checkpoints stay (they reference rows that are gone).
    QVERIFY(test::rawExec(m_path, "PRAGMA foreign_keys = OFF; DROP TRIGGER audit_log_no_delete; "
                                  "DELETE FROM audit_log WHERE seq >= 5"));
    auto db = test::openOrFail(m_path);
    auto v = AuditLog::verify(*db);
    QVERIFY(v && !v->holds());
    QCOMPARE(v->firstBadSeq, 5);
    QVERIFY2(v->problem.contains(u"missing"_s), qPrintable(v->problem));
}

void TestAuditLog::aForgedEntryIsNamedAndNotSignedOver()
{
    {
        auto db = test::openOrFail(m_path);
        auto last = db->exec(u"SELECT hash FROM audit_log WHERE seq = 6"_s);
        QVERIFY(last && last->next());
        const QString previous = last->value(0).toString();
        last->finish();
        // A well-formed entry with the right chain hash: only the device key is missing.
        AuditLog::Entry e{7, u"2026-09-01T10:00:00Z"_s, u"admin"_s, db->deviceId(), u"access_key.revoked"_s,
                          u"access_key"_s, u"k-1"_s, QJsonObject{{u"reason"_s, u"lost"_s}}};
        QVERIFY(db->exec(u"INSERT INTO audit_log(seq, at, staff_id, device_id, action, entity_type, entity_id, details, "
                         "prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                         {e.seq, e.at, e.staffId, e.deviceId, e.action, e.entityType, e.entityId,
                          QString::fromUtf8(QJsonDocument(e.details).toJson(QJsonDocument::Compact)),
                          previous, AuditLog::chainHash(previous, e)}));
    }
    auto db = test::openOrFail(m_path);
    auto v = AuditLog::verify(*db);
    QVERIFY(v && !v->holds());
    QCOMPARE(v->firstBadSeq, 7);
    QVERIFY2(v->problem.contains(u"entry 7 is not covered"_s), qPrintable(v->problem));
    // The kiosk's next change does not sign over the forged entry: it refuses and saves nothing.
    const Status s = Settings(*db).set(test::admin(), Settings::IdleTimeoutSeconds, u"90"_s);
    QVERIFY(!s);
    QVERIFY2(s.message().contains(u"no signed checkpoint covers"_s), qPrintable(s.message()));
    QCOMPARE(Settings(*db).value(Settings::IdleTimeoutSeconds), u"64"_s);
    QCOMPARE(AuditLog::verify(*db)->firstBadSeq, 7);
}

void TestAuditLog::aSwappedAndResignedKeyIsTampering()
{
    // The attacker makes a key, stores its public half and re-signs every checkpoint with it.
    auto mallory = crypto::Ed25519Key::generate();
    QVERIFY(mallory);
    {
        auto db = test::openOrFail(m_path);
        QVERIFY(db->exec(u"UPDATE settings SET value = ? WHERE key = 'device.signing_public_key'"_s,
                         {QString::fromLatin1(mallory->publicKey().toBase64())}));
        auto rows = db->exec(u"SELECT seq, hash FROM audit_checkpoints ORDER BY seq"_s);
        QVERIFY(rows);
        QList<std::pair<qint64, QByteArray>> signatures;
        qint64 previous = 0;
        while (rows->next()) {
            const qint64 seq = rows->value(0).toLongLong();
            auto sig = mallory->sign(AuditLog::checkpointMessage(previous, seq, rows->value(1).toString()));
            QVERIFY(sig);
            signatures.append({seq, *sig});
            previous = seq;
        }
        rows->finish();
        for (const auto& [seq, sig] : std::as_const(signatures))
            QVERIFY(db->exec(u"UPDATE audit_checkpoints SET signature = ? WHERE seq = ?"_s,
                             {QString::fromLatin1(sig.toBase64()), seq}));
        // The stored key now "verifies" the chain: exactly what the old check trusted.
        QVERIFY(AuditLog::verify(*db, mallory->publicKey())->holds());
    }
    auto db = test::openOrFail(m_path);
    auto v = AuditLog::verify(*db);
    QVERIFY(v && !v->holds());
    QCOMPARE(v->firstBadSeq, 1);
    QVERIFY2(v->problem.contains(u"does not verify"_s), qPrintable(v->problem));
    auto anchored = DeviceKeyAnchor(*db).thisDevice();
    QVERIFY(!anchored);
    QVERIFY2(anchored.message().startsWith(u"TAMPERED"_s), qPrintable(anchored.message()));
    QVERIFY2(anchored.message().contains(u"district IT"_s), qPrintable(anchored.message()));
}

void TestAuditLog::aReplacedSealedKeyIsTampering()
{
    // Without device.key the attacker cannot seal a key of their own: any blob fails to open.
    QVERIFY(test::rawExec(m_path, "UPDATE settings SET value = 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' "
                                  "WHERE key = 'device.signing_key'"));
    auto db = test::openOrFail(m_path);
    auto anchored = DeviceKeyAnchor(*db).thisDevice();
    QVERIFY(!anchored);
    QCOMPARE(anchored.error().kind, ErrorKind::Failed);
    QVERIFY2(anchored.message().contains(u"does not open"_s), qPrintable(anchored.message()));
}

void TestAuditLog::theDistrictListAnchorsTheKey()
{
    auto db = test::openOrFail(m_path);
    DistrictSyncStore store(*db);
    auto own = store.devicePublicKey();
    QVERIFY(own);
    const auto listWith = [&](const QByteArray& key) {
        return QJsonDocument(QJsonArray{QJsonObject{{u"device_id"_s, db->deviceId()}, {u"school_code"_s, u"1234"_s},
                                                    {u"signing_key"_s, QString::fromLatin1(key.toBase64())},
                                                    {u"enrolled_at"_s, u"2026-09-01T00:00:00Z"_s},
                                                    {u"revoked_at"_s, QJsonValue()}}})
            .toJson(QJsonDocument::Compact);
    };
    QVERIFY(store.saveDeviceKeys(listWith(*own)));
    auto anchored = DeviceKeyAnchor(*db).thisDevice();
    QVERIFY2(anchored, qPrintable(anchored.message()));
    QVERIFY(anchored->fromDistrict);
    QCOMPARE(anchored->publicKey, *own);
    // The district enrolled another key for this kiosk: this database is not the one it knows.
    QVERIFY(store.saveDeviceKeys(listWith(QByteArray(32, '\x07'))));
    anchored = DeviceKeyAnchor(*db).thisDevice();
    QVERIFY(!anchored);
    QVERIFY2(anchored.message().contains(u"not the key from the district's device-key list"_s),
             qPrintable(anchored.message()));
}

void TestAuditLog::witnessedHeadsCatchAnEditAndACut()
{
    auto db = test::openOrFail(m_path);
    QVERIFY(!AuditWitness::compare(*db));   // nothing kept yet: no claim either way
    auto q = db->exec(u"SELECT seq, hash FROM audit_log WHERE seq IN (4, 6) ORDER BY seq"_s);
    QVERIFY(q);
    QJsonArray heads;
    while (q->next())
        heads.append(QJsonObject{{u"seq"_s, q->value(0).toLongLong()}, {u"hash"_s, q->value(1).toString()},
                                 {u"signed_at"_s, u"2026-09-01T10:00:00Z"_s}});
    q->finish();
    QVERIFY(DistrictSyncStore(*db).saveWitnessedHeads(QJsonDocument(heads).toJson(QJsonDocument::Compact)));
    auto w = AuditWitness::compare(*db);
    QVERIFY2(w && w->holds(), w ? qPrintable(w->problem) : qPrintable(w.message()));
    QCOMPARE(w->heads, 2);
    db.reset();

    // Entry 4 rewritten with every hash and checkpoint after it... the witness needs no key.
    QVERIFY(test::rawExec(m_path, "DROP TRIGGER audit_log_no_update; UPDATE audit_log SET hash = 'edited' WHERE seq = 4"));
    db = test::openOrFail(m_path);
    w = AuditWitness::compare(*db);
    QVERIFY(w && !w->holds());
    QCOMPARE(w->firstBadSeq, 4);
    QVERIFY2(w->problem.contains(u"entry 4 is not what the district witnessed"_s), qPrintable(w->problem));
    db.reset();

    // The tail cut together with its checkpoints: locally consistent, but shorter than witnessed.
    QVERIFY(test::rawExec(m_path, "UPDATE audit_log SET hash = (SELECT hash FROM audit_checkpoints WHERE seq = 4) "
                                  "WHERE seq = 4; PRAGMA foreign_keys = OFF; DROP TRIGGER audit_log_no_delete; "
                                  "DELETE FROM audit_checkpoints WHERE seq >= 5; DELETE FROM audit_log WHERE seq >= 5"));
    db = test::openOrFail(m_path);
    QVERIFY(AuditLog::verify(*db)->holds());
    w = AuditWitness::compare(*db);
    QVERIFY(w && !w->holds());
    QCOMPARE(w->firstBadSeq, 5);
    QVERIFY2(w->problem.contains(u"were cut"_s), qPrintable(w->problem));
}

QTEST_GUILESS_MAIN(TestAuditLog)
#include "TestAuditLog.moc"
