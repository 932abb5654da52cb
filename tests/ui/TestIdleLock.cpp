// The idle lock with something open on top of the kiosk: the counter's print dialog (the lock
// fires from its own timer while the dialog waits in its event loop), the wizard and its
// question, a message box, the letter queue with its print dialog, void dialog and preview, a
// form's print dialog, a list that dropped down. After each: the lock screen is the only
// visible window, no dialog is left, nothing freed is used (run under valgrind or ASan), and
// the kiosk unlocks and works again.

#include "UiTestSupport.h"

#include "core/crypto/RsaOaep.h"
#include "storage/Settings.h"
#include "ui/AdultsModel.h"
#include "ui/CounterPrinter.h"
#include "ui/IdleLock.h"
#include "ui/KioskStyle.h"
#include "ui/LockScreen.h"
#include "ui/LoginForm.h"
#include "ui/MainWindow.h"
#include "ui/MessageBox.h"
#include "ui/StudentCardWidget.h"
#include "ui/StudentSearchModel.h"
#include "ui/Translations.h"
#include "ui/letters/VoidLetterDialog.h"
#include "ui/wizard/IdDocumentPage.h"
#include "ui/wizard/VerificationWizard.h"
#include "ui/wizard/WizardPageId.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QDialog>
#include <QMessageBox>
#include <QPointer>
#include <QPrintDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QStatusBar>
#include <QTimer>
#include <QtTest>

#include <functional>

using namespace gd;
using namespace gd::test;
using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;

namespace {

// Verifies, queues and prints at the counter; may void and print queued letters.
const QString kAllRolesUser = u"desk.allroles"_s;
const QString kAllRolesPassword = u"All-Roles-Pass-9"_s;

} // namespace

class TestIdleLock : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void lockClosesTheCounterPrintDialog();
    void lockClosesTheWizardAndItsQuestion();
    void lockClosesAMessageBoxOverTheKiosk();
    void lockClosesTheLetterQueuePrintDialog();
    void lockClosesTheVoidDialog();
    void lockClosesThePreview();
    void lockClosesTheFormPrintDialog();
    void lockClosesADroppedDownList();

private:
    std::unique_ptr<MainWindow> signedInWindow();
    void openStudent(MainWindow& window);
    VerificationWizard* wizardAtKeysPage(MainWindow& window);
    void queueOneLetter(MainWindow& window);
    QPushButton* queueButtonForOneLetter(MainWindow& window, const QString& buttonName);
    void lockOnceShown(MainWindow& window, const std::function<QWidget*()>& find);
    void checkOnlyTheLockScreen(MainWindow& window);
    void unlockAndSearch(MainWindow& window);
    int count(const QString& sql);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<StaffService> m_staff;
    QTemporaryDir m_keyDir;
    QString m_publicKeyPath;
    QPointer<QWidget> m_seen;    // the window that was open when the lock fired (null once deleted)
    bool m_wasOpen = false;      // ...and that there was one
    bool m_forcedClose = false;  // the lock did not close it: the test's safety net did
    QObject* m_timers = nullptr; // owns the test's timers: none outlives its test
};

void TestIdleLock::initTestCase()
{
    QVERIFY(useEnglishKiosk());
    const auto keys = writeDistrictKeys(m_keyDir);
    QVERIFY(keys);
    m_publicKeyPath = keys->publicKeyPath;
}

void TestIdleLock::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = seededDatabase(*m_dir);
    QVERIFY(m_db);
    m_staff = std::make_unique<StaffService>(*m_db);
    QVERIFY(addStaff(*m_db));
    const Actor admin = m_staff->actorFor(m_staff->find(kAdminUser).value());
    QVERIFY(m_staff->add(admin, kAllRolesUser, u"Sam Everything"_s,
                         Roles(Role::FrontDesk) | Role::LetterPrinter | Role::Administrator, kAllRolesPassword));
    QVERIFY(Settings(*m_db).set(admin, Settings::DistrictPublicKeyFile, m_publicKeyPath).ok());
    m_seen.clear();
    m_wasOpen = false;
    m_forcedClose = false;
    m_timers = new QObject(this);
}

void TestIdleLock::cleanup()
{
    delete m_timers;
    m_timers = nullptr;
    // Whatever a failed test left open must not reach the next one.
    for (QWidget* w : QApplication::topLevelWidgets()) {
        if (auto* dialog = qobject_cast<QDialog*>(w); dialog && dialog->isVisible())
            dialog->reject();
    }
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    m_staff.reset();
    m_db.reset();
    m_dir.reset();
}

std::unique_ptr<MainWindow> TestIdleLock::signedInWindow()
{
    auto member = m_staff->find(kAllRolesUser);
    if (!member)
        return nullptr;
    auto window = std::make_unique<MainWindow>(*m_db, *m_staff, member.value());
    window->resize(1280, 800);
    window->show();
    return window;
}

int TestIdleLock::count(const QString& sql)
{
    auto q = m_db->exec(sql);
    return q && q->next() ? q->value(0).toInt() : -1;
}

void TestIdleLock::openStudent(MainWindow& window)
{
    window.findChild<QLineEdit*>(u"searchEdit"_s)->setText(kStudentId);
    window.searchNow();
    QCOMPARE(window.searchModel()->rowCount(), 1);
    window.openRow(0);
    QCOMPARE(window.cardWidget()->studentId(), kStudentId);
    AdultsModel* adults = window.cardWidget()->adultsModel();
    auto* view = qobject_cast<QAbstractItemView*>(window.cardWidget()->adultsView());
    for (int row = 0; row < adults->rowCount(); ++row) {
        const QModelIndex name = adults->index(row, AdultsModel::NameColumn);
        if (name.data().toString().startsWith(kMotherFirst))
            view->setCurrentIndex(name);
    }
}

// The mother, verified in person with her ID, up to the page that issues the keys.
VerificationWizard* TestIdleLock::wizardAtKeysPage(MainWindow& window)
{
    openStudent(window);
    window.verifyChosenAdult();
    VerificationWizard* wizard = window.verificationWizard();
    if (!wizard || !QTest::qWaitForWindowExposed(wizard))
        return nullptr;
    const auto forward = [wizard] {
        for (auto which : {QWizard::CommitButton, QWizard::NextButton}) {
            QAbstractButton* b = wizard->button(which);
            if (b->isVisible() && b->isEnabled()) {
                b->click();
                return;
            }
        }
    };
    for (int step = 0; step < 4 && wizard->currentId() < IdDocumentPageId; ++step)
        forward();
    if (wizard->currentId() != IdDocumentPageId)
        return nullptr;
    IdDocumentPage* page = wizard->idDocumentPage();
    auto* type = page->findChild<QComboBox*>(u"idTypeCombo"_s);
    type->setCurrentIndex(type->findData(int(IdType::DriversLicense)));
    const QList<std::pair<QString, QString>> fields = {
        {u"issuerEdit"_s, u"CA"_s}, {u"last4Edit"_s, u"4567"_s},
        {u"expiryEdit"_s, QDate::currentDate().addYears(3).toString(u"MM/dd/yyyy"_s)},
        {u"givenNamesEdit"_s, kMotherFirst}, {u"familyNamesEdit"_s, kStudentLast}};
    for (const auto& [name, text] : fields)
        QTest::keyClicks(page->findChild<QLineEdit*>(name), text);
    for (int step = 0; step < 8 && wizard->currentId() != KeysPageId; ++step) {
        if (wizard->currentId() == AttestationPageId)
            wizard->currentPage()->findChild<QRadioButton*>(u"matchesRadio"_s)->click();
        forward();
    }
    return wizard->currentId() == KeysPageId ? wizard : nullptr;
}

// A letter in the queue, made the way the front desk makes one.
void TestIdleLock::queueOneLetter(MainWindow& window)
{
    VerificationWizard* wizard = wizardAtKeysPage(window);
    QVERIFY(wizard);
    wizard->currentPage()->findChild<QRadioButton*>(u"queueRadio"_s)->click();
    wizard->button(QWizard::CommitButton)->click();
    QCOMPARE(wizard->currentId(), int(KeysIssuedPageId));
    wizard->button(QWizard::FinishButton)->click();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QCOMPARE(count(u"SELECT count(*) FROM letters WHERE state = 'queued'"_s), 1);
}

// The letter queue, open over the kiosk with its one letter chosen: the button asked for.
QPushButton* TestIdleLock::queueButtonForOneLetter(MainWindow& window, const QString& buttonName)
{
    queueOneLetter(window);
    if (QTest::currentTestFailed())
        return nullptr;
    window.showLetterQueue();
    auto* queue = window.findChild<QDialog*>(u"letterQueueDialog"_s);
    if (!queue || !QTest::qWaitForWindowExposed(queue))
        return nullptr;
    auto* view = queue->findChild<QAbstractItemView*>(u"lettersView"_s);
    const QModelIndex first = view->model()->index(0, 0);
    view->setCurrentIndex(first);
    view->selectionModel()->select(first, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    return queue->findChild<QPushButton*>(buttonName);
}

// Once `find` sees its window open, the idle lock's own timer is made to run out: it fires
// inside the event loop of whatever waits (a dialog's exec()), as it would after 120 s.
void TestIdleLock::lockOnceShown(MainWindow& window, const std::function<QWidget*()>& find)
{
    auto* poll = new QTimer(m_timers);
    poll->setInterval(5);
    connect(poll, &QTimer::timeout, m_timers, [this, poll, find, &window] {
        QWidget* shown = find();
        if (!shown || !shown->isVisible())
            return;
        m_seen = shown;
        m_wasOpen = true;
        poll->stop();
        window.idleLock()->setTimeout(1ms);
    });
    poll->start();
    // Never hang: should the lock not come, whatever waits is closed and the test fails.
    QTimer::singleShot(10000, m_timers, [this] {
        if (QWidget* modal = QApplication::activeModalWidget()) {
            m_forcedClose = true;
            modal->close();
        }
    });
}

void TestIdleLock::checkOnlyTheLockScreen(MainWindow& window)
{
    QVERIFY(window.isLocked());
    QVERIFY2(!m_forcedClose, "the lock left a dialog open: the test closed it after 10 s");
    QVERIFY(window.lockScreen()->isVisible());
    QVERIFY(!QApplication::activePopupWidget());
    QVERIFY(!QApplication::activeModalWidget());
    // Checked before and after the deferred deletes: nothing waits to be closed later.
    for (int pass = 0; pass < 2; ++pass) {
        for (QWidget* w : QApplication::topLevelWidgets()) {
            if (!w->isVisible())
                continue;
            QVERIFY2(w == &window, qPrintable(u"still over the lock screen: "_s + describe(w)));
            QVERIFY2(!qobject_cast<QDialog*>(w), qPrintable(describe(w)));
        }
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QCoreApplication::processEvents();
    }
    QVERIFY(!window.verificationWizard());
    const QStringList leaks = leaksOf(visibleTexts(&window), {kStudentFirst, kStudentLast, kMotherFirst, kStudentId});
    QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u" | "_s)));
}

// After the lock the kiosk works as before: sign in again and find the student.
void TestIdleLock::unlockAndSearch(MainWindow& window)
{
    LoginForm* form = window.lockScreen()->form();
    form->findChild<QLineEdit*>(u"userNameEdit"_s)->setText(kAllRolesUser);
    auto* password = form->findChild<QLineEdit*>(u"passwordEdit"_s);
    password->setText(kAllRolesPassword);
    QTest::keyClick(password, Qt::Key_Return);
    QVERIFY(!window.isLocked());
    QVERIFY(window.idleLock()->isArmed());
    QCOMPARE(window.idleLock()->timeout(), 120s);   // the setting again, not the test's 1 ms
    openStudent(window);
    QVERIFY(window.cardWidget()->hasStudent());
}

// The hardest case: print-now at the counter runs QPrintDialog::exec() from inside the wizard's
// keys page. The lock closes the dialog; the wizard, its page and its session stay alive until
// that code has returned, then go.
void TestIdleLock::lockClosesTheCounterPrintDialog()
{
    auto window = signedInWindow();
    QVERIFY(window);
    CounterPrinter printer(*m_db, window.get(), [&window] { return window->actor(); });
    window->setPrintNow(printer.seam());
    QPointer<VerificationWizard> wizard = wizardAtKeysPage(*window);
    QVERIFY(wizard);
    QVERIFY(wizard->currentPage()->findChild<QRadioButton*>(u"printNowRadio"_s)->isChecked());

    lockOnceShown(*window, [&window] { return window->findChild<QPrintDialog*>(u"counterPrintDialog"_s); });
    wizard->button(QWizard::CommitButton)->click();   // issue keys and print: the dialog waits

    QVERIFY2(m_wasOpen, "the counter's print dialog never opened");
    QVERIFY(window->isLocked());
    checkOnlyTheLockScreen(*window);
    QVERIFY(!wizard);
    QVERIFY(!m_seen);   // gone, not merely hidden
    QCOMPARE(count(u"SELECT count(*) FROM letters WHERE state = 'printed'"_s), 0);
    unlockAndSearch(*window);
}

void TestIdleLock::lockClosesTheWizardAndItsQuestion()
{
    auto window = signedInWindow();
    QVERIFY(window);
    QPointer<VerificationWizard> wizard = wizardAtKeysPage(*window);
    QVERIFY(wizard);
    lockOnceShown(*window, [] { return qobject_cast<QMessageBox*>(QApplication::activeModalWidget()); });
    wizard->reject();   // Cancel: "stop the verification?" waits for an answer
    QVERIFY2(m_wasOpen, "the question never opened");
    checkOnlyTheLockScreen(*window);
    QVERIFY(!wizard);
    unlockAndSearch(*window);
}

void TestIdleLock::lockClosesAMessageBoxOverTheKiosk()
{
    auto window = signedInWindow();
    QVERIFY(window);
    openStudent(*window);
    lockOnceShown(*window, [] { return qobject_cast<QMessageBox*>(QApplication::activeModalWidget()); });
    const auto answer = MessageBox::question(window.get(), u"Question"_s, u"Go on?"_s);
    QVERIFY2(m_wasOpen, "the message box never opened");
    QVERIFY(answer != QMessageBox::Yes);   // a box the lock closed never answers yes
    checkOnlyTheLockScreen(*window);
    unlockAndSearch(*window);
}

void TestIdleLock::lockClosesTheLetterQueuePrintDialog()
{
    auto window = signedInWindow();
    QVERIFY(window);
    QPushButton* printSelected = queueButtonForOneLetter(*window, u"printSelectedButton"_s);
    QVERIFY(printSelected && printSelected->isEnabled());
    lockOnceShown(*window, [&window] { return window->findChild<QPrintDialog*>(u"letterPrintDialog"_s); });
    printSelected->click();
    QVERIFY2(m_wasOpen, "the letter queue's print dialog never opened");
    checkOnlyTheLockScreen(*window);
    QVERIFY(!window->findChild<QDialog*>(u"letterQueueDialog"_s));
    QCOMPARE(count(u"SELECT count(*) FROM letters WHERE state = 'queued'"_s), 1);
    unlockAndSearch(*window);
}

void TestIdleLock::lockClosesTheVoidDialog()
{
    auto window = signedInWindow();
    QVERIFY(window);
    QPushButton* voidButton = queueButtonForOneLetter(*window, u"voidButton"_s);
    QVERIFY(voidButton && voidButton->isEnabled());
    lockOnceShown(*window, [&window] { return window->findChild<VoidLetterDialog*>(); });
    voidButton->click();
    QVERIFY2(m_wasOpen, "the void dialog never opened");
    checkOnlyTheLockScreen(*window);
    QCOMPARE(count(u"SELECT count(*) FROM letters WHERE state = 'voided'"_s), 0);
    unlockAndSearch(*window);
}

void TestIdleLock::lockClosesThePreview()
{
    auto window = signedInWindow();
    QVERIFY(window);
    QPushButton* previewButton = queueButtonForOneLetter(*window, u"previewButton"_s);
    QVERIFY(previewButton && previewButton->isEnabled());
    previewButton->click();
    QPointer<QDialog> preview = window->findChild<QDialog*>(u"letterPreview"_s);
    QVERIFY(preview && QTest::qWaitForWindowExposed(preview));
    window->idleLock()->setTimeout(1ms);
    QTRY_VERIFY(window->isLocked());
    checkOnlyTheLockScreen(*window);
    QVERIFY(!preview);
    unlockAndSearch(*window);
}

void TestIdleLock::lockClosesTheFormPrintDialog()
{
    auto window = signedInWindow();
    QVERIFY(window);
    openStudent(*window);
    auto* waiverButton = window->findChild<QPushButton*>(u"printWaiverButton"_s);
    QVERIFY(waiverButton && waiverButton->isEnabled());
    lockOnceShown(*window, [&window] { return window->findChild<QPrintDialog*>(u"formPrintDialog"_s); });
    waiverButton->click();
    QVERIFY2(m_wasOpen, "the form's print dialog never opened");
    checkOnlyTheLockScreen(*window);
    QVERIFY(window->statusBar()->currentMessage().isEmpty());
    QCOMPARE(count(u"SELECT count(*) FROM outbox WHERE type = 'waiver.issued'"_s), 0);
    unlockAndSearch(*window);
}

void TestIdleLock::lockClosesADroppedDownList()
{
    auto window = signedInWindow();
    QVERIFY(window);
    openStudent(*window);
    window->verifyChosenAdult();
    QPointer<VerificationWizard> wizard = window->verificationWizard();
    QVERIFY(wizard && QTest::qWaitForWindowExposed(wizard));
    for (int step = 0; step < 4 && wizard->currentId() < IdDocumentPageId; ++step)
        wizard->button(QWizard::NextButton)->click();
    QCOMPARE(wizard->currentId(), int(IdDocumentPageId));
    auto* type = wizard->idDocumentPage()->findChild<QComboBox*>(u"idTypeCombo"_s);
    type->showPopup();
    QTRY_VERIFY(QApplication::activePopupWidget());
    window->idleLock()->setTimeout(1ms);
    QTRY_VERIFY(window->isLocked());
    checkOnlyTheLockScreen(*window);
    QVERIFY(!wizard);
    unlockAndSearch(*window);
}

QTEST_MAIN(TestIdleLock)
#include "TestIdleLock.moc"
