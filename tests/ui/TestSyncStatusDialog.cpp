// The sync status panel as staff use it: what it shows after real runs against the district
// stub, "Sync now" disabled while a run is under way and its result in words, "Retry failed
// events" for administrators only, and how it opens from the main window by keyboard.

#include "UiTestSupport.h"

#include "services/BackgroundSync.h"
#include "storage/DistrictSyncStore.h"
#include "storage/OutboxStore.h"
#include "storage/Settings.h"
#include "storage/UnitOfWork.h"
#include "support/DistrictStub.h"
#include "support/FaultRule.h"
#include "ui/KioskStyle.h"
#include "ui/MainWindow.h"
#include "ui/SyncIndicator.h"
#include "ui/SyncStatusDialog.h"
#include "ui/SyncStatusLauncher.h"
#include "ui/Translations.h"

#include <QAction>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QtTest>

using namespace gd;
using namespace gd::test;
using namespace Qt::Literals::StringLiterals;

class TestSyncStatusDialog : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void notConfiguredSaysSoAndOffersNoSync();
    void syncNowIsDisabledWhileRunningAndTellsTheResult();
    void failedEventsShowTheDistrictsMessageAndOnlyAnAdministratorRetries();
    void everyControlHasANameAndTheKeyboardReachesIt();
    void mainWindowOpensThePanelFromTheIndicatorAndTheShortcut();

private:
    void configure();
    void addEvents(int n);
    void saveScreenshot(QWidget& widget, const QString& name);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ManualClock> m_kioskClock;
    std::unique_ptr<ManualClock> m_serverClock;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<DistrictStub> m_stub;
    const Actor m_admin{kAdminUser, u"kiosk"_s, Roles(Role::Administrator)};
    const Actor m_desk{kDeskUser, u"kiosk"_s, Roles(Role::FrontDesk)};
};

void TestSyncStatusDialog::initTestCase()
{
    QVERIFY(useEnglishKiosk());
}

void TestSyncStatusDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    // The district's clock is ten minutes ahead of this kiosk's: the panel must say so.
    m_kioskClock = std::make_unique<ManualClock>(QDateTime::currentDateTimeUtc());
    m_serverClock = std::make_unique<ManualClock>(m_kioskClock->now().addSecs(600));
    Database::Options options;
    options.clock = m_kioskClock.get();
    auto db = Database::open(m_dir->filePath(u"guardiandesk.db"_s), options);
    QVERIFY2(db, qPrintable(db.message()));
    m_db = std::move(db).value();
    DistrictStubOptions stub;
    stub.certificateDirectory = m_dir->filePath(u"certs"_s);
    stub.students = 20;
    stub.clock = m_serverClock.get();
    m_stub = std::make_unique<DistrictStub>(stub);
    QVERIFY(m_stub->start().ok());
}

void TestSyncStatusDialog::cleanup()
{
    m_stub.reset();
    m_db.reset();
    m_serverClock.reset();
    m_kioskClock.reset();
    m_dir.reset();
}

void TestSyncStatusDialog::configure()
{
    const Actor admin = systemActor(*m_db);
    Settings settings(*m_db);
    QVERIFY(settings.set(admin, Settings::ServerUrl, m_stub->baseUrl().toString()));
    QVERIFY(settings.set(admin, Settings::CaBundle, m_stub->caCertificatePath()));
    QVERIFY(settings.set(admin, Settings::ClientId, m_stub->clientId()));
    QVERIFY(DistrictSyncStore(*m_db).keepClientSecret(m_stub->clientSecret()));
}

void TestSyncStatusDialog::addEvents(int n)
{
    const QJsonObject document{{u"type"_s, u"passport"_s}, {u"issuer"_s, u"US"_s}, {u"number_last4"_s, u"1234"_s},
                               {u"expires_on"_s, u"2030-01-31"_s}, {u"captured_by"_s, u"manual"_s}};
    const Status s = m_db->transact(systemActor(*m_db), [&](UnitOfWork& uow) -> Status {
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

// GD_SCREENSHOT_DIR set: the panel as a PNG, to look at (run once more with QT_SCALE_FACTOR=1.5).
void TestSyncStatusDialog::saveScreenshot(QWidget& widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("GD_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    const QString scale = qEnvironmentVariable("QT_SCALE_FACTOR", u"1"_s);
    QVERIFY(widget.grab().save(u"%1/%2@%3.png"_s.arg(dir, name, scale)));
}

void TestSyncStatusDialog::notConfiguredSaysSoAndOffersNoSync()
{
    addEvents(2);
    BackgroundSync sync(*m_db);
    SyncStatusDialog dialog(sync, m_admin);
    dialog.show();
    QVERIFY(dialog.valueText(u"stateLabel"_s).startsWith(u"Sync is not configured"_s));
    QCOMPARE(dialog.valueText(u"pendingValue"_s), u"2 events"_s);
    QCOMPARE(dialog.valueText(u"nextAttemptValue"_s), u"None: sync is not configured."_s);
    QVERIFY(!dialog.syncNowButton()->isEnabled());
    QVERIFY(dialog.syncNowButton()->accessibleDescription().contains(u"no district server"_s));
    QVERIFY(!dialog.retryButton()->isEnabled());
    QVERIFY(!dialog.failedEventsView()->isVisible());
    QCOMPARE(m_stub->connectionsAccepted(), 0);
    saveScreenshot(dialog, u"sync-status-not-configured"_s);
}

void TestSyncStatusDialog::syncNowIsDisabledWhileRunningAndTellsTheResult()
{
    configure();
    addEvents(3);
    m_stub->injectFault(*FaultRule::parse(u"path=/v1/health,delay=300"_s));
    BackgroundSync sync(*m_db);
    SyncStatusDialog dialog(sync, m_desk);
    dialog.show();
    QCOMPARE(dialog.valueText(u"lastSuccessValue"_s), u"Never"_s);
    QCOMPARE(dialog.valueText(u"enrollmentValue"_s), u"Not yet enrolled (the first sync does it)."_s);
    QCOMPARE(dialog.valueText(u"clockSkewValue"_s), u"Not measured yet."_s);
    QVERIFY(dialog.syncNowButton()->isEnabled());

    QSignalSpy finished(&sync, &BackgroundSync::finished);
    QTest::mouseClick(dialog.syncNowButton(), Qt::LeftButton);
    QVERIFY(sync.isRunning());
    QVERIFY(!dialog.syncNowButton()->isEnabled());
    QVERIFY2(dialog.progressText().startsWith(u"Syncing…"_s), qPrintable(dialog.progressText()));
    QCOMPARE(dialog.valueText(u"nextAttemptValue"_s), u"Now: a sync is under way."_s);
    // A second click does nothing while the button is disabled, and the service refuses too.
    QTest::mouseClick(dialog.syncNowButton(), Qt::LeftButton);
    QCOMPARE(sync.syncNow(), BackgroundSync::Start::AlreadyRunning);
    saveScreenshot(dialog, u"sync-status-running"_s);
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.count(), 1);
    QVERIFY(dialog.syncNowButton()->isEnabled());
    QVERIFY(dialog.progressText().isEmpty());
    QVERIFY2(dialog.resultText().startsWith(u"Sync finished: 3 events delivered to the district."_s),
             qPrintable(dialog.resultText()));
    QCOMPARE(dialog.valueText(u"pendingValue"_s), u"0 events"_s);
    QCOMPARE(dialog.valueText(u"lastSuccessValue"_s),
             QLocale().toString(m_kioskClock->now().toLocalTime(), QLocale::ShortFormat));
    QCOMPARE(dialog.valueText(u"enrollmentValue"_s), u"Enrolled: the district knows this kiosk's signing key."_s);
    QVERIFY2(dialog.valueText(u"clockSkewValue"_s).startsWith(u"This computer's clock is 10 minutes behind"_s),
             qPrintable(dialog.valueText(u"clockSkewValue"_s)));
    QCOMPARE(dialog.valueText(u"nextAttemptValue"_s),
             QLocale().toString(m_kioskClock->now().addSecs(600).toLocalTime(), QLocale::ShortFormat));
    saveScreenshot(dialog, u"sync-status-synced"_s);
}

void TestSyncStatusDialog::failedEventsShowTheDistrictsMessageAndOnlyAnAdministratorRetries()
{
    configure();
    addEvents(2);
    m_stub->injectFault(*FaultRule::parse(u"path=/v1/events,status=400,count=1"_s));
    BackgroundSync sync(*m_db);
    QSignalSpy finished(&sync, &BackgroundSync::finished);
    QCOMPARE(sync.syncNow(), BackgroundSync::Start::Started);
    QVERIFY(finished.wait(30000));
    const auto failed = OutboxStore(*m_db).list(u"failed"_s).value();
    QCOMPARE(failed.size(), 2);

    {
        SyncStatusDialog desk(sync, m_desk);
        desk.show();
        QCOMPARE(desk.failedEventsView()->rowCount(), 2);
        QCOMPARE(desk.failedEventsView()->item(0, 0)->text(), failed.constFirst().eventId);
        QCOMPARE(desk.failedEventsView()->item(0, 1)->text(), u"guardian.verified"_s);
        QVERIFY(desk.failedEventsView()->item(0, 4)->text().contains(u"malformed"_s));
        QVERIFY(desk.valueText(u"failedValue"_s).startsWith(u"2 events"_s));
        QVERIFY(!desk.retryButton()->isEnabled());
        QCOMPARE(desk.retryNote(), u"Only an administrator can send failed events again: ask one to sign in."_s);
        QVERIFY(desk.findChild<QLabel*>(u"retryNoteLabel"_s)->isVisible());
        QCOMPARE(desk.retryButton()->accessibleDescription(), desk.retryNote());
        // Even called directly, the panel's retry goes through the service, which refuses.
        desk.retryFailed();
        QVERIFY(desk.resultText().contains(u"administrator"_s));
        QCOMPARE(OutboxStore(*m_db).counts()->failed, 2);
        saveScreenshot(desk, u"sync-status-failed-front-desk"_s);
    }

    SyncStatusDialog admin(sync, m_admin);
    admin.show();
    QVERIFY(admin.retryButton()->isEnabled());
    QVERIFY(admin.retryNote().isEmpty());
    QVERIFY(!admin.findChild<QLabel*>(u"retryNoteLabel"_s)->isVisible());
    saveScreenshot(admin, u"sync-status-failed-administrator"_s);
    QTest::mouseClick(admin.retryButton(), Qt::LeftButton);
    QCOMPARE(admin.resultText(), u"2 failed events will be sent again with the next sync."_s);
    QCOMPARE(OutboxStore(*m_db).counts()->failed, 0);
    QCOMPARE(admin.failedEventsView()->rowCount(), 0);
    QCOMPARE(admin.valueText(u"pendingValue"_s), u"2 events"_s);
    QVERIFY(!admin.retryButton()->isEnabled());
    QCOMPARE(admin.retryNote(), u"No event has failed, so there is nothing to send again."_s);
}

void TestSyncStatusDialog::everyControlHasANameAndTheKeyboardReachesIt()
{
    configure();
    addEvents(1);
    m_stub->injectFault(*FaultRule::parse(u"path=/v1/events,status=400,count=1"_s));
    BackgroundSync sync(*m_db);
    QSignalSpy finished(&sync, &BackgroundSync::finished);
    QCOMPARE(sync.syncNow(), BackgroundSync::Start::Started);
    QVERIFY(finished.wait(30000));

    SyncStatusDialog dialog(sync, m_admin);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    for (QWidget* w : interactiveWidgets(&dialog))
        QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(describe(w)));
    for (QLabel* label : dialog.findChildren<QLabel*>()) {
        if (label->objectName().endsWith(u"Value"_s))
            QVERIFY2(!label->accessibleName().isEmpty(), qPrintable(describe(label)));
    }
    // Tab walks Sync now, Retry, the table, Close and back; Space on Retry sends the events again.
    QCOMPARE(QApplication::focusWidget(), dialog.syncNowButton());
    QStringList visited;
    for (int i = 0; i < 4; ++i) {
        visited << QApplication::focusWidget()->objectName();
        pressKey(Qt::Key_Tab);
    }
    QCOMPARE(visited, (QStringList{u"syncNowButton"_s, u"retryButton"_s, u"failedEventsView"_s, u"closeButton"_s}));
    QCOMPARE(QApplication::focusWidget(), dialog.syncNowButton());
    pressKey(Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), dialog.retryButton());
    pressKey(Qt::Key_Space);
    QCOMPARE(OutboxStore(*m_db).counts()->failed, 0);
    // The disabled button gives the focus back to Sync now; Space starts a run.
    QCOMPARE(QApplication::focusWidget(), dialog.syncNowButton());
    pressKey(Qt::Key_Space);
    QVERIFY(sync.isRunning());
    QVERIFY(finished.wait(30000));
    QCOMPARE(OutboxStore(*m_db).counts()->done, 1);
    QCOMPARE(QApplication::focusWidget(), dialog.syncNowButton());
    pressKey(Qt::Key_Escape);
    QVERIFY(!dialog.isVisible());
}

void TestSyncStatusDialog::mainWindowOpensThePanelFromTheIndicatorAndTheShortcut()
{
    QVERIFY(addStaff(*m_db));
    StaffService staff(*m_db);
    auto member = staff.find(kDeskUser);
    QVERIFY(member);
    MainWindow window(*m_db, staff, member.value());
    window.resize(1000, 700);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    auto* launcher = window.findChild<SyncStatusLauncher*>();
    QVERIFY(launcher);
    QVERIFY(launcher->backgroundSync().heartbeat().isActive());
    QCOMPARE(launcher->action()->shortcut(), QKeySequence(u"Ctrl+Shift+S"_s));

    // The indicator takes the focus and opens the panel with Enter.
    SyncIndicator* indicator = window.syncIndicator();
    QVERIFY(indicator->focusPolicy() & Qt::TabFocus);
    indicator->setFocus(Qt::TabFocusReason);
    QCOMPARE(QApplication::focusWidget(), indicator);
    pressKey(Qt::Key_Return);
    QTRY_VERIFY(launcher->dialog() && launcher->dialog()->isVisible());
    SyncStatusDialog* panel = launcher->dialog();
    QVERIFY(!panel->retryButton()->isEnabled());   // a front-desk colleague is signed in
    QVERIFY(panel->valueText(u"stateLabel"_s).startsWith(u"Sync is not configured"_s));
    QTRY_VERIFY(panel->isActiveWindow());
    pressKey(Qt::Key_Escape);
    QTRY_VERIFY(!launcher->dialog());

    // The shortcut, from wherever the focus is in the window.
    window.activateWindow();
    QTRY_VERIFY(window.isActiveWindow());
    window.findChild<QLineEdit*>(u"searchEdit"_s)->setFocus(Qt::OtherFocusReason);
    pressKey(Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(launcher->dialog() && launcher->dialog()->isVisible());
    // The lock closes it, and a locked kiosk does not open it.
    window.lock();
    QTRY_VERIFY(!launcher->dialog());
    QVERIFY(!launcher->open());
    QTest::mouseClick(indicator, Qt::LeftButton);
    QVERIFY(!launcher->dialog());
}

QTEST_MAIN(TestSyncStatusDialog)
#include "TestSyncStatusDialog.moc"
