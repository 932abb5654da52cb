#include "StorageTestUtil.h"

#include "storage/AuditLog.h"
#include "storage/LetterQueue.h"
#include "storage/Schema.h"

#include <sqlite3.h>

using namespace Qt::Literals::StringLiterals;
using namespace gd;

namespace {

// Rows read straight from a file with SQLite, as anyone holding the file could.
QList<QByteArray> rawColumn(const QString& path, const char* sql)
{
    QList<QByteArray> out;
    sqlite3* db = nullptr;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK)
        return out;
    sqlite3_stmt* st = nullptr;
    if (sqlite3_prepare_v2(db, sql, -1, &st, nullptr) == SQLITE_OK) {
        while (sqlite3_step(st) == SQLITE_ROW) {
            const auto* bytes = static_cast<const char*>(sqlite3_column_blob(st, 0));
            out.append(QByteArray(bytes, sqlite3_column_bytes(st, 0)));
        }
    }
    sqlite3_finalize(st);
    sqlite3_close(db);
    return out;
}

} // namespace

// A database from GuardianDesk with schema version 1 (tests/storage/fixtures/v1, how it was made
// is in its README) is brought to the current version in one step, keeps every record, and
// loses every sealed secret of its queued letters.
class TestMigration : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void versionOneBecomesCurrentAndKeepsItsRecords();
    void theSealedSecretsOfVersionOneAreGoneFromTheFile();
    void aMigratedQueuedLetterPrintsWithNewKeysOrVoidsItsOldOnes();

private:
    QTemporaryDir m_dir;
    QString m_path;
    int m_n = 0;
};

void TestMigration::init()
{
    const QString fixtures = qEnvironmentVariable("GD_SOURCE_DIR") + u"/tests/storage/fixtures/v1/"_s;
    QVERIFY2(QFile::exists(fixtures + u"guardiandesk.db"_s), qPrintable(fixtures));
    const QString folder = m_dir.filePath(QString::number(++m_n));
    QVERIFY(QDir().mkpath(folder));
    m_path = folder + u"/guardiandesk.db"_s;
    for (const QString& name : {u"guardiandesk.db"_s, u"device.key"_s}) {
        QVERIFY(QFile::copy(fixtures + name, folder + u'/' + name));
        QFile::setPermissions(folder + u'/' + name, QFile::ReadOwner | QFile::WriteOwner);
    }
}

void TestMigration::versionOneBecomesCurrentAndKeepsItsRecords()
{
    const auto before = [this](const char* sql) { return rawColumn(m_path, sql).value(0).toInt(); };
    QCOMPARE(before("PRAGMA user_version"), 1);
    const int students = before("SELECT count(*) FROM students");
    const int verifications = before("SELECT count(*) FROM verifications");
    const int keys = before("SELECT count(*) FROM access_keys");
    const int links = before("SELECT count(*) FROM letter_keys");
    const int events = before("SELECT count(*) FROM outbox");
    const int audit = before("SELECT count(*) FROM audit_log");
    const int sealed = before("SELECT count(*) FROM letter_secrets");
    const int printable = before("SELECT count(DISTINCT letter_id) FROM letter_secrets");
    QVERIFY(students == 40 && verifications == 16 && keys > 20 && links == keys && sealed == 5);

    auto db = test::openOrFail(m_path);
    QVERIFY(db);
    QCOMPARE(db->schemaVersion(), Schema::kCurrentVersion);
    const auto count = [&](const QString& sql) {
        auto q = db->exec(sql);
        return q && q->next() ? q->value(0).toInt() : -1;
    };
    QCOMPARE(count(u"SELECT count(*) FROM students"_s), students);
    QCOMPARE(count(u"SELECT count(*) FROM verifications"_s), verifications);
    QCOMPARE(count(u"SELECT count(*) FROM access_keys"_s), keys);
    QCOMPARE(count(u"SELECT count(*) FROM outbox"_s), events);
    QCOMPARE(count(u"SELECT count(*) FROM audit_log"_s), audit);
    QCOMPARE(count(u"SELECT count(*) FROM letter_links"_s), links);
    QCOMPARE(count(u"SELECT count(*) FROM sqlite_schema WHERE name IN ('letter_secrets', 'letter_keys')"_s), 0);
    // Printed letters carry their keys; queued ones cover their links and will print new keys.
    QCOMPARE(count(u"SELECT count(*) FROM letter_links k JOIN letters l ON l.letter_id = k.letter_id "
                   "WHERE l.state = 'printed' AND k.state <> 'issued'"_s), 0);
    QCOMPARE(count(u"SELECT count(*) FROM letter_links k JOIN letters l ON l.letter_id = k.letter_id "
                   "WHERE l.state = 'queued' AND k.state = 'pending'"_s), sealed);
    auto verdict = AuditLog::verify(*db);
    QVERIFY2(verdict && verdict->holds(), verdict ? qPrintable(verdict->problem) : qPrintable(verdict.message()));

    const Actor printer{u"printer"_s, {}, Roles(Role::LetterPrinter)};
    auto queued = LetterQueue(*db).list(printer);
    QVERIFY(queued);
    QCOMPARE(queued->size(), 3);
    // A letter that still held its keys prints (with new ones); one whose keys were reissued
    // since is replaced, as it was in version 1.
    int printables = 0;
    for (const QueuedLetter& l : std::as_const(*queued))
        printables += l.printable() ? 1 : 0;
    QCOMPARE(printables, printable);
}

void TestMigration::theSealedSecretsOfVersionOneAreGoneFromTheFile()
{
    const QList<QByteArray> sealed = rawColumn(m_path, "SELECT sealed FROM letter_secrets");
    QCOMPARE(sealed.size(), 5);
    QFile original(m_path);
    QVERIFY(original.open(QIODevice::ReadOnly));
    QVERIFY(original.readAll().contains(sealed.first()));   // the scan can see them before
    original.close();
    {
        auto db = test::openOrFail(m_path);
        QVERIFY(db);
        // Scanned while the kiosk still holds the database open: file and WAL.
        QByteArray onDisk;
        for (const QString& p : {m_path, QString(m_path + u"-wal"_s)}) {
            QFile f(p);
            if (f.open(QIODevice::ReadOnly))
                onDisk += f.readAll();
        }
        QVERIFY(onDisk.size() > 100000);
        for (const QByteArray& blob : sealed) {
            QCOMPARE(blob.size(), 12 + 12 + 16);   // nonce, a 12-character code, tag
            QVERIFY2(!onDisk.contains(blob), "a sealed secret of version 1 is still in the file or its WAL");
            QVERIFY2(!onDisk.contains(blob.mid(12, 12)), "a sealed secret's ciphertext is still on disk");
        }
    }
}

void TestMigration::aMigratedQueuedLetterPrintsWithNewKeysOrVoidsItsOldOnes()
{
    auto db = test::openOrFail(m_path);
    QVERIFY(db);
    const auto count = [&](const QString& sql) {
        auto q = db->exec(sql);
        return q && q->next() ? q->value(0).toInt() : -1;
    };
    auto queued = LetterQueue(*db).list(test::admin());
    QVERIFY(queued && !queued->isEmpty());
    QString letter;
    for (const QueuedLetter& l : std::as_const(*queued)) {
        if (l.printable())
            letter = l.letterId;
    }
    const int oldKeys = count(u"SELECT count(*) FROM letter_links k JOIN access_keys a ON a.key_id = k.key_id "
                              "WHERE k.letter_id = '%1' AND a.status = 'active'"_s.arg(letter));
    QVERIFY(oldKeys >= 1);   // their secrets are gone: the keys can never reach anyone
    QVERIFY(LetterQueue(*db).voidLetter(test::admin(), letter, u"Queued before keys were made only at printing"_s));
    QCOMPARE(count(u"SELECT count(*) FROM letter_links k JOIN access_keys a ON a.key_id = k.key_id "
                   "WHERE k.letter_id = '%1' AND a.status = 'revoked' AND a.revoke_reason = 'staff_error'"_s.arg(letter)),
             oldKeys);
    auto verdict = AuditLog::verify(*db);
    QVERIFY(verdict && verdict->holds());
}

QTEST_GUILESS_MAIN(TestMigration)
#include "TestMigration.moc"
