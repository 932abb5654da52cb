#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>
#include <pwd.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

QByteArray digest(const QString& path)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    for (const QString& p : {path, QString(path + u"-wal"_s)}) {
        QFile f(p);
        if (f.open(QIODevice::ReadOnly))
            h.addData(f.readAll());
    }
    return h.result();
}

QString rawScalar(const QString& path, const char* sql)
{
    sqlite3* db = nullptr;
    QString value;
    if (sqlite3_open(path.toUtf8().constData(), &db) == SQLITE_OK) {
        sqlite3_stmt* st = nullptr;
        if (sqlite3_prepare_v2(db, sql, -1, &st, nullptr) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW)
            value = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(st, 0)));
        sqlite3_finalize(st);
    }
    sqlite3_close(db);
    return value;
}

bool rawExec(const QString& path, const char* sql)
{
    sqlite3* db = nullptr;
    if (sqlite3_open(path.toUtf8().constData(), &db) != SQLITE_OK)
        return false;
    const int rc = sqlite3_exec(db, sql, nullptr, nullptr, nullptr);
    sqlite3_close(db);
    return rc == SQLITE_OK;
}

} // namespace

class TestCli : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void unknownCommandOrOption_data();
    void unknownCommandOrOption();
    void exportLogBadUsageChangesNothing_data();
    void exportLogBadUsageChangesNothing();
    void initSeedSearch();
    void badRosterFileImportsNothing();
    void notOurDatabaseIsRefused();
    void newerSchemaIsRefused();
    void verifyAuditNamesTheEditedEntry();
    void deviceShowsTheKeyDistrictItCompares();
    void verifyAuditTakesTheKeyFromOutside();
    void verifyAuditDistrictComparesWitnessedHeads();
    void staffPasswordsNeverOnTheCommandLine();
    void settingsGetSet();
    void seedDemoKeepsOffRealDataAndNeedsNoDistrictKey();
    void seedVerificationsThroughTheServices();
    void renderLettersWritesSpecimens();
    void verifyLetterNeverCallsASpecimenGenuine();

private:
    Run cli(const QStringList& args, const QByteArray& input = {});
    QTemporaryDir m_dir;
    QString m_db;
    int m_n = 0;
};

void TestCli::init()
{
    m_db = m_dir.filePath(u"cli-%1.db"_s.arg(++m_n));
}

Run TestCli::cli(const QStringList& args, const QByteArray& input)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"xdg"_s));   // never the real kiosk database
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(GD_CLI_PATH), args);
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(120000))
        return {};
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

void TestCli::unknownCommandOrOption_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("no command") << QStringList{};
    QTest::newRow("unknown command") << QStringList{u"frobnicate"_s};
    QTest::newRow("unknown global option") << QStringList{u"--colour"_s, u"search"_s, u"x"_s};
    QTest::newRow("unknown command option") << QStringList{u"search"_s, u"ana"_s, u"--fuzzy"_s};
    QTest::newRow("bad number") << QStringList{u"seed-demo"_s, u"--students"_s, u"many"_s};
    QTest::newRow("search without query") << QStringList{u"search"_s};
    QTest::newRow("unknown setting") << QStringList{u"settings"_s, u"get"_s, u"kiosk.colour"_s};
}

void TestCli::unknownCommandOrOption()
{
    QFETCH(QStringList, args);
    const Run r = cli(QStringList{u"--db"_s, m_db} + args);
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.err.count(u'\n'), 1);   // one line with the reason
    QVERIFY(r.err.startsWith(u"guardiandesk-cli: "_s));
    QVERIFY(!QFile::exists(m_db));     // nothing was created
}

void TestCli::exportLogBadUsageChangesNothing_data()
{
    QTest::addColumn<QStringList>("args");
    const QStringList range = {u"--from"_s, u"2026-01-01"_s, u"--to"_s, u"2026-12-31"_s};
    QTest::newRow("no arguments") << QStringList{u"export-log"_s};
    QTest::newRow("no out") << QStringList{u"export-log"_s} + range + QStringList{u"--format"_s, u"csv"_s};
    QTest::newRow("bad format") << QStringList{u"export-log"_s} + range
                                        + QStringList{u"--format"_s, u"xlsx"_s, u"--out"_s, u"x.xlsx"_s};
    QTest::newRow("bad date") << QStringList{u"export-log"_s, u"--from"_s, u"11/08/2026"_s, u"--to"_s, u"2026-12-31"_s,
                                             u"--format"_s, u"csv"_s, u"--out"_s, u"x.csv"_s};
    QTest::newRow("reversed") << QStringList{u"export-log"_s, u"--from"_s, u"2026-12-31"_s, u"--to"_s, u"2026-01-01"_s,
                                             u"--format"_s, u"csv"_s, u"--out"_s, u"x.csv"_s};
    QTest::newRow("bad method") << QStringList{u"export-log"_s} + range
                                        + QStringList{u"--format"_s, u"csv"_s, u"--out"_s, u"x.csv"_s, u"--method"_s, u"fax"_s};
    QTest::newRow("verify without file") << QStringList{u"verify-export"_s};
}

void TestCli::exportLogBadUsageChangesNothing()
{
    QFETCH(QStringList, args);
    const Run r = cli(QStringList{u"--db"_s, m_db} + args);
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.err.count(u'\n'), 1);
    QVERIFY(!QFile::exists(m_db));
    QVERIFY(!QFile::exists(u"x.csv"_s) && !QFile::exists(u"x.xlsx"_s));
}

void TestCli::initSeedSearch()
{
    Run r = cli({u"--db"_s, m_db, u"init-db"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(u"schema version 2"_s), qPrintable(r.out));
    r = cli({u"--db"_s, m_db, u"seed-demo"_s, u"--students"_s, u"300"_s, u"--seed"_s, u"4"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(u"seeded 300 students"_s), qPrintable(r.out));
    QVERIFY2(r.err.contains(u"300/300"_s), qPrintable(r.err));   // the progress line
    r = cli({u"--db"_s, m_db, u"--json"_s, u"search"_s, u"100000007"_s});
    QCOMPARE(r.exitCode, 0);
    const QJsonArray hits = QJsonDocument::fromJson(r.out.toUtf8()).array();
    QCOMPARE(hits.size(), 1);
    const QJsonObject s = hits.first().toObject();
    QCOMPARE(s.value(u"student_id"_s).toString(), u"100000007"_s);
    QVERIFY(!s.value(u"guardians"_s).toArray().isEmpty());
    QVERIFY(s.value(u"guardians"_s).toArray().first().toObject().contains(u"portal_eligible"_s));
    // Found again by the name the JSON gave.
    r = cli({u"--db"_s, m_db, u"search"_s, s.value(u"last_name"_s).toString(), s.value(u"first_name"_s).toString(),
             u"--limit"_s, u"50"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(u"100000007"_s));
    r = cli({u"--db"_s, m_db, u"verify-audit"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(u"audit chain holds: 2 entries, 2 signed checkpoints"_s), qPrintable(r.out));
}

void TestCli::badRosterFileImportsNothing()
{
    QCOMPARE(cli({u"--db"_s, m_db, u"init-db"_s}).exitCode, 0);
    const QString file = m_dir.filePath(u"district-roster.json"_s);
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"({"students":[
        {"student_id":"5001","first_name":"Ana","last_name":"Lopez","date_of_birth":"2015-01-02","grade":"4","school_code":"1234"},
        {"student_id":"5002","first_name":"<b>Ana</b>","last_name":"Lopez","date_of_birth":"2015-01-02","grade":"14","school_code":"1234"}]})");
    f.close();
    const QByteArray before = digest(m_db);
    const Run r = cli({u"--db"_s, m_db, u"import-roster"_s, file});
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.err.count(u'\n'), 1);
    QVERIFY2(r.err.contains(u"district-roster.json"_s) && r.err.contains(u"students[1] (student_id 5002)"_s)
                 && r.err.contains(u"grade"_s),
             qPrintable(r.err));
    QCOMPARE(digest(m_db), before);
    const Run missing = cli({u"--db"_s, m_db, u"import-roster"_s, m_dir.filePath(u"nope.json"_s)});
    QCOMPARE(missing.exitCode, 2);
    QVERIFY(missing.err.contains(u"nope.json"_s));
}

void TestCli::notOurDatabaseIsRefused()
{
    QVERIFY(rawExec(m_db, "CREATE TABLE payroll(id INTEGER PRIMARY KEY, salary REAL)"));
    const QByteArray before = digest(m_db);
    for (const QStringList& args : {QStringList{u"init-db"_s}, QStringList{u"search"_s, u"ana"_s},
                                    QStringList{u"seed-demo"_s, u"--students"_s, u"10"_s}}) {
        const Run r = cli(QStringList{u"--db"_s, m_db} + args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(m_db) && r.err.contains(u"not a GuardianDesk database"_s), qPrintable(r.err));
    }
    QCOMPARE(digest(m_db), before);
}

void TestCli::newerSchemaIsRefused()
{
    QCOMPARE(cli({u"--db"_s, m_db, u"init-db"_s}).exitCode, 0);
    QVERIFY(rawExec(m_db, "PRAGMA user_version = 7"));
    const QByteArray before = digest(m_db);
    const Run r = cli({u"--db"_s, m_db, u"init-db"_s});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(u"newer"_s), qPrintable(r.err));
    QCOMPARE(digest(m_db), before);
}

void TestCli::verifyAuditNamesTheEditedEntry()
{
    QCOMPARE(cli({u"--db"_s, m_db, u"seed-demo"_s, u"--students"_s, u"50"_s}).exitCode, 0);
    QCOMPARE(cli({u"--db"_s, m_db, u"settings"_s, u"set"_s, u"school.name"_s, u"Lincoln Elementary"_s}).exitCode, 0);
    QCOMPARE(cli({u"--db"_s, m_db, u"settings"_s, u"set"_s, u"kiosk.idle_timeout_seconds"_s, u"300"_s}).exitCode, 0);
    QCOMPARE(cli({u"--db"_s, m_db, u"verify-audit"_s}).exitCode, 0);
    QVERIFY(rawExec(m_db, "DROP TRIGGER audit_log_no_update;"
                          "UPDATE audit_log SET details = replace(details, '300', '3600') WHERE seq = 4"));
    const Run r = cli({u"--db"_s, m_db, u"verify-audit"_s});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.out.contains(u"broken at entry 4"_s), qPrintable(r.out));
    const Run json = cli({u"--db"_s, m_db, u"--json"_s, u"verify-audit"_s});
    QCOMPARE(json.exitCode, 1);
    QCOMPARE(QJsonDocument::fromJson(json.out.toUtf8()).object().value(u"first_bad_entry"_s).toInt(), 4);
}

void TestCli::deviceShowsTheKeyDistrictItCompares()
{
    QCOMPARE(cli({u"--db"_s, m_db, u"init-db"_s}).exitCode, 0);
    Run r = cli({u"--db"_s, m_db, u"--json"_s, u"device"_s});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QVERIFY(o.value(u"device_id"_s).toString().startsWith(u"kiosk-"_s));
    const QByteArray key = QByteArray::fromBase64(o.value(u"signing_key"_s).toString().toLatin1());
    QCOMPARE(key.size(), 32);
    // The fingerprint is SHA-256 of the key, in 16 groups of four hex digits.
    const QString fingerprint = o.value(u"fingerprint"_s).toString();
    QCOMPARE(fingerprint.split(u' ').size(), 16);
    QCOMPARE(QString(fingerprint).remove(u' '), QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex()));
    QCOMPARE(o.value(u"enrollment"_s).toString(), u"none"_s);
    r = cli({u"--db"_s, m_db, u"device"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(fingerprint) && r.out.contains(u"not enrolled"_s), qPrintable(r.out));
}

void TestCli::verifyAuditTakesTheKeyFromOutside()
{
    QCOMPARE(cli({u"--db"_s, m_db, u"init-db"_s}).exitCode, 0);
    QCOMPARE(cli({u"--db"_s, m_db, u"settings"_s, u"set"_s, u"school.name"_s, u"Lincoln Elementary"_s}).exitCode, 0);
    const Run device = cli({u"--db"_s, m_db, u"--json"_s, u"device"_s});
    const QJsonObject d = QJsonDocument::fromJson(device.out.toUtf8()).object();
    const QString key = d.value(u"signing_key"_s).toString();
    const QString other = QString::fromLatin1(QByteArray(32, '\x05').toBase64());
    const auto keyFile = [&](const QString& name, const QString& text) {
        QFile f(m_dir.filePath(name));
        if (f.open(QIODevice::WriteOnly))
            f.write(text.toLatin1() + '\n');
        return f.fileName();
    };
    // The key district IT read from `device`, given back from outside.
    Run r = cli({u"--db"_s, m_db, u"verify-audit"_s, u"--pubkey"_s, keyFile(u"good.pub"_s, key)});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(u"--pubkey file"_s), qPrintable(r.out));
    r = cli({u"--db"_s, m_db, u"verify-audit"_s, u"--pubkey"_s, keyFile(u"other.pub"_s, other)});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.out.contains(u"TAMPERED"_s), qPrintable(r.out));
    r = cli({u"--db"_s, m_db, u"verify-audit"_s, u"--pubkey"_s, keyFile(u"junk.pub"_s, u"not a key"_s)});
    QCOMPARE(r.exitCode, 2);

    // The district's list, as sync keeps it.
    const QByteArray list = u"INSERT INTO sync_state(key, value, updated_at) VALUES ('device_keys', "
                            "'[{\"device_id\":\"%1\",\"school_code\":\"1234\",\"signing_key\":\"%2\","
                            "\"enrolled_at\":\"2026-09-01T00:00:00Z\",\"revoked_at\":null}]', '2026-09-01T00:00:00Z') "
                            "ON CONFLICT(key) DO UPDATE SET value = excluded.value"_s
                                .arg(d.value(u"device_id"_s).toString(), key)
                                .toUtf8();
    QVERIFY(rawExec(m_db, list.constData()));
    r = cli({u"--db"_s, m_db, u"verify-audit"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(u"district's device-key list"_s), qPrintable(r.out));
    // Someone with the file swaps the stored public key: reported as tampering, in plain words.
    QVERIFY(rawExec(m_db, u"UPDATE settings SET value = '%1' WHERE key = 'device.signing_public_key'"_s.arg(other)
                              .toUtf8().constData()));
    r = cli({u"--db"_s, m_db, u"verify-audit"_s});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.out.contains(u"TAMPERED: the signing key stored in this database"_s), qPrintable(r.out));
    QVERIFY2(r.out.contains(u"call district IT"_s), qPrintable(r.out));
    const Run json = cli({u"--db"_s, m_db, u"--json"_s, u"verify-audit"_s});
    QCOMPARE(json.exitCode, 1);
    QCOMPARE(QJsonDocument::fromJson(json.out.toUtf8()).object().value(u"holds"_s).toBool(true), false);
}

void TestCli::verifyAuditDistrictComparesWitnessedHeads()
{
    QCOMPARE(cli({u"--db"_s, m_db, u"seed-demo"_s, u"--students"_s, u"20"_s}).exitCode, 0);
    Run r = cli({u"--db"_s, m_db, u"verify-audit"_s, u"--district"_s});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.out.contains(u"run sync"_s), qPrintable(r.out));
    // The district witnessed entry 2 (as sync keeps its answer).
    QVERIFY(rawExec(m_db, "INSERT INTO sync_state(key, value, updated_at) SELECT 'witnessed_audit_heads', "
                          "'[{\"seq\":2,\"hash\":\"' || hash || '\",\"signed_at\":\"2026-09-01T10:00:00Z\"}]', "
                          "'2026-09-01T10:00:00Z' FROM audit_log WHERE seq = 2"));
    r = cli({u"--db"_s, m_db, u"verify-audit"_s, u"--district"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(u"district witness: 1 heads match"_s), qPrintable(r.out));
    // A head the local chain never reached: it was cut.
    QVERIFY(rawExec(m_db, "UPDATE sync_state SET value = '[{\"seq\":40,\"hash\":\"00\",\"signed_at\":\"2026-09-02T10:00:00Z\"}]' "
                          "WHERE key = 'witnessed_audit_heads'"));
    r = cli({u"--db"_s, m_db, u"verify-audit"_s, u"--district"_s});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.out.contains(u"broken at entry 3"_s) && r.out.contains(u"were cut"_s), qPrintable(r.out));
}

void TestCli::staffPasswordsNeverOnTheCommandLine()
{
    QCOMPARE(cli({u"--db"_s, m_db, u"init-db"_s}).exitCode, 0);
    Run r = cli({u"--db"_s, m_db, u"staff"_s, u"add"_s, u"jsmith"_s, u"--roles"_s, u"front_desk"_s});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains(u"--password-file"_s));
    r = cli({u"--db"_s, m_db, u"staff"_s, u"add"_s, u"jsmith"_s, u"--roles"_s, u"front_desk,cook"_s,
             u"--password-stdin"_s}, "a long passphrase\n");
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains(u"cook"_s));
    r = cli({u"--db"_s, m_db, u"staff"_s, u"add"_s, u"jsmith"_s, u"--name"_s, u"Jo Smith"_s, u"--roles"_s,
             u"front_desk,letter_printer"_s, u"--password-stdin"_s}, "a long passphrase\n");
    QCOMPARE(r.exitCode, 0);
    r = cli({u"--db"_s, m_db, u"--json"_s, u"staff"_s, u"list"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(u"jsmith"_s) && r.out.contains(u"letter_printer"_s));
    QVERIFY(!r.out.contains(u"scrypt"_s) && !r.out.contains(u"passphrase"_s));
    // The audit log names the operating-system account that added the staff member, not a bare "cli".
    const QString who = rawScalar(m_db, "SELECT staff_id FROM audit_log WHERE action = 'staff.added' AND entity_id = 'jsmith'");
    const passwd* account = getpwuid(geteuid());
    QVERIFY(account && account->pw_name);
    QCOMPARE(who, u"cli:"_s + QString::fromLocal8Bit(account->pw_name));
    // A weak password is refused with the rule.
    r = cli({u"--db"_s, m_db, u"staff"_s, u"reset-password"_s, u"jsmith"_s, u"--password-stdin"_s}, "short\n");
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains(u"at least 10"_s));
}

void TestCli::settingsGetSet()
{
    QCOMPARE(cli({u"--db"_s, m_db, u"init-db"_s}).exitCode, 0);
    Run r = cli({u"--db"_s, m_db, u"settings"_s, u"get"_s, u"kiosk.idle_timeout_seconds"_s});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out.trimmed(), u"120"_s);
    r = cli({u"--db"_s, m_db, u"settings"_s, u"set"_s, u"district.server_url"_s, u"http://insecure.example"_s});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains(u"https"_s));
    r = cli({u"--db"_s, m_db, u"--json"_s, u"settings"_s, u"get"_s});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"district.server_url"_s).toString(), QString());
}

void TestCli::seedDemoKeepsOffRealDataAndNeedsNoDistrictKey()
{
    // Verifications need a roster: never a new file.
    Run r = cli({u"--db"_s, m_db, u"seed-demo"_s, u"--students"_s, u"0"_s, u"--verifications"_s, u"5"_s});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(!QFile::exists(m_db));
    // Without a district key the demo seals its keys to a throwaway one, and sets none.
    QCOMPARE(cli({u"--db"_s, m_db, u"seed-demo"_s, u"--students"_s, u"20"_s}).exitCode, 0);
    r = cli({u"--db"_s, m_db, u"--json"_s, u"seed-demo"_s, u"--students"_s, u"0"_s, u"--verifications"_s, u"5"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"keys"_s).toInt() > 0, qPrintable(r.out));
    r = cli({u"--db"_s, m_db, u"settings"_s, u"get"_s, u"district.public_key_file"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.trimmed().isEmpty(), qPrintable(r.out));

    // A database that holds a real roster: refused, unchanged, unless forced.
    const QString real = m_dir.filePath(u"real-%1.db"_s.arg(m_n));
    QFile page(m_dir.filePath(u"real-roster-%1.json"_s.arg(m_n)));
    QVERIFY(page.open(QIODevice::WriteOnly));
    page.write(R"({"students": [{"student_id": "700001", "first_name": "Ana", "last_name": "Real",
                   "date_of_birth": "2015-01-02", "grade": "4", "school_code": "1234", "active": true}],
                  "guardians": [], "relationships": [], "next_cursor": "c1", "has_more": false})");
    page.close();
    QCOMPARE(cli({u"--db"_s, real, u"import-roster"_s, page.fileName()}).exitCode, 0);
    const QByteArray before = digest(real);
    r = cli({u"--db"_s, real, u"seed-demo"_s, u"--students"_s, u"10"_s});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(u"did not come from seed-demo"_s) && r.err.contains(u"--force"_s), qPrintable(r.err));
    QCOMPARE(digest(real), before);
    QCOMPARE(cli({u"--db"_s, real, u"seed-demo"_s, u"--students"_s, u"10"_s, u"--force"_s}).exitCode, 0);
}

void TestCli::seedVerificationsThroughTheServices()
{
    // The district's key pair, made by OpenSSL's own tool: the kiosk's sealing must interoperate.
    const QString priv = m_dir.filePath(u"district-%1.pem"_s.arg(m_n));
    const QString pub = m_dir.filePath(u"district-%1.pub.pem"_s.arg(m_n));
    QCOMPARE(QProcess::execute(u"openssl"_s, {u"genpkey"_s, u"-quiet"_s, u"-algorithm"_s, u"RSA"_s, u"-pkeyopt"_s,
                                              u"rsa_keygen_bits:2048"_s, u"-out"_s, priv}), 0);
    QCOMPARE(QProcess::execute(u"openssl"_s, {u"pkey"_s, u"-in"_s, priv, u"-pubout"_s, u"-out"_s, pub}), 0);
    QCOMPARE(cli({u"--db"_s, m_db, u"seed-demo"_s, u"--students"_s, u"300"_s}).exitCode, 0);
    QCOMPARE(cli({u"--db"_s, m_db, u"settings"_s, u"set"_s, u"district.public_key_file"_s, pub}).exitCode, 0);
    const Run r = cli({u"--db"_s, m_db, u"--json"_s, u"seed-demo"_s, u"--students"_s, u"0"_s, u"--verifications"_s,
                       u"40"_s, u"--seed"_s, u"7"_s});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject counts = QJsonDocument::fromJson(r.out.toUtf8()).object();
    const int verified = counts.value(u"verified"_s).toInt();
    const int keys = counts.value(u"keys"_s).toInt();
    QVERIFY2(verified >= 25 && verified + counts.value(u"refused"_s).toInt() <= 40, qPrintable(r.out));
    QVERIFY(keys >= verified);
    QVERIFY(counts.value(u"letters_printed"_s).toInt() > 0 && counts.value(u"letters_queued"_s).toInt() > 0);

    sqlite3* db = nullptr;
    QCOMPARE(sqlite3_open_v2(m_db.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr), SQLITE_OK);
    const auto scalar = [db](const char* sql) {
        sqlite3_stmt* st = nullptr;
        sqlite3_prepare_v2(db, sql, -1, &st, nullptr);
        QString v;
        if (sqlite3_step(st) == SQLITE_ROW)
            v = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(st, 0)));
        sqlite3_finalize(st);
        return v;
    };
    QCOMPARE(scalar("SELECT count(*) FROM outbox WHERE type = 'guardian.verified'").toInt(), verified);
    QCOMPARE(scalar("SELECT count(*) FROM outbox WHERE type = 'access_key.issued'").toInt(), keys);
    QVERIFY(scalar("SELECT count(*) FROM outbox WHERE type = 'letter.printed'").toInt() > 0);
    QCOMPARE(scalar("SELECT count(DISTINCT staff_id) FROM outbox"), u"1"_s);
    QCOMPARE(scalar("SELECT staff_id FROM outbox LIMIT 1"), u"demo.frontdesk"_s);
    const QString sealed = scalar("SELECT json_extract(data, '$.sealed_secret') FROM outbox WHERE type = 'access_key.issued' LIMIT 1");
    sqlite3_close(db);

    // The district opens the sealed secret with standard RSA-OAEP-SHA256 (OpenSSL's command line).
    QFile c(m_dir.filePath(u"sealed.bin"_s));
    QVERIFY(c.open(QIODevice::WriteOnly));
    c.write(QByteArray::fromBase64(sealed.toLatin1()));
    c.close();
    QProcess open;
    open.start(u"openssl"_s, {u"pkeyutl"_s, u"-decrypt"_s, u"-inkey"_s, priv, u"-in"_s, c.fileName(), u"-pkeyopt"_s,
                              u"rsa_padding_mode:oaep"_s, u"-pkeyopt"_s, u"rsa_oaep_md:sha256"_s, u"-pkeyopt"_s,
                              u"rsa_mgf1_md:sha256"_s});
    QVERIFY(open.waitForFinished(30000));
    QCOMPARE(open.exitCode(), 0);
    const QByteArray secret = open.readAllStandardOutput();
    QCOMPARE(secret.size(), 12);
    for (char ch : secret)
        QVERIFY(QByteArray("ACDEFGHJKMNPQRTWXY34679").contains(ch));
    QCOMPARE(cli({u"--db"_s, m_db, u"verify-audit"_s}).exitCode, 0);

    // The log leaves signed; verify-export tells the file as written from one changed after.
    const QString csv = m_dir.filePath(u"log-%1.csv"_s.arg(m_n));
    const QDate today = QDate::currentDate();
    Run e = cli({u"--db"_s, m_db, u"--json"_s, u"export-log"_s, u"--from"_s, today.addDays(-365).toString(Qt::ISODate),
                 u"--to"_s, today.addDays(1).toString(Qt::ISODate), u"--format"_s, u"csv"_s, u"--out"_s, csv});
    QCOMPARE(e.exitCode, 0);
    const QJsonObject exported = QJsonDocument::fromJson(e.out.toUtf8()).object();
    QCOMPARE(exported.value(u"rows"_s).toInt(), verified + counts.value(u"refused"_s).toInt());
    QVERIFY2(e.err.contains(u"(100%)"_s), qPrintable(e.err));   // the progress line
    QVERIFY(QFile::exists(csv + u".sig"_s));
    e = cli({u"--db"_s, m_db, u"verify-export"_s, csv});
    QCOMPARE(e.exitCode, 0);
    QVERIFY2(e.out.startsWith(u"GENUINE"_s), qPrintable(e.out));
    // With the key district IT holds (what `device` prints), and no database at all.
    const Run dev = cli({u"--db"_s, m_db, u"--json"_s, u"device"_s});
    const QString keyFile = m_dir.filePath(u"device-%1.pub"_s.arg(m_n));
    QFile k(keyFile);
    QVERIFY(k.open(QIODevice::WriteOnly));
    k.write(QJsonDocument::fromJson(dev.out.toUtf8()).object().value(u"signing_key"_s).toString().toLatin1());
    k.close();
    e = cli({u"--db"_s, m_dir.filePath(u"none.db"_s), u"verify-export"_s, csv, u"--pubkey"_s, keyFile});
    QCOMPARE(e.exitCode, 0);
    QVERIFY(!QFile::exists(m_dir.filePath(u"none.db"_s)));
    QFile f(csv);
    QVERIFY(f.open(QIODevice::ReadWrite));
    QByteArray bytes = f.readAll();
    bytes[bytes.size() / 2] = bytes[bytes.size() / 2] == 'x' ? 'y' : 'x';
    f.seek(0);
    f.write(bytes);
    f.close();
    e = cli({u"--db"_s, m_db, u"verify-export"_s, csv});
    QCOMPARE(e.exitCode, 1);
    QVERIFY2(e.out.startsWith(u"NOT GENUINE"_s) && e.out.contains(u"changed after it was exported"_s), qPrintable(e.out));

    // Retention: these verifications are new, so nothing is due and a purge changes nothing.
    e = cli({u"--db"_s, m_db, u"--json"_s, u"retention"_s});
    QCOMPARE(e.exitCode, 0);
    const QJsonObject due = QJsonDocument::fromJson(e.out.toUtf8()).object();
    QCOMPARE(due.value(u"days"_s).toInt(), 1095);
    QCOMPARE(due.value(u"verifications"_s).toInt(), 0);
    e = cli({u"--db"_s, m_db, u"retention"_s, u"--purge"_s});
    QCOMPARE(e.exitCode, 0);
    QVERIFY2(e.out.startsWith(u"purged the ID details of 0 verifications"_s), qPrintable(e.out));

    // An administrator finds an adult's keys and revokes a lost one; the district hears of it.
    const auto readOnly = [this](const char* sql) {
        sqlite3* ro = nullptr;
        QString v;
        if (sqlite3_open_v2(m_db.toUtf8().constData(), &ro, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
            sqlite3_stmt* st = nullptr;
            sqlite3_prepare_v2(ro, sql, -1, &st, nullptr);
            if (sqlite3_step(st) == SQLITE_ROW)
                v = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(st, 0)));
            sqlite3_finalize(st);
        }
        sqlite3_close(ro);
        return v;
    };
    const QString guardian = readOnly("SELECT guardian_id FROM access_keys WHERE status = 'active' ORDER BY key_id LIMIT 1");
    QVERIFY(!guardian.isEmpty());
    e = cli({u"--db"_s, m_db, u"--json"_s, u"keys"_s, u"--guardian"_s, guardian});
    QCOMPARE(e.exitCode, 0);
    QJsonArray keyList = QJsonDocument::fromJson(e.out.toUtf8()).object().value(u"keys"_s).toArray();
    QVERIFY(!keyList.isEmpty());
    QString keyId;
    for (const QJsonValue& k : keyList) {
        QCOMPARE(k[u"guardian_id"_s].toString(), guardian);
        QVERIFY(!k.toObject().contains(u"secret"_s));
        if (k[u"status"_s].toString() == u"active")
            keyId = k[u"key_id"_s].toString();
    }
    QVERIFY(!keyId.isEmpty());
    QCOMPARE(cli({u"--db"_s, m_db, u"revoke-key"_s, keyId, u"--reason"_s, u"stolen"_s}).exitCode, 2);
    e = cli({u"--db"_s, m_db, u"revoke-key"_s, keyId, u"--reason"_s, u"lost"_s});
    QCOMPARE(e.exitCode, 0);
    QCOMPARE(cli({u"--db"_s, m_db, u"revoke-key"_s, keyId, u"--reason"_s, u"lost"_s}).exitCode, 2);   // already revoked
    e = cli({u"--db"_s, m_db, u"--json"_s, u"keys"_s, u"--guardian"_s, guardian});
    keyList = QJsonDocument::fromJson(e.out.toUtf8()).object().value(u"keys"_s).toArray();
    bool seen = false;
    for (const QJsonValue& k : keyList) {
        if (k[u"key_id"_s].toString() == keyId) {
            seen = true;
            QCOMPARE(k[u"status"_s].toString(), u"revoked"_s);
            QCOMPARE(k[u"revoke_reason"_s].toString(), u"lost"_s);
        }
    }
    QVERIFY(seen);
    const QByteArray sql = "SELECT count(*) FROM outbox WHERE type = 'access_key.revoked' AND json_extract(data, '$.key_id') = '"
                           + keyId.toLatin1() + "' AND json_extract(data, '$.reason') = 'lost'";
    QCOMPARE(readOnly(sql.constData()), u"1"_s);
    QCOMPARE(cli({u"--db"_s, m_db, u"keys"_s}).exitCode, 2);
}

void TestCli::renderLettersWritesSpecimens()
{
    const QString pdf = m_dir.filePath(u"specimens-%1.pdf"_s.arg(m_n));
    Run r = cli({u"--db"_s, m_db, u"render-letters"_s, u"--sample"_s, u"3"_s, u"--language"_s, u"es"_s,
                 u"--layout"_s, u"pressure-seal"_s, u"--out"_s, pdf});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(u"wrote 3 specimen letters (3 pages)"_s), qPrintable(r.out));
    QProcess text;
    text.start(u"pdftotext"_s, {pdf, u"-"_s});
    QVERIFY2(text.waitForFinished(30000), "pdftotext (poppler-utils) is needed");
    const QString words = QString::fromUtf8(text.readAllStandardOutput());
    QVERIFY(words.contains(u"SPECIMEN"_s));
    QVERIFY(words.contains(u"Estimado"_s) || words.contains(u"Estimada"_s) || words.contains(u"clave"_s));
    r = cli({u"--db"_s, m_db, u"render-letters"_s, u"--layout"_s, u"zigzag"_s, u"--out"_s, pdf + u"2"_s});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(!QFile::exists(pdf + u"2"_s));
}

void TestCli::verifyLetterNeverCallsASpecimenGenuine()
{
    QCOMPARE(cli({u"--db"_s, m_db, u"init-db"_s}).exitCode, 0);
    const QString pdf = m_dir.filePath(u"one-%1.pdf"_s.arg(m_n));
    QCOMPARE(cli({u"--db"_s, m_db, u"render-letters"_s, u"--out"_s, pdf}).exitCode, 0);
    const QString png = m_dir.filePath(u"one-%1"_s.arg(m_n));
    QCOMPARE(QProcess::execute(u"pdftoppm"_s, {u"-r"_s, u"200"_s, u"-png"_s, u"-singlefile"_s, pdf, png}), 0);
    Run r = cli({u"--db"_s, m_db, u"verify-letter"_s, u"--image"_s, png + u".png"_s});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.out.contains(u"NOT GENUINE"_s), qPrintable(r.out + r.err));
    r = cli({u"--db"_s, m_db, u"verify-letter"_s, u"--payload"_s, u"GDS1.only.three"_s});
    QCOMPARE(r.exitCode, 2);
    r = cli({u"--db"_s, m_db, u"verify-letter"_s, u"--image"_s, m_dir.filePath(u"missing.png"_s)});
    QCOMPARE(r.exitCode, 2);
}

QTEST_GUILESS_MAIN(TestCli)
#include "TestCli.moc"
