// The kiosk as a person uses it: first start, sign-in, type-ahead search, the student card,
// the idle lock, the lock-out, and all of it from the keyboard alone.

#include "UiTestSupport.h"

#include "idscan/BarcodeReader.h"
#include "printing/LetterDocument.h"
#include "storage/WaiverService.h"
#include "ui/AdultsModel.h"

#include <QStatusBar>

#include "storage/Settings.h"
#include "storage/SyncStatus.h"
#include "ui/AdultsModel.h"
#include "ui/FirstRunDialog.h"
#include "ui/IdleLock.h"
#include "ui/KioskApp.h"
#include "ui/LockScreen.h"
#include "ui/LoginDialog.h"
#include "ui/LoginForm.h"
#include "ui/MainWindow.h"
#include "ui/MessageBox.h"
#include "ui/StudentCardWidget.h"
#include "ui/StudentSearchModel.h"
#include "ui/SyncIndicator.h"
#include "ui/Translations.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QtTest>

using namespace gd;
using namespace gd::test;
using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;

class TestKiosk : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void firstRunThenLoginThenSearchShowsTheCard();
    void firstRunShowsPasswordProblemsLive();
    void staffWithoutAdministratorGetSignInNotFirstRun();
    void firstRunRefusesSystemNames();
    void idleLockDropsEveryStudentDetail();
    void anotherStaffMemberMayUnlock();
    void idleTimeoutComesFromSettings();
    void fiveWrongPasswordsLockTheAccount();
    void keyboardOnlyReachesTheStudentCard();
    void everyInteractiveWidgetHasAnAccessibleName();
    void rosterTextIsNeverReadAsMarkup();
    void searchModelPassesTheModelTester();
    void syncIndicatorTellsTheTruth();
    void databaseThatIsNotOursIsRefusedClearly();
    void formsPrintFromTheStudentCard();

private:
    std::unique_ptr<MainWindow> signedInWindow(const QString& user = kAdminUser);
    static void searchFor(MainWindow& window, const QString& query);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<StaffService> m_staff;
};

void TestKiosk::initTestCase()
{
    // A fixed locale, and the English translation the kiosk installs for it (plural forms).
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    QLocale::setDefault(english);
    QCOMPARE(Translations::install(*QCoreApplication::instance(), english), u"en"_s);
}

void TestKiosk::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = seededDatabase(*m_dir);
    QVERIFY(m_db);
    m_staff = std::make_unique<StaffService>(*m_db);
}

void TestKiosk::cleanup()
{
    m_staff.reset();
    m_db.reset();
    m_dir.reset();
}

std::unique_ptr<MainWindow> TestKiosk::signedInWindow(const QString& user)
{
    if (m_staff->needsFirstAdministrator() && !addStaff(*m_db))
        return nullptr;
    auto member = m_staff->find(user);
    if (!member)
        return nullptr;
    auto window = std::make_unique<MainWindow>(*m_db, *m_staff, member.value());
    window->resize(1200, 800);
    window->show();
    return window;
}

// Types as a person would and waits for the debounced search, polling (never sleeping).
void TestKiosk::searchFor(MainWindow& window, const QString& query)
{
    auto* edit = window.findChild<QLineEdit*>(u"searchEdit"_s);
    QVERIFY(edit);
    edit->setFocus();
    QTest::keyClicks(edit, query);
    QVERIFY(window.searchTimer().isActive());
    QTRY_VERIFY(!window.searchTimer().isActive());
}

void TestKiosk::firstRunThenLoginThenSearchShowsTheCard()
{
    QVERIFY(m_staff->needsFirstAdministrator());
    KioskApp app(*m_db);
    app.start();

    // First start: create the administrator.
    FirstRunDialog* firstRun = app.firstRunDialog();
    QVERIFY(firstRun);
    QVERIFY(QTest::qWaitForWindowExposed(firstRun));
    QVERIFY(!app.loginDialog());
    auto* create = firstRun->findChild<QPushButton*>(u"createButton"_s);
    QVERIFY(create);
    QVERIFY(!create->isEnabled());
    firstRun->findChild<QLineEdit*>(u"userNameEdit"_s)->setText(kAdminUser);
    firstRun->findChild<QLineEdit*>(u"displayNameEdit"_s)->setText(u"Office Admin"_s);
    firstRun->findChild<QLineEdit*>(u"passwordEdit"_s)->setText(kAdminPassword);
    firstRun->findChild<QLineEdit*>(u"confirmPasswordEdit"_s)->setText(kAdminPassword);
    QVERIFY(create->isEnabled());
    QTest::mouseClick(create, Qt::LeftButton);
    QVERIFY(!m_staff->needsFirstAdministrator());

    // Then sign in; the user name just created is already filled in.
    QTRY_VERIFY(app.loginDialog());
    LoginDialog* login = app.loginDialog();
    QVERIFY(QTest::qWaitForWindowExposed(login));
    QCOMPARE(login->findChild<QLineEdit*>(u"userNameEdit"_s)->text(), kAdminUser);
    login->findChild<QLineEdit*>(u"passwordEdit"_s)->setText(kAdminPassword);
    QTest::mouseClick(login->findChild<QPushButton*>(u"signInButton"_s), Qt::LeftButton);

    QTRY_VERIFY(app.mainWindow());
    MainWindow* window = app.mainWindow();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QCOMPARE(window->actor().staffId, kAdminUser);
    QVERIFY(window->findChild<QLabel*>(u"staffLabel"_s)->text().contains(u"Office Admin"_s));

    // Type-ahead: part of the surname, in lower case, without the hyphen.
    searchFor(*window, u"okonkwo rey"_s);
    StudentSearchModel* model = window->searchModel();
    QCOMPARE(model->rowCount(), 2);   // Valentina and the other child of the family
    int row = 0;
    while (row < model->rowCount() && model->hitAt(row)->studentId != kStudentId)
        ++row;
    QVERIFY(row < model->rowCount());
    QVERIFY(model->index(row, StudentSearchModel::NameColumn).data().toString().contains(kStudentFirst));

    // Open the student: the card shows school, grade, date of birth, status and every adult.
    auto* results = window->findChild<QTableView*>(u"resultsView"_s);
    QVERIFY(results);
    results->setCurrentIndex(model->index(row, 0));
    StudentCardWidget* card = window->cardWidget();
    QTRY_COMPARE(card->studentId(), kStudentId);
    QCOMPARE(card->findChild<QLabel*>(u"studentNameLabel"_s)->text(), u"Valentina Okonkwo-Reyes"_s);
    QCOMPARE(card->findChild<QLabel*>(u"studentIdValue"_s)->text(), kStudentId);
    QVERIFY(card->findChild<QLabel*>(u"schoolValue"_s)->text().contains(u"1234"_s));
    QCOMPARE(card->findChild<QLabel*>(u"gradeValue"_s)->text(), u"4"_s);
    QVERIFY(card->findChild<QLabel*>(u"dateOfBirthValue"_s)->text().contains(u"2015"_s));
    QCOMPARE(card->findChild<QLabel*>(u"statusValue"_s)->text(), u"Active"_s);

    AdultsModel* adults = card->adultsModel();
    QCOMPARE(adults->rowCount(), 3);
    QHash<QString, int> rowOf;
    for (int row = 0; row < adults->rowCount(); ++row)
        rowOf.insert(adults->index(row, AdultsModel::NameColumn).data().toString(), row);
    const auto cell = [&](const QString& name, int column) {
        return adults->index(rowOf.value(name, -1), column).data().toString();
    };
    const QString mother = u"Ifeoma Okonkwo-Reyes"_s;
    const QString father = u"Tobias Okonkwo"_s;
    const QString grandmother = u"Graciela Reyes"_s;
    QVERIFY(rowOf.contains(mother) && rowOf.contains(father) && rowOf.contains(grandmother));

    QCOMPARE(cell(mother, AdultsModel::RelationshipColumn), u"Mother"_s);
    QCOMPARE(cell(mother, AdultsModel::CustodialColumn), u"Yes"_s);
    QCOMPARE(cell(mother, AdultsModel::EducationalRightsColumn), u"Yes"_s);
    QCOMPARE(cell(mother, AdultsModel::PortalEligibleColumn), u"Yes"_s);
    QCOMPARE(cell(mother, AdultsModel::NoContactColumn), u"No"_s);

    QCOMPARE(cell(father, AdultsModel::RelationshipColumn), u"Father"_s);
    QCOMPARE(cell(father, AdultsModel::CustodialColumn), u"No"_s);
    QCOMPARE(cell(father, AdultsModel::EducationalRightsColumn), u"Yes"_s);
    QCOMPARE(cell(father, AdultsModel::NoContactColumn), AdultsModel::noContactText(true));

    QCOMPARE(cell(grandmother, AdultsModel::RelationshipColumn), u"Caregiver"_s);
    QCOMPARE(cell(grandmother, AdultsModel::CustodialColumn), u"No"_s);
    QCOMPARE(cell(grandmother, AdultsModel::EducationalRightsColumn), u"No"_s);
    QCOMPARE(cell(grandmother, AdultsModel::PortalEligibleColumn), u"No"_s);

    // The no-contact order stands out by text, weight and icon, not only by colour.
    const QModelIndex fatherName = adults->index(rowOf.value(father), AdultsModel::NameColumn);
    QVERIFY(fatherName.data(AdultsModel::NoContactRole).toBool());
    QVERIFY(fatherName.data(Qt::FontRole).value<QFont>().bold());
    QVERIFY(!fatherName.data(Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY(fatherName.data(Qt::AccessibleTextRole).toString().contains(u"No-contact order"_s));
    QVERIFY(!adults->index(rowOf.value(mother), 0).data(Qt::FontRole).isValid());
    auto* banner = card->findChild<QLabel*>(u"noContactBanner"_s);
    QVERIFY(banner->isVisible());
    QVERIFY(banner->text().contains(father));
    QVERIFY(banner->text().contains(u"NO-CONTACT"_s));
    QVERIFY(!banner->text().contains(mother));
}

void TestKiosk::firstRunShowsPasswordProblemsLive()
{
    FirstRunDialog dialog(*m_staff);
    dialog.show();
    auto* user = dialog.findChild<QLineEdit*>(u"userNameEdit"_s);
    auto* password = dialog.findChild<QLineEdit*>(u"passwordEdit"_s);
    auto* confirm = dialog.findChild<QLineEdit*>(u"confirmPasswordEdit"_s);
    auto* problem = dialog.findChild<QLabel*>(u"problemLabel"_s);
    auto* create = dialog.findChild<QPushButton*>(u"createButton"_s);

    QTest::keyClicks(user, u"admin.office"_s);
    QTest::keyClicks(password, u"short"_s);
    QCOMPARE(problem->text(), StaffService::passwordProblem(u"admin.office"_s, u"short"_s));
    QVERIFY(!problem->text().isEmpty());
    QVERIFY(!create->isEnabled());

    password->setText(u"admin.office"_s);
    QCOMPARE(problem->text(), StaffService::passwordProblem(u"admin.office"_s, u"admin.office"_s));
    QVERIFY(!create->isEnabled());

    password->setText(kAdminPassword);
    QTest::keyClicks(confirm, u"Correct-Horse-43"_s);
    QVERIFY(problem->text().contains(u"same password"_s));
    QVERIFY(!create->isEnabled());

    confirm->setText(kAdminPassword);
    QVERIFY(create->isEnabled());
    QVERIFY(m_staff->needsFirstAdministrator());   // nothing happens before the person confirms
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    QTest::keyClick(confirm, Qt::Key_Return);       // the default button
    QCOMPARE(accepted.count(), 1);
    QCOMPARE(dialog.administrator().username, kAdminUser);
    QVERIFY(!m_staff->needsFirstAdministrator());
    QVERIFY(password->text().isEmpty() && confirm->text().isEmpty());
    QVERIFY(m_staff->authenticate(kAdminUser, kAdminPassword).ok());
}

// Accounts exist but no administrator (added by the CLI without the role): the kiosk shows the
// sign-in, never the screen that would make whoever stands at the counter an administrator.
void TestKiosk::staffWithoutAdministratorGetSignInNotFirstRun()
{
    QVERIFY(m_staff->add(systemActor(*m_db), kDeskUser, u"Rosa Lopez"_s, Roles(Role::FrontDesk), kDeskPassword));
    QVERIFY(!m_staff->needsFirstAdministrator());
    KioskApp app(*m_db);
    app.start();
    QVERIFY(!app.firstRunDialog());
    QTRY_VERIFY(app.loginDialog());
    QVERIFY(QTest::qWaitForWindowExposed(app.loginDialog()));
    // The front desk signs in as usual.
    LoginDialog* login = app.loginDialog();
    login->findChild<QLineEdit*>(u"userNameEdit"_s)->setText(kDeskUser);
    login->findChild<QLineEdit*>(u"passwordEdit"_s)->setText(kDeskPassword);
    QTest::keyClick(login->findChild<QLineEdit*>(u"passwordEdit"_s), Qt::Key_Return);
    QTRY_VERIFY(app.mainWindow());
    QCOMPARE(app.mainWindow()->actor().staffId, kDeskUser);
    QVERIFY(!m_staff->find(kAdminUser));
}

void TestKiosk::firstRunRefusesSystemNames()
{
    FirstRunDialog dialog(*m_staff);
    dialog.show();
    auto* problem = dialog.findChild<QLabel*>(u"problemLabel"_s);
    auto* create = dialog.findChild<QPushButton*>(u"createButton"_s);
    dialog.findChild<QLineEdit*>(u"passwordEdit"_s)->setText(kAdminPassword);
    dialog.findChild<QLineEdit*>(u"confirmPasswordEdit"_s)->setText(kAdminPassword);
    for (const QString& name : {u"cli"_s, u"Device"_s, u"system"_s, u"first-run"_s, u"init"_s, u"demo.office"_s}) {
        dialog.findChild<QLineEdit*>(u"userNameEdit"_s)->setText(name);
        QVERIFY2(problem->text().contains(u"reserved"_s), qPrintable(problem->text()));
        QVERIFY(!create->isEnabled());
    }
    dialog.findChild<QLineEdit*>(u"userNameEdit"_s)->setText(kAdminUser);
    QVERIFY(create->isEnabled());
    QVERIFY(m_staff->needsFirstAdministrator());
}

void TestKiosk::idleLockDropsEveryStudentDetail()
{
    auto window = signedInWindow();
    QVERIFY(window);
    QAbstractItemModelTester tester(window->searchModel());
    searchFor(*window, u"valentina"_s);
    QVERIFY(window->searchModel()->rowCount() >= 1);
    window->openRow(0);
    QCOMPARE(window->cardWidget()->studentId(), kStudentId);

    const QStringList secrets = {kStudentFirst, kStudentLast, kStudentId, kMotherFirst, kFatherFirst,
                                 kGrandmotherFirst, u"Okonkwo"_s, u"2015"_s};
    QVERIFY(!leaksOf(visibleTexts(window.get()), secrets).isEmpty());   // the check can see them

    QSignalSpy locked(window.get(), &MainWindow::locked);
    QVERIFY(window->idleLock()->isArmed());
    window->idleLock()->trigger();   // as if 120 s had passed without input
    QCOMPARE(locked.count(), 1);
    QVERIFY(window->isLocked());
    QVERIFY(!window->idleLock()->isArmed());
    auto* stack = window->findChild<QStackedWidget*>(u"centralStack"_s);
    QCOMPARE(stack->currentWidget()->objectName(), u"lockPage"_s);
    QVERIFY(window->lockScreen()->isVisible());

    // Not merely covered: no widget, label, field, undo history or model holds any of it.
    const QStringList leaks = leaksOf(visibleTexts(window.get()), secrets);
    QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u" | "_s)));
    auto* search = window->findChild<QLineEdit*>(u"searchEdit"_s);
    QVERIFY(search->text().isEmpty());
    QVERIFY(!search->isUndoAvailable());
    QCOMPARE(window->searchModel()->rowCount(), 0);
    QCOMPARE(window->cardWidget()->adultsModel()->rowCount(), 0);
    QVERIFY(!window->cardWidget()->hasStudent());
    QVERIFY(window->actor().staffId.isEmpty());

    // While locked, nothing searches even if a pending keystroke timer fires.
    window->searchNow();
    QCOMPARE(window->searchModel()->rowCount(), 0);
}

void TestKiosk::anotherStaffMemberMayUnlock()
{
    auto window = signedInWindow(kAdminUser);
    QVERIFY(window);
    QCOMPARE(window->actor().staffId, kAdminUser);
    window->findChild<QAction*>(u"lockAction"_s)->trigger();
    QVERIFY(window->isLocked());

    LoginForm* form = window->lockScreen()->form();
    auto* user = form->findChild<QLineEdit*>(u"userNameEdit"_s);
    auto* password = form->findChild<QLineEdit*>(u"passwordEdit"_s);
    QVERIFY(user->text().isEmpty());

    // A wrong password keeps it locked and says so.
    user->setText(kDeskUser);
    password->setText(u"not-the-password"_s);
    QTest::keyClick(password, Qt::Key_Return);
    QVERIFY(window->isLocked());
    QVERIFY(!form->message().isEmpty());
    QVERIFY(password->text().isEmpty());

    QSignalSpy unlocked(window.get(), &MainWindow::unlocked);
    password->setText(kDeskPassword);
    QTest::keyClick(password, Qt::Key_Return);
    QCOMPARE(unlocked.count(), 1);
    QVERIFY(!window->isLocked());
    QCOMPARE(window->actor().staffId, kDeskUser);   // the new staff member acts from now on
    QVERIFY(window->actor().has(Role::FrontDesk));
    QVERIFY(!window->actor().has(Role::Administrator));
    QVERIFY(window->findChild<QLabel*>(u"staffLabel"_s)->text().contains(u"Rosa Lopez"_s));
    QVERIFY(window->idleLock()->isArmed());
    QVERIFY(user->text().isEmpty() && password->text().isEmpty());
    auto* stack = window->findChild<QStackedWidget*>(u"centralStack"_s);
    QCOMPARE(stack->currentWidget()->objectName(), u"workPage"_s);
}

void TestKiosk::idleTimeoutComesFromSettings()
{
    {
        auto window = signedInWindow();
        QVERIFY(window);
        QCOMPARE(window->idleLock()->timeout(), 120s);   // the default
    }
    const Actor admin = m_staff->actorFor(m_staff->find(kAdminUser).value());
    QVERIFY(Settings(*m_db).set(admin, Settings::IdleTimeoutSeconds, u"300"_s).ok());
    auto window = signedInWindow();
    QCOMPARE(window->idleLock()->timeout(), 300s);

    // Activity keeps it armed and does not fire it; only the timeout (here: the seam) does.
    QSignalSpy idle(window->idleLock(), &IdleLock::idle);
    auto* search = window->findChild<QLineEdit*>(u"searchEdit"_s);
    QTest::keyClick(search, Qt::Key_A);
    QTest::mouseMove(search);
    QVERIFY(window->idleLock()->isArmed());
    QVERIFY(window->idleLock()->remainingMs() > 290'000);
    QCOMPARE(idle.count(), 0);

    // A shorter timeout set meanwhile applies at the next unlock.
    QVERIFY(Settings(*m_db).set(admin, Settings::IdleTimeoutSeconds, u"60"_s).ok());
    window->lock();
    LoginForm* form = window->lockScreen()->form();
    form->setUserName(kAdminUser);
    form->findChild<QLineEdit*>(u"passwordEdit"_s)->setText(kAdminPassword);
    form->attempt();
    QVERIFY(!window->isLocked());
    QCOMPARE(window->idleLock()->timeout(), 60s);
}

void TestKiosk::fiveWrongPasswordsLockTheAccount()
{
    QVERIFY(addStaff(*m_db));
    LoginDialog dialog(*m_staff);
    dialog.show();
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    auto* user = dialog.findChild<QLineEdit*>(u"userNameEdit"_s);
    auto* password = dialog.findChild<QLineEdit*>(u"passwordEdit"_s);
    auto* signIn = dialog.findChild<QPushButton*>(u"signInButton"_s);
    auto* message = dialog.findChild<QLabel*>(u"messageLabel"_s);

    // An unknown user name gets the same answer as a wrong password.
    user->setText(u"nobody.here"_s);
    password->setText(u"whatever-password"_s);
    QTest::mouseClick(signIn, Qt::LeftButton);
    const QString unknownUser = message->text();
    QVERIFY(!unknownUser.isEmpty());

    QStringList answers;
    for (int attempt = 0; attempt < StaffService::kMaxFailedLogins; ++attempt) {
        user->setText(kDeskUser);
        password->setText(u"wrong-password-%1"_s.arg(attempt));
        QTest::mouseClick(signIn, Qt::LeftButton);
        QVERIFY(message->isVisible());
        answers << message->text();
    }
    QCOMPARE(answers.first(), unknownUser);
    QVERIFY2(answers.last().contains(u"locked"_s, Qt::CaseInsensitive), qPrintable(answers.last()));

    // Locked: even the right password is refused now, and the dialog says why.
    user->setText(kDeskUser);
    password->setText(kDeskPassword);
    QTest::mouseClick(signIn, Qt::LeftButton);
    QCOMPARE(accepted.count(), 0);
    QVERIFY2(message->text().contains(u"locked"_s, Qt::CaseInsensitive), qPrintable(message->text()));
    QVERIFY(password->text().isEmpty());
    QVERIFY(dialog.isVisible());
}

void TestKiosk::keyboardOnlyReachesTheStudentCard()
{
    KioskApp app(*m_db);
    app.start();
    FirstRunDialog* firstRun = app.firstRunDialog();
    QVERIFY(firstRun);
    firstRun->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(firstRun));
    QCOMPARE(QApplication::focusWidget()->objectName(), u"userNameEdit"_s);

    typeText(kAdminUser);
    pressKey(Qt::Key_Tab);
    typeText(u"Office Admin"_s);
    pressKey(Qt::Key_Tab);
    typeText(kAdminPassword);
    pressKey(Qt::Key_Tab);
    typeText(kAdminPassword);
    pressKey(Qt::Key_Return);

    QTRY_VERIFY(app.loginDialog());
    LoginDialog* login = app.loginDialog();
    login->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(login));
    QCOMPARE(QApplication::focusWidget()->objectName(), u"passwordEdit"_s);   // user name filled in
    typeText(kAdminPassword);
    pressKey(Qt::Key_Return);

    QTRY_VERIFY(app.mainWindow());
    MainWindow* window = app.mainWindow();
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window));
    QCOMPARE(QApplication::focusWidget()->objectName(), u"searchEdit"_s);
    typeText(u"valentina okonkwo"_s);
    pressKey(Qt::Key_Return);   // searches at once and opens the first student
    QCOMPARE(window->cardWidget()->studentId(), kStudentId);
    QCOMPARE(QApplication::focusWidget()->objectName(), u"resultsView"_s);

    // Enter on the results moves into the card's adults; Escape walks back to the search.
    pressKey(Qt::Key_Return);
    QCOMPARE(QApplication::focusWidget()->objectName(), u"adultsView"_s);
    pressKey(Qt::Key_Escape);
    QCOMPARE(QApplication::focusWidget()->objectName(), u"resultsView"_s);
    pressKey(Qt::Key_Escape);
    QCOMPARE(QApplication::focusWidget()->objectName(), u"searchEdit"_s);
    pressKey(Qt::Key_Escape);   // empties the search and the card
    QVERIFY(!window->cardWidget()->hasStudent());
    QCOMPARE(window->searchModel()->rowCount(), 0);

    // Down from the search field chooses among the results.
    typeText(u"valentina"_s);
    pressKey(Qt::Key_Down);
    QCOMPARE(QApplication::focusWidget()->objectName(), u"resultsView"_s);
    QCOMPARE(window->cardWidget()->studentId(), kStudentId);

    // Ctrl+L locks; the lock screen takes the keyboard; sign in again without the mouse.
    pressKey(Qt::Key_L, Qt::ControlModifier);
    QVERIFY(window->isLocked());
    QCOMPARE(QApplication::focusWidget()->objectName(), u"userNameEdit"_s);
    typeText(u"someone"_s);
    pressKey(Qt::Key_Escape);   // starts over: fields emptied, cursor back in the user name
    QCOMPARE(QApplication::focusWidget()->objectName(), u"userNameEdit"_s);
    QVERIFY(qobject_cast<QLineEdit*>(QApplication::focusWidget())->text().isEmpty());
    typeText(kAdminUser);
    pressKey(Qt::Key_Return);   // to the password
    typeText(kAdminPassword);
    pressKey(Qt::Key_Return);
    QVERIFY(!window->isLocked());
    QCOMPARE(QApplication::focusWidget()->objectName(), u"searchEdit"_s);
}

void TestKiosk::everyInteractiveWidgetHasAnAccessibleName()
{
    QStringList missing;
    const auto check = [&missing](QWidget* root) {
        const QList<QWidget*> widgets = interactiveWidgets(root);
        QVERIFY(!widgets.isEmpty());
        for (QWidget* w : widgets) {
            if (w->accessibleName().trimmed().isEmpty())
                missing << describe(w);
        }
    };

    FirstRunDialog firstRun(*m_staff);
    firstRun.show();
    check(&firstRun);

    QVERIFY(addStaff(*m_db));
    LoginDialog login(*m_staff);
    login.show();
    check(&login);

    auto window = signedInWindow();
    searchFor(*window, u"okonkwo"_s);
    window->openRow(0);
    QVERIFY(window->cardWidget()->hasStudent());
    check(window.get());
    window->lock();
    check(window.get());

    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u", "_s)));
}

void TestKiosk::rosterTextIsNeverReadAsMarkup()
{
    auto window = signedInWindow();
    searchFor(*window, u"900000018"_s);
    QCOMPARE(window->searchModel()->rowCount(), 1);
    window->openRow(0);
    auto* name = window->cardWidget()->findChild<QLabel*>(u"studentNameLabel"_s);
    QCOMPARE(name->text(), kMarkupFirst + u' ' + kStudentLast);   // shown as typed, tags and all
    for (QLabel* label : window->cardWidget()->findChildren<QLabel*>())
        QVERIFY2(label->textFormat() == Qt::PlainText, qPrintable(label->objectName()));
    QCOMPARE(window->cardWidget()->findChild<QLabel*>(u"gradeValue"_s)->text(), u"Kindergarten"_s);
    QCOMPARE(window->cardWidget()->findChild<QLabel*>(u"statusValue"_s)->text(), u"Inactive"_s);
    QVERIFY(window->cardWidget()->findChild<QLabel*>(u"inactiveBanner"_s)->isVisible());
    QVERIFY(!window->cardWidget()->findChild<QLabel*>(u"noContactBanner"_s)->isVisible());
}

void TestKiosk::searchModelPassesTheModelTester()
{
    auto window = signedInWindow();
    QAbstractItemModelTester tester(window->searchModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    for (const QString& query : {u"a"_s, u"ok"_s, u"okonkwo"_s, u"2015-03-04"_s, u"9000000"_s, u"zzzz"_s, u""_s}) {
        window->findChild<QLineEdit*>(u"searchEdit"_s)->setText(query);
        window->searchNow();
        if (QTest::currentTestFailed())
            return;
    }
    window->findChild<QLineEdit*>(u"searchEdit"_s)->setText(u"okonkwo"_s);
    window->searchNow();
    QVERIFY(window->searchModel()->rowCount() > 0);
    window->lock();
    QCOMPARE(window->searchModel()->rowCount(), 0);
}

void TestKiosk::syncIndicatorTellsTheTruth()
{
    QVERIFY(addStaff(*m_db));
    const Actor admin = m_staff->actorFor(m_staff->find(kAdminUser).value());
    SyncIndicator indicator(*m_db);
    QCOMPARE(indicator.text(), u"Sync: never configured"_s);

    QVERIFY(Settings(*m_db).set(admin, Settings::ServerUrl, u"https://district.example.org"_s).ok());
    indicator.refresh();
    QCOMPARE(indicator.text(), u"Sync: connected, not yet synced"_s);

    QVERIFY(SyncStatus::recordHealth(*m_db, false, u"connection refused"_s).ok());
    indicator.refresh();
    QCOMPARE(indicator.text(), u"Sync: offline — connection refused"_s);

    QVERIFY(indicator.refreshTimer().isActive());
}

void TestKiosk::databaseThatIsNotOursIsRefusedClearly()
{
    const QString path = m_dir->filePath(u"not-ours.db"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("This is a text file, not a GuardianDesk database.\n");
    file.close();
    const qint64 size = file.size();

    MessageBox::clearLastText();
    MessageBox::setNextAnswer(QMessageBox::Ok);
    auto db = KioskApp::openDatabase(path);
    QVERIFY(!db);
    QVERIFY(MessageBox::lastText().contains(path));
    QCOMPARE(KioskApp::kDatabaseExitCode, 2);
    QCOMPARE(QFileInfo(path).size(), size);   // nothing was changed
}

void TestKiosk::formsPrintFromTheStudentCard()
{
    auto window = signedInWindow(kDeskUser);
    QVERIFY(window);
    QList<QImage> pages;
    window->setFormOutput([&pages](const std::function<Status(LetterDocument&)>& draw) -> Status {
        auto doc = LetterDocument::createImages(150);
        if (!doc)
            return doc.error();
        if (auto s = draw(**doc); !s)
            return s;
        if (auto s = (*doc)->finish(); !s)
            return s;
        pages += (*doc)->takeImages();
        return {};
    });
    searchFor(*window, u"valentina"_s);
    window->openRow(0);
    auto* waiverButton = window->findChild<QPushButton*>(u"printWaiverButton"_s);
    auto* requestButton = window->findChild<QPushButton*>(u"printRequestFormButton"_s);
    QVERIFY(waiverButton && requestButton);
    QVERIFY(!waiverButton->isEnabled());   // no adult chosen yet
    QVERIFY(requestButton->isEnabled());

    // Choose the mother on the card and print her waiver form.
    auto* adults = qobject_cast<QAbstractItemView*>(window->cardWidget()->adultsView());
    for (int row = 0; row < adults->model()->rowCount(); ++row) {
        const QModelIndex name = adults->model()->index(row, AdultsModel::NameColumn);
        if (name.data().toString().contains(kMotherFirst))
            adults->setCurrentIndex(name);
    }
    QVERIFY(waiverButton->isEnabled());
    waiverButton->click();
    QCOMPARE(pages.size(), 1);
    // The code on the form brings the case back.
    auto code = BarcodeReader::decode(pages.first());
    QVERIFY2(code, qPrintable(code.message()));
    auto id = WaiverService::waiverIdFromPayload(code->bytes);
    QVERIFY(id);
    auto waiver = WaiverService(*m_db).find(*id);
    QVERIFY(waiver);
    QCOMPARE(waiver->studentId, kStudentId);
    QCOMPARE(waiver->form, WaiverForm::MailEmailWaiver);

    requestButton->click();
    QCOMPARE(pages.size(), 2);
    auto q = m_db->exec(u"SELECT count(*) FROM outbox WHERE type = 'waiver.issued'"_s);
    QVERIFY(q && q->next());
    QCOMPARE(q->value(0).toInt(), 2);
    QVERIFY(window->statusBar()->currentMessage().contains(u"Parent Access Request"_s));
}

QTEST_MAIN(TestKiosk)
#include "TestKiosk.moc"
