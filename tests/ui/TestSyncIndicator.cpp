// The sync indicator against a real (loopback) district server: it says what the database
// knows, and its reachability probe records what the server answered, including why not.

#include "UiTestSupport.h"

#include "storage/Settings.h"
#include "storage/SyncStatus.h"
#include "support/DistrictStub.h"
#include "ui/SyncIndicator.h"
#include "ui/Translations.h"

#include <QSignalSpy>
#include <QSslCertificate>
#include <QtTest>

using namespace gd;
using namespace gd::test;
using namespace Qt::Literals::StringLiterals;

class TestSyncIndicator : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        const QLocale english(QLocale::English, QLocale::UnitedStates);
        QLocale::setDefault(english);
        QCOMPARE(Translations::install(*QCoreApplication::instance(), english), u"en"_s);
    }
    void init();
    void cleanup();

    void notConfiguredNeverProbes();
    void reachableServerIsConnected();
    void unreachableServerIsOfflineWithTheReason();
    void untrustedServerIsOffline();
    void syncedShowsTheLastSuccessInLocalTime();

private:
    void configure(const QString& url, const QString& caBundle);
    bool probe(SyncIndicator& indicator);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<DistrictStub> m_stub;
};

void TestSyncIndicator::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto db = Database::open(m_dir->filePath(u"guardiandesk.db"_s));
    QVERIFY2(db, qPrintable(db.message()));
    m_db = std::move(db).value();
    DistrictStubOptions options;
    options.certificateDirectory = m_dir->filePath(u"certs"_s);
    options.students = 5;
    m_stub = std::make_unique<DistrictStub>(options);
    const Status started = m_stub->start();
    QVERIFY2(started.ok(), qPrintable(started.message()));
}

void TestSyncIndicator::cleanup()
{
    m_stub.reset();
    m_db.reset();
    m_dir.reset();
}

void TestSyncIndicator::configure(const QString& url, const QString& caBundle)
{
    const Actor admin = systemActor(*m_db);
    Settings settings(*m_db);
    QVERIFY(settings.set(admin, Settings::ServerUrl, url).ok());
    QVERIFY(settings.set(admin, Settings::CaBundle, caBundle).ok());
}

bool TestSyncIndicator::probe(SyncIndicator& indicator)
{
    QSignalSpy probed(&indicator, &SyncIndicator::probed);
    indicator.probe();
    if (!indicator.isProbing() || !probed.wait(20000))
        return false;
    return true;
}

void TestSyncIndicator::notConfiguredNeverProbes()
{
    SyncIndicator indicator(*m_db);
    QCOMPARE(indicator.text(), u"Sync: never configured"_s);
    QCOMPARE(indicator.accessibleName(), u"Sync status"_s);
    indicator.probe();
    QVERIFY(!indicator.isProbing());
    QVERIFY(indicator.refreshTimer().isActive());
    QVERIFY(indicator.probeTimer().isActive());
    QCOMPARE(m_stub->connectionsAccepted(), 0);
}

void TestSyncIndicator::reachableServerIsConnected()
{
    configure(m_stub->baseUrl().toString(), m_stub->caCertificatePath());
    SyncIndicator indicator(*m_db);
    QCOMPARE(indicator.text(), u"Sync: connected, not yet synced"_s);
    QSignalSpy probed(&indicator, &SyncIndicator::probed);
    QVERIFY(probe(indicator));
    QCOMPARE(probed.count(), 1);
    QCOMPARE(probed.at(0).at(0).toBool(), true);
    QCOMPARE(indicator.text(), u"Sync: connected, not yet synced"_s);
    QVERIFY(m_stub->tlsSessionsEstablished() >= 1);
}

void TestSyncIndicator::unreachableServerIsOfflineWithTheReason()
{
    configure(m_stub->baseUrl().toString(), m_stub->caCertificatePath());
    m_stub->stop();
    SyncIndicator indicator(*m_db);
    QSignalSpy probed(&indicator, &SyncIndicator::probed);
    QVERIFY(probe(indicator));
    QCOMPARE(probed.at(0).at(0).toBool(), false);
    QVERIFY2(indicator.text().startsWith(u"Sync: offline — "_s), qPrintable(indicator.text()));
    QVERIFY(indicator.text().size() > u"Sync: offline — "_s.size() + 5);
    QCOMPARE(SyncStatus::read(*m_db).state, SyncStatus::State::Offline);
}

void TestSyncIndicator::untrustedServerIsOffline()
{
    auto unrelated = DistrictStub::generateUnrelatedCa();
    QVERIFY2(unrelated, qPrintable(unrelated.message()));
    const QString path = m_dir->filePath(u"other-ca.pem"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(unrelated->toPem());
    file.close();

    configure(m_stub->baseUrl().toString(), path);
    SyncIndicator indicator(*m_db);
    QSignalSpy probed(&indicator, &SyncIndicator::probed);
    QVERIFY(probe(indicator));
    QCOMPARE(probed.at(0).at(0).toBool(), false);
    QVERIFY2(indicator.text().startsWith(u"Sync: offline — "_s), qPrintable(indicator.text()));
}

void TestSyncIndicator::syncedShowsTheLastSuccessInLocalTime()
{
    SyncStatus synced;
    synced.state = SyncStatus::State::Synced;
    synced.lastSuccess = QDateTime(QDate(2026, 9, 1), QTime(15, 30), Qt::UTC);
    synced.pendingEvents = 3;
    QCOMPARE(SyncIndicator::describe(synced),
             u"Sync: last success "_s + QLocale().toString(synced.lastSuccess.toLocalTime(), QLocale::ShortFormat));
    QVERIFY(SyncIndicator::details(synced).contains(u"3 events waiting"_s));

    SyncStatus offline;
    offline.state = SyncStatus::State::Offline;
    offline.lastError = u"connection refused"_s;
    QCOMPARE(SyncIndicator::describe(offline), u"Sync: offline — connection refused"_s);
}

QTEST_MAIN(TestSyncIndicator)
#include "TestSyncIndicator.moc"
