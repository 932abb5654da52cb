// The verification wizard as the front desk uses it: each method through to issued keys, the
// refusals that end the visit, the checks that keep a page from going on, the keyboard alone,
// the idle lock, and never a secret on screen.

#include "UiTestSupport.h"

#include "core/AccessKeyGenerator.h"
#include "core/crypto/RsaOaep.h"
#include "storage/AccessKeyIssuer.h"
#include "printing/LetterDocument.h"
#include "services/LetterPrinting.h"
#include "storage/LetterQueue.h"
#include "storage/Settings.h"
#include "ui/AdultsModel.h"
#include "ui/IdleLock.h"
#include "ui/KioskStyle.h"
#include "ui/MainWindow.h"
#include "ui/MessageBox.h"
#include "ui/StudentCardWidget.h"
#include "ui/StudentSearchModel.h"
#include "ui/Translations.h"
#include "ui/wizard/IdDocumentPage.h"
#include "ui/wizard/SecurityQuestionsPage.h"
#include "ui/wizard/VerificationWizard.h"
#include "ui/wizard/WizardPageId.h"

#include <QAbstractItemView>
#include <QBuffer>
#include <QComboBox>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QScreen>
#include <QMessageBox>
#include <QTableView>
#include <QTimer>
#include <QTranslator>
#include <QGroupBox>
#include <QtTest>

using namespace gd;
using namespace gd::test;
using namespace Qt::Literals::StringLiterals;

namespace {

const QString kMother = u"Ifeoma Okonkwo-Reyes"_s;
const QString kStudent = u"Valentina Okonkwo-Reyes"_s;

QDate todayUtc()
{
    return QDateTime::currentDateTimeUtc().date();
}

QString typedDate(const QDate& date)
{
    return date.toString(u"MM/dd/yyyy"_s);   // the US order the test locale types
}

} // namespace

class TestVerificationWizard : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void inPersonThroughToQueuedKeys();
    void videoWithQuestionsThroughToQueuedKeys();
    void mailWaiverThroughToQueuedKeys();
    void printNowHandsTheKeysToThePrinter();
    void printerFailureLetsTheKeysBeIssuedAgain();
    void noContactAdultEndsAtEligibility();
    void adultNotOnRecordGetsTheRequestForm();
    void nameMismatchNeedsAReasonOrEndsTheVisit();
    void expiredIdIsRefused();
    void expiredIdWithSupervisorOverride();
    void lastFourOfThreeKeepsNextDisabled();
    void photoThatDoesNotMatchIsRefused();
    void badInputAtTheEndKeepsThePageOpen();
    void scannedDocumentIsCapturedByBarcode();
    void keyboardOnlyWholeFlowOnTheSmallestScreen();
    void escapeAsksBeforeDroppingTheVisit();
    void idleLockClosesTheWizard();
    void lockWhileAskingToStop();
    void everyInteractiveWidgetHasAnAccessibleName();
    void onlyFrontDeskMayStartAVerification();
    void spanishWizard();

private:
    std::unique_ptr<MainWindow> signedInWindow(const QString& user = kDeskUser);
    void openStudent(MainWindow& window);
    VerificationWizard* startWizard(MainWindow& window, const QString& adultFirstName);
    static QAbstractButton* forwardButton(VerificationWizard* wizard);
    static bool advance(VerificationWizard* wizard);
    static void fillId(VerificationWizard* wizard, const QString& given, const QString& family,
                       const QDate& expires, const QString& last4 = u"4567"_s);
    static QString pageText(QWidget* page);
    void snap(QWidget* widget, const QString& name);
    QStringList printQueuedAndRecoverSecrets();
    Status printAtCounter(MainWindow& window, const QString& letterId, QBuffer& pdf);
    int count(const QString& sql);
    QString scalar(const QString& sql);
    static QStringList everyTopLevelText();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<StaffService> m_staff;
    QTemporaryDir m_keyDir;
    QString m_publicKeyPath;
    QByteArray m_districtPrivate;   // the district's half: opens the secrets the kiosk sealed
    QString m_screenshots;   // GD_WIZARD_SCREENSHOTS: where to save the pages as PNG
};

void TestVerificationWizard::initTestCase()
{
    QVERIFY(useEnglishKiosk());
    MessageBox::clearLastText();

    // The district's key pair: the kiosk seals every secret to the public half.
    const auto keys = writeDistrictKeys(m_keyDir);
    QVERIFY(keys);
    m_districtPrivate = keys->privatePem;
    m_publicKeyPath = keys->publicKeyPath;

    m_screenshots = qEnvironmentVariable("GD_WIZARD_SCREENSHOTS");
    if (!m_screenshots.isEmpty())
        QDir().mkpath(m_screenshots);
}

void TestVerificationWizard::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = seededCounterDatabase(*m_dir, m_publicKeyPath);
    QVERIFY(m_db);
    m_staff = std::make_unique<StaffService>(*m_db);
}

void TestVerificationWizard::cleanup()
{
    // A wizard left open by a failed test must not leak into the next one.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    m_staff.reset();
    m_db.reset();
    m_dir.reset();
}

std::unique_ptr<MainWindow> TestVerificationWizard::signedInWindow(const QString& user)
{
    auto member = m_staff->find(user);
    if (!member)
        return nullptr;
    auto window = std::make_unique<MainWindow>(*m_db, *m_staff, member.value());
    window->resize(1280, 800);
    window->show();
    return window;
}

void TestVerificationWizard::openStudent(MainWindow& window)
{
    window.findChild<QLineEdit*>(u"searchEdit"_s)->setText(kStudentId);
    window.searchNow();
    QCOMPARE(window.searchModel()->rowCount(), 1);
    window.openRow(0);
    QCOMPARE(window.cardWidget()->studentId(), kStudentId);
}

VerificationWizard* TestVerificationWizard::startWizard(MainWindow& window, const QString& adultFirstName)
{
    openStudent(window);
    AdultsModel* adults = window.cardWidget()->adultsModel();
    auto* view = qobject_cast<QAbstractItemView*>(window.cardWidget()->adultsView());
    for (int row = 0; row < adults->rowCount(); ++row) {
        if (adults->index(row, AdultsModel::NameColumn).data().toString().startsWith(adultFirstName))
            view->setCurrentIndex(adults->index(row, AdultsModel::NameColumn));
    }
    auto* verify = window.findChild<QPushButton*>(u"verifyButton"_s);
    if (!verify || !verify->isEnabled())
        return nullptr;
    snap(&window, u"0-main-window"_s);
    QTest::mouseClick(verify, Qt::LeftButton);
    VerificationWizard* wizard = window.verificationWizard();
    if (wizard && !QTest::qWaitForWindowExposed(wizard))
        return nullptr;
    return wizard;
}

// The button that moves on from the current page: Next, the page's commit button, or Finish.
QAbstractButton* TestVerificationWizard::forwardButton(VerificationWizard* wizard)
{
    for (auto which : {QWizard::CommitButton, QWizard::NextButton, QWizard::FinishButton}) {
        QAbstractButton* b = wizard->button(which);
        if (b->isVisible())
            return b;
    }
    return nullptr;
}

bool TestVerificationWizard::advance(VerificationWizard* wizard)
{
    QAbstractButton* b = forwardButton(wizard);
    if (!b || !b->isEnabled())
        return false;
    const int before = wizard->currentId();
    QTest::mouseClick(b, Qt::LeftButton);
    return wizard->currentId() != before || !wizard->isVisible();
}

void TestVerificationWizard::fillId(VerificationWizard* wizard, const QString& given, const QString& family,
                                    const QDate& expires, const QString& last4)
{
    IdDocumentPage* page = wizard->idDocumentPage();
    QCOMPARE(wizard->currentPage(), page);
    auto* type = page->findChild<QComboBox*>(u"idTypeCombo"_s);
    type->setCurrentIndex(type->findData(int(IdType::DriversLicense)));
    const auto type_ = [page](const char* name, const QString& text) {
        auto* edit = page->findChild<QLineEdit*>(QString::fromLatin1(name));
        QVERIFY2(edit, name);
        edit->selectAll();
        QTest::keyClicks(edit, text);
    };
    type_("issuerEdit", u"CA"_s);
    type_("last4Edit", last4);
    type_("expiryEdit", typedDate(expires));
    type_("givenNamesEdit", given);
    type_("familyNamesEdit", family);
}

// Every text a person reads on a page.
QString TestVerificationWizard::pageText(QWidget* page)
{
    QStringList texts;
    for (QLabel* label : page->findChildren<QLabel*>()) {
        if (label->isVisibleTo(page))
            texts << label->text();
    }
    return texts.join(u'\n');
}

void TestVerificationWizard::snap(QWidget* widget, const QString& name)
{
    if (m_screenshots.isEmpty())
        return;
    QTest::qWait(20);
    QVERIFY(widget->grab().save(QDir(m_screenshots).filePath(name + u".png"_s)));
}

// The letter printer prints every queued letter (into a PDF in memory, dropped); the keys made
// then are recovered the way the district opens them: what must never appear on any screen.
QStringList TestVerificationWizard::printQueuedAndRecoverSecrets()
{
    QStringList secrets;
    const Actor printer{u"printer"_s, {}, Roles(Role::LetterPrinter)};
    auto queued = LetterQueue(*m_db).list(printer);
    if (!queued)
        return secrets;
    QBuffer pdf;
    pdf.open(QIODevice::WriteOnly);
    auto document = LetterDocument::createPdf(&pdf);
    if (!document)
        return secrets;
    for (const QueuedLetter& letter : std::as_const(*queued))
        (void)LetterPrinting(*m_db).print(printer, letter.letterId, **document);
    (void)(*document)->finish();
    pdf.buffer().fill('\0');
    auto q = m_db->exec(u"SELECT json_extract(data, '$.sealed_secret') FROM outbox WHERE type = 'access_key.issued'"_s);
    if (!q)
        return secrets;
    while (q->next()) {
        auto opened = crypto::rsaOaepOpen(m_districtPrivate, QByteArray::fromBase64(q->value(0).toString().toLatin1()));
        if (!opened)
            continue;
        GeneratedKey key;
        key.kind = AccessKeyIssuer(*m_db).keyFormat().kind;
        key.secret = crypto::SecretBytes(QByteArray(*opened));
        secrets << QString::fromLatin1(*opened);
        secrets << key.printableLines();   // as printed: in groups
    }
    return secrets;
}

// The kiosk's counter printer, with a PDF in memory for paper.
Status TestVerificationWizard::printAtCounter(MainWindow& window, const QString& letterId, QBuffer& pdf)
{
    if (!pdf.isOpen())
        pdf.open(QIODevice::WriteOnly);
    auto document = LetterDocument::createPdf(&pdf);
    if (!document)
        return document.error();
    auto printed = LetterPrinting(*m_db).print(window.actor(), letterId, **document, LetterQueue::Purpose::Counter);
    if (!printed)
        return printed.error();
    if (auto f = (*document)->finish(); !f)
        return f;
    return printed->printed ? Status{} : Status(Error::failed(printed->message));
}

int TestVerificationWizard::count(const QString& sql)
{
    auto q = m_db->exec(sql);
    return q && q->next() ? q->value(0).toInt() : -1;
}

QString TestVerificationWizard::scalar(const QString& sql)
{
    auto q = m_db->exec(sql);
    return q && q->next() ? q->value(0).toString() : QString();
}

QStringList TestVerificationWizard::everyTopLevelText()
{
    QStringList texts;
    for (QWidget* w : QApplication::topLevelWidgets())
        texts << visibleTexts(w);
    return texts;
}

void TestVerificationWizard::inPersonThroughToQueuedKeys()
{
    auto window = signedInWindow();
    QVERIFY(window);
    VerificationWizard* wizard = startWizard(*window, kMotherFirst);
    QVERIFY(wizard);
    QCOMPARE(wizard->currentId(), int(StudentAdultPageId));
    QVERIFY(pageText(wizard->currentPage()).contains(kMother));
    QVERIFY(pageText(wizard->currentPage()).contains(kStudent));
    QVERIFY(pageText(wizard->currentPage()).contains(u"Mother"_s));
    snap(wizard, u"1-student-adult"_s);

    QVERIFY(advance(wizard));
    QCOMPARE(wizard->currentId(), int(EligibilityPageId));
    QVERIFY(pageText(wizard->currentPage()).contains(u"may be verified"_s));
    snap(wizard, u"2-eligibility"_s);

    QVERIFY(advance(wizard));
    QCOMPARE(wizard->currentId(), int(MethodPageId));
    QVERIFY(wizard->currentPage()->findChild<QRadioButton*>(u"inPersonRadio"_s)->isChecked());
    snap(wizard, u"3-method"_s);

    QVERIFY(advance(wizard));
    fillId(wizard, kMotherFirst.toUpper(), u"OKONKWO REYES"_s, todayUtc().addYears(3));
    QVERIFY(wizard->currentPage()->findChild<QLabel*>(u"capturedByValue"_s)->text().contains(u"Typed"_s));
    snap(wizard, u"4-id-document"_s);
    QVERIFY(advance(wizard));
    QCOMPARE(wizard->currentId(), int(ChecksPageId));
    QVERIFY(pageText(wizard->currentPage()).contains(u"matches the record"_s));
    snap(wizard, u"5-checks"_s);

    QVERIFY(advance(wizard));
    QCOMPARE(wizard->currentId(), int(SecurityQuestionsPageId));   // optional in person
    QVERIFY(pageText(wizard->currentPage()).contains(u"Optional"_s));
    QVERIFY(advance(wizard));

    QCOMPARE(wizard->currentId(), int(AttestationPageId));
    QCOMPARE(count(u"SELECT count(*) FROM verifications"_s), 0);   // nothing recorded before the attestation
    QVERIFY(!forwardButton(wizard)->isEnabled());                   // the staff member must say it
    wizard->currentPage()->findChild<QRadioButton*>(u"matchesRadio"_s)->click();
    QCOMPARE(forwardButton(wizard)->text(), u"&Verify"_s);
    snap(wizard, u"7-attestation"_s);
    QVERIFY(advance(wizard));

    QCOMPARE(wizard->currentId(), int(OutcomePageId));
    const QString outcome = pageText(wizard->currentPage());
    QVERIFY2(outcome.contains(u"Verified"_s), qPrintable(outcome));
    QVERIFY(outcome.contains(kMother + u" is verified for "_s + kStudent + u". Method: In person."_s));
    QVERIFY(!wizard->button(QWizard::BackButton)->isVisible() || !wizard->button(QWizard::BackButton)->isEnabled());
    QCOMPARE(scalar(u"SELECT outcome FROM verifications"_s), u"verified"_s);
    QCOMPARE(scalar(u"SELECT method FROM verifications"_s), u"in_person"_s);
    QCOMPARE(scalar(u"SELECT id_captured_by FROM verifications"_s), u"manual"_s);
    snap(wizard, u"8-outcome"_s);

    QVERIFY(advance(wizard));
    QCOMPARE(wizard->currentId(), int(KeysPageId));
    QWizardPage* keys = wizard->currentPage();
    // No printer seam on this kiosk: only the queue is offered.
    QVERIFY(!keys->findChild<QRadioButton*>(u"printNowRadio"_s)->isEnabled());
    QVERIFY(keys->findChild<QRadioButton*>(u"queueRadio"_s)->isChecked());
    QVERIFY(keys->findChild<QRadioButton*>(u"handOverRadio"_s)->isChecked());
    QCOMPARE(forwardButton(wizard)->text(), u"&Issue keys"_s);
    snap(wizard, u"9-keys"_s);
    QVERIFY(advance(wizard));

    QCOMPARE(wizard->currentId(), int(KeysIssuedPageId));
    const QString issued = pageText(wizard->currentPage());
    QVERIFY2(issued.contains(u"1 key issued"_s), qPrintable(issued));
    QVERIFY(issued.contains(kStudent));
    QVERIFY(issued.contains(kMarkupFirst));                 // the inactive child, left out, as plain text
    QVERIFY(issued.contains(u"The student is not currently enrolled."_s));
    QVERIFY(issued.contains(u"queued for the letter printer"_s));
    // The letter's number as the paper and the queue show it: school code and serial.
    QVERIFY2(issued.contains(QRegularExpression(u"Letter no\\. 1234-\\d{6} "_s)), qPrintable(issued));
    // Roster text is never read as markup, on any page or in the titles.
    for (int id : wizard->pageIds()) {
        for (QLabel* label : wizard->page(id)->findChildren<QLabel*>())
            QVERIFY2(label->textFormat() == Qt::PlainText, qPrintable(label->objectName()));
    }
    QCOMPARE(wizard->titleFormat(), Qt::PlainText);
    QCOMPARE(wizard->subTitleFormat(), Qt::PlainText);
    snap(wizard, u"10-keys-issued"_s);
    QCOMPARE(count(u"SELECT count(*) FROM letters WHERE state = 'queued' AND delivery = 'in_person'"_s), 1);

    // The secret is on its way to the letter printer, and on no screen.
    const QStringList secrets = printQueuedAndRecoverSecrets();
    QCOMPARE(secrets.size(), 2);   // one key: its canonical and its printed form
    QVERIFY(!secrets.first().isEmpty());
    const QStringList leaks = leaksOf(everyTopLevelText(), secrets);
    QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u" | "_s)));

    // Finish closes without a question; nothing of the visit stays in a widget.
    QVERIFY(advance(wizard));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QVERIFY(!window->verificationWizard());
}

void TestVerificationWizard::videoWithQuestionsThroughToQueuedKeys()
{
    auto window = signedInWindow();
    VerificationWizard* wizard = startWizard(*window, kMotherFirst);
    QVERIFY(wizard);
    QVERIFY(advance(wizard));
    QVERIFY(advance(wizard));
    auto* video = wizard->currentPage()->findChild<QRadioButton*>(u"videoRadio"_s);
    video->click();
    QVERIFY(pageText(wizard->currentPage()).contains(u"3 must be answered correctly"_s));
    QVERIFY(advance(wizard));
    fillId(wizard, kMotherFirst, kStudentLast, todayUtc().addYears(2));
    QVERIFY(advance(wizard));
    QVERIFY(advance(wizard));

    QCOMPARE(wizard->currentId(), int(SecurityQuestionsPageId));
    auto* page = qobject_cast<SecurityQuestionsPage*>(wizard->currentPage());
    QVERIFY(page);
    // Only questions the record can answer: no emergency contact on this record.
    QVERIFY(page->answerEdit(SecurityQuestion::StudentDateOfBirth));
    QVERIFY(page->answerEdit(SecurityQuestion::HomeAddress));
    QVERIFY(!page->answerEdit(SecurityQuestion::EmergencyContact));
    // Never an expected answer on the page.
    const QStringList expected = {u"2015"_s, u"03/04"_s, u"Main"_s, u"90012"_s, u"555"_s, u"0100"_s, u"Los Angeles"_s};
    QVERIFY2(leaksOf(visibleTexts(page), expected).isEmpty(), qPrintable(leaksOf(visibleTexts(page), expected).join(u" | "_s)));

    QVERIFY(!forwardButton(wizard)->isEnabled());   // video: three answers needed
    QTest::keyClicks(page->answerEdit(SecurityQuestion::StudentDateOfBirth), u"3/4/2015"_s);
    QTest::keyClicks(page->answerEdit(SecurityQuestion::StudentGrade), u"fourth"_s);
    QVERIFY(!forwardButton(wizard)->isEnabled());
    QTest::keyClicks(page->answerEdit(SecurityQuestion::Phone), u"(213) 555-0199"_s);   // a wrong number
    QVERIFY(forwardButton(wizard)->isEnabled());
    QVERIFY(pageText(page).contains(u"3 answers typed"_s));
    // No pass or fail before the verification is recorded.
    QVERIFY(!pageText(page).contains(u"Correct"_s, Qt::CaseInsensitive));
    snap(wizard, u"6-security-questions"_s);
    QVERIFY(advance(wizard));
    // Another right answer, typed after going back: three of four pass.
    wizard->back();
    QTest::keyClicks(page->answerEdit(SecurityQuestion::HomeAddress), u"1 Main Street, Los Angeles"_s);
    QVERIFY(advance(wizard));

    QCOMPARE(wizard->currentId(), int(AttestationPageId));
    QVERIFY(pageText(wizard->currentPage()).contains(u"video call"_s));
    wizard->currentPage()->findChild<QRadioButton*>(u"matchesRadio"_s)->click();
    QVERIFY(advance(wizard));

    QCOMPARE(wizard->currentId(), int(OutcomePageId));
    const QString outcome = pageText(wizard->currentPage());
    QVERIFY2(outcome.contains(u"Verified"_s), qPrintable(outcome));
    QCOMPARE(outcome.count(u"✓ Correct"_s), 3);
    QCOMPARE(outcome.count(u"✗ Not correct"_s), 1);
    QVERIFY(outcome.contains(u"✗ Not correct: What is your phone number?"_s));
    QVERIFY(!outcome.contains(u"0100"_s));   // pass or fail only, never what was expected
    QCOMPARE(scalar(u"SELECT method FROM verifications"_s), u"video"_s);
    snap(wizard, u"8-outcome-video"_s);

    QVERIFY(advance(wizard));
    // A video visit: mailed to the address on record unless the adult comes by.
    QWizardPage* keys = wizard->currentPage();
    QVERIFY(keys->findChild<QRadioButton*>(u"mailRadio"_s)->isChecked());
    QVERIFY(pageText(keys).contains(u"1 Main St, Los Angeles, CA 90012"_s));
    QVERIFY(advance(wizard));
    const QString issued = pageText(wizard->currentPage());
    QVERIFY(issued.contains(kStudent));
    QVERIFY(issued.contains(u"mailed to the address on record"_s));
    QCOMPARE(count(u"SELECT count(*) FROM letters WHERE delivery = 'mail'"_s), 1);
    const QStringList secrets = printQueuedAndRecoverSecrets();
    QVERIFY(!secrets.isEmpty());
    QVERIFY(leaksOf(everyTopLevelText(), secrets).isEmpty());
}

void TestVerificationWizard::mailWaiverThroughToQueuedKeys()
{
    auto window = signedInWindow();
    VerificationWizard* wizard = startWizard(*window, kMotherFirst);
    QVERIFY(wizard);
    QVERIFY(advance(wizard));
    QVERIFY(advance(wizard));
    wizard->currentPage()->findChild<QRadioButton*>(u"mailWaiverRadio"_s)->click();
    QVERIFY(advance(wizard));
    QVERIFY(pageText(wizard->currentPage()).contains(u"request to mail the key"_s));
    fillId(wizard, kMotherFirst, kStudentLast, todayUtc().addYears(1));
    QVERIFY(advance(wizard));
    QVERIFY(advance(wizard));
    QCOMPARE(wizard->currentId(), int(AttestationPageId));   // a waiver has no questions
    QVERIFY(pageText(wizard->currentPage()).contains(u"signed request form"_s));
    wizard->currentPage()->findChild<QRadioButton*>(u"matchesRadio"_s)->click();
    QVERIFY(advance(wizard));
    QVERIFY(pageText(wizard->currentPage()).contains(u"Verified"_s));
    QVERIFY(advance(wizard));

    QWizardPage* keys = wizard->currentPage();
    QVERIFY(!keys->findChild<QRadioButton*>(u"handOverRadio"_s)->isEnabled());
    QVERIFY(keys->findChild<QRadioButton*>(u"mailRadio"_s)->isChecked());
    QVERIFY(pageText(keys).contains(u"only to the address in school records"_s));
    QVERIFY(advance(wizard));
    QCOMPARE(wizard->currentId(), int(KeysIssuedPageId));
    QVERIFY(pageText(wizard->currentPage()).contains(kStudent));
    QCOMPARE(scalar(u"SELECT method FROM verifications"_s), u"mail_waiver"_s);
    QCOMPARE(count(u"SELECT count(*) FROM letters WHERE delivery = 'mail' AND state = 'queued'"_s), 1);
    QCOMPARE(count(u"SELECT count(*) FROM letter_links WHERE state = 'pending'"_s), 1);
    QCOMPARE(count(u"SELECT count(*) FROM access_keys"_s), 0);   // made when the letter prints
    const QStringList secrets = printQueuedAndRecoverSecrets();
    QVERIFY(!secrets.isEmpty());
    QVERIFY(leaksOf(everyTopLevelText(), secrets).isEmpty());
}

void TestVerificationWizard::printNowHandsTheKeysToThePrinter()
{
    auto window = signedInWindow();
    QBuffer pdf;   // the paper
    int prints = 0;
    window->setPrintNow([&](const QString& letterId, qint64) -> Status {
        ++prints;
        return printAtCounter(*window, letterId, pdf);
    });
    VerificationWizard* wizard = startWizard(*window, kMotherFirst);
    QVERIFY(wizard);
    QVERIFY(advance(wizard));
    QVERIFY(advance(wizard));
    QVERIFY(advance(wizard));
    fillId(wizard, kMotherFirst, kStudentLast, todayUtc().addYears(3));
    QVERIFY(advance(wizard));
    QVERIFY(advance(wizard));
    QVERIFY(advance(wizard));
    wizard->currentPage()->findChild<QRadioButton*>(u"matchesRadio"_s)->click();
    QVERIFY(advance(wizard));
    QVERIFY(advance(wizard));
    QWizardPage* keys = wizard->currentPage();
    QVERIFY(keys->findChild<QRadioButton*>(u"printNowRadio"_s)->isEnabled());
    QVERIFY(keys->findChild<QRadioButton*>(u"printNowRadio"_s)->isChecked());
    QVERIFY(advance(wizard));
    QCOMPARE(prints, 1);
    QVERIFY(pdf.data().startsWith("%PDF"));
    pdf.buffer().fill('\0');   // the PDF held the keys, like the paper
    QVERIFY(pageText(wizard->currentPage()).contains(u"is printing"_s));
    // The key was made as the letter printed, and the letter left the queue.
    QCOMPARE(count(u"SELECT count(*) FROM access_keys WHERE status = 'active'"_s), 1);
    QCOMPARE(count(u"SELECT count(*) FROM letters WHERE state = 'printed'"_s), 1);
    const QStringList secrets = printQueuedAndRecoverSecrets();
    QCOMPARE(secrets.size(), 2);   // one key: its canonical and its printed form
    QVERIFY(leaksOf(everyTopLevelText(), secrets).isEmpty());
}

void TestVerificationWizard::printerFailureLetsTheKeysBeIssuedAgain()
{
    auto window = signedInWindow();
    int attempts = 0;
    window->setPrintNow([&attempts](const QString&, qint64) -> Status {
        ++attempts;
        return Error::io(u"the printer is out of paper"_s);
    });
    VerificationWizard* wizard = startWizard(*window, kMotherFirst);
    QVERIFY(wizard);
    for (int i = 0; i < 3; ++i)
        QVERIFY(advance(wizard));
    fillId(wizard, kMotherFirst, kStudentLast, todayUtc().addYears(3));
    for (int i = 0; i < 3; ++i)
        QVERIFY(advance(wizard));
    wizard->currentPage()->findChild<QRadioButton*>(u"matchesRadio"_s)->click();
    QVERIFY(advance(wizard));
    QVERIFY(advance(wizard));
    QCOMPARE(wizard->currentId(), int(KeysPageId));

    // The printer fails: the page says so and stays; no key was made.
    QVERIFY(!advance(wizard));
    QCOMPARE(attempts, 1);
    QCOMPARE(wizard->currentId(), int(KeysPageId));
    const QString error = wizard->currentPage()->findChild<QLabel*>(u"errorLabel"_s)->text();
    QVERIFY2(error.contains(u"out of paper"_s), qPrintable(error));
    QVERIFY2(error.contains(u"No key was issued"_s), qPrintable(error));
    QCOMPARE(count(u"SELECT count(*) FROM access_keys"_s), 0);

    // Trying again prints the same letter (no second letter is made).
    QVERIFY(!advance(wizard));
    QCOMPARE(attempts, 2);
    QCOMPARE(count(u"SELECT count(*) FROM letters"_s), 1);

    // Left for the letter printer: the same letter, still queued, still without a key.
    wizard->currentPage()->findChild<QRadioButton*>(u"queueRadio"_s)->click();
    QVERIFY(advance(wizard));
    QCOMPARE(attempts, 2);
    QCOMPARE(wizard->currentId(), int(KeysIssuedPageId));
    QCOMPARE(count(u"SELECT count(*) FROM letters WHERE state = 'queued'"_s), 1);
    QCOMPARE(count(u"SELECT count(*) FROM access_keys"_s), 0);
    const QStringList secrets = printQueuedAndRecoverSecrets();
    QCOMPARE(secrets.size(), 2);
    QVERIFY(leaksOf(everyTopLevelText(), secrets).isEmpty());
}

void TestVerificationWizard::noContactAdultEndsAtEligibility()
{
    auto window = signedInWindow();
    VerificationWizard* wizard = startWizard(*window, kFatherFirst);
    QVERIFY(wizard);
    QVERIFY(pageText(wizard->currentPage()).contains(u"NO-CONTACT ORDER"_s));
    QVERIFY(advance(wizard));
    QCOMPARE(wizard->currentId(), int(EligibilityPageId));
    const QString text = pageText(wizard->currentPage());
    QVERIFY2(text.contains(u"Refused"_s), qPrintable(text));
    QVERIFY(text.contains(u"principal or the school office"_s));   // what next, in plain words
    QAbstractButton* record = forwardButton(wizard);
    QCOMPARE(record, wizard->button(QWizard::CommitButton));
    QCOMPARE(record->text(), u"&Record the refusal"_s);
    QCOMPARE(count(u"SELECT count(*) FROM verifications"_s), 0);   // recorded only when confirmed
    snap(wizard, u"2-eligibility-refused"_s);
    QVERIFY(advance(wizard));

    QCOMPARE(wizard->currentId(), int(OutcomePageId));
    QVERIFY(pageText(wizard->currentPage()).contains(u"The refusal is recorded"_s));
    QVERIFY(wizard->button(QWizard::FinishButton)->isVisible());
    QCOMPARE(scalar(u"SELECT refusal_reason FROM verifications WHERE guardian_id = 'G-9000002'"_s),
             u"no_contact_order"_s);
    QCOMPARE(scalar(u"SELECT type FROM outbox WHERE type LIKE 'verification.%'"_s), u"verification.refused"_s);
    QCOMPARE(count(u"SELECT count(*) FROM access_keys"_s), 0);
    QVERIFY(advance(wizard));   // Finish, no question
    QVERIFY(!wizard->isVisible());
}

void TestVerificationWizard::adultNotOnRecordGetsTheRequestForm()
{
    auto window = signedInWindow();
    openStudent(*window);
    auto* notOnRecord = window->findChild<QPushButton*>(u"notOnRecordButton"_s);
    QVERIFY(notOnRecord->isEnabled());
    QTest::mouseClick(notOnRecord, Qt::LeftButton);
    VerificationWizard* wizard = window->verificationWizard();
    QVERIFY(wizard);
    QVERIFY(QTest::qWaitForWindowExposed(wizard));
    QVERIFY(pageText(wizard->currentPage()).contains(u"Not on the student's record"_s));
    QVERIFY(advance(wizard));
    const QString text = pageText(wizard->currentPage());
    QVERIFY2(text.contains(u"Parent Access Request form"_s), qPrintable(text));
    QVERIFY(text.contains(u"Nothing is recorded for this visit"_s));
    QVERIFY(wizard->button(QWizard::FinishButton)->isVisible());
    snap(wizard, u"2-not-on-record"_s);
    QVERIFY(advance(wizard));
    QCOMPARE(count(u"SELECT count(*) FROM verifications"_s), 0);
    QCOMPARE(count(u"SELECT count(*) FROM outbox"_s), 0);
}

void TestVerificationWizard::nameMismatchNeedsAReasonOrEndsTheVisit()
{
    auto window = signedInWindow();
    VerificationWizard* wizard = startWizard(*window, kMotherFirst);
    QVERIFY(wizard);
    QVERIFY(advance(wizard));
    QVERIFY(advance(wizard));
    QVERIFY(advance(wizard));
    // The ID lacks the second family name of the record.
    fillId(wizard, kMotherFirst, u"Okonkwo"_s, todayUtc().addYears(3));
    QVERIFY(advance(wizard));
    QCOMPARE(wizard->currentId(), int(ChecksPageId));
    QWizardPage* checks = wizard->currentPage();
    QVERIFY(pageText(checks).contains(u"differs"_s));
    QCOMPARE(checks->findChild<QLabel*>(u"recordNameValue"_s)->text(), kMother);

    // No decision, or an override without a real reason: blocked on the page.
    QVERIFY(!forwardButton(wizard)->isEnabled());
    checks->findChild<QRadioButton*>(u"nameAcceptRadio"_s)->click();
    QVERIFY(!forwardButton(wizard)->isEnabled());
    auto* reason = checks->findChild<QLineEdit*>(u"nameReasonEdit"_s);
    QTest::keyClicks(reason, u"same"_s);
    QVERIFY(!forwardButton(wizard)->isEnabled());
    auto* error = checks->findChild<QLabel*>(u"nameReasonError"_s);
    QVERIFY(error->isVisible());
    QVERIFY(error->text().contains(u"at least 10 characters"_s));
    QCOMPARE(count(u"SELECT count(*) FROM verifications"_s), 0);
    snap(wizard, u"5-checks-name"_s);

    // Refusing ends the visit as a name_mismatch refusal.
    checks->findChild<QRadioButton*>(u"nameRefuseRadio"_s)->click();
    QCOMPARE(forwardButton(wizard), wizard->button(QWizard::CommitButton));
    QVERIFY(forwardButton(wizard)->isEnabled());
    // ...but the staff member changes their mind and writes a reason instead.
    checks->findChild<QRadioButton*>(u"nameAcceptRadio"_s)->click();
    reason->setText(u"Second family name left off the licence"_s);
    QVERIFY(!error->isVisible());
    QCOMPARE(forwardButton(wizard), wizard->button(QWizard::NextButton));
    QVERIFY(advance(wizard));
    QVERIFY(advance(wizard));
    wizard->currentPage()->findChild<QRadioButton*>(u"matchesRadio"_s)->click();
    QVERIFY(pageText(wizard->currentPage()).contains(u"differs from the record"_s));
    QVERIFY(advance(wizard));
    QVERIFY(pageText(wizard->currentPage()).contains(u"Verified"_s));
    QCOMPARE(scalar(u"SELECT name_match FROM verifications"_s), u"staff_override"_s);
    QCOMPARE(scalar(u"SELECT override_reason FROM verifications"_s), u"Second family name left off the licence"_s);

    // The other way: a refusal recorded from the checks page.
    wizard->discard();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    wizard = startWizard(*window, kMotherFirst);
    QVERIFY(wizard);
    QVERIFY(advance(wizard));
    QVERIFY(advance(wizard));
    QVERIFY(advance(wizard));
    fillId(wizard, u"Ifeoma"_s, u"Okafor"_s, todayUtc().addYears(3));
    QVERIFY(advance(wizard));
    wizard->currentPage()->findChild<QRadioButton*>(u"nameRefuseRadio"_s)->click();
    QVERIFY(advance(wizard));
    QCOMPARE(wizard->currentId(), int(OutcomePageId));
    QVERIFY(pageText(wizard->currentPage()).contains(u"does not match the record"_s));
    QCOMPARE(count(u"SELECT count(*) FROM verifications WHERE refusal_reason = 'name_mismatch'"_s), 1);
}

void TestVerificationWizard::expiredIdIsRefused()
{
    auto window = signedInWindow();
    VerificationWizard* wizard = startWizard(*window, kMotherFirst);
    QVERIFY(wizard);
    QVERIFY(advance(wizard));
    QVERIFY(advance(wizard));
    QVERIFY(advance(wizard));
    fillId(wizard, kMotherFirst, kStudentLast, todayUtc().addDays(-30));
    QVERIFY(pageText(wizard->currentPage()).contains(u"Expired on"_s));
    QVERIFY(advance(wizard));
    QWizardPage* checks = wizard->currentPage();
    QVERIFY(pageText(checks).contains(u"does not accept expired IDs"_s));
    QVERIFY(!checks->findChild<QRadioButton*>(u"expiredAcceptRadio"_s)->isVisible());
    QCOMPARE(forwardButton(wizard), wizard->button(QWizard::CommitButton));
    snap(wizard, u"5-checks-expired"_s);
    QVERIFY(advance(wizard));
    QVERIFY(pageText(wizard->currentPage()).contains(u"the ID has expired"_s));
    QCOMPARE(scalar(u"SELECT refusal_reason FROM verifications"_s), u"expired_id"_s);
}

void TestVerificationWizard::expiredIdWithSupervisorOverride()
{
    const Actor admin = m_staff->actorFor(m_staff->find(kAdminUser).value());
    QVERIFY(Settings(*m_db).set(admin, Settings::AllowExpiredOverride, u"true"_s).ok());
    auto window = signedInWindow();
    VerificationWizard* wizard = startWizard(*window, kMotherFirst);
    QVERIFY(wizard);
    QVERIFY(advance(wizard));
    QVERIFY(advance(wizard));
    QVERIFY(advance(wizard));
    fillId(wizard, kMotherFirst, kStudentLast, todayUtc().addDays(-30));
    QVERIFY(advance(wizard));
    QWizardPage* checks = wizard->currentPage();
    QVERIFY(checks->findChild<QRadioButton*>(u"expiredAcceptRadio"_s)->isVisible());
    QVERIFY(!forwardButton(wizard)->isEnabled());
    checks->findChild<QRadioButton*>(u"expiredAcceptRadio"_s)->click();
    QVERIFY(!forwardButton(wizard)->isEnabled());   // not without the supervisor's reason
    QTest::keyClicks(checks->findChild<QLineEdit*>(u"expiredReasonEdit"_s), u"Renewal receipt shown, DMV backlog"_s);
    QVERIFY(!forwardButton(wizard)->isEnabled());   // nor without a second person, an administrator
    QTest::keyClicks(checks->findChild<QLineEdit*>(u"supervisorUserEdit"_s), kAdminUser);
    auto* password = checks->findChild<QLineEdit*>(u"supervisorPasswordEdit"_s);
    QCOMPARE(password->echoMode(), QLineEdit::Password);
    QTest::keyClicks(password, kAdminPassword);
    QVERIFY(forwardButton(wizard)->isEnabled());
    QCOMPARE(forwardButton(wizard), wizard->button(QWizard::NextButton));
    snap(wizard, u"5-checks-expired-override"_s);
    QVERIFY(advance(wizard));
    QVERIFY(advance(wizard));
    QVERIFY(pageText(wizard->currentPage()).contains(u"accepted by a supervisor"_s));
    wizard->currentPage()->findChild<QRadioButton*>(u"matchesRadio"_s)->click();
    QVERIFY(advance(wizard));
    QVERIFY(pageText(wizard->currentPage()).contains(u"Verified"_s));
    QCOMPARE(scalar(u"SELECT outcome FROM verifications"_s), u"verified"_s);
    QVERIFY(scalar(u"SELECT details FROM audit_log WHERE action = 'guardian.verified'"_s).contains(u"DMV backlog"_s));
    QCOMPARE(scalar(u"SELECT expired_override_by FROM verifications"_s), kAdminUser);
}

void TestVerificationWizard::lastFourOfThreeKeepsNextDisabled()
{
    auto window = signedInWindow();
    VerificationWizard* wizard = startWizard(*window, kMotherFirst);
    QVERIFY(wizard);
    QVERIFY(advance(wizard));
    QVERIFY(advance(wizard));
    QVERIFY(advance(wizard));
    fillId(wizard, kMotherFirst, kStudentLast, todayUtc().addYears(3), u"456"_s);
    QWizardPage* page = wizard->currentPage();
    QVERIFY(!forwardButton(wizard)->isEnabled());
    auto* error = page->findChild<QLabel*>(u"last4Error"_s);
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(u"exactly 4 characters"_s), qPrintable(error->text()));

    // More than four cannot be typed at all, and lower case reads as upper case.
    auto* last4 = page->findChild<QLineEdit*>(u"last4Edit"_s);
    last4->clear();
    QTest::keyClicks(last4, u"d1234567"_s);
    QCOMPARE(last4->text(), u"D123"_s);
    QVERIFY(!error->isVisible());
    QVERIFY(forwardButton(wizard)->isEnabled());

    // "Other" needs a description; a future-looking mistake in the year is caught as typed.
    auto* type = page->findChild<QComboBox*>(u"idTypeCombo"_s);
    type->setCurrentIndex(type->findData(int(IdType::Other)));
    QVERIFY(page->findChild<QLineEdit*>(u"otherDescriptionEdit"_s)->isVisible());
    QVERIFY(!forwardButton(wizard)->isEnabled());
    QTest::keyClicks(page->findChild<QLineEdit*>(u"otherDescriptionEdit"_s), u"Employee photo ID"_s);
    QVERIFY(forwardButton(wizard)->isEnabled());
    auto* expiry = page->findChild<QLineEdit*>(u"expiryEdit"_s);
    expiry->clear();
    QTest::keyClicks(expiry, typedDate(todayUtc().addYears(40)));
    QVERIFY(!forwardButton(wizard)->isEnabled());
    QVERIFY(page->findChild<QLabel*>(u"expiryError"_s)->text().contains(u"check the year"_s));
    QCOMPARE(count(u"SELECT count(*) FROM verifications"_s), 0);
}

void TestVerificationWizard::photoThatDoesNotMatchIsRefused()
{
    auto window = signedInWindow();
    VerificationWizard* wizard = startWizard(*window, kMotherFirst);
    QVERIFY(wizard);
    for (int i = 0; i < 3; ++i)
        QVERIFY(advance(wizard));
    fillId(wizard, kMotherFirst, kStudentLast, todayUtc().addYears(3));
    for (int i = 0; i < 3; ++i)
        QVERIFY(advance(wizard));
    QCOMPARE(wizard->currentId(), int(AttestationPageId));
    wizard->currentPage()->findChild<QRadioButton*>(u"doesNotMatchRadio"_s)->click();
    QAbstractButton* record = forwardButton(wizard);
    QCOMPARE(record->text(), u"&Record the refusal"_s);
    QCOMPARE(record->accessibleName(), u"Record the refusal"_s);
    QVERIFY(advance(wizard));
    const QString outcome = pageText(wizard->currentPage());
    QVERIFY2(outcome.contains(u"Refused"_s), qPrintable(outcome));
    QVERIFY(outcome.contains(u"photo"_s));
    QVERIFY(outcome.contains(u"The refusal is recorded"_s));
    QCOMPARE(scalar(u"SELECT refusal_reason FROM verifications"_s), u"other"_s);
    QVERIFY(wizard->button(QWizard::FinishButton)->isVisible());
    QCOMPARE(count(u"SELECT count(*) FROM access_keys"_s), 0);
}

// The district changed its mind while the supervisor wrote the reason: the service refuses the
// override as bad input, the attestation page says so and stays, and nothing is recorded.
void TestVerificationWizard::badInputAtTheEndKeepsThePageOpen()
{
    const Actor admin = m_staff->actorFor(m_staff->find(kAdminUser).value());
    QVERIFY(Settings(*m_db).set(admin, Settings::AllowExpiredOverride, u"true"_s).ok());
    auto window = signedInWindow();
    VerificationWizard* wizard = startWizard(*window, kMotherFirst);
    QVERIFY(wizard);
    for (int i = 0; i < 3; ++i)
        QVERIFY(advance(wizard));
    fillId(wizard, kMotherFirst, kStudentLast, todayUtc().addDays(-10));
    QVERIFY(advance(wizard));
    wizard->currentPage()->findChild<QRadioButton*>(u"expiredAcceptRadio"_s)->click();
    wizard->currentPage()->findChild<QLineEdit*>(u"expiredReasonEdit"_s)->setText(u"Renewal receipt shown at the desk"_s);
    wizard->currentPage()->findChild<QLineEdit*>(u"supervisorUserEdit"_s)->setText(kAdminUser);
    wizard->currentPage()->findChild<QLineEdit*>(u"supervisorPasswordEdit"_s)->setText(kAdminPassword);
    QVERIFY(advance(wizard));
    QVERIFY(advance(wizard));
    QVERIFY(Settings(*m_db).set(admin, Settings::AllowExpiredOverride, u"false"_s).ok());
    wizard->currentPage()->findChild<QRadioButton*>(u"matchesRadio"_s)->click();
    QVERIFY(!advance(wizard));
    QCOMPARE(wizard->currentId(), int(AttestationPageId));
    auto* error = wizard->currentPage()->findChild<QLabel*>(u"errorLabel"_s);
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(u"does not allow"_s), qPrintable(error->text()));
    QCOMPARE(count(u"SELECT count(*) FROM verifications"_s), 0);
    QCOMPARE(count(u"SELECT count(*) FROM outbox"_s), 0);
}

void TestVerificationWizard::scannedDocumentIsCapturedByBarcode()
{
    auto window = signedInWindow();
    VerificationWizard* wizard = startWizard(*window, kMotherFirst);
    QVERIFY(wizard);
    QVERIFY(advance(wizard));
    QVERIFY(advance(wizard));
    QVERIFY(advance(wizard));
    IdDocument scanned;
    scanned.type = IdType::DriversLicense;
    scanned.issuer = u"CA"_s;
    scanned.numberLast4 = u"7789"_s;
    scanned.expiresOn = todayUtc().addYears(4);
    scanned.givenNames = u"IFEOMA"_s;
    scanned.familyNames = u"OKONKWO-REYES"_s;
    wizard->idDocumentPage()->applyScannedDocument(scanned);
    QVERIFY(pageText(wizard->currentPage()).contains(u"Scanned from the barcode"_s));
    QCOMPARE(wizard->idDocumentPage()->document().capturedBy, CapturedBy::Barcode);
    QVERIFY(advance(wizard));
    QVERIFY(advance(wizard));
    QVERIFY(advance(wizard));
    wizard->currentPage()->findChild<QRadioButton*>(u"matchesRadio"_s)->click();
    QVERIFY(advance(wizard));
    QCOMPARE(scalar(u"SELECT id_captured_by FROM verifications"_s), u"barcode"_s);
    QCOMPARE(scalar(u"SELECT id_last4 FROM verifications"_s), u"7789"_s);
}

// Nothing but keys, on the smallest screen the kiosk meets (1024x768 at 150%: 683x512 device-
// independent pixels): search, card, the verification, the keys, and the letter on paper.
namespace {
class MouseCounter : public QObject {
public:
    int events = 0;
protected:
    bool eventFilter(QObject*, QEvent* event) override
    {
        switch (event->type()) {
        case QEvent::MouseButtonPress:
        case QEvent::MouseButtonRelease:
        case QEvent::MouseButtonDblClick:
        case QEvent::Wheel:
            ++events;
            break;
        default:
            break;
        }
        return false;
    }
};
} // namespace

void TestVerificationWizard::keyboardOnlyWholeFlowOnTheSmallestScreen()
{
    MouseCounter mouse;
    qApp->installEventFilter(&mouse);
    auto window = signedInWindow();
    window->resize(683, 512);
    QCOMPARE(window->size(), QSize(683, 512));   // the window fits that screen
    QBuffer pdf;   // the paper
    int prints = 0;
    window->setPrintNow([&](const QString& letterId, qint64) -> Status {
        ++prints;
        return printAtCounter(*window, letterId, pdf);
    });
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window.get()));
    QCOMPARE(QApplication::focusWidget()->objectName(), u"searchEdit"_s);
    typeText(kStudentId);
    pressKey(Qt::Key_Return);   // opens the student, focus in the results
    pressKey(Qt::Key_Return);   // into the adults on the card
    QCOMPARE(QApplication::focusWidget()->objectName(), u"adultsView"_s);
    auto* adultsView = qobject_cast<QAbstractItemView*>(window->cardWidget()->adultsView());
    AdultsModel* adults = window->cardWidget()->adultsModel();
    while (!adults->index(adultsView->currentIndex().row(), 0).data().toString().startsWith(kMotherFirst)) {
        const int row = adultsView->currentIndex().row();
        pressKey(Qt::Key_Down);
        QVERIFY(adultsView->currentIndex().row() != row);
    }
    pressKey(Qt::Key_Return);   // Enter on the adult starts the verification
    QPointer<VerificationWizard> wizard = window->verificationWizard();
    QVERIFY(wizard);
    wizard->activateWindow();
    QTRY_VERIFY(wizard->isActiveWindow());

    // A mnemonic clicks its button a moment later (animateClick): wait for the page, never sleep.
    pressKey(Qt::Key_N, Qt::AltModifier);   // student and adult -> eligibility
    QTRY_COMPARE(wizard->currentId(), int(EligibilityPageId));
    pressKey(Qt::Key_N, Qt::AltModifier);   // -> method
    QTRY_COMPARE(wizard->currentId(), int(MethodPageId));
    pressKey(Qt::Key_B, Qt::AltModifier);   // back works too
    QTRY_COMPARE(wizard->currentId(), int(EligibilityPageId));
    pressKey(Qt::Key_N, Qt::AltModifier);
    QTRY_COMPARE(wizard->currentId(), int(MethodPageId));
    auto* video = wizard->currentPage()->findChild<QRadioButton*>(u"videoRadio"_s);
    auto* inPerson = wizard->currentPage()->findChild<QRadioButton*>(u"inPersonRadio"_s);
    pressKey(Qt::Key_V, Qt::AltModifier);   // video...
    QTRY_VERIFY(video->isChecked());
    pressKey(Qt::Key_I, Qt::AltModifier);   // ...no: in person
    QTRY_VERIFY(inPerson->isChecked());
    pressKey(Qt::Key_Return);               // the default button: Next
    QCOMPARE(wizard->currentId(), int(IdDocumentPageId));

    // The ID page takes the keyboard at the issuer (typing "CA" into the ID-type list would
    // have chosen another type); Tab walks the fields in reading order.
    auto* idType = wizard->currentPage()->findChild<QComboBox*>(u"idTypeCombo"_s);
    const QString typeShown = idType->currentText();
    QCOMPARE(QApplication::focusWidget()->objectName(), u"issuerEdit"_s);
    typeText(u"CA"_s);
    QCOMPARE(idType->currentText(), typeShown);
    QCOMPARE(wizard->currentPage()->findChild<QLineEdit*>(u"issuerEdit"_s)->text(), u"CA"_s);
    pressKey(Qt::Key_Tab);
    typeText(u"4567"_s);
    pressKey(Qt::Key_Tab);
    typeText(typedDate(todayUtc().addYears(3)));
    pressKey(Qt::Key_Tab);
    typeText(kMotherFirst);
    pressKey(Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget()->objectName(), u"familyNamesEdit"_s);
    typeText(kStudentLast);
    // Tab past the last field goes on to Next, never to Back: Enter there goes forward.
    pressKey(Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget()->objectName(), u"scanButton"_s);
    pressKey(Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), wizard->button(QWizard::NextButton));
    pressKey(Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), wizard->button(QWizard::BackButton));
    pressKey(Qt::Key_Backtab);
    pressKey(Qt::Key_Return);
    QCOMPARE(wizard->currentId(), int(ChecksPageId));
    const QString nameResult = wizard->currentPage()->findChild<QLabel*>(u"nameResultLabel"_s)->text();
    QCOMPARE(nameResult.count(u"matches the record"_s), 1);   // said once, not twice
    pressKey(Qt::Key_Return);
    QCOMPARE(wizard->currentId(), int(SecurityQuestionsPageId));
    pressKey(Qt::Key_Return);               // no questions in person
    QCOMPARE(wizard->currentId(), int(AttestationPageId));
    auto* matches = wizard->currentPage()->findChild<QRadioButton*>(u"matchesRadio"_s);
    pressKey(Qt::Key_M, Qt::AltModifier);   // "the photo matches"
    QTRY_VERIFY(matches->isChecked());
    pressKey(Qt::Key_V, Qt::AltModifier);   // Verify
    QTRY_COMPARE(wizard->currentId(), int(OutcomePageId));
    pressKey(Qt::Key_Return);
    QCOMPARE(wizard->currentId(), int(KeysPageId));
    // Before anything is issued, the page names the children the letter covers.
    auto* childrenGroup = wizard->currentPage()->findChild<QGroupBox*>(u"childrenGroup"_s);
    QCOMPARE(childrenGroup->title(), u"1 child who gets a key"_s);
    QVERIFY(wizard->currentPage()->findChild<QLabel*>(u"childrenValue"_s)->text().contains(kStudentFirst + u' ' + kStudentLast));
    // The letter prints now, at the counter (the default when a printer is at hand).
    QVERIFY(wizard->currentPage()->findChild<QRadioButton*>(u"printNowRadio"_s)->isChecked());
    pressKey(Qt::Key_I, Qt::AltModifier);   // Issue keys
    QTRY_COMPARE(wizard->currentId(), int(KeysIssuedPageId));
    QVERIFY(pageText(wizard->currentPage()).contains(kStudent));
    QCOMPARE(prints, 1);
    QVERIFY(pdf.data().startsWith("%PDF"));
    pdf.buffer().fill('\0');   // the PDF held the keys, like the paper
    QCOMPARE(count(u"SELECT count(*) FROM letters WHERE state = 'printed'"_s), 1);
    QCOMPARE(count(u"SELECT count(*) FROM access_keys WHERE status = 'active'"_s), 1);
    pressKey(Qt::Key_Return);               // Finish
    QVERIFY(!wizard->isVisible());
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QVERIFY(!wizard);
    window->activateWindow();   // what the window manager does when the dialog closes
    QTRY_VERIFY(QApplication::focusWidget());
    // Ready for the next family: the search box, the old query selected, so the next name
    // typed replaces it and Enter searches instead of reopening this verification.
    auto* search = window->findChild<QLineEdit*>(u"searchEdit"_s);
    QCOMPARE(QApplication::focusWidget(), search);
    QCOMPARE(search->selectedText(), search->text());
    typeText(u"zzqx"_s);
    QCOMPARE(search->text(), u"zzqx"_s);
    pressKey(Qt::Key_Return);
    QVERIFY(!window->verificationWizard());
    QCOMPARE(window->searchModel()->rowCount(), 0);
    qApp->removeEventFilter(&mouse);
    QCOMPARE(mouse.events, 0);   // not one click, press or wheel turn
}

void TestVerificationWizard::escapeAsksBeforeDroppingTheVisit()
{
    auto window = signedInWindow();
    QPointer<VerificationWizard> wizard = startWizard(*window, kMotherFirst);
    QVERIFY(wizard);
    wizard->activateWindow();
    QTRY_VERIFY(wizard->isActiveWindow());
    QVERIFY(advance(wizard));
    QVERIFY(advance(wizard));

    MessageBox::clearLastText();
    MessageBox::setNextAnswer(QMessageBox::No);
    pressKey(Qt::Key_Escape);
    QVERIFY(MessageBox::lastText().contains(u"Stop this verification"_s));
    QVERIFY(wizard->isVisible());
    QCOMPARE(wizard->currentId(), int(MethodPageId));

    MessageBox::setNextAnswer(QMessageBox::Yes);
    pressKey(Qt::Key_Escape);
    QVERIFY(!wizard->isVisible());
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QVERIFY(!wizard);
    QCOMPARE(count(u"SELECT count(*) FROM verifications"_s), 0);
}

void TestVerificationWizard::idleLockClosesTheWizard()
{
    auto window = signedInWindow();
    QPointer<VerificationWizard> wizard = startWizard(*window, kMotherFirst);
    QVERIFY(wizard);
    QVERIFY(advance(wizard));
    QVERIFY(advance(wizard));
    QVERIFY(advance(wizard));
    fillId(wizard, kMotherFirst, kStudentLast, todayUtc().addYears(3), u"9876"_s);
    const QStringList personal = {kStudentFirst, kStudentLast, kStudentId, kMotherFirst, u"Okonkwo"_s, u"9876"_s};
    QVERIFY(!leaksOf(visibleTexts(wizard), personal).isEmpty());   // the check can see them

    // A confirmation left open does not keep the wizard alive either.
    window->idleLock()->trigger();
    QVERIFY(window->isLocked());
    QVERIFY(!wizard || !wizard->isVisible());
    // What is left of it until deleted holds nothing personal; then it is gone.
    if (wizard) {
        const QStringList leaks = leaksOf(visibleTexts(wizard), personal);
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u" | "_s)));
    }
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QVERIFY(!wizard);
    QVERIFY(!window->verificationWizard());
    const QStringList leaks = leaksOf(everyTopLevelText(), personal);
    QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u" | "_s)));
    QCOMPARE(count(u"SELECT count(*) FROM verifications"_s), 0);
}

// The hardest moment to lock: a real question is open on top of the wizard. The lock answers it,
// empties the wizard and closes both.
void TestVerificationWizard::lockWhileAskingToStop()
{
    auto window = signedInWindow();
    QPointer<VerificationWizard> wizard = startWizard(*window, kMotherFirst);
    QVERIFY(wizard);
    wizard->activateWindow();
    QTRY_VERIFY(wizard->isActiveWindow());
    QVERIFY(advance(wizard));
    QVERIFY(advance(wizard));
    QTimer::singleShot(0, window->idleLock(), &IdleLock::trigger);
    pressKey(Qt::Key_Escape);   // the question opens; the idle lock fires while it waits
    QVERIFY(window->isLocked());
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QVERIFY(!wizard);
    for (QWidget* w : QApplication::topLevelWidgets())
        QVERIFY2(!qobject_cast<QMessageBox*>(w) || !w->isVisible(), "a question outlived the lock");
    const QStringList leaks = leaksOf(everyTopLevelText(), {kStudentFirst, kMotherFirst, kStudentId});
    QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u" | "_s)));
}

void TestVerificationWizard::everyInteractiveWidgetHasAnAccessibleName()
{
    const Actor admin = m_staff->actorFor(m_staff->find(kAdminUser).value());
    QVERIFY(Settings(*m_db).set(admin, Settings::AllowExpiredOverride, u"true"_s).ok());
    auto window = signedInWindow();
    window->setPrintNow([](const QString&, qint64) -> Status { return {}; });
    QStringList missing;
    QStringList small;
    const auto check = [&](VerificationWizard* wizard) {
        for (QWidget* w : interactiveWidgets(wizard)) {
            if (w->accessibleName().trimmed().isEmpty())
                missing << u"%1 on page %2"_s.arg(describe(w)).arg(wizard->currentId());
            // Large enough to touch: buttons, fields and choices at least two lines of text high.
            if (w->isVisible() && w->height() < 2 * w->fontMetrics().height())
                small << u"%1 (%2 px) on page %3"_s.arg(describe(w)).arg(w->height()).arg(wizard->currentId());
        }
    };
    VerificationWizard* wizard = startWizard(*window, kMotherFirst);
    QVERIFY(wizard);
    check(wizard);
    QVERIFY(advance(wizard));
    check(wizard);
    QVERIFY(advance(wizard));
    wizard->currentPage()->findChild<QRadioButton*>(u"videoRadio"_s)->click();
    check(wizard);
    QVERIFY(advance(wizard));
    auto* type = wizard->currentPage()->findChild<QComboBox*>(u"idTypeCombo"_s);
    type->setCurrentIndex(type->findData(int(IdType::Other)));
    check(wizard);
    type->setCurrentIndex(0);
    fillId(wizard, kMotherFirst, u"Okonkwo"_s, todayUtc().addDays(-3));
    QVERIFY(advance(wizard));
    check(wizard);   // expired (override allowed) and a name difference
    wizard->currentPage()->findChild<QRadioButton*>(u"expiredAcceptRadio"_s)->click();
    wizard->currentPage()->findChild<QLineEdit*>(u"expiredReasonEdit"_s)->setText(u"Renewal receipt shown at the desk"_s);
    wizard->currentPage()->findChild<QLineEdit*>(u"supervisorUserEdit"_s)->setText(kAdminUser);
    wizard->currentPage()->findChild<QLineEdit*>(u"supervisorPasswordEdit"_s)->setText(kAdminPassword);
    wizard->currentPage()->findChild<QRadioButton*>(u"nameAcceptRadio"_s)->click();
    wizard->currentPage()->findChild<QLineEdit*>(u"nameReasonEdit"_s)->setText(u"Second family name left off"_s);
    QVERIFY(advance(wizard));
    check(wizard);   // questions
    auto* page = qobject_cast<SecurityQuestionsPage*>(wizard->currentPage());
    page->answerEdit(SecurityQuestion::StudentDateOfBirth)->setText(u"2015-03-04"_s);
    page->answerEdit(SecurityQuestion::StudentGrade)->setText(u"4"_s);
    page->answerEdit(SecurityQuestion::StudentFirstName)->setText(kStudentFirst);
    QVERIFY(advance(wizard));
    check(wizard);
    wizard->currentPage()->findChild<QRadioButton*>(u"matchesRadio"_s)->click();
    QVERIFY(advance(wizard));
    check(wizard);
    QVERIFY(advance(wizard));
    check(wizard);   // keys, with print now offered
    QVERIFY(advance(wizard));
    check(wizard);
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u", "_s)));
    QVERIFY2(small.isEmpty(), qPrintable(small.join(u", "_s)));
}

void TestVerificationWizard::onlyFrontDeskMayStartAVerification()
{
    const Actor admin = m_staff->actorFor(m_staff->find(kAdminUser).value());
    QVERIFY(m_staff->add(admin, u"printer.kim"_s, u"Kim Printer"_s, Roles(Role::LetterPrinter), u"Letter-Printer-Pass-3"_s));
    auto window = signedInWindow(u"printer.kim"_s);   // prints letters, does not verify
    openStudent(*window);
    auto* view = qobject_cast<QAbstractItemView*>(window->cardWidget()->adultsView());
    view->setCurrentIndex(window->cardWidget()->adultsModel()->index(0, 0));
    auto* verify = window->findChild<QPushButton*>(u"verifyButton"_s);
    QVERIFY(!verify->isEnabled());
    QVERIFY(verify->toolTip().contains(u"front desk"_s));
    window->verifyChosenAdult();
    QVERIFY(!window->verificationWizard());

    // Locked: neither button works, and unlocking as front desk turns them on again.
    window->lock();
    QVERIFY(!window->findChild<QPushButton*>(u"notOnRecordButton"_s)->isEnabled());
}

// The wizard speaks the kiosk's language: pages, buttons and the date order of the ID page.
void TestVerificationWizard::spanishWizard()
{
    const QLocale spanish(QLocale::Spanish, QLocale::Mexico);
    QLocale::setDefault(spanish);
    QCOMPARE(Translations::install(*QCoreApplication::instance(), spanish), u"es"_s);
    // The machine's locale does not choose the date order: the district's setting does.
    {
        auto usDistrict = signedInWindow();
        VerificationWizard* wizard = startWizard(*usDistrict, kMotherFirst);
        QVERIFY(wizard);
        for (int i = 0; i < 3; ++i)
            QVERIFY(advance(wizard));
        QCOMPARE(wizard->currentPage()->findChild<QLineEdit*>(u"expiryEdit"_s)->placeholderText(), u"MM/DD/AAAA"_s);
        wizard->discard();
    }
    const Actor admin = m_staff->actorFor(m_staff->find(kAdminUser).value());
    QVERIFY(Settings(*m_db).set(admin, Settings::DateFormat, u"dmy"_s).ok());
    auto window = signedInWindow();
    VerificationWizard* wizard = startWizard(*window, kMotherFirst);
    QVERIFY(wizard);
    QCOMPARE(wizard->windowTitle(), u"Verificar a un adulto"_s);
    QCOMPARE(wizard->button(QWizard::NextButton)->text(), u"&Siguiente >"_s);
    QVERIFY(pageText(wizard->currentPage()).contains(u"Parentesco"_s));
    snap(wizard, u"es-1-student-adult"_s);
    for (int i = 0; i < 3; ++i)
        QVERIFY(advance(wizard));
    auto* expiry = wizard->currentPage()->findChild<QLineEdit*>(u"expiryEdit"_s);
    QCOMPARE(expiry->placeholderText(), u"DD/MM/AAAA"_s);
    fillId(wizard, kMotherFirst, u"Okonkwo"_s, todayUtc().addYears(3));
    expiry->setText(todayUtc().addYears(3).toString(u"dd/MM/yyyy"_s));   // day first here
    QVERIFY(pageText(wizard->currentPage()).contains(u"Vence el"_s));
    snap(wizard, u"es-4-id-document"_s);
    QVERIFY(advance(wizard));
    wizard->currentPage()->findChild<QRadioButton*>(u"nameAcceptRadio"_s)->click();
    snap(wizard, u"es-5-checks"_s);
    wizard->discard();

    // Back to English for whatever runs after.
    for (QTranslator* translator : QCoreApplication::instance()->findChildren<QTranslator*>())
        QCoreApplication::removeTranslator(translator);
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    QLocale::setDefault(english);
    QCOMPARE(Translations::install(*QCoreApplication::instance(), english), u"en"_s);
}

QTEST_MAIN(TestVerificationWizard)
#include "TestVerificationWizard.moc"
