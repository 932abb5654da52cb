#include "StorageTestUtil.h"

#include "storage/AuditLog.h"
#include "storage/Settings.h"
#include "storage/StaffService.h"
#include "storage/SyncStatus.h"

using namespace Qt::Literals::StringLiterals;
using namespace gd;

class TestStaffService : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void firstAdministratorOnlyOnce();
    void passwordRules_data();
    void passwordRules();
    void lockOutAfterFiveFailuresForFifteenMinutes();
    void unknownUserLooksLikeWrongPassword();
    void rolesAreEnforcedInTheService();
    void disabledCannotSignIn();
    void resetUnlocks();
    void settingsNeedAnAdministratorAndAreAudited();
    void firstRunOnlyWhenNoStaffExistsAtAll();
    void lastEnabledAdministratorCannotBeDisabled();
    void systemActorNamesAreRefused_data();
    void systemActorNamesAreRefused();
    void demoAccountsOnlyThroughTheDemoPath();
    void displayNamesFollowTheTextRule_data();
    void displayNamesFollowTheTextRule();

private:
    int staffCount();

    QTemporaryDir m_dir;
    ManualClock m_clock;
    std::unique_ptr<Database> m_db;
    int m_n = 0;
    const QString m_password = u"correct horse battery"_s;
};

void TestStaffService::init()
{
    m_db.reset();
    m_clock.set(QDateTime(QDate(2026, 9, 1), QTime(8, 0), Qt::UTC));
    m_db = test::openOrFail(m_dir.filePath(u"staff-%1.db"_s.arg(++m_n)), &m_clock);
    QVERIFY(m_db);
}

void TestStaffService::firstAdministratorOnlyOnce()
{
    StaffService staff(*m_db);
    QVERIFY(staff.needsFirstAdministrator());
    // No account and no default password exist before the first administrator is made.
    QVERIFY(!staff.authenticate(u"admin"_s, u"admin"_s));
    QVERIFY(!staff.authenticate(u"administrator"_s, u"password"_s));
    auto admin = staff.createFirstAdministrator(u"Office.Admin"_s, u"Office Administrator"_s, m_password);
    QVERIFY2(admin, qPrintable(admin.message()));
    QCOMPARE(admin->username, u"office.admin"_s);
    QVERIFY(admin->roles.testFlag(Role::Administrator));
    QVERIFY(!staff.needsFirstAdministrator());
    auto second = staff.createFirstAdministrator(u"other"_s, u"Other"_s, m_password);
    QVERIFY(!second);
    QCOMPARE(second.error().kind, ErrorKind::Denied);
    auto signedIn = staff.authenticate(u"office.admin"_s, m_password);
    QVERIFY2(signedIn, qPrintable(signedIn.message()));
    // The stored hash is scrypt, never the password.
    auto q = m_db->exec(u"SELECT password_hash FROM staff"_s);
    QVERIFY(q && q->next());
    QVERIFY(q->value(0).toString().startsWith(u"scrypt$"_s));
    QVERIFY(!q->value(0).toString().contains(m_password));
}

void TestStaffService::passwordRules_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<bool>("acceptable");
    QTest::newRow("short") << u"abc123"_s << false;
    QTest::newRow("same as user") << u"frontdesk1"_s << false;
    QTest::newRow("repeated") << u"aaaaaaaaaaaa"_s << false;
    QTest::newRow("long phrase") << u"three blind mice"_s << true;
    QTest::newRow("unicode") << u"contraseña segura"_s << true;
}

void TestStaffService::passwordRules()
{
    QFETCH(QString, password);
    QFETCH(bool, acceptable);
    QCOMPARE(StaffService::passwordProblem(u"frontdesk1"_s, password).isEmpty(), acceptable);
}

void TestStaffService::lockOutAfterFiveFailuresForFifteenMinutes()
{
    StaffService staff(*m_db);
    QVERIFY(staff.createFirstAdministrator(u"admin"_s, u"Admin"_s, m_password));
    for (int i = 1; i <= 4; ++i) {
        auto r = staff.authenticate(u"admin"_s, u"wrong password %1"_s.arg(i));
        QVERIFY(!r);
        QVERIFY2(r.message().contains(u"not right"_s), qPrintable(r.message()));
    }
    auto fifth = staff.authenticate(u"admin"_s, u"wrong again!!"_s);
    QVERIFY(!fifth);
    QVERIFY2(fifth.message().contains(u"locked for 15 minutes"_s), qPrintable(fifth.message()));
    // Even the right password is refused while locked.
    m_clock.advanceSeconds(14 * 60);
    auto locked = staff.authenticate(u"admin"_s, m_password);
    QVERIFY(!locked);
    QVERIFY2(locked.message().contains(u"locked"_s), qPrintable(locked.message()));
    m_clock.advanceSeconds(61);
    auto ok = staff.authenticate(u"admin"_s, m_password);
    QVERIFY2(ok, qPrintable(ok.message()));
    QCOMPARE(ok->failedLogins, 0);
    // Both the failures and the lock-out are in the audit chain.
    auto q = m_db->exec(u"SELECT count(*) FROM audit_log WHERE action = 'staff.locked_out'"_s);
    QVERIFY(q && q->next());
    QCOMPARE(q->value(0).toInt(), 1);
    auto verdict = AuditLog::verify(*m_db);
    QVERIFY(verdict && verdict->holds());
}

void TestStaffService::unknownUserLooksLikeWrongPassword()
{
    StaffService staff(*m_db);
    QVERIFY(staff.createFirstAdministrator(u"admin"_s, u"Admin"_s, m_password));
    const auto unknown = staff.authenticate(u"nobody"_s, m_password);
    const auto wrong = staff.authenticate(u"admin"_s, u"not the password"_s);
    QVERIFY(!unknown && !wrong);
    QCOMPARE(unknown.message(), wrong.message());
}

void TestStaffService::rolesAreEnforcedInTheService()
{
    StaffService staff(*m_db);
    auto admin = staff.createFirstAdministrator(u"admin"_s, u"Admin"_s, m_password);
    QVERIFY(admin);
    const Actor adminActor = staff.actorFor(*admin);
    auto fd = staff.add(adminActor, u"frontdesk"_s, u"Front Desk"_s, Roles(Role::FrontDesk), m_password);
    QVERIFY2(fd, qPrintable(fd.message()));
    const Actor fdActor = staff.actorFor(*fd);
    QCOMPARE(fdActor.deviceId, m_db->deviceId());
    auto denied = staff.add(fdActor, u"sneaky"_s, u"Sneaky"_s, Roles(Role::Administrator), m_password);
    QVERIFY(!denied);
    QCOMPARE(denied.error().kind, ErrorKind::Denied);
    QVERIFY(!staff.list(fdActor));
    QVERIFY(!staff.disable(fdActor, u"admin"_s));
    QVERIFY(!staff.resetPassword(fdActor, u"admin"_s, u"a new password 1"_s));
    QVERIFY(!staff.find(u"sneaky"_s));
    QCOMPARE(staff.list(adminActor)->size(), 2);
    // Duplicate names are refused whatever their case.
    QVERIFY(!staff.add(adminActor, u"FrontDesk"_s, u"Again"_s, Roles(Role::FrontDesk), m_password));
}

void TestStaffService::disabledCannotSignIn()
{
    StaffService staff(*m_db);
    auto admin = staff.createFirstAdministrator(u"admin"_s, u"Admin"_s, m_password);
    const Actor a = staff.actorFor(*admin);
    QVERIFY(staff.add(a, u"printer"_s, u"Printer"_s, Roles(Role::LetterPrinter), m_password));
    QVERIFY(staff.disable(a, u"printer"_s));
    auto r = staff.authenticate(u"printer"_s, m_password);
    QVERIFY(!r);
    QVERIFY(!staff.disable(a, u"admin"_s));   // not yourself
}

void TestStaffService::resetUnlocks()
{
    StaffService staff(*m_db);
    auto admin = staff.createFirstAdministrator(u"admin"_s, u"Admin"_s, m_password);
    const Actor a = staff.actorFor(*admin);
    QVERIFY(staff.add(a, u"desk"_s, u"Desk"_s, Roles(Role::FrontDesk), m_password));
    for (int i = 0; i < 5; ++i)
        QVERIFY(!staff.authenticate(u"desk"_s, u"nope nope nope"_s));
    QVERIFY(staff.resetPassword(a, u"desk"_s, u"brand new phrase"_s));
    QVERIFY(staff.authenticate(u"desk"_s, u"brand new phrase"_s));
    QVERIFY(!staff.authenticate(u"desk"_s, m_password));
}

void TestStaffService::settingsNeedAnAdministratorAndAreAudited()
{
    Settings settings(*m_db);
    QCOMPARE(settings.intValue(Settings::IdleTimeoutSeconds), 120);
    const Actor fd{u"fd"_s, {}, Roles(Role::FrontDesk)};
    QCOMPARE(settings.set(fd, Settings::IdleTimeoutSeconds, u"600"_s).error().kind, ErrorKind::Denied);
    QCOMPARE(settings.set(test::admin(), u"kiosk.idle"_s, u"600"_s).error().kind, ErrorKind::BadInput);
    QCOMPARE(settings.set(test::admin(), Settings::IdleTimeoutSeconds, u"5"_s).error().kind, ErrorKind::BadInput);
    QCOMPARE(settings.set(test::admin(), Settings::ServerUrl, u"http://district.example.org"_s).error().kind,
             ErrorKind::BadInput);
    QCOMPARE(settings.intValue(Settings::IdleTimeoutSeconds), 120);
    QVERIFY(settings.set(test::admin(), Settings::IdleTimeoutSeconds, u"300"_s));
    QCOMPARE(settings.intValue(Settings::IdleTimeoutSeconds), 300);
    auto q = m_db->exec(u"SELECT details FROM audit_log WHERE action = 'setting.changed'"_s);
    QVERIFY(q && q->next());
    QVERIFY(q->value(0).toString().contains(u"\"to\":\"300\""_s));
    // The sync indicator tells the truth.
    QCOMPARE(SyncStatus::read(*m_db).state, SyncStatus::State::NeverConfigured);
    QVERIFY(settings.set(test::admin(), Settings::ServerUrl, u"https://127.0.0.1:8443"_s));
    QCOMPARE(SyncStatus::read(*m_db).state, SyncStatus::State::NeverSynced);
    QVERIFY(SyncStatus::recordHealth(*m_db, false, u"connection refused"_s));
    QCOMPARE(SyncStatus::read(*m_db).state, SyncStatus::State::Offline);
    QCOMPARE(SyncStatus::read(*m_db).lastError, u"connection refused"_s);
    QVERIFY(SyncStatus::recordSuccess(*m_db));
    const SyncStatus st = SyncStatus::read(*m_db);
    QCOMPARE(st.state, SyncStatus::State::Synced);
    QCOMPARE(st.lastSuccess, m_clock.now());
}

int TestStaffService::staffCount()
{
    auto q = m_db->exec(u"SELECT count(*) FROM staff"_s);
    return q && q->next() ? q->value(0).toInt() : -1;
}

// Staff who exist without an administrator (all disabled, or added by the CLI without the
// role) never make the kiosk offer the administrator's account to whoever stands at it.
void TestStaffService::firstRunOnlyWhenNoStaffExistsAtAll()
{
    StaffService staff(*m_db);
    const Actor cli{u"cli"_s, m_db->deviceId(), Roles(Role::Administrator)};
    QVERIFY(staff.needsFirstAdministrator());
    QVERIFY(!staff.hasEnabledAdministrator());

    // The demo seeder's disabled account is not staff: the first run is still offered.
    QVERIFY(staff.addDemoAccount(cli, u"demo.frontdesk"_s, u"Demo front desk"_s, Roles(Role::FrontDesk), m_password));
    QVERIFY(staff.disable(cli, u"demo.frontdesk"_s));
    QVERIFY(staff.needsFirstAdministrator());

    // A front-desk account and no administrator: sign-in only; the fix is the CLI.
    QVERIFY(staff.add(cli, u"desk.rosa"_s, u"Rosa"_s, Roles(Role::FrontDesk), m_password));
    QVERIFY(!staff.needsFirstAdministrator());
    QVERIFY(!staff.hasEnabledAdministrator());
    const int before = staffCount();
    auto stranger = staff.createFirstAdministrator(u"walk.in"_s, u"Walk In"_s, m_password);
    QVERIFY(!stranger);
    QCOMPARE(stranger.error().kind, ErrorKind::Denied);
    QVERIFY2(stranger.message().contains(u"staff add"_s), qPrintable(stranger.message()));
    QCOMPARE(staffCount(), before);
    QVERIFY(!staff.find(u"walk.in"_s));

    QVERIFY(staff.add(cli, u"office.admin"_s, u"Office"_s, Roles(Role::Administrator), m_password));
    QVERIFY(staff.hasEnabledAdministrator());
    QVERIFY(!staff.needsFirstAdministrator());
}

void TestStaffService::lastEnabledAdministratorCannotBeDisabled()
{
    StaffService staff(*m_db);
    auto first = staff.createFirstAdministrator(u"admin.one"_s, u"One"_s, m_password);
    QVERIFY(first);
    const Actor one = staff.actorFor(*first);
    const Actor cli{u"cli"_s, m_db->deviceId(), Roles(Role::Administrator)};
    QVERIFY(staff.add(one, u"admin.two"_s, u"Two"_s, Roles(Role::Administrator) | Role::LetterPrinter, m_password));
    QVERIFY(staff.add(one, u"desk"_s, u"Desk"_s, Roles(Role::FrontDesk), m_password));

    // Two administrators: one may go. Then the other is the last one, whoever asks.
    QVERIFY(staff.disable(one, u"admin.two"_s));
    for (const Actor& actor : {cli, Actor{u"someone.else"_s, m_db->deviceId(), Roles(Role::Administrator)}}) {
        const Status last = staff.disable(actor, u"admin.one"_s);
        QVERIFY(!last);
        QCOMPARE(last.error().kind, ErrorKind::Conflict);
        QVERIFY2(last.message().contains(u"admin.one is the last enabled administrator"_s), qPrintable(last.message()));
    }
    QVERIFY(!staff.find(u"admin.one"_s)->disabled);
    QVERIFY(staff.authenticate(u"admin.one"_s, m_password));
    QVERIFY(staff.hasEnabledAdministrator());
    // Other accounts are disabled as before, and a password reset keeps the administrator.
    QVERIFY(staff.disable(cli, u"desk"_s));
    QVERIFY(staff.resetPassword(cli, u"admin.one"_s, u"another good phrase"_s));
    QVERIFY(staff.find(u"admin.one"_s)->roles.testFlag(Role::Administrator));
    QVERIFY(!staff.find(u"admin.one"_s)->disabled);
    auto q = m_db->exec(u"SELECT count(*) FROM audit_log WHERE action = 'staff.disabled'"_s);
    QVERIFY(q && q->next());
    QCOMPARE(q->value(0).toInt(), 2);   // admin.two and desk; the refusal wrote nothing
}

void TestStaffService::systemActorNamesAreRefused_data()
{
    QTest::addColumn<QString>("username");
    QTest::newRow("cli") << u"cli"_s;
    QTest::newRow("device") << u"device"_s;
    QTest::newRow("system") << u"system"_s;
    QTest::newRow("first-run") << u"first-run"_s;
    QTest::newRow("init") << u"init"_s;
    QTest::newRow("demo.*") << u"demo.frontdesk"_s;
    QTest::newRow("Demo.* in capitals") << u"DEMO.Office"_s;
    QTest::newRow("CLI with spaces") << u"  CLI "_s;
    QTest::newRow("System mixed case") << u"System"_s;
}

void TestStaffService::systemActorNamesAreRefused()
{
    QFETCH(QString, username);
    StaffService staff(*m_db);
    QVERIFY(!StaffService::usernameProblem(username).isEmpty());
    // At the first run...
    auto first = staff.createFirstAdministrator(username, u"Someone"_s, m_password);
    QVERIFY(!first);
    QCOMPARE(first.error().kind, ErrorKind::BadInput);
    QVERIFY2(first.message().contains(u"reserved"_s), qPrintable(first.message()));
    QCOMPARE(staffCount(), 0);
    QVERIFY(staff.needsFirstAdministrator());
    // ...and when an administrator adds staff.
    auto admin = staff.createFirstAdministrator(u"admin"_s, u"Admin"_s, m_password);
    QVERIFY(admin);
    auto added = staff.add(staff.actorFor(*admin), username, u"Someone"_s, Roles(Role::FrontDesk), m_password);
    QVERIFY(!added);
    QCOMPARE(added.error().kind, ErrorKind::BadInput);
    QVERIFY2(added.message().contains(u"reserved"_s), qPrintable(added.message()));
    QCOMPARE(staffCount(), 1);
    // Names that merely contain them are people's.
    QVERIFY(StaffService::usernameProblem(u"clio"_s).isEmpty());
    QVERIFY(StaffService::usernameProblem(u"demo-office"_s).isEmpty());
    QVERIFY(StaffService::usernameProblem(u"system.admin"_s).isEmpty());
}

void TestStaffService::demoAccountsOnlyThroughTheDemoPath()
{
    StaffService staff(*m_db);
    const Actor cli{u"cli"_s, m_db->deviceId(), Roles(Role::Administrator)};
    auto demo = staff.addDemoAccount(cli, u"demo.frontdesk"_s, u"Demo front desk"_s, Roles(Role::FrontDesk), m_password);
    QVERIFY2(demo, qPrintable(demo.message()));
    QCOMPARE(demo->username, u"demo.frontdesk"_s);
    // The demo path makes demo accounts only, for administrators only.
    auto person = staff.addDemoAccount(cli, u"rosa.lopez"_s, u"Rosa"_s, Roles(Role::FrontDesk), m_password);
    QVERIFY(!person);
    QCOMPARE(person.error().kind, ErrorKind::BadInput);
    const Actor desk{u"desk"_s, m_db->deviceId(), Roles(Role::FrontDesk)};
    auto denied = staff.addDemoAccount(desk, u"demo.other"_s, u"Other"_s, Roles(Role::FrontDesk), m_password);
    QVERIFY(!denied);
    QCOMPARE(denied.error().kind, ErrorKind::Denied);
    QCOMPARE(staffCount(), 1);
}

void TestStaffService::displayNamesFollowTheTextRule_data()
{
    QTest::addColumn<QString>("displayName");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("Persian with ZWNJ") << u"\u0645\u062D\u0645\u062F\u200C\u0631\u0636\u0627 \u06A9\u0631\u06CC\u0645\u06CC"_s << true;
    QTest::newRow("Bengali with ZWJ") << u"\u09B0\u200D\u09CD\u09AF\u09BE\u09A8 \u09A6\u09BE\u09B8"_s << true;
    QTest::newRow("RLO") << u"Rosa \u202Ezepol"_s << false;
    QTest::newRow("LRI") << u"\u2066Rosa"_s << false;
    QTest::newRow("line separator") << u"Rosa\u2028Lopez"_s << false;
    QTest::newRow("zero-width space") << u"Ro\u200Bsa"_s << false;
}

void TestStaffService::displayNamesFollowTheTextRule()
{
    QFETCH(QString, displayName);
    QFETCH(bool, accepted);
    StaffService staff(*m_db);
    // At the first run...
    auto admin = staff.createFirstAdministrator(u"admin"_s, displayName, m_password);
    QCOMPARE(admin.ok(), accepted);
    if (!accepted) {
        QCOMPARE(admin.error().kind, ErrorKind::BadInput);
        QVERIFY2(admin.message().contains(u"U+"_s), qPrintable(admin.message()));
        QCOMPARE(staffCount(), 0);
        admin = staff.createFirstAdministrator(u"admin"_s, u"Admin"_s, m_password);
        QVERIFY(admin);
    }
    // ...and when an administrator adds staff.
    auto added = staff.add(staff.actorFor(*admin), u"desk"_s, displayName, Roles(Role::FrontDesk), m_password);
    QCOMPARE(added.ok(), accepted);
    if (accepted) {
        QCOMPARE(added->displayName, displayName);
        return;
    }
    QCOMPARE(added.error().kind, ErrorKind::BadInput);
    QVERIFY2(added.message().contains(u"U+"_s), qPrintable(added.message()));
    QVERIFY(!staff.find(u"desk"_s));
}

QTEST_GUILESS_MAIN(TestStaffService)
#include "TestStaffService.moc"
