#include "StorageTestUtil.h"

#include "storage/AuditLog.h"
#include "storage/DeviceSecrets.h"
#include "storage/Schema.h"
#include "storage/UnitOfWork.h"

#include <QSqlQuery>

#include <atomic>
#include <mutex>
#include <thread>

using namespace Qt::Literals::StringLiterals;
using namespace gd;

class TestDatabase : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init() { QVERIFY(m_dir.isValid()); m_path = m_dir.filePath(u"gd-%1.db"_s.arg(++m_n)); }
    void createsSchemaWithSafePragmas();
    void everyTableOfTheSpecExists();
    void refusesNewerSchema();
    void refusesForeignDatabase();
    void refusesNonSqliteFile();
    void refusesADatabaseOtherAccountsCanRead();
    void failedMigrationLeavesNothing();
    void unitOfWorkCommitsAllOrNothing();
    void failingEveryCallInTurnNeverLeavesHalfAChange();
    void twoProgramsWritingAtOnceBothSucceed();
    void signingKeyAskedBeforeAnyChangeIsTheOneThatSigns();

private:
    QTemporaryDir m_dir;
    QString m_path;
    int m_n = 0;
};

void TestDatabase::createsSchemaWithSafePragmas()
{
    auto db = test::openOrFail(m_path);
    QVERIFY(db);
    QCOMPARE(db->schemaVersion(), Schema::kCurrentVersion);
    QVERIFY(db->deviceId().startsWith(u"kiosk-"_s));
    QSqlQuery q(db->connection());
    QVERIFY(q.exec(u"PRAGMA journal_mode"_s) && q.next());
    QCOMPARE(q.value(0).toString(), u"wal"_s);
    QVERIFY(q.exec(u"PRAGMA foreign_keys"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    QVERIFY(q.exec(u"PRAGMA synchronous"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), 2);   // FULL
    QCOMPARE(QFile::permissions(m_path) & (QFile::ReadOther | QFile::ReadGroup), QFile::Permissions());
    // Reopening a current database changes nothing.
    db.reset();
    const QByteArray before = test::fileDigest(m_path);
    QVERIFY(test::openOrFail(m_path));
    QCOMPARE(test::fileDigest(m_path), before);
}

void TestDatabase::everyTableOfTheSpecExists()
{
    auto db = test::openOrFail(m_path);
    QVERIFY(db);
    for (const QString& table : {u"students"_s, u"guardians"_s, u"relationships"_s, u"staff"_s, u"verifications"_s,
                                 u"access_keys"_s, u"letters"_s, u"waivers"_s, u"outbox"_s, u"audit_log"_s,
                                 u"settings"_s, u"sync_state"_s, u"student_search"_s}) {
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(u"SELECT count(*) FROM sqlite_schema WHERE name = '%1'"_s.arg(table)) && q.next());
        QVERIFY2(q.value(0).toInt() == 1, qPrintable(table));
    }
    // No column anywhere could hold an access-key secret, a password or a full ID number.
    QSqlQuery q(db->connection());
    QVERIFY(q.exec(u"SELECT m.name, p.name FROM sqlite_schema m JOIN pragma_table_info(m.name) p "
                   "WHERE m.type = 'table'"_s));
    while (q.next()) {
        const QString column = q.value(1).toString();
        QVERIFY2(!column.contains(u"secret"_s) && column != u"password" && column != u"id_number",
                 qPrintable(q.value(0).toString() + u'.' + column));
    }
}

void TestDatabase::refusesNewerSchema()
{
    QVERIFY(test::openOrFail(m_path));
    QVERIFY(test::rawExec(m_path, "PRAGMA user_version = 99"));
    const QByteArray before = test::fileDigest(m_path);
    auto db = Database::open(m_path);
    QVERIFY(!db);
    QCOMPARE(db.error().kind, ErrorKind::Conflict);
    QVERIFY2(db.message().contains(u"newer"_s) && db.message().contains(u"99"_s), qPrintable(db.message()));
    QCOMPARE(test::fileDigest(m_path), before);
}

void TestDatabase::refusesForeignDatabase()
{
    QVERIFY(test::rawExec(m_path, "CREATE TABLE invoices(id INTEGER PRIMARY KEY, total REAL)"));
    const QByteArray before = test::fileDigest(m_path);
    auto db = Database::open(m_path);
    QVERIFY(!db);
    QCOMPARE(db.error().kind, ErrorKind::BadInput);
    QVERIFY2(db.message().contains(u"not a GuardianDesk database"_s), qPrintable(db.message()));
    QCOMPARE(test::fileDigest(m_path), before);
}

// A new database is the kiosk account's alone; one that others can read is refused untouched.
void TestDatabase::refusesADatabaseOtherAccountsCanRead()
{
    QVERIFY(test::openOrFail(m_path));
    QCOMPARE(QFile::permissions(m_path) & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
    QVERIFY(QFile::setPermissions(m_path, QFile::permissions(m_path) | QFile::ReadOther));
    const QByteArray before = test::fileDigest(m_path);
    auto db = Database::open(m_path);
    QVERIFY(!db);
    QCOMPARE(db.error().kind, ErrorKind::Conflict);
    QVERIFY2(db.message().contains(u"other accounts"_s) && db.message().contains(u"chmod 600"_s), qPrintable(db.message()));
    QCOMPARE(test::fileDigest(m_path), before);
    QVERIFY(QFile::setPermissions(m_path, QFile::ReadOwner | QFile::WriteOwner));
    QVERIFY(Database::open(m_path));
}

void TestDatabase::refusesNonSqliteFile()
{
    QFile f(m_path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("student_id,first_name\n1,Ana\n");
    f.close();
    auto db = Database::open(m_path);
    QVERIFY(!db);
    QVERIFY2(db.message().contains(m_path) && db.message().contains(u"not a GuardianDesk database"_s),
             qPrintable(db.message()));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("student_id,first_name\n1,Ana\n"));
}

void TestDatabase::failedMigrationLeavesNothing()
{
    // The 5th statement of the migration fails, as on a full disk: the new file holds no table
    // and no version, and the next start migrates it cleanly.
    Database::Options o;
    o.failNthCall = 5;
    auto failed = Database::open(m_path, o);
    QVERIFY(!failed);
    QVERIFY2(failed.message().contains(u"left as it was"_s), qPrintable(failed.message()));
    failed = Error::failed({});   // closes the connection
    {
        QVERIFY(test::rawExec(m_path, "SELECT 1"));
        auto probe = Database::open(m_path, {false, false, nullptr, 0});
        QVERIFY(!probe);
        QVERIFY2(probe.message().contains(u"version 0 needs migrating"_s), qPrintable(probe.message()));
    }
    auto db = test::openOrFail(m_path);
    QVERIFY(db);
    QCOMPARE(db->schemaVersion(), Schema::kCurrentVersion);
}

void TestDatabase::unitOfWorkCommitsAllOrNothing()
{
    auto db = test::openOrFail(m_path);
    QVERIFY(db);
    const auto count = [&](const QString& table) {
        QSqlQuery q(db->connection());
        return q.exec(u"SELECT count(*) FROM "_s + table) && q.next() ? q.value(0).toInt() : -1;
    };
    const Status ok = db->transact(test::admin(), [](UnitOfWork& uow) -> Status {
        if (auto q = uow.exec(u"INSERT INTO sync_state(key, value, updated_at) VALUES ('k', 'v', ?)"_s, {uow.now()}); !q)
            return q.error();
        if (auto s = uow.audit(u"test.change"_s, u"test"_s, u"1"_s); !s)
            return s;
        auto e = uow.emitEvent({{}, u"test.event"_s, {}, {}, {}, {}, {{u"n"_s, 1}}});
        return e ? Status() : e.error();
    });
    QVERIFY2(ok, qPrintable(ok.message()));
    QCOMPARE(count(u"sync_state"_s), 1);
    QCOMPARE(count(u"audit_log WHERE action = 'test.change'"_s), 1);
    QCOMPARE(count(u"audit_checkpoints"_s), 2);   // the key's creation and the change, each signed
    QCOMPARE(count(u"outbox"_s), 1);

    const Status failed = db->transact(test::admin(), [](UnitOfWork& uow) -> Status {
        (void)uow.exec(u"INSERT INTO sync_state(key, value, updated_at) VALUES ('k2', 'v', ?)"_s, {uow.now()});
        (void)uow.audit(u"test.change"_s, u"test"_s, u"2"_s);
        return Error::badInput(u"the adult's ID has expired"_s);
    });
    QVERIFY(!failed);
    QCOMPARE(failed.message(), u"the adult's ID has expired"_s);
    QCOMPARE(count(u"sync_state"_s), 1);
    QCOMPARE(count(u"audit_log WHERE action = 'test.change'"_s), 1);
    QCOMPARE(count(u"audit_checkpoints"_s), 2);   // the key's creation and the change, each signed
    QCOMPARE(count(u"outbox"_s), 1);
}

void TestDatabase::failingEveryCallInTurnNeverLeavesHalfAChange()
{
    auto db = test::openOrFail(m_path);
    QVERIFY(db);
    int serial = 0;
    const auto change = [&serial](UnitOfWork& uow) -> Status {
        auto q = uow.exec(u"INSERT INTO sync_state(key, value, updated_at) VALUES (?, 'v', ?)"_s,
                          {u"key-%1"_s.arg(++serial), uow.now()});
        if (!q)
            return q.error();
        if (auto s = uow.audit(u"test.change"_s, u"test"_s, u"x"_s); !s)
            return s;
        auto e = uow.emitEvent({{}, u"test.event"_s, {}, {}, {}, {}, {}});
        return e ? Status() : e.error();
    };
    int failures = 0;
    for (int n = 1; n <= 8; ++n) {
        db->failNthCall(n);
        const Status s = db->transact(test::admin(), change);
        db->failNthCall(0);
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(u"SELECT (SELECT count(*) FROM sync_state), "
                       "(SELECT count(*) FROM audit_log WHERE action = 'test.change'), "
                       "(SELECT count(*) FROM outbox)"_s) && q.next());
        // Domain row, audit entry and event always travel together.
        QCOMPARE(q.value(0).toInt(), q.value(1).toInt());
        QCOMPARE(q.value(1).toInt(), q.value(2).toInt());
        if (!s) {
            ++failures;
            QVERIFY2(s.message().contains(u"disk full"_s) || s.message().contains(u"could not be saved"_s)
                         || s.message().contains(u"transaction"_s) || s.message().contains(u"signed"_s),
                     qPrintable(s.message()));
        }
    }
    QVERIFY(failures >= 5);   // the change makes at least five calls
    // And the database still works and its chain holds.
    QVERIFY(db->transact(test::admin(), change));
    auto verdict = AuditLog::verify(*db);
    QVERIFY(verdict && verdict->holds());
}

// The kiosk and the CLI (or two kiosk windows) write to one database file at the same time: each
// change reads (the audit chain's tail) then writes. Every change must wait its turn and land;
// none may fail with "database is locked".
void TestDatabase::twoProgramsWritingAtOnceBothSucceed()
{
    {
        auto first = test::openOrFail(m_path);
        QVERIFY(first);   // the schema and the device key exist before the writers start
        QVERIFY(first->transact(test::admin(), [](UnitOfWork& uow) { return uow.audit(u"test.start"_s, u"test"_s, u"0"_s); }));
    }
    constexpr int kChanges = 60;
    std::atomic<int> failures{0};
    QStringList errors;
    std::mutex errorsMutex;
    const auto writer = [&](int who) {
        auto db = Database::open(m_path);
        if (!db) {
            ++failures;
            return;
        }
        for (int i = 0; i < kChanges; ++i) {
            const Status s = (*db)->transact(test::admin(), [&](UnitOfWork& uow) -> Status {
                // Read first (as numbering a letter does), then write.
                auto n = uow.exec(u"SELECT count(*) FROM sync_state"_s);
                if (!n)
                    return n.error();
                n->finish();
                if (auto q = uow.exec(u"INSERT INTO sync_state(key, value, updated_at) VALUES (?, 'v', ?)"_s,
                                      {u"w%1-%2"_s.arg(who).arg(i), uow.now()});
                    !q)
                    return q.error();
                return uow.audit(u"test.change"_s, u"test"_s, u"%1-%2"_s.arg(who).arg(i));
            });
            if (!s) {
                ++failures;
                const std::lock_guard lock(errorsMutex);
                errors << s.message();
            }
        }
    };
    std::thread a(writer, 1);
    std::thread b(writer, 2);
    a.join();
    b.join();
    QVERIFY2(failures == 0, qPrintable(errors.join(u" | "_s)));
    auto db = test::openOrFail(m_path);
    QVERIFY(db);
    QSqlQuery q(db->connection());
    QVERIFY(q.exec(u"SELECT count(*) FROM sync_state"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), 2 * kChanges);
    q.finish();
    auto verdict = AuditLog::verify(*db);
    QVERIFY(verdict && verdict->holds());
}

// On a new database the first thing asked can be the device's signing key (a letter's seal)
// rather than a change: it is made once, and it is the key that then signs the audit chain.
void TestDatabase::signingKeyAskedBeforeAnyChangeIsTheOneThatSigns()
{
    auto db = test::openOrFail(m_path);
    QVERIFY(db);
    auto secrets = DeviceSecrets::open(*db);
    QVERIFY2(secrets, qPrintable(secrets.message()));
    auto key = secrets->signingKey();
    QVERIFY2(key, qPrintable(key.message()));
    auto again = DeviceSecrets::open(*db)->signingKey();
    QVERIFY(again);
    QCOMPARE(again->publicKey(), key->publicKey());
    QVERIFY(db->transact(test::admin(), [](UnitOfWork& uow) { return uow.audit(u"test.change"_s, u"test"_s, u"1"_s); }));
    auto verdict = AuditLog::verify(*db, key->publicKey());
    QVERIFY2(verdict && verdict->holds(), verdict ? "the chain is not signed by the device's key" : qPrintable(verdict.message()));
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "TestDatabase.moc"

