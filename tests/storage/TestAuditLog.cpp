#include "StorageTestUtil.h"

#include "storage/AuditLog.h"
#include "storage/Settings.h"

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
    QCOMPARE(v->checkpoints, 5);   // each change signed
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

QTEST_GUILESS_MAIN(TestAuditLog)
#include "TestAuditLog.moc"
