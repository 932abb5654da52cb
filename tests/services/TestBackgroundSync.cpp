// The kiosk's background sync against the district stub, time injected: when it runs by itself,
// that "Sync now" never starts a second run, that a 503's schedule is written on every waiting
// event and honoured, and that only an administrator sends failed events again.

#include "storage/StorageTestUtil.h"

#include "services/BackgroundSync.h"
#include "services/SyncConfiguration.h"
#include "storage/DistrictSyncStore.h"
#include "storage/OutboxStore.h"
#include "storage/UnitOfWork.h"
#include "support/DistrictStub.h"
#include "support/FaultRule.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;
using namespace gd;

class TestBackgroundSync : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void withoutAServerItDoesNothingAndSaysNotConfigured();
    void withoutAClientSecretItSaysWhatIsMissing();
    void configurationIsReadLikeTheCliReadsIt();
    void timerRunsWhenTheIntervalHasPassedOnTheInjectedClock();
    void syncNowWhileRunningDoesNotStartASecondRun();
    void aServiceUnavailableSchedulesEveryWaitingEventAndTheTimerWaits();
    void retryFailedIsRefusedForFrontDeskAndAuditedForAnAdministrator();
    void rosterPullKeepsTheEventLoopResponsive();

private:
    void startStub(qint64 students);
    void configure(bool withSecret = true);
    void addEvents(int n);
    SyncReport waitForRun(BackgroundSync& sync, QSignalSpy& finished, int count = 1);
    int requestsTo(const QString& path) const;
    qint64 count(const QString& sql);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<test::DistrictStub> m_stub;
    std::unique_ptr<Database> m_db;
};

void TestBackgroundSync::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_clock = std::make_unique<ManualClock>(QDateTime::currentDateTimeUtc());
    startStub(60);
    m_db = test::openOrFail(m_dir->filePath(u"kiosk.db"_s), m_clock.get());
    QVERIFY(m_db);
}

void TestBackgroundSync::cleanup()
{
    m_db.reset();
    m_stub.reset();
    m_clock.reset();
    m_dir.reset();
}

void TestBackgroundSync::startStub(qint64 students)
{
    m_stub.reset();
    test::DistrictStubOptions o;
    o.certificateDirectory = m_dir->filePath(u"district"_s);
    o.students = students;
    o.clock = m_clock.get();
    o.requireAuditHead = true;
    m_stub = std::make_unique<test::DistrictStub>(o);
    QVERIFY(m_stub->start());
}

void TestBackgroundSync::configure(bool withSecret)
{
    Settings settings(*m_db);
    QVERIFY(settings.set(test::admin(), Settings::ServerUrl, m_stub->baseUrl().toString()));
    QVERIFY(settings.set(test::admin(), Settings::CaBundle, m_stub->caCertificatePath()));
    QVERIFY(settings.set(test::admin(), Settings::SpkiPin, m_stub->spkiPin()));
    QVERIFY(settings.set(test::admin(), Settings::ClientId, m_stub->clientId()));
    if (withSecret)
        QVERIFY(DistrictSyncStore(*m_db).keepClientSecret(m_stub->clientSecret()));
}

void TestBackgroundSync::addEvents(int n)
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

SyncReport TestBackgroundSync::waitForRun(BackgroundSync& sync, QSignalSpy& finished, int count)
{
    if (finished.count() < count && !finished.wait(30000))
        qFatal("the background sync did not finish");
    Q_UNUSED(sync)
    return finished.at(count - 1).constFirst().value<SyncReport>();
}

int TestBackgroundSync::requestsTo(const QString& path) const
{
    int n = 0;
    for (const auto& r : m_stub->received())
        n += r.path == path ? 1 : 0;
    return n;
}

qint64 TestBackgroundSync::count(const QString& sql)
{
    auto q = m_db->exec(sql);
    return q && q->next() ? q->value(0).toLongLong() : -1;
}

void TestBackgroundSync::withoutAServerItDoesNothingAndSaysNotConfigured()
{
    addEvents(2);
    BackgroundSync sync(*m_db);
    QSignalSpy started(&sync, &BackgroundSync::started);
    QCOMPARE(sync.syncNow(), BackgroundSync::Start::NotConfigured);
    QCOMPARE(sync.runIfDue(), BackgroundSync::Start::NotConfigured);
    QVERIFY(!sync.nextScheduledRun().isValid());
    const BackgroundSync::Snapshot s = sync.snapshot();
    QVERIFY(!s.configured);
    QCOMPARE(s.pending, 2);
    QVERIFY(!s.nextAttempt.isValid());
    QCOMPARE(started.count(), 0);
    QCOMPARE(m_stub->connectionsAccepted(), 0);
}

void TestBackgroundSync::withoutAClientSecretItSaysWhatIsMissing()
{
    configure(false);
    BackgroundSync sync(*m_db);
    QSignalSpy changed(&sync, &BackgroundSync::statusChanged);
    QCOMPARE(sync.syncNow(), BackgroundSync::Start::Unusable);
    QVERIFY2(sync.problem().contains(u"client secret"_s), qPrintable(sync.problem()));
    QCOMPARE(sync.snapshot().problem, sync.problem());
    QCOMPARE(changed.count(), 1);
    QVERIFY(!sync.isRunning());
    QCOMPARE(m_stub->connectionsAccepted(), 0);
}

void TestBackgroundSync::configurationIsReadLikeTheCliReadsIt()
{
    QCOMPARE(SyncConfiguration::read(*m_db).error().kind, ErrorKind::NotFound);
    configure();
    auto fromSettings = SyncConfiguration::read(*m_db);
    QVERIFY(fromSettings);
    QCOMPARE(fromSettings->settings().endpoint.baseUrl, m_stub->baseUrl());
    QCOMPARE(fromSettings->settings().endpoint.spkiPin, m_stub->spkiPin());
    QCOMPARE(fromSettings->settings().endpoint.deviceId, m_db->deviceId());
    QCOMPARE(fromSettings->settings().schoolCode, Settings(*m_db).value(Settings::SchoolCode));
    // The CLI's flags override the settings, and the same safety rules hold for them.
    SyncConfiguration::Overrides plain;
    plain.serverUrl = u"http://127.0.0.1:1"_s;
    auto refused = SyncConfiguration::read(*m_db, plain);
    QCOMPARE(refused.error().kind, ErrorKind::BadInput);
    QVERIFY2(refused.message().contains(u"https"_s), qPrintable(refused.message()));
    SyncConfiguration::Overrides other;
    other.clientId = u"another-client"_s;
    auto overridden = SyncConfiguration::read(*m_db, other);
    QCOMPARE(overridden->settings().endpoint.clientId, u"another-client"_s);
    DistrictSyncStore store(*m_db);
    QVERIFY(fromSettings->loadClientSecret(store));
    QVERIFY(overridden->loadClientSecret(store));
    QVERIFY(!fromSettings->sameAs(*overridden));
    auto again = SyncConfiguration::read(*m_db);
    QVERIFY(again->loadClientSecret(store));
    QVERIFY(fromSettings->sameAs(*again));
}

void TestBackgroundSync::timerRunsWhenTheIntervalHasPassedOnTheInjectedClock()
{
    configure();
    QVERIFY(Settings(*m_db).set(test::admin(), Settings::SyncIntervalMinutes, u"5"_s));
    BackgroundSync sync(*m_db);
    QCOMPARE(sync.interval(), std::chrono::minutes(5));
    QSignalSpy finished(&sync, &BackgroundSync::finished);
    QSignalSpy started(&sync, &BackgroundSync::started);
    sync.heartbeat().setInterval(std::chrono::milliseconds(10));
    sync.start();
    QVERIFY(sync.heartbeat().isActive());
    // Never synced: the first look starts a run, by the timer (not forced).
    const SyncReport first = waitForRun(sync, finished);
    QVERIFY2(first.ok, qPrintable(first.message));
    QCOMPARE(started.constFirst().constFirst().toBool(), false);
    QCOMPARE(requestsTo(u"/v1/health"_s), 1);
    QCOMPARE(count(u"SELECT count(*) FROM students"_s), 60);
    QCOMPARE(sync.nextScheduledRun(), m_clock->now().addSecs(300).addMSecs(-m_clock->now().time().msec()));

    // The timer keeps looking, but until the injected clock has moved five minutes nothing runs.
    m_clock->advanceSeconds(299);
    QCOMPARE(sync.runIfDue(), BackgroundSync::Start::NotDue);
    QTest::qWait(50);   // several heartbeats
    QCOMPARE(started.count(), 1);
    m_clock->advanceSeconds(1);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 30000);
    QCOMPARE(started.at(1).constFirst().toBool(), false);
    QCOMPARE(requestsTo(u"/v1/health"_s), 2);
    // The access token of the first run was reused: one token request for both runs.
    QCOMPARE(requestsTo(u"/oauth/token"_s), 1);
}

void TestBackgroundSync::syncNowWhileRunningDoesNotStartASecondRun()
{
    configure();
    m_stub->injectFault(*test::FaultRule::parse(u"path=/v1/health,delay=400"_s));
    BackgroundSync sync(*m_db);
    QSignalSpy finished(&sync, &BackgroundSync::finished);
    QSignalSpy started(&sync, &BackgroundSync::started);
    QCOMPARE(sync.syncNow(), BackgroundSync::Start::Started);
    QVERIFY(sync.isRunning());
    QVERIFY(sync.snapshot().running);
    QCOMPARE(sync.syncNow(), BackgroundSync::Start::AlreadyRunning);
    QCOMPARE(sync.runIfDue(), BackgroundSync::Start::AlreadyRunning);
    QVERIFY(!sync.lastProgress().isEmpty());
    const SyncReport report = waitForRun(sync, finished);
    QVERIFY2(report.ok, qPrintable(report.message));
    QVERIFY(!sync.isRunning());
    QCOMPARE(started.count(), 1);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(requestsTo(u"/v1/health"_s), 1);
    QVERIFY2(BackgroundSync::describe(report).startsWith(u"Sync finished"_s), qPrintable(BackgroundSync::describe(report)));
    // Once it is over, Sync now runs again (forced: the interval does not matter).
    QCOMPARE(sync.syncNow(), BackgroundSync::Start::Started);
    waitForRun(sync, finished, 2);
    QCOMPARE(requestsTo(u"/v1/health"_s), 2);
}

void TestBackgroundSync::aServiceUnavailableSchedulesEveryWaitingEventAndTheTimerWaits()
{
    configure();
    addEvents(3);
    m_stub->injectFault(*test::FaultRule::parse(u"path=/v1/events,status=503,retry-after=900"_s));
    QDateTime next;
    {
        BackgroundSync sync(*m_db);
        QSignalSpy finished(&sync, &BackgroundSync::finished);
        QCOMPARE(sync.syncNow(), BackgroundSync::Start::Started);
        const SyncReport report = waitForRun(sync, finished);
        QVERIFY(!report.ok);
        QVERIFY(report.transient);
        next = report.nextAttemptAt;
        QVERIFY(next >= m_clock->now().addSecs(900) && next < m_clock->now().addSecs(901));
        QVERIFY2(BackgroundSync::describe(report).contains(u"Next attempt"_s), qPrintable(BackgroundSync::describe(report)));
        const BackgroundSync::Snapshot s = sync.snapshot();
        QCOMPARE(s.nextAttempt, next);
        QVERIFY(s.nextAttemptIsBackoff);
        QVERIFY(!s.nextAttemptDue);
        QCOMPARE(s.pending, 3);
        QVERIFY2(s.lastError.contains(u"503"_s), qPrintable(s.lastError));
    }
    // Every waiting event says when it goes next, as `outbox --json` shows it.
    const auto rows = OutboxStore(*m_db).list(u"pending"_s).value();
    QCOMPARE(rows.size(), 3);
    for (const OutboxStore::Row& r : rows)
        QCOMPARE(r.nextAttemptAt, toIsoUtc(next));

    // A restart: a new service honours the stored schedule; nothing is sent a second early.
    m_stub->clearFaults();
    const qsizetype receivedBefore = m_stub->received().size();
    BackgroundSync sync(*m_db);
    QSignalSpy finished(&sync, &BackgroundSync::finished);
    QCOMPARE(sync.nextScheduledRun(), next);
    m_clock->set(next.addSecs(-1));
    QCOMPARE(sync.runIfDue(), BackgroundSync::Start::NotDue);
    sync.heartbeat().setInterval(std::chrono::milliseconds(10));
    sync.start();
    QTest::qWait(50);
    QCOMPARE(finished.count(), 0);
    QCOMPARE(m_stub->received().size(), receivedBefore);
    m_clock->set(next);
    const SyncReport report = waitForRun(sync, finished);
    QVERIFY2(report.ok, qPrintable(report.message));
    QCOMPARE(report.accepted, 3);
    QCOMPARE(count(u"SELECT count(*) FROM outbox WHERE state = 'done' AND next_attempt_at IS NULL"_s), 3);
    QVERIFY(!sync.snapshot().nextAttemptIsBackoff);
}

void TestBackgroundSync::retryFailedIsRefusedForFrontDeskAndAuditedForAnAdministrator()
{
    configure();
    addEvents(2);
    m_stub->injectFault(*test::FaultRule::parse(u"path=/v1/events,status=400,count=1"_s));
    BackgroundSync sync(*m_db);
    QSignalSpy finished(&sync, &BackgroundSync::finished);
    QSignalSpy changed(&sync, &BackgroundSync::statusChanged);
    QCOMPARE(sync.syncNow(), BackgroundSync::Start::Started);
    QVERIFY(!waitForRun(sync, finished).ok);

    BackgroundSync::Snapshot s = sync.snapshot();
    QCOMPARE(s.failedCount, 2);
    QCOMPARE(s.failed.size(), 2);
    QVERIFY(!s.failed.constFirst().eventId.isEmpty());
    QCOMPARE(s.failed.constFirst().type, u"guardian.verified"_s);
    QVERIFY2(s.failed.constFirst().message.contains(u"malformed"_s), qPrintable(s.failed.constFirst().message));

    const Actor desk{u"desk.lopez"_s, m_db->deviceId(), Roles(Role::FrontDesk)};
    QVERIFY(!BackgroundSync::mayRetryFailed(desk));
    const auto refused = sync.retryFailed(desk);
    QCOMPARE(refused.error().kind, ErrorKind::Denied);
    QVERIFY(refused.message().contains(u"administrator"_s));
    QCOMPARE(sync.snapshot().failedCount, 2);
    QCOMPARE(count(u"SELECT count(*) FROM audit_log WHERE action = 'outbox.retried'"_s), 0);
    QCOMPARE(changed.count(), 0);

    const Actor admin{u"admin.office"_s, m_db->deviceId(), Roles(Role::Administrator)};
    QCOMPARE(sync.retryFailed(admin).value(), 2);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(count(u"SELECT count(*) FROM audit_log WHERE action = 'outbox.retried' AND staff_id = 'admin.office'"_s), 1);
    s = sync.snapshot();
    QCOMPARE(s.failedCount, 0);
    QCOMPARE(s.pending, 2);
    // Nothing was dropped: the next sync delivers them.
    QCOMPARE(sync.syncNow(), BackgroundSync::Start::Started);
    QVERIFY(waitForRun(sync, finished, 2).ok);
    QCOMPARE(OutboxStore(*m_db).counts()->done, 2);
    QCOMPARE(count(u"SELECT count(*) FROM outbox"_s), 2);
}

// The engine runs on the kiosk's event loop: the longest time the loop is held (parsing and
// writing one roster page of 500 students with their adults) is what a person could notice.
void TestBackgroundSync::rosterPullKeepsTheEventLoopResponsive()
{
    startStub(5000);
    configure();
    BackgroundSync sync(*m_db);
    QSignalSpy finished(&sync, &BackgroundSync::finished);
    QElapsedTimer sinceTick;
    qint64 longestStallMs = 0;
    QTimer ticker;
    ticker.setInterval(5);
    connect(&ticker, &QTimer::timeout, this, [&] {
        longestStallMs = std::max(longestStallMs, sinceTick.restart());
    });
    QElapsedTimer total;
    total.start();
    sinceTick.start();
    ticker.start();
    QCOMPARE(sync.syncNow(), BackgroundSync::Start::Started);
    const SyncReport report = waitForRun(sync, finished);
    ticker.stop();
    QVERIFY2(report.ok, qPrintable(report.message));
    QCOMPARE(report.students, 5000);
    qInfo("roster of 5000 students in %lld pages: %lld ms; the event loop was held at most %lld ms",
          report.rosterPages, total.elapsed(), longestStallMs);
    QVERIFY2(longestStallMs < 1500, qPrintable(QString::number(longestStallMs)));
}

QTEST_GUILESS_MAIN(TestBackgroundSync)
#include "TestBackgroundSync.moc"
