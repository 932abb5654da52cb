#include "storage/StorageTestUtil.h"

#include "storage/AuditLog.h"
#include "storage/AuditWitness.h"
#include "storage/DistrictSyncStore.h"
#include "storage/OutboxStore.h"
#include "storage/StudentDirectory.h"
#include "storage/UnitOfWork.h"
#include "support/DistrictStub.h"
#include "support/FaultRule.h"
#include "sync/SyncEngine.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QUuid>

#include <csignal>

using namespace Qt::Literals::StringLiterals;
using namespace gd;

// The sync engine with the kiosk's real database and the district stub: what a restart, a kill
// or a bad page leaves behind in the database.
class TestDistrictSync : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void rosterPagesAreCommittedWithTheirCursor();
    void deletedRelationshipIsRemovedAndSearchStaysCurrent();
    void outboxEventsArriveAndAreMarkedDone();
    void restartDuringBackoffKeepsTheSchedule();
    void badRosterPageLeavesTheCursorAndKeepsTheReason();
    void clientSecretIsSealedAtRest();
    void administratorRetriesFailedEvents();
    void syncKilledMidRosterResumesFromTheCommittedCursor();
    void cliPrintsCountsAndTheOutboxAndFailsWhenSomethingFailed();
    void theDistrictsWitnessedHeadsCatchACutChain();

private:
    void startStub(qint64 students);
    SyncReport run(SyncEngine& engine, bool force = false);
    std::unique_ptr<SyncEngine> engine(DistrictSyncStore& store);
    qint64 count(const QString& sql);
    void addEvents(int n);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<test::DistrictStub> m_stub;
    std::unique_ptr<Database> m_db;
};

void TestDistrictSync::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_clock = std::make_unique<ManualClock>(QDateTime::currentDateTimeUtc());
    startStub(120);
    m_db = test::openOrFail(m_dir->filePath(u"kiosk.db"_s), m_clock.get());
    QVERIFY(m_db);
}

void TestDistrictSync::cleanup()
{
    m_db.reset();
    m_stub.reset();
    m_clock.reset();
    m_dir.reset();
}

void TestDistrictSync::startStub(qint64 students)
{
    test::DistrictStubOptions o;
    o.certificateDirectory = m_dir->filePath(u"district"_s);
    o.students = students;
    o.pageSize = 50;
    o.clock = m_clock.get();
    o.requireAuditHead = true;
    m_stub = std::make_unique<test::DistrictStub>(o);
    QVERIFY(m_stub->start());
}

std::unique_ptr<SyncEngine> TestDistrictSync::engine(DistrictSyncStore& store)
{
    SyncSettings s;
    s.endpoint.baseUrl = m_stub->baseUrl();
    s.endpoint.caBundlePath = m_stub->caCertificatePath();
    s.endpoint.spkiPin = m_stub->spkiPin();
    s.endpoint.deviceId = m_db->deviceId();
    s.endpoint.clientId = m_stub->clientId();
    s.schoolCode = u"1234"_s;
    s.rosterPageLimit = 50;
    auto e = std::make_unique<SyncEngine>(s, ClientSecret(m_stub->clientSecret()), store, *m_clock);
    e->setJitterSource([] { return 0.0; });
    return e;
}

SyncReport TestDistrictSync::run(SyncEngine& engine, bool force)
{
    QSignalSpy finished(&engine, &SyncEngine::finished);
    engine.start(force);
    if (!finished.wait(30000))
        qFatal("the sync did not finish");
    return finished.constFirst().constFirst().value<SyncReport>();
}

qint64 TestDistrictSync::count(const QString& sql)
{
    auto q = m_db->exec(sql);
    return q && q->next() ? q->value(0).toLongLong() : -1;
}

void TestDistrictSync::addEvents(int n)
{
    const QJsonObject document{{u"type"_s, u"passport"_s}, {u"issuer"_s, u"US"_s}, {u"number_last4"_s, u"1234"_s},
                               {u"expires_on"_s, u"2030-01-31"_s}, {u"captured_by"_s, u"manual"_s}};
    const Status s = m_db->transact(test::admin(), [&](UnitOfWork& uow) -> Status {
        for (int i = 0; i < n; ++i) {
            OutboxEvent e;
            e.type = u"guardian.verified"_s;
            e.studentId = u"S1"_s;
            e.guardianId = u"G-M"_s;
            e.data = {{u"method"_s, u"in_person"_s}, {u"id_document"_s, document}, {u"name_match"_s, u"exact"_s}};
            if (auto id = uow.emitEvent(e); !id)
                return id.error();
        }
        return uow.audit(u"test.events"_s, u"test"_s, u"batch"_s);
    });
    QVERIFY2(s.ok(), qPrintable(s.message()));
}

void TestDistrictSync::rosterPagesAreCommittedWithTheirCursor()
{
    DistrictSyncStore store(*m_db);
    auto e = engine(store);
    const SyncReport report = run(*e);
    QVERIFY2(report.ok, qPrintable(report.message));
    QCOMPARE(report.rosterPages, 3);
    QCOMPARE(count(u"SELECT count(*) FROM students"_s), 120);
    QCOMPARE(count(u"SELECT count(DISTINCT guardian_id) FROM relationships"_s),
             count(u"SELECT count(*) FROM guardians"_s));
    const QString cursor = store.rosterCursor().value();
    QVERIFY(!cursor.isEmpty());
    // One audit entry per page, and the chain still holds (checkpoints signed by the device key).
    QCOMPARE(count(u"SELECT count(*) FROM audit_log WHERE action = 'roster.synced'"_s), 3);
    auto verdict = AuditLog::verify(*m_db);
    QVERIFY(verdict && verdict->holds());
    // Roster pages commit without an fsync each; what the kiosk writes next is fsynced again.
    QCOMPARE(count(u"PRAGMA synchronous"_s), 2);   // FULL
    // The next run asks from the stored cursor, not from the beginning.
    QVERIFY(run(*e, true).ok);
    bool askedFromCursor = false;
    for (const auto& r : m_stub->received())
        askedFromCursor |= r.path == u"/v1/roster" && r.query.contains(QString::fromLatin1(QUrl::toPercentEncoding(cursor)));
    QVERIFY(askedFromCursor);
    QCOMPARE(count(u"SELECT count(*) FROM students"_s), 120);
}

void TestDistrictSync::deletedRelationshipIsRemovedAndSearchStaysCurrent()
{
    DistrictSyncStore store(*m_db);
    auto e = engine(store);
    QVERIFY(run(*e).ok);
    auto q = m_db->exec(u"SELECT student_id, guardian_id FROM relationships LIMIT 1"_s);
    QVERIFY(q && q->next());
    const QString student = q->value(0).toString();
    const QString guardian = q->value(1).toString();
    q->finish();
    const qint64 before = count(u"SELECT count(*) FROM relationships"_s);
    auto names = m_db->exec(u"SELECT first_name || ' ' || last_name FROM guardians WHERE guardian_id = ?"_s, {guardian});
    QVERIFY(names && names->next());
    const QString adult = names->value(0).toString();
    names->finish();
    const auto findsThroughAdult = [&] {
        const auto hits = StudentDirectory(*m_db).search(adult, 200);
        for (const StudentHit& h : hits.value()) {
            if (h.studentId == student)
                return true;
        }
        return false;
    };
    QVERIFY2(findsThroughAdult(), qPrintable(adult));

    test::FaultRule page;
    page.path = u"/v1/roster"_s;
    page.action = test::FaultRule::Action::Body;
    page.status = 200;
    page.count = 1;
    page.body = QJsonDocument(QJsonObject{
        {u"students"_s, QJsonArray()}, {u"guardians"_s, QJsonArray()},
        {u"relationships"_s, QJsonArray{QJsonObject{{u"student_id"_s, student}, {u"guardian_id"_s, guardian},
                                                    {u"relationship"_s, u"mother"_s}, {u"deleted"_s, true}}}},
        {u"next_cursor"_s, store.rosterCursor().value()}, {u"has_more"_s, false}}).toJson();
    m_stub->injectFault(page);
    const SyncReport report = run(*e, true);
    QVERIFY2(report.ok, qPrintable(report.message));
    QCOMPARE(report.relationshipsRemoved, 1);
    QCOMPARE(count(u"SELECT count(*) FROM relationships"_s), before - 1);
    // The search index no longer finds the student through that adult.
    QVERIFY(!findsThroughAdult());
}

void TestDistrictSync::outboxEventsArriveAndAreMarkedDone()
{
    addEvents(700);
    DistrictSyncStore store(*m_db);
    auto e = engine(store);
    const SyncReport report = run(*e);
    QVERIFY2(report.ok, qPrintable(report.message));
    QCOMPARE(report.accepted, 700);
    QCOMPARE(count(u"SELECT count(*) FROM outbox WHERE state = 'done' AND delivered_at IS NOT NULL"_s), 700);
    QCOMPARE(m_stub->acceptedEvents().size(), 700);
    // The head the district witnessed is this database's audit chain, signed by its device key.
    const auto heads = m_stub->auditHeads(m_db->deviceId());
    QVERIFY(!heads.isEmpty());
    auto last = m_db->exec(u"SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1"_s);
    QVERIFY(last && last->next());
    QCOMPARE(heads.constFirst().value(u"hash"_s).toString(), last->value(1).toString());
    QCOMPARE(m_stub->enrolledDevices().constFirst().signingKey, store.devicePublicKey().value());
}

void TestDistrictSync::theDistrictsWitnessedHeadsCatchACutChain()
{
    addEvents(3);
    {
        DistrictSyncStore store(*m_db);
        auto e = engine(store);
        QVERIFY(run(*e).ok);
        // The next sync keeps the heads the district witnessed during the first.
        addEvents(1);
        auto again = engine(store);
        QVERIFY(run(*again).ok);
        auto kept = store.witnessedHeads();
        QVERIFY(kept && !kept->isEmpty());
    }
    auto w = AuditWitness::compare(*m_db);
    QVERIFY2(w && w->holds(), w ? qPrintable(w->problem) : qPrintable(w.message()));
    QVERIFY(w->heads >= 1);
    const qint64 witnessed = w->longestSeq;

    // Someone with the file cuts the chain back before the witnessed head, checkpoints too.
    m_db.reset();
    const QByteArray cut = u"PRAGMA foreign_keys = OFF; DROP TRIGGER audit_log_no_delete; "
                           "DELETE FROM audit_checkpoints WHERE seq >= %1; DELETE FROM audit_log WHERE seq >= %1"_s
                               .arg(witnessed)
                               .toUtf8();
    QVERIFY(test::rawExec(m_dir->filePath(u"kiosk.db"_s), cut.constData()));
    m_db = test::openOrFail(m_dir->filePath(u"kiosk.db"_s), m_clock.get());
    w = AuditWitness::compare(*m_db);
    QVERIFY(w && !w->holds());
    QCOMPARE(w->firstBadSeq, witnessed);
    QVERIFY2(w->problem.contains(u"were cut"_s), qPrintable(w->problem));
}

void TestDistrictSync::restartDuringBackoffKeepsTheSchedule()
{
    addEvents(3);
    m_stub->injectFault(*test::FaultRule::parse(u"path=/v1/events,status=503,retry-after=900"_s));
    QDateTime next;
    {
        DistrictSyncStore store(*m_db);
        auto e = engine(store);
        const SyncReport report = run(*e);
        QVERIFY(report.transient);
        next = report.nextAttemptAt;
        QVERIFY(next >= m_clock->now().addSecs(900) && next < m_clock->now().addSecs(901));
    }
    // The kiosk restarts: a new database connection, a new store, a new engine.
    m_db.reset();
    m_db = test::openOrFail(m_dir->filePath(u"kiosk.db"_s), m_clock.get());
    QVERIFY(m_db);
    m_stub->clearFaults();
    const qsizetype receivedBefore = m_stub->received().size();
    DistrictSyncStore store(*m_db);
    QCOMPARE(store.backoff()->nextAttemptAt, next);
    QCOMPARE(store.backoff()->failures, 1);
    auto e = engine(store);
    m_clock->set(next.addSecs(-1));
    const SyncReport waiting = run(*e);
    QVERIFY(!waiting.ran);
    QCOMPARE(m_stub->received().size(), receivedBefore);   // nothing was sent while waiting
    QCOMPARE(count(u"SELECT count(*) FROM outbox WHERE state = 'pending' AND attempts = 1"_s), 3);
    m_clock->set(next);
    QVERIFY(run(*e).ok);
    QCOMPARE(count(u"SELECT count(*) FROM outbox WHERE state = 'done'"_s), 3);
    QCOMPARE(store.backoff()->failures, 0);
}

void TestDistrictSync::badRosterPageLeavesTheCursorAndKeepsTheReason()
{
    DistrictSyncStore store(*m_db);
    auto e = engine(store);
    test::FaultRule bad;
    bad.path = u"/v1/roster"_s;
    bad.action = test::FaultRule::Action::Body;
    bad.status = 200;
    bad.count = 1;
    // A page whose relationship names an adult that exists nowhere: refused whole.
    bad.body = QJsonDocument(QJsonObject{
        {u"students"_s, QJsonArray{QJsonObject{{u"student_id"_s, u"900000001"_s}, {u"first_name"_s, u"Ana"_s},
                                               {u"last_name"_s, u"Ruiz"_s}, {u"date_of_birth"_s, u"2014-03-09"_s},
                                               {u"grade"_s, u"5"_s}, {u"school_code"_s, u"1234"_s},
                                               {u"active"_s, true}}}},
        {u"guardians"_s, QJsonArray()},
        {u"relationships"_s, QJsonArray{QJsonObject{{u"student_id"_s, u"900000001"_s}, {u"guardian_id"_s, u"G-NOBODY"_s},
                                                    {u"relationship"_s, u"mother"_s}}}},
        {u"next_cursor"_s, u"c-1"_s}, {u"has_more"_s, false}}).toJson();
    m_stub->injectFault(bad);
    const SyncReport report = run(*e);
    QVERIFY(!report.ok);
    QVERIFY(store.rosterCursor()->isEmpty());
    QCOMPARE(count(u"SELECT count(*) FROM students"_s), 0);
    QCOMPARE(count(u"PRAGMA synchronous"_s), 2);   // FULL again after a refused page too
    QVERIFY2(store.stateValue(u"roster_problem"_s)->contains(u"neither in the page nor on the roster"_s),
             qPrintable(store.stateValue(u"roster_problem"_s).value()));
    QVERIFY(store.backoff()->nextAttemptAt.isValid());
    // Later the district sends good pages: the roster arrives and the reason is cleared.
    m_clock->set(store.backoff()->nextAttemptAt);
    QVERIFY(run(*e).ok);
    QCOMPARE(count(u"SELECT count(*) FROM students"_s), 120);
    QVERIFY(store.stateValue(u"roster_problem"_s)->isEmpty());
}

void TestDistrictSync::clientSecretIsSealedAtRest()
{
    DistrictSyncStore store(*m_db);
    QVERIFY(store.keepClientSecret("s3cret-value-123"));
    QCOMPARE(store.clientSecret()->bytes(), QByteArray("s3cret-value-123"));
    // A rotated secret leaves no copy of the one it replaced, sealed or not, in the database file
    // or its write-ahead log, while the kiosk still has the database open.
    const QByteArray oldSealed = store.stateValue(u"client_secret.sealed"_s)->toLatin1();
    QVERIFY(oldSealed.size() > 20);
    QVERIFY(store.keepClientSecret("n3w-secret-value-456"));
    QCOMPARE(store.clientSecret()->bytes(), QByteArray("n3w-secret-value-456"));
    const auto fileHolds = [this](const QString& name, const QByteArray& what) {
        QFile f(m_dir->filePath(name));
        return f.open(QIODevice::ReadOnly) && f.readAll().contains(what);
    };
    QVERIFY(!fileHolds(u"kiosk.db"_s, oldSealed));
    QVERIFY(!fileHolds(u"kiosk.db-wal"_s, oldSealed));
    QCOMPARE(QFileInfo(m_dir->filePath(u"kiosk.db-wal"_s)).size(), 0);
    m_db.reset();
    QFile file(m_dir->filePath(u"kiosk.db"_s));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains("s3cret-value-123"));
    QFile wal(m_dir->filePath(u"kiosk.db-wal"_s));
    if (wal.open(QIODevice::ReadOnly))
        QVERIFY(!wal.readAll().contains("s3cret-value-123"));
}

void TestDistrictSync::administratorRetriesFailedEvents()
{
    addEvents(2);
    m_stub->injectFault(*test::FaultRule::parse(u"path=/v1/events,status=400,count=1"_s));
    DistrictSyncStore store(*m_db);
    auto e = engine(store);
    QVERIFY(!run(*e).ok);
    OutboxStore outbox(*m_db);
    auto failed = outbox.list(u"failed"_s);
    QCOMPARE(failed->size(), 2);
    QVERIFY(failed->constFirst().lastError.contains(u"malformed"_s));
    const Actor desk{u"desk"_s, {}, Roles(Role::FrontDesk)};
    QCOMPARE(outbox.retryFailed(desk).error().kind, ErrorKind::Denied);
    QCOMPARE(outbox.retryFailed(test::admin()).value(), 2);
    QVERIFY(run(*e, true).ok);
    QCOMPARE(outbox.counts()->done, 2);
}

// A real kill -9 of the CLI while it pulls the roster: the next sync starts from the last
// committed cursor, and the roster ends whole, every record once.
void TestDistrictSync::syncKilledMidRosterResumesFromTheCommittedCursor()
{
    startStub(3000);   // six pages of 500
    // Each roster page answers late, so the kill lands while pages are in flight.
    m_stub->injectFault(*test::FaultRule::parse(u"path=/v1/roster,delay=150"_s));
    const QString dbPath = m_dir->filePath(u"kiosk.db"_s);
    m_db.reset();
    const QString secretFile = m_dir->filePath(u"client-secret"_s);
    {
        QFile f(secretFile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(m_stub->clientSecret());
    }
    const QStringList args{u"--db"_s, dbPath, u"sync"_s, u"--once"_s, u"--server"_s, m_stub->baseUrl().toString(),
                           u"--ca"_s, m_stub->caCertificatePath(), u"--client-id"_s, m_stub->clientId(),
                           u"--client-secret-file"_s, secretFile};
    int rosterRequests = 0;
    QProcess child;
    connect(m_stub.get(), &test::DistrictStub::requestReceived, this, [&](const test::RecordedRequest& r) {
        if (r.path == u"/v1/roster" && ++rosterRequests == 3 && child.state() == QProcess::Running)
            ::kill(pid_t(child.processId()), SIGKILL);
    });
    child.start(QStringLiteral(GD_CLI_PATH), args);
    QVERIFY(child.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(child.state() == QProcess::NotRunning, 30000);
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);

    m_db = test::openOrFail(dbPath, m_clock.get());
    const qint64 afterKill = count(u"SELECT count(*) FROM students"_s);
    QVERIFY2(afterKill >= 1000 && afterKill < 3000, qPrintable(QString::number(afterKill)));
    DistrictSyncStore store(*m_db);
    const QString committed = store.rosterCursor().value();
    QVERIFY(!committed.isEmpty());
    m_db.reset();

    // The next sync asks for the page after the committed cursor and no earlier one.
    const qsizetype before = m_stub->received().size();
    QProcess again;
    again.start(QStringLiteral(GD_CLI_PATH), args);
    QVERIFY(again.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(again.state() == QProcess::NotRunning, 30000);
    QVERIFY2(again.exitCode() == 0, again.readAllStandardError().constData());
    const auto received = m_stub->received();
    for (qsizetype i = before; i < received.size(); ++i) {
        if (received[i].path == u"/v1/roster") {
            QVERIFY2(received[i].query.contains(QString::fromLatin1(QUrl::toPercentEncoding(committed))),
                     qPrintable(received[i].query));
            break;
        }
    }
    m_db = test::openOrFail(dbPath, m_clock.get());
    QCOMPARE(count(u"SELECT count(*) FROM students"_s), 3000);
    QCOMPARE(count(u"SELECT count(*) FROM guardians"_s), m_stub->rosterGuardianCount());
    // Every link of the district's roster, once.
    QCOMPARE(count(u"SELECT count(*) FROM (SELECT student_id, guardian_id FROM relationships "
                   "GROUP BY student_id, guardian_id HAVING count(*) > 1)"_s), 0);
    QCOMPARE(count(u"SELECT count(*) FROM relationships WHERE student_id NOT IN (SELECT student_id FROM students)"_s), 0);
}

void TestDistrictSync::cliPrintsCountsAndTheOutboxAndFailsWhenSomethingFailed()
{
    addEvents(3);
    const QString dbPath = m_dir->filePath(u"kiosk.db"_s);
    m_db.reset();
    const QString secretFile = m_dir->filePath(u"client-secret"_s);
    {
        QFile f(secretFile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(m_stub->clientSecret() + '\n');
    }
    const auto cli = [&](const QStringList& args, QByteArray* out) {
        QProcess p;
        p.start(QStringLiteral(GD_CLI_PATH), QStringList{u"--db"_s, dbPath} + args);
        p.waitForStarted();
        while (p.state() != QProcess::NotRunning)
            QTest::qWait(20);   // the stub answers from this thread's event loop
        *out = p.readAllStandardOutput();
        qInfo().noquote() << args.join(u' ') << "->" << p.exitCode() << QString::fromUtf8(p.readAllStandardError());
        return p.exitCode();
    };
    const QStringList sync{u"sync"_s, u"--once"_s, u"--server"_s, m_stub->baseUrl().toString(), u"--ca"_s,
                           m_stub->caCertificatePath(), u"--client-id"_s, m_stub->clientId()};
    QByteArray out;
    // No secret kept yet and none given: bad usage, nothing sent.
    QCOMPARE(cli(sync, &out), 2);
    QVERIFY(m_stub->received().isEmpty());

    m_stub->injectFault(*test::FaultRule::parse(u"path=/v1/events,status=503"_s));
    QCOMPARE(cli(sync + QStringList{u"--client-secret-file"_s, secretFile}, &out), 1);
    QVERIFY2(out.contains("3 pending"), out.constData());
    QCOMPARE(cli({u"outbox"_s, u"--state"_s, u"pending"_s, u"--json"_s}, &out), 0);
    const QJsonArray events = QJsonDocument::fromJson(out).object().value(u"events"_s).toArray();
    QCOMPARE(events.size(), 3);
    const QJsonObject first = events[0].toObject();
    QCOMPARE(first.value(u"type"_s).toString(), u"guardian.verified"_s);
    QCOMPARE(first.value(u"state"_s).toString(), u"pending"_s);
    QCOMPARE(first.value(u"attempts"_s).toInt(), 1);
    QVERIFY(first.value(u"last_error"_s).toString().contains(u"503"_s));
    QVERIFY(first.contains(u"event_id"_s));

    // The secret was kept sealed: the next sync needs no file.
    m_stub->clearFaults();
    QCOMPARE(cli(sync, &out), 0);
    QVERIFY2(out.contains("3 accepted"), out.constData());
    QCOMPARE(cli({u"outbox"_s, u"--state"_s, u"done"_s, u"--json"_s}, &out), 0);
    QCOMPARE(QJsonDocument::fromJson(out).object().value(u"events"_s).toArray().size(), 3);
    QCOMPARE(cli({u"outbox"_s, u"--state"_s, u"lost"_s}, &out), 2);
}

QTEST_GUILESS_MAIN(TestDistrictSync)
#include "TestDistrictSync.moc"
