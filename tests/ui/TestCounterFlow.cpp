// The kiosk at a busy counter: what the keyboard and the window do between people. Escape
// never quits, a locked or kiosk-mode window cannot be closed, the card's actions say why they
// are unavailable, dates follow the district and not the machine, the window remembers each
// staff member's size, and a second start brings the first kiosk forward.

#include "UiTestSupport.h"

#include "storage/Settings.h"
#include "ui/AdultsModel.h"
#include "ui/FirstRunDialog.h"
#include "ui/IdleLock.h"
#include "ui/KioskStyle.h"
#include "ui/wizard/VerificationWizard.h"
#include "ui/KioskApp.h"
#include "ui/LoginDialog.h"
#include "ui/LoginForm.h"
#include "ui/LockScreen.h"
#include "ui/MainWindow.h"
#include "ui/SingleInstance.h"
#include "ui/StudentCardWidget.h"
#include "ui/StudentSearchModel.h"
#include "ui/Translations.h"
#include "ui/letters/LetterQueueDialog.h"

#include <QAction>
#include <QVBoxLayout>
#include <QComboBox>
#include <QCheckBox>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QtTest>

using namespace gd;
using namespace gd::test;
using namespace Qt::Literals::StringLiterals;

namespace {
const QString kPrinterUser = u"printer.kim"_s;
const QString kPrinterPassword = u"Letter-Printer-Pass-3"_s;
} // namespace

class TestCounterFlow : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void escapeNeverQuitsAtStart();
    void kioskModeKeepsTheKioskOnScreen();
    void lockedWindowCannotBeClosed();
    void cardActionsSayWhyTheyAreUnavailable();
    void letterQueueIsClosedToALockedKiosk();
    void letterQueueAcceleratorsAreUnique();
    void datesFollowTheDistrictNotTheMachine();
    void windowTitleNamesTheSchool();
    void windowRemembersEachStaffMembersGeometry();
    void secondStartBringsTheFirstForward();
    void idleLockWarnsBeforeDiscardingAVisit();
    void cardButtonsStackWhenTheWindowIsNarrow();
    void theKeyboardFocusIsPlainToSee();

private:
    std::unique_ptr<MainWindow> signedInWindow(const QString& user);
    void openKnownStudent(MainWindow& window);
    static void chooseAdult(MainWindow& window, const QString& firstName);
    static void unlockAs(MainWindow& window, const QString& user, const QString& password);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<StaffService> m_staff;
};

void TestCounterFlow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);   // the remembered geometry goes to a test folder
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    QLocale::setDefault(english);
    QCOMPARE(Translations::install(*QCoreApplication::instance(), english), u"en"_s);
}

void TestCounterFlow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = seededDatabase(*m_dir);
    QVERIFY(m_db);
    m_staff = std::make_unique<StaffService>(*m_db);
    QSettings().clear();
}

void TestCounterFlow::cleanup()
{
    m_staff.reset();
    m_db.reset();
    m_dir.reset();
}

std::unique_ptr<MainWindow> TestCounterFlow::signedInWindow(const QString& user)
{
    if (m_staff->needsFirstAdministrator()) {
        if (!addStaff(*m_db))
            return nullptr;
        const Actor admin = m_staff->actorFor(m_staff->find(kAdminUser).value());
        if (!m_staff->add(admin, kPrinterUser, u"Kim Park"_s, Roles(Role::LetterPrinter), kPrinterPassword))
            return nullptr;
    }
    auto member = m_staff->find(user);
    if (!member)
        return nullptr;
    auto window = std::make_unique<MainWindow>(*m_db, *m_staff, member.value());
    window->resize(1200, 800);
    window->show();
    return window;
}

void TestCounterFlow::openKnownStudent(MainWindow& window)
{
    auto* edit = window.findChild<QLineEdit*>(u"searchEdit"_s);
    edit->setText(kStudentId);
    window.searchNow();
    QCOMPARE(window.searchModel()->rowCount(), 1);
    window.openRow(0);
    QVERIFY(window.cardWidget()->hasStudent());
}

void TestCounterFlow::chooseAdult(MainWindow& window, const QString& firstName)
{
    auto* adults = qobject_cast<QAbstractItemView*>(window.cardWidget()->adultsView());
    for (int row = 0; row < adults->model()->rowCount(); ++row) {
        const QModelIndex name = adults->model()->index(row, AdultsModel::NameColumn);
        if (name.data().toString().contains(firstName))
            adults->setCurrentIndex(name);
    }
}

// Signs in on the lock screen as a person would: user name, password, Enter.
void TestCounterFlow::unlockAs(MainWindow& window, const QString& user, const QString& password)
{
    LoginForm* form = window.lockScreen()->form();
    form->findChild<QLineEdit*>(u"userNameEdit"_s)->setText(user);
    auto* passwordEdit = form->findChild<QLineEdit*>(u"passwordEdit"_s);
    passwordEdit->setText(password);
    QTest::keyClick(passwordEdit, Qt::Key_Return);
}

// Escape is pressed out of habit to get rid of a message: on the first-run and sign-in screens
// it must not end the kiosk. Only Quit does.
void TestCounterFlow::escapeNeverQuitsAtStart()
{
    QTemporaryDir empty;
    auto db = Database::open(empty.filePath(u"new.db"_s));
    QVERIFY(db);
    KioskApp kiosk(*db.value());
    QSignalSpy finished(&kiosk, &KioskApp::finished);
    kiosk.start();
    FirstRunDialog* firstRun = kiosk.firstRunDialog();
    QVERIFY(firstRun);
    QTRY_VERIFY(firstRun->isVisible());
    QTest::keyClick(firstRun, Qt::Key_Escape);
    QVERIFY(firstRun->isVisible());
    QCOMPARE(finished.count(), 0);

    QVERIFY(addStaff(*m_db));
    KioskApp signIn(*m_db);
    QSignalSpy signInFinished(&signIn, &KioskApp::finished);
    signIn.start();
    LoginDialog* login = signIn.loginDialog();
    QVERIFY(login);
    QTRY_VERIFY(login->isVisible());
    QTest::keyClick(login->form()->findChild<QLineEdit*>(u"userNameEdit"_s), Qt::Key_Escape);
    QTest::keyClick(login, Qt::Key_Escape);
    QVERIFY(login->isVisible());
    QCOMPARE(signInFinished.count(), 0);
    // Quit still quits.
    login->findChild<QPushButton*>(u"quitButton"_s)->click();
    QCOMPARE(signInFinished.count(), 1);
}

// Kiosk mode: a full-screen backdrop behind the sign-in, no Quit on it, no closing; the main
// window full screen without decorations; only an administrator quits.
void TestCounterFlow::kioskModeKeepsTheKioskOnScreen()
{
    QVERIFY(addStaff(*m_db));
    KioskApp kiosk(*m_db);
    kiosk.setKioskMode(true);
    QSignalSpy finished(&kiosk, &KioskApp::finished);
    kiosk.start();
    LoginDialog* login = kiosk.loginDialog();
    QVERIFY(login);
    QTRY_VERIFY(login->isVisible());
    QWidget* backdrop = login->parentWidget();
    QVERIFY(backdrop);
    QCOMPARE(backdrop->objectName(), u"kioskBackdrop"_s);
    QVERIFY(backdrop->windowState() & Qt::WindowFullScreen);
    QVERIFY(!login->findChild<QPushButton*>(u"quitButton"_s)->isVisible());
    login->close();   // Alt+F4
    QVERIFY(login->isVisible());
    QCOMPARE(finished.count(), 0);

    login->form()->findChild<QLineEdit*>(u"userNameEdit"_s)->setText(kDeskUser);
    auto* password = login->form()->findChild<QLineEdit*>(u"passwordEdit"_s);
    password->setText(kDeskPassword);
    QTest::keyClick(password, Qt::Key_Return);
    MainWindow* window = kiosk.mainWindow();
    QVERIFY(window);
    QTRY_VERIFY(window->isVisible());
    QVERIFY(window->windowState() & Qt::WindowFullScreen);
    QVERIFY(window->windowFlags() & Qt::FramelessWindowHint);
    window->close();
    QVERIFY(window->isVisible());
    auto* quit = window->findChild<QAction*>(u"quitAction"_s);
    QVERIFY(!quit->isVisible());   // front desk staff do not quit a kiosk
    window->quitAsAdministrator();
    QVERIFY(window->isVisible());
    QCOMPARE(finished.count(), 0);

    // An administrator signs in over the lock and quits.
    window->lock();
    unlockAs(*window, kAdminUser, kAdminPassword);
    QVERIFY(!window->isLocked());
    QVERIFY(quit->isVisible());
    quit->trigger();
    QCOMPARE(finished.count(), 1);
}

void TestCounterFlow::lockedWindowCannotBeClosed()
{
    auto window = signedInWindow(kDeskUser);
    QVERIFY(window);
    QSignalSpy closed(window.get(), &MainWindow::closed);
    window->lock();
    window->close();   // Alt+F4 on a locked kiosk
    QVERIFY(window->isVisible());
    QCOMPARE(closed.count(), 0);
    QVERIFY(window->statusBar()->currentMessage().contains(u"Sign in"_s));

    unlockAs(*window, kDeskUser, kDeskPassword);
    QVERIFY(!window->isLocked());
    window->close();   // outside kiosk mode a signed-in staff member closes the window
    QCOMPARE(closed.count(), 1);
}

// Each button is live only when its action can go through, and a disabled one says why in its
// tooltip, its accessible description and the line under the buttons.
void TestCounterFlow::cardActionsSayWhyTheyAreUnavailable()
{
    auto window = signedInWindow(kDeskUser);
    QVERIFY(window);
    auto* verify = window->findChild<QPushButton*>(u"verifyButton"_s);
    auto* notOnRecord = window->findChild<QPushButton*>(u"notOnRecordButton"_s);
    auto* waiver = window->findChild<QPushButton*>(u"printWaiverButton"_s);
    auto* requestForm = window->findChild<QPushButton*>(u"printRequestFormButton"_s);
    auto* hint = window->findChild<QLabel*>(u"cardActionsHint"_s);
    QVERIFY(verify && notOnRecord && waiver && requestForm && hint);

    // No student yet: nothing is live ("No student with id ." was the old answer).
    for (QPushButton* button : {verify, notOnRecord, waiver, requestForm}) {
        QVERIFY2(!button->isEnabled(), qPrintable(button->objectName()));
        QVERIFY(button->toolTip().contains(u"Find a student first"_s));
        QCOMPARE(button->accessibleDescription(), button->toolTip());
    }

    openKnownStudent(*window);
    QVERIFY(notOnRecord->isEnabled());
    QVERIFY(requestForm->isEnabled());
    QVERIFY(!verify->isEnabled());
    QVERIFY(!waiver->isEnabled());
    QVERIFY(verify->toolTip().contains(u"Choose an adult"_s));
    QVERIFY(hint->isVisibleTo(window.get()));
    QVERIFY(hint->text().contains(u"Choose an adult"_s));

    // The father is under a no-contact order: no key-by-mail form, and the button says so
    // before any print dialog. Verifying stays possible: it records the refusal.
    chooseAdult(*window, kFatherFirst);
    QVERIFY(!waiver->isEnabled());
    QVERIFY2(waiver->toolTip().startsWith(u"No key-by-mail form for "_s + kFatherFirst), qPrintable(waiver->toolTip()));
    QVERIFY(hint->text().contains(u"No key-by-mail form"_s));
    QVERIFY(verify->isEnabled());
    QVERIFY(verify->toolTip().contains(u"records the refusal"_s));

    chooseAdult(*window, kMotherFirst);
    QVERIFY(waiver->isEnabled());
    QVERIFY(verify->isEnabled());
    QVERIFY(!hint->isVisibleTo(window.get()));

    // A letter printer prints forms but does not verify.
    auto printer = signedInWindow(kPrinterUser);
    QVERIFY(printer);
    openKnownStudent(*printer);
    chooseAdult(*printer, kMotherFirst);
    auto* printerVerify = printer->findChild<QPushButton*>(u"verifyButton"_s);
    QVERIFY(!printerVerify->isEnabled());
    QCOMPARE(printerVerify->toolTip(), u"Only front desk staff verify adults."_s);
    QVERIFY(printer->findChild<QPushButton*>(u"printWaiverButton"_s)->isEnabled());
    QVERIFY(printer->findChild<QLabel*>(u"cardActionsHint"_s)->text().contains(u"Only front desk staff verify"_s));
    // Enter on the adult does nothing for them either.
    printer->verifyChosenAdult();
    QVERIFY(!printer->verificationWizard());
}

void TestCounterFlow::letterQueueIsClosedToALockedKiosk()
{
    auto window = signedInWindow(kPrinterUser);
    QVERIFY(window);
    auto* queue = window->findChild<QAction*>(u"letterQueueAction"_s);
    QVERIFY(queue->isEnabled());
    window->lock();
    QVERIFY(!queue->isEnabled());
    queue->trigger();
    for (QWidget* w : QApplication::topLevelWidgets())
        QVERIFY2(!(qobject_cast<LetterQueueDialog*>(w) && w->isVisible()), "the queue opened over the lock");
}

// Alt+letter must do one thing: two buttons sharing a letter make the key cycle between them.
void TestCounterFlow::letterQueueAcceleratorsAreUnique()
{
    auto window = signedInWindow(kPrinterUser);
    QVERIFY(window);
    QPointer<LetterQueueDialog> dialog = LetterQueueDialog::showQueue(window.get(), *m_db, window->actor());
    QVERIFY(dialog);
    QHash<QChar, QString> owners;
    for (QAbstractButton* button : dialog->findChildren<QAbstractButton*>()) {
        if (!button->isVisibleTo(dialog))
            continue;
        const QString text = button->text();
        const qsizetype amp = text.indexOf(u'&');
        if (amp < 0 || amp + 1 >= text.size())
            continue;
        const QChar key = text.at(amp + 1).toLower();
        QVERIFY2(!owners.contains(key),
                 qPrintable(u"Alt+%1 is both \"%2\" and \"%3\""_s.arg(key).arg(owners.value(key), text)));
        owners.insert(key, text);
    }
    QVERIFY(owners.size() >= 5);
    dialog->close();
}

// The machine runs a German locale; the district writes dates month first, then changes to day
// first. Search, the card and the list follow the district.
void TestCounterFlow::datesFollowTheDistrictNotTheMachine()
{
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    const auto restore = qScopeGuard([] { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); });
    auto window = signedInWindow(kDeskUser);
    QVERIFY(window);
    auto* edit = window->findChild<QLineEdit*>(u"searchEdit"_s);
    edit->setText(u"03/04/2015"_s);   // March 4, 2015: the known student's birthday
    window->searchNow();
    QVERIFY(window->searchModel()->rowCount() >= 1);
    QStringList ids;
    for (int row = 0; row < window->searchModel()->rowCount(); ++row)
        ids << window->searchModel()->hitAt(row)->studentId;
    QVERIFY(ids.contains(kStudentId));
    QCOMPARE(window->searchModel()->index(ids.indexOf(kStudentId), StudentSearchModel::DateOfBirthColumn).data().toString(),
             u"03/04/2015"_s);

    const Actor admin = m_staff->actorFor(m_staff->find(kAdminUser).value());
    QVERIFY(Settings(*m_db).set(admin, Settings::DateFormat, u"dmy"_s).ok());
    auto dayFirst = signedInWindow(kDeskUser);
    auto* dayFirstEdit = dayFirst->findChild<QLineEdit*>(u"searchEdit"_s);
    dayFirstEdit->setText(u"04/03/2015"_s);
    dayFirst->searchNow();
    ids.clear();
    for (int row = 0; row < dayFirst->searchModel()->rowCount(); ++row)
        ids << dayFirst->searchModel()->hitAt(row)->studentId;
    QVERIFY(ids.contains(kStudentId));
    dayFirst->openRow(ids.indexOf(kStudentId));
    QVERIFY(visibleTexts(dayFirst->cardWidget()).contains(u"4 März 2015"_s));
    QVERIFY(Settings(*m_db).set(admin, Settings::DateFormat, u"us"_s).ok());
}

void TestCounterFlow::windowTitleNamesTheSchool()
{
    auto window = signedInWindow(kDeskUser);
    QVERIFY(window);
    QCOMPARE(window->windowTitle(), u"GuardianDesk — Demo Elementary School"_s);
}

// Outside kiosk mode: maximized the first time, then where each staff member left it.
void TestCounterFlow::windowRemembersEachStaffMembersGeometry()
{
    {
        auto window = signedInWindow(kDeskUser);
        QVERIFY(window);
        window->hide();
        window->showForStaff();
        QVERIFY(window->windowState() & Qt::WindowMaximized);
        window->showNormal();
        window->setGeometry(40, 50, 900, 650);
        QTRY_COMPARE(window->size(), QSize(900, 650));
        window->close();
    }
    {
        auto again = signedInWindow(kDeskUser);
        again->hide();
        again->showForStaff();
        QVERIFY(!(again->windowState() & Qt::WindowMaximized));
        QCOMPARE(again->size(), QSize(900, 650));
    }
    auto colleague = signedInWindow(kAdminUser);
    colleague->hide();
    colleague->showForStaff();
    QVERIFY(colleague->windowState() & Qt::WindowMaximized);
}

void TestCounterFlow::secondStartBringsTheFirstForward()
{
    const QString path = m_dir->filePath(u"guardiandesk.db"_s);
    SingleInstance first(path);
    QVERIFY(first.claim());
    QSignalSpy raised(&first, &SingleInstance::raiseRequested);
    SingleInstance second(path);
    QVERIFY(!second.claim());
    QVERIFY(raised.wait(5000));
    // Another database is another kiosk.
    QTemporaryDir other;
    SingleInstance elsewhere(other.filePath(u"guardiandesk.db"_s));
    QVERIFY(elsewhere.claim());
    QVERIFY(!first.serverName().contains(u"guardiandesk.db"_s));   // the path stays private
}

// The idle lock throws an open verification away: a warning comes first, any key keeps the
// visit, and after a lock the screen says what was lost.
void TestCounterFlow::idleLockWarnsBeforeDiscardingAVisit()
{
    using namespace std::chrono_literals;
    auto window = signedInWindow(kDeskUser);
    QVERIFY(window);
    IdleLock* idle = window->idleLock();
    idle->setTimeout(120s);
    QCOMPARE(idle->warningLead(), std::chrono::milliseconds(60s));
    idle->setTimeout(40s);
    QCOMPARE(idle->warningLead(), std::chrono::milliseconds(20s));
    const auto warningBox = [] {
        for (QWidget* w : QApplication::topLevelWidgets()) {
            if (w->objectName() == u"idleWarning"_s && w->isVisible())
                return qobject_cast<QMessageBox*>(w);
        }
        return static_cast<QMessageBox*>(nullptr);
    };

    // Nothing open: nothing to warn about.
    idle->triggerWarning();
    QVERIFY(!warningBox());

    openKnownStudent(*window);
    chooseAdult(*window, kMotherFirst);
    window->verifyChosenAdult();
    QPointer<VerificationWizard> wizard = window->verificationWizard();
    QVERIFY(wizard);
    QTRY_VERIFY(wizard->isVisible());
    idle->triggerWarning();
    QMessageBox* box = warningBox();
    QVERIFY(box);
    QVERIFY(box->text().contains(u"will be discarded"_s));
    QVERIFY(box->text().contains(u"seconds"_s));
    QTest::keyClick(wizard, Qt::Key_Shift);   // someone is still there
    QTRY_VERIFY(!warningBox());
    QVERIFY(wizard && wizard->isVisible());

    idle->triggerWarning();
    QVERIFY(warningBox());
    idle->trigger();   // nobody came back
    QVERIFY(window->isLocked());
    QTRY_VERIFY(!warningBox());
    QVERIFY(window->lockScreen()->notice().contains(u"discarded"_s));
    QVERIFY(window->lockScreen()->findChild<QLabel*>(u"lockNotice"_s)->isVisibleTo(window.get()));

    unlockAs(*window, kDeskUser, kDeskPassword);
    QVERIFY(!window->isLocked());
    QVERIFY(window->lockScreen()->notice().isEmpty());
}

// On a small screen at 150% two buttons side by side would push the window past the screen's
// edge: below that width they stack, and every button stays inside the window.
void TestCounterFlow::cardButtonsStackWhenTheWindowIsNarrow()
{
    auto window = signedInWindow(kDeskUser);
    QVERIFY(window);
    openKnownStudent(*window);
    auto* verify = window->findChild<QPushButton*>(u"verifyButton"_s);
    auto* notOnRecord = window->findChild<QPushButton*>(u"notOnRecordButton"_s);
    auto* requestForm = window->findChild<QPushButton*>(u"printRequestFormButton"_s);
    window->resize(1400, 800);
    QTRY_COMPARE(window->width(), 1400);
    QTRY_COMPARE(verify->geometry().top(), notOnRecord->geometry().top());   // side by side

    window->resize(100, 800);   // as narrow as the window allows
    QTRY_VERIFY(notOnRecord->geometry().top() > verify->geometry().top());
    QCOMPARE(notOnRecord->geometry().left(), verify->geometry().left());
    const QRect inside = window->rect();
    for (QPushButton* button : {verify, notOnRecord, requestForm}) {
        const QRect r(button->mapTo(window.get(), QPoint(0, 0)), button->size());
        QVERIFY2(inside.contains(r), qPrintable(button->objectName()));
    }
    window->resize(1400, 800);
    QTRY_COMPARE(verify->geometry().top(), notOnRecord->geometry().top());
}


// The ID-type list took "CA" unseen because nothing showed it had the keyboard: every kind of
// control draws a ring of the highlight colour when it has the focus, and none without it.
void TestCounterFlow::theKeyboardFocusIsPlainToSee()
{
    KioskStyle style;
    QWidget form;
    form.setStyle(&style);
    auto* layout = new QVBoxLayout(&form);
    auto* button = new QPushButton(u"Next"_s);
    auto* combo = new QComboBox;
    combo->addItems({u"Driver's license"_s, u"Consular ID"_s});
    auto* edit = new QLineEdit(u"CA"_s);
    auto* check = new QCheckBox(u"The photo matches"_s);
    const QList<QWidget*> controls{button, combo, edit, check};
    for (QWidget* w : controls) {
        w->setStyle(&style);
        layout->addWidget(w);
    }
    form.show();
    form.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&form));
    // Pixels of the highlight colour (the ring's colour) in a picture of the control.
    const auto ringPixels = [](QWidget* w) {
        const QImage image = w->grab().toImage();
        const QRgb ring = w->palette().color(QPalette::Active, QPalette::Highlight).rgb();
        int n = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x)
                n += (image.pixel(x, y) & 0xffffff) == (ring & 0xffffff) ? 1 : 0;
        }
        return n;
    };
    for (QWidget* w : controls) {
        QWidget* elsewhere = w == button ? static_cast<QWidget*>(edit) : button;
        elsewhere->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(elsewhere->hasFocus());
        const int without = ringPixels(w);
        w->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(w->hasFocus());
        const int with = ringPixels(w);
        // A ring two pixels wide around the control (its text box for a check box).
        const int ringAtLeast = 2 * (w == check ? w->height() : (w->width() + w->height()));
        QVERIFY2(with - without >= ringAtLeast,
                 qPrintable(u"%1: %2 ring pixels with the focus, %3 without"_s.arg(describe(w)).arg(with).arg(without)));
    }
}

QTEST_MAIN(TestCounterFlow)
#include "TestCounterFlow.moc"
