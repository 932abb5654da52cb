#include "FakeSyncStore.h"

#include "core/Clock.h"
#include "support/DistrictStub.h"
#include "support/FaultRule.h"
#include "sync/SyncEngine.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using gd::ManualClock;
using gd::SyncEngine;
using gd::SyncReport;
using gd::test::DistrictStub;
using gd::test::DistrictStubOptions;
using gd::test::FakeSyncStore;
using gd::test::FaultRule;

namespace {

FaultRule fault(const QString& spec)
{
    auto rule = FaultRule::parse(spec);
    if (!rule)
        qFatal("bad fault spec %s", qPrintable(rule.message()));
    return *rule;
}

int requestsTo(const DistrictStub& stub, const QString& path)
{
    int n = 0;
    for (const auto& r : stub.received())
        n += r.path == path ? 1 : 0;
    return n;
}

} // namespace

class TestSyncEngine : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void firstRunEnrollsPullsTheRosterAndPushesWithAWitnessedHead();
    void batchesHoldAtMost500EventsEachWithItsOwnKey();
    void tokenIsReusedUntilItExpires();
    void a401FetchesOneNewTokenAndRepeatsOnce();
    void aSecond401StopsWithCredentialsRejected();
    void enrollmentOfAKnownKeyIs200AndGoesOn();
    void enrollmentConflictStopsForDistrictIt();
    void aRestartedDistrictWithAStateFileRemembersTheDevice();
    void version10ServerKeepsTheEventsAndSaysSo();
    void transientFailuresKeepEveryEventAndScheduleARetry_data();
    void transientFailuresKeepEveryEventAndScheduleARetry();
    void refusedConnectionIsTransient();
    void retryAfterIsAFloorForTheNextAttempt_data();
    void retryAfterIsAFloorForTheNextAttempt();
    void aLostAnswerIsDeliveredOnceOnTheNextRun();
    void malformedBatchFailsItsEventsWithTheServersMessage();
    void rejectedEventFailsAloneAndIsNotRetried();
    void tooLargeBatchIsSplitAndRetried();
    void backoffScheduleIsKeptUntilItsTime();
    void backoffGrowsAndIsCapped();
    void clockSkewOverTwoMinutesIsReported();
    void badRosterPageIsRefusedWholeAndTheCursorStays_data();
    void badRosterPageIsRefusedWholeAndTheCursorStays();
    void trustFailuresStopBeforeAnythingIsSent_data();
    void trustFailuresStopBeforeAnythingIsSent();
    void correctPinIsAccepted();
    void fiveThousandEventsUnderFaultsArriveExactlyOnce();

private:
    bool restartStub(DistrictStubOptions options);
    std::unique_ptr<SyncEngine> makeEngine(const gd::DistrictEndpoint* endpoint = nullptr);
    SyncReport run(SyncEngine& engine, bool force = false);
    gd::DistrictEndpoint endpoint() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<DistrictStub> m_stub;
    FakeSyncStore* m_store = nullptr;
    std::unique_ptr<FakeSyncStore> m_storeOwner;
    std::chrono::milliseconds m_deadline{5000};
    int m_batchSize = SyncEngine::kMaxBatchSize;
    qint64 m_maxAnswerBytes = 32 * 1024 * 1024;
};

void TestSyncEngine::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_clock = std::make_unique<ManualClock>();
    m_storeOwner = std::make_unique<FakeSyncStore>();
    m_store = m_storeOwner.get();
    DistrictStubOptions options;
    options.students = 50;
    options.requireAuditHead = true;
    QVERIFY(restartStub(options));
}

void TestSyncEngine::cleanup()
{
    m_stub.reset();
    m_storeOwner.reset();
    m_clock.reset();
    m_dir.reset();
}

bool TestSyncEngine::restartStub(DistrictStubOptions options)
{
    m_stub.reset();
    options.clock = m_clock.get();
    if (options.certificateDirectory.isEmpty())
        options.certificateDirectory = m_dir->filePath(options.expiredCertificate ? u"expired"_s : u"certs"_s);
    m_stub = std::make_unique<DistrictStub>(options);
    const gd::Status started = m_stub->start();
    if (!started)
        qWarning() << started.message();
    return started.ok();
}

gd::DistrictEndpoint TestSyncEngine::endpoint() const
{
    gd::DistrictEndpoint e;
    e.baseUrl = m_stub->baseUrl();
    e.caBundlePath = m_stub->caCertificatePath();
    e.deviceId = u"kiosk-test"_s;
    e.clientId = m_stub->clientId();
    return e;
}

std::unique_ptr<SyncEngine> TestSyncEngine::makeEngine(const gd::DistrictEndpoint* custom)
{
    gd::SyncSettings settings;
    settings.endpoint = custom ? *custom : endpoint();
    settings.schoolCode = u"1234"_s;
    settings.deviceLabel = u"Front office"_s;
    settings.rosterPageLimit = 20;
    settings.deadline = m_deadline;
    settings.batchSize = m_batchSize;
    settings.maxRosterPageBytes = m_maxAnswerBytes;
    auto engine = std::make_unique<SyncEngine>(settings, gd::ClientSecret(m_stub->clientSecret()), *m_store, *m_clock);
    engine->setJitterSource([] { return 0.0; });
    return engine;
}

SyncReport TestSyncEngine::run(SyncEngine& engine, bool force)
{
    QSignalSpy finished(&engine, &SyncEngine::finished);
    engine.start(force);
    if (!finished.wait(20000))
        qFatal("the sync did not finish");
    return finished.constFirst().constFirst().value<SyncReport>();
}

// ---- the happy path ----------------------------------------------------------------------

void TestSyncEngine::firstRunEnrollsPullsTheRosterAndPushesWithAWitnessedHead()
{
    m_store->addEvents(3);
    auto engine = makeEngine();
    const SyncReport report = run(*engine);
    QVERIFY2(report.ok, qPrintable(report.message));
    QCOMPARE(report.accepted, 3);
    QCOMPARE(report.pending, 0);
    QCOMPARE(m_store->count(u"done"_s), 3);
    QCOMPARE(m_stub->acceptedEvents().size(), 3);

    // Enrolled with this device's key, before the first push.
    QCOMPARE(m_stub->enrolledDevices().size(), 1);
    QCOMPARE(m_stub->enrolledDevices().constFirst().signingKey, m_store->publicKey());
    QCOMPARE(report.enrollment, u"enrolled"_s);
    const auto received = m_stub->received();
    qsizetype enrolledAt = -1, firstPush = -1;
    for (qsizetype i = 0; i < received.size(); ++i) {
        if (received[i].path == u"/v1/devices" && enrolledAt < 0)
            enrolledAt = i;
        if (received[i].path == u"/v1/events" && firstPush < 0)
            firstPush = i;
        QCOMPARE(received[i].userAgent().left(13), "GuardianDesk/");
        QCOMPARE(received[i].deviceId(), "kiosk-test");
    }
    QVERIFY(enrolledAt >= 0 && enrolledAt < firstPush);
    QCOMPARE(m_stub->auditHeads(u"kiosk-test"_s).size(), 1);
    QCOMPARE(m_stub->auditHeads(u"kiosk-test"_s).constFirst().value(u"seq"_s).toInteger(), 42);

    // The roster came page by page (50 students, 20 a page) and the device keys were kept.
    QCOMPARE(report.rosterPages, 3);
    QCOMPARE(report.students, 50);
    QCOMPARE(m_store->pages.size(), 3);
    QVERIFY(QJsonDocument::fromJson(m_store->deviceKeys).isArray());
    QVERIFY(!m_store->state.value(u"last_success_at"_s).isEmpty());

    // A second run: no second enrollment, nothing more to push, the roster resumes at its cursor.
    const SyncReport again = run(*engine);
    QVERIFY2(again.ok, qPrintable(again.message));
    QCOMPARE(requestsTo(*m_stub, u"/v1/devices"_s), 1);
    QCOMPARE(again.accepted, 0);
}

void TestSyncEngine::batchesHoldAtMost500EventsEachWithItsOwnKey()
{
    m_store->addEvents(1200);
    auto engine = makeEngine();
    const SyncReport report = run(*engine);
    QVERIFY2(report.ok, qPrintable(report.message));
    QCOMPARE(m_store->count(u"done"_s), 1200);
    QList<qsizetype> sizes;
    QSet<QByteArray> keys;
    for (const auto& r : m_stub->received()) {
        if (r.path != u"/v1/events")
            continue;
        sizes << QJsonDocument::fromJson(r.body).object().value(u"events"_s).toArray().size();
        keys << r.header("Idempotency-Key");
    }
    QCOMPARE(sizes, (QList<qsizetype>{500, 500, 200}));
    QCOMPARE(keys.size(), 3);
}

void TestSyncEngine::tokenIsReusedUntilItExpires()
{
    auto engine = makeEngine();
    QVERIFY(run(*engine).ok);
    QVERIFY(run(*engine).ok);
    QCOMPARE(requestsTo(*m_stub, u"/oauth/token"_s), 1);
    m_clock->advanceSeconds(3600);
    QVERIFY(run(*engine).ok);
    QCOMPARE(requestsTo(*m_stub, u"/oauth/token"_s), 2);
}

void TestSyncEngine::a401FetchesOneNewTokenAndRepeatsOnce()
{
    m_store->addEvents(2);
    m_stub->injectFault(fault(u"path=/v1/events,expire-token,count=1"_s));
    auto engine = makeEngine();
    const SyncReport report = run(*engine);
    QVERIFY2(report.ok, qPrintable(report.message));
    QCOMPARE(requestsTo(*m_stub, u"/oauth/token"_s), 2);
    QCOMPARE(requestsTo(*m_stub, u"/v1/events"_s), 2);
    QCOMPARE(m_store->count(u"done"_s), 2);
}

void TestSyncEngine::aSecond401StopsWithCredentialsRejected()
{
    m_store->addEvents(2);
    m_stub->injectFault(fault(u"path=/v1/events,expire-token,count=2"_s));
    auto engine = makeEngine();
    const SyncReport report = run(*engine);
    QVERIFY(!report.ok);
    QVERIFY2(report.message.contains(u"credentials rejected"_s), qPrintable(report.message));
    QCOMPARE(requestsTo(*m_stub, u"/v1/events"_s), 2);
    QCOMPARE(m_store->count(u"pending"_s), 2);
}

void TestSyncEngine::enrollmentOfAKnownKeyIs200AndGoesOn()
{
    // The district knows this key already (the kiosk's own record of it was lost).
    m_stub->enrollDevice({u"kiosk-test"_s, u"1234"_s, u"desk"_s, m_store->publicKey(), u"2026-01-01T00:00:00Z"_s});
    m_store->addEvents(2);
    auto engine = makeEngine();
    const SyncReport report = run(*engine);
    QVERIFY2(report.ok, qPrintable(report.message));
    QCOMPARE(report.enrollment, u"enrolled"_s);
    QCOMPARE(m_stub->received()[2].path, u"/v1/devices"_s);   // health, token, then the enrollment
    QCOMPARE(m_stub->received()[2].status, 200);
    QCOMPARE(m_store->count(u"done"_s), 2);
}

// The demo restarts its district stub on every start: with a state file the district still
// knows the device and the heads it witnessed, as a real district would, and the sync succeeds.
void TestSyncEngine::aRestartedDistrictWithAStateFileRemembersTheDevice()
{
    DistrictStubOptions options;
    options.students = 50;
    options.requireAuditHead = true;
    options.stateFile = m_dir->filePath(u"district-state.json"_s);
    QVERIFY(restartStub(options));
    m_store->addEvents(3);
    auto engine = makeEngine();
    const SyncReport first = run(*engine);
    QVERIFY2(first.ok, qPrintable(first.message));

    QVERIFY(restartStub(options));
    QCOMPARE(m_stub->enrolledDevices().size(), 1);
    QCOMPARE(m_stub->enrolledDevices().constFirst().signingKey, m_store->publicKey());
    QCOMPARE(m_stub->auditHeads(u"kiosk-test"_s).size(), 1);
    m_store->addEvents(2);
    auto again = makeEngine();
    const SyncReport second = run(*again);
    QVERIFY2(second.ok, qPrintable(second.message));
    QCOMPARE(second.accepted, 2);
    QCOMPARE(QJsonDocument::fromJson(m_store->witnessedHeads).array().size(), 1);   // kept across the restart
    QCOMPARE(m_stub->auditHeads(u"kiosk-test"_s).size(), 2);

    // A damaged state file stops the stub before it listens, and is left as it was.
    QFile damaged(options.stateFile);
    QVERIFY(damaged.open(QIODevice::WriteOnly | QIODevice::Truncate));
    damaged.write("{\"format\": 1, \"devices\": [{\"device_id\": \"x\"");
    damaged.close();
    QVERIFY(!restartStub(options));
    QVERIFY(damaged.open(QIODevice::ReadOnly));
    QCOMPARE(damaged.readAll(), QByteArray("{\"format\": 1, \"devices\": [{\"device_id\": \"x\""));
}

void TestSyncEngine::enrollmentConflictStopsForDistrictIt()
{
    auto other = gd::crypto::Ed25519Key::generate();
    m_stub->enrollDevice({u"kiosk-test"_s, u"1234"_s, u"old desk"_s, other->publicKey(), u"2026-01-01T00:00:00Z"_s});
    m_store->addEvents(2);
    auto engine = makeEngine();
    const SyncReport report = run(*engine);
    QVERIFY(!report.ok);
    QCOMPARE(report.enrollment, u"conflict"_s);
    QVERIFY2(report.message.contains(u"district IT"_s), qPrintable(report.message));
    QCOMPARE(requestsTo(*m_stub, u"/v1/events"_s), 0);
    QCOMPARE(m_store->count(u"pending"_s), 2);
    QCOMPARE(m_stub->enrolledDevices().constFirst().signingKey, other->publicKey());
}

void TestSyncEngine::version10ServerKeepsTheEventsAndSaysSo()
{
    DistrictStubOptions options;
    options.students = 10;
    options.apiVersion = u"1.0"_s;
    QVERIFY(restartStub(options));
    m_store->addEvents(2);
    auto engine = makeEngine();
    const SyncReport report = run(*engine);
    QVERIFY(!report.ok);
    QCOMPARE(report.enrollment, u"api-1.0"_s);
    QVERIFY2(report.message.contains(u"does not know device keys (API 1.0)"_s), qPrintable(report.message));
    QCOMPARE(requestsTo(*m_stub, u"/v1/events"_s), 0);
    QCOMPARE(m_store->count(u"pending"_s), 2);
    QCOMPARE(report.students, 10);   // the roster still comes
}

// ---- failures ----------------------------------------------------------------------------

void TestSyncEngine::transientFailuresKeepEveryEventAndScheduleARetry_data()
{
    QTest::addColumn<QString>("spec");
    QTest::newRow("500") << u"path=/v1/events,status=500"_s;
    QTest::newRow("502") << u"path=/v1/events,status=502"_s;
    QTest::newRow("504") << u"path=/v1/events,status=504"_s;
    QTest::newRow("503") << u"path=/v1/events,status=503"_s;
    QTest::newRow("429") << u"path=/v1/events,status=429"_s;
    QTest::newRow("reset") << u"path=/v1/events,reset"_s;
    QTest::newRow("timeout") << u"path=/v1/events,hang"_s;
    QTest::newRow("roster 500") << u"path=/v1/roster,status=500"_s;
    QTest::newRow("token 503") << u"path=/oauth/token,status=503"_s;
    QTest::newRow("health reset") << u"path=/v1/health,reset"_s;
}

void TestSyncEngine::transientFailuresKeepEveryEventAndScheduleARetry()
{
    QFETCH(QString, spec);
    m_deadline = std::chrono::milliseconds(400);
    m_store->addEvents(3);
    m_stub->injectFault(fault(spec));
    auto engine = makeEngine();
    const SyncReport report = run(*engine);
    QVERIFY(!report.ok);
    QVERIFY2(report.transient, qPrintable(report.message));
    QCOMPARE(m_store->count(u"pending"_s), 3);
    QCOMPARE(m_store->schedule.failures, 1);
    QCOMPARE(report.nextAttemptAt, m_clock->now().addSecs(15));   // half of 30 s, jitter 0
    QCOMPARE(m_store->schedule.nextAttemptAt, report.nextAttemptAt);

    // The server is back: the next run, once due, delivers everything.
    m_stub->clearFaults();
    m_clock->advanceSeconds(15);
    const SyncReport next = run(*engine);
    QVERIFY2(next.ok, qPrintable(next.message));
    QCOMPARE(m_store->count(u"done"_s), 3);
    QCOMPARE(m_store->schedule.failures, 0);
}

void TestSyncEngine::refusedConnectionIsTransient()
{
    m_store->addEvents(2);
    const gd::DistrictEndpoint e = endpoint();
    m_stub->stop();   // nothing listens on the port any more
    auto engine = makeEngine(&e);
    const SyncReport report = run(*engine);
    QVERIFY(!report.ok);
    QVERIFY2(report.transient, qPrintable(report.message));
    QVERIFY2(report.message.contains(u"refused the connection"_s), qPrintable(report.message));
    QCOMPARE(m_store->count(u"pending"_s), 2);
    QVERIFY(m_store->schedule.nextAttemptAt.isValid());
}

void TestSyncEngine::retryAfterIsAFloorForTheNextAttempt_data()
{
    QTest::addColumn<int>("status");
    QTest::newRow("429") << 429;
    QTest::newRow("503") << 503;
}

void TestSyncEngine::retryAfterIsAFloorForTheNextAttempt()
{
    QFETCH(int, status);
    m_store->addEvents(1);
    m_stub->injectFault(fault(u"path=/v1/events,status=%1,retry-after=600,count=1"_s.arg(status)));
    auto engine = makeEngine();
    const SyncReport report = run(*engine);
    QVERIFY(report.transient);
    QCOMPARE(report.nextAttemptAt, m_clock->now().addSecs(600));
    QVERIFY2(report.message.contains(QString::number(status)), qPrintable(report.message));
}

void TestSyncEngine::aLostAnswerIsDeliveredOnceOnTheNextRun()
{
    m_store->addEvents(5);
    // Every answer lost (Qt itself resends a request whose connection closed before any answer,
    // under the same Idempotency-Key; the stub stores the batch once).
    m_stub->injectFault(fault(u"path=/v1/events,lose-answer"_s));
    auto engine = makeEngine();
    const SyncReport lost = run(*engine);
    QVERIFY2(lost.transient, qPrintable(lost.message));
    m_stub->clearFaults();
    QCOMPARE(m_stub->acceptedEvents().size(), 5);        // the district has them...
    QCOMPARE(m_store->count(u"pending"_s), 5);           // ...the kiosk cannot know yet
    m_clock->advanceSeconds(3600);
    const SyncReport next = run(*engine);
    QVERIFY2(next.ok, qPrintable(next.message));
    QCOMPARE(next.duplicates, 5);
    QCOMPARE(m_store->count(u"done"_s), 5);
    QCOMPARE(m_stub->acceptedEvents().size(), 5);
}

void TestSyncEngine::malformedBatchFailsItsEventsWithTheServersMessage()
{
    m_store->addEvents(3);
    m_stub->injectFault(fault(u"path=/v1/events,status=400,count=1"_s));
    auto engine = makeEngine();
    const SyncReport report = run(*engine);
    QVERIFY(!report.ok);
    QVERIFY(!report.transient);
    QCOMPARE(report.failedInBatch, 3);
    QCOMPARE(m_store->count(u"failed"_s), 3);
    const auto stillPending = m_store->pendingEvents(0, 10);
    QVERIFY(stillPending->isEmpty());
    // Not retried: the next run sends no batch.
    m_clock->advanceSeconds(3600);
    QVERIFY(run(*engine).ok);
    QCOMPARE(requestsTo(*m_stub, u"/v1/events"_s), 1);
}

void TestSyncEngine::rejectedEventFailsAloneAndIsNotRetried()
{
    m_store->addEvents(2);
    const QString bad = m_store->addInvalidEvent();
    auto engine = makeEngine();
    const SyncReport report = run(*engine);
    QCOMPARE(report.accepted, 2);
    QCOMPARE(report.rejected, 1);
    QCOMPARE(m_store->count(u"done"_s), 2);
    QCOMPARE(m_store->event(bad)->state, u"failed"_s);
    QVERIFY2(m_store->event(bad)->lastError.startsWith(u"rejected by the district: "_s), qPrintable(m_store->event(bad)->lastError));
    m_clock->advanceSeconds(3600);
    QVERIFY(run(*engine).ok);
    QCOMPARE(requestsTo(*m_stub, u"/v1/events"_s), 1);
}

void TestSyncEngine::tooLargeBatchIsSplitAndRetried()
{
    DistrictStubOptions options;
    options.students = 10;
    options.maxBatchSize = 100;
    options.requireAuditHead = true;
    QVERIFY(restartStub(options));
    m_store->addEvents(250);
    auto engine = makeEngine();
    const SyncReport report = run(*engine);
    QVERIFY2(report.ok, qPrintable(report.message));
    QCOMPARE(m_store->count(u"done"_s), 250);
    QCOMPARE(m_stub->acceptedEvents().size(), 250);
    int tooLarge = 0;
    for (const auto& r : m_stub->received())
        tooLarge += r.status == 413 ? 1 : 0;
    QVERIFY(tooLarge >= 1);
}

void TestSyncEngine::backoffScheduleIsKeptUntilItsTime()
{
    m_store->schedule = {3, m_clock->now().addSecs(100), u"the district server answered HTTP 503"_s};
    auto engine = makeEngine();
    const SyncReport waiting = run(*engine);
    QVERIFY(!waiting.ran);
    QVERIFY2(waiting.message.contains(u"503"_s), qPrintable(waiting.message));
    QVERIFY(m_stub->received().isEmpty());
    m_clock->advanceSeconds(100);
    QVERIFY(run(*engine).ran);
    // "Sync now" does not wait.
    m_store->schedule = {1, m_clock->now().addSecs(100), u"x"_s};
    QVERIFY(run(*engine, true).ran);
}

void TestSyncEngine::backoffGrowsAndIsCapped()
{
    gd::RetryPolicy policy;
    const QDateTime now = m_clock->now();
    gd::BackoffState state;
    QList<qint64> delays;
    for (int i = 0; i < 10; ++i) {
        state = policy.afterFailure(state, now, u"x"_s, std::nullopt, 0.999);
        delays << now.secsTo(state.nextAttemptAt);
    }
    QCOMPARE(delays.mid(0, 4), (QList<qint64>{29, 59, 119, 239}));
    QCOMPARE(delays.last(), 3598);   // the cap, 3600, times the jitter's 0.9995
    // Jitter spreads kiosks: the same failure count with jitter 0 waits half as long.
    QCOMPARE(now.secsTo(policy.afterFailure({}, now, u"x"_s, std::nullopt, 0.0).nextAttemptAt), 15);
    QCOMPARE(gd::RetryPolicy::parseRetryAfter("120", now), 120);
    QCOMPARE(gd::RetryPolicy::parseRetryAfter("Tue, 01 Sep 2026 15:10:00 GMT", now), 600);
    QVERIFY(!gd::RetryPolicy::parseRetryAfter("soon", now));
}

void TestSyncEngine::clockSkewOverTwoMinutesIsReported()
{
    ManualClock kioskClock(m_clock->now().addSecs(-300));   // the kiosk is 5 minutes behind
    gd::SyncSettings settings;
    settings.endpoint = endpoint();
    SyncEngine engine(settings, gd::ClientSecret(m_stub->clientSecret()), *m_store, kioskClock);
    const SyncReport report = run(engine);
    QCOMPARE(report.clockSkewSeconds.value_or(0), 300);
    QVERIFY2(report.skewWarning.contains(u"5 min 0 s behind"_s), qPrintable(report.skewWarning));
    QCOMPARE(m_store->state.value(u"clock_skew_seconds"_s), u"300"_s);

    auto exact = makeEngine();
    QVERIFY(run(*exact).skewWarning.isEmpty());
}

void TestSyncEngine::badRosterPageIsRefusedWholeAndTheCursorStays_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("reason");
    QTest::newRow("not json") << QByteArray("<html>maintenance</html>") << u"not JSON"_s;
    QTest::newRow("truncated") << QByteArray(R"({"students": [{"student_id": "1", "first_na)") << u"not JSON"_s;
    QTest::newRow("malformed record")
        << QByteArray(R"({"students": [{"first_name": "Ana"}], "guardians": [], "relationships": [],)"
                      R"( "next_cursor": "c1", "has_more": false})")
        << u"student"_s;
    QTest::newRow("no cursor") << QByteArray(R"({"students": [], "guardians": [], "relationships": [], "has_more": false})")
                               << u"next_cursor"_s;
    // Valid JSON, but larger than the cap this test sets (64 KiB).
    const QByteArray padding(100 * 1024, ' ');
    QTest::newRow("oversized") << QByteArray(R"({"students": [], "guardians": [], "relationships": [],)" + padding
                                             + R"("next_cursor": "c1", "has_more": false})")
                               << u"larger than"_s;
}

void TestSyncEngine::badRosterPageIsRefusedWholeAndTheCursorStays()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, reason);
    m_maxAnswerBytes = 64 * 1024;
    m_store->addEvents(1);
    // First a good page, then the bad one.
    auto engine = makeEngine();
    QVERIFY(run(*engine).ok);
    FaultRule bad;
    bad.path = u"/v1/roster"_s;
    bad.action = FaultRule::Action::Body;
    bad.status = 200;
    bad.body = body;
    bad.count = 1;
    m_store->cursors.clear();   // ask from the start again: a page is due
    m_stub->injectFault(bad);
    m_store->addEvents(1);
    const SyncReport report = run(*engine);
    QVERIFY(!report.ok);
    QVERIFY2(report.message.contains(u"roster page refused"_s) && report.message.contains(reason, Qt::CaseInsensitive),
             qPrintable(report.message));
    QVERIFY(m_store->cursors.isEmpty());                      // the cursor did not move
    QVERIFY(m_store->state.value(u"roster_problem"_s).contains(u"roster page refused"_s));
    QCOMPARE(m_store->count(u"done"_s), 2);                   // events still went out
    QVERIFY(report.nextAttemptAt.isValid());                  // and the sync retries later
}

void TestSyncEngine::trustFailuresStopBeforeAnythingIsSent_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("expected");
    QTest::newRow("another CA") << u"ca"_s << u"not trusted by the district CA bundle"_s;
    QTest::newRow("wrong pin") << u"pin"_s << u"does not match the configured pin"_s;
    QTest::newRow("expired") << u"expired"_s << u"has expired"_s;
    QTest::newRow("plain http") << u"http"_s << u"plain http is refused"_s;
}

void TestSyncEngine::trustFailuresStopBeforeAnythingIsSent()
{
    QFETCH(QString, kind);
    QFETCH(QString, expected);
    if (kind == u"expired") {
        DistrictStubOptions options;
        options.expiredCertificate = true;
        QVERIFY(restartStub(options));
    }
    m_store->addEvents(2);
    gd::DistrictEndpoint e = endpoint();
    if (kind == u"ca") {
        auto unrelated = DistrictStub::generateUnrelatedCa();
        QVERIFY(unrelated.ok());
        const QString path = m_dir->filePath(u"unrelated.pem"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(unrelated->toPem());
        file.close();
        e.caBundlePath = path;
    } else if (kind == u"pin") {
        e.spkiPin = QString::fromLatin1(QByteArray(32, 'x').toBase64());
    } else if (kind == u"http") {
        e.baseUrl.setScheme(u"http"_s);
    }
    auto engine = makeEngine(&e);
    const SyncReport report = run(*engine);
    QVERIFY(!report.ok);
    QVERIFY(!report.transient);
    QVERIFY2(report.message.contains(expected), qPrintable(report.message));
    QVERIFY2(m_stub->received().isEmpty(), "the stub received a request");
    QCOMPARE(m_store->count(u"pending"_s), 2);
    if (kind == u"http")
        QCOMPARE(m_stub->connectionsAccepted(), 0);
}

void TestSyncEngine::correctPinIsAccepted()
{
    gd::DistrictEndpoint e = endpoint();
    e.spkiPin = m_stub->spkiPin();
    m_store->addEvents(1);
    auto engine = makeEngine(&e);
    QVERIFY(run(*engine).ok);
    QCOMPARE(m_store->count(u"done"_s), 1);
}

// 5,000 events while 30% of requests fail in every way the contract names: every event arrives,
// each accepted exactly once, none lost, and no test time is spent waiting for a back-off.
void TestSyncEngine::fiveThousandEventsUnderFaultsArriveExactlyOnce()
{
    m_deadline = std::chrono::milliseconds(300);
    m_batchSize = 100;   // more requests, more faults
    m_store->addEvents(5000);
    QRandomGenerator random(20261204);
    int injected = 0;
    m_stub->setFaultHook([&](const QByteArray&, const QString& path) -> std::optional<FaultRule> {
        if (path == u"/v1/health" || random.bounded(100) >= 30)
            return std::nullopt;
        ++injected;
        FaultRule rule;
        rule.path = path;
        switch (random.bounded(8)) {
        case 0: rule.status = 500; break;
        case 1: rule.status = 503; rule.retryAfterSeconds = 30; break;
        case 2: rule.status = 429; rule.retryAfterSeconds = 5; break;
        case 3: rule.action = FaultRule::Action::Reset; break;
        case 4: rule.action = FaultRule::Action::ExpireToken; break;
        case 5: rule.action = FaultRule::Action::LoseAnswer; break;
        case 6: rule.action = random.bounded(4) == 0 ? FaultRule::Action::Hang : FaultRule::Action::Reset; break;
        default: rule.status = 502; break;
        }
        return rule;
    });
    auto engine = makeEngine();
    engine->setJitterSource([&random] { return random.generateDouble(); });
    int runs = 0;
    while (m_store->count(u"pending"_s) > 0 && runs < 300) {
        ++runs;
        const SyncReport report = run(*engine);
        if (!report.ok && report.nextAttemptAt.isValid())
            m_clock->set(report.nextAttemptAt);   // time is injected: no waiting
        QVERIFY2(report.ok || report.transient || report.message.contains(u"credentials rejected"_s),
                 qPrintable(report.message));
    }
    QVERIFY2(injected >= 20, qPrintable(QString::number(injected)));
    QCOMPARE(m_store->count(u"pending"_s), 0);
    QCOMPARE(m_store->count(u"failed"_s), 0);
    QCOMPARE(m_store->count(u"done"_s), 5000);
    const auto accepted = m_stub->acceptedEvents();
    QCOMPARE(accepted.size(), 5000);
    QSet<QString> ids;
    for (const QJsonObject& e : accepted)
        ids.insert(e.value(u"event_id"_s).toString());
    QCOMPARE(ids.size(), 5000);
    qInfo() << "runs:" << runs << "faults injected:" << injected;
}

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "TestSyncEngine.moc"
