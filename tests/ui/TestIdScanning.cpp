// Scanning at the counter: "Scan ID from a picture" fills the ID page, a keyboard-wedge
// scanner's burst fills it from any page without a click, a person's typing still reaches the
// field it was meant for, and a returned form's code opens its case in the main window.

#include "UiTestSupport.h"
#include "idscan/AamvaSamples.h"
#include "idscan/CardImages.h"

#include "printing/LetterDocument.h"
#include "services/FormPrinting.h"
#include "ui/AdultsModel.h"
#include "ui/ImageFileDialog.h"
#include "ui/KioskStyle.h"
#include "ui/LockScreen.h"
#include "ui/MainWindow.h"
#include "ui/ReturnedFormScan.h"
#include "ui/StudentCardWidget.h"
#include "ui/Translations.h"
#include "ui/WedgeScanFilter.h"
#include "ui/wizard/IdDocumentPage.h"
#include "ui/wizard/VerificationWizard.h"
#include "ui/wizard/WizardPageId.h"

#include <QAbstractItemView>
#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QPushButton>
#include <QRadioButton>
#include <QStatusBar>
#include <QtTest>

using namespace gd;
using namespace gd::test;
using namespace Qt::Literals::StringLiterals;

namespace {

QDate todayUtc()
{
    return QDateTime::currentDateTimeUtc().date();
}

// The mother's licence: "IFEOMA OKONKWO-REYES", issued in Virginia.
samples::Card mothersCard()
{
    samples::Card c;
    c.family = "OKONKWO-REYES";
    c.first = "IFEOMA";
    c.middle = "";
    c.suffix = "";
    c.number = "T64235789";
    c.issued = todayUtc().addYears(-2);
    c.expires = todayUtc().addYears(4);
    return c;
}

// How a wedge scanner types a payload: every character as a key, the separators as Enter, the
// other control characters dropped, as fast as the events can be sent.
void typeAsScanner(QWidget* target, const QByteArray& payload)
{
    for (const char ch : payload) {
        if (ch == '\n' || ch == '\r')
            QTest::sendKeyEvent(QTest::Click, target, Qt::Key_Return, u"\r"_s, Qt::NoModifier);
        else if (static_cast<unsigned char>(ch) >= 0x20)
            QTest::keyClick(target, ch);
    }
}

} // namespace

class TestIdScanning : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void scanButtonFillsThePageFromAPicture();
    void aPictureWithoutAnIdSaysSoAndChangesNothing();
    void wedgeBurstOnTheIdPageFillsItWithoutAClick();
    void wedgeBurstOnAnEarlierPageFillsTheIdPage();
    void expiredCardAndOtherNameAreSaid();
    void slowTypingIsNotSwallowed();
    void returnedWaiverOpensItsCase();
    void wedgeScannedFormCodeOpensItsCase();

private:
    std::unique_ptr<MainWindow> signedInWindow();
    VerificationWizard* wizardOnIdPage(MainWindow& window, int pagesForward = 3);
    static QAbstractButton* forwardButton(VerificationWizard* wizard);
    static bool advance(VerificationWizard* wizard);
    static QString field(QWidget* page, const char* name);
    QString cardPicture(const samples::Card& card);
    QString printedWaiver(const Actor& actor);
    void snap(QWidget* widget, const QString& name);
    QString scalar(const QString& sql);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<StaffService> m_staff;
    QString m_screenshots;   // GD_WIZARD_SCREENSHOTS: where to save the pages as PNG
};

void TestIdScanning::initTestCase()
{
    QVERIFY(useEnglishKiosk());
    m_screenshots = qEnvironmentVariable("GD_WIZARD_SCREENSHOTS");
    if (!m_screenshots.isEmpty())
        QDir().mkpath(m_screenshots);
}

void TestIdScanning::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = seededDatabase(*m_dir);
    QVERIFY(m_db);
    m_staff = std::make_unique<StaffService>(*m_db);
    QVERIFY(addStaff(*m_db));
}

void TestIdScanning::cleanup()
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    m_staff.reset();
    m_db.reset();
    m_dir.reset();
}

std::unique_ptr<MainWindow> TestIdScanning::signedInWindow()
{
    auto member = m_staff->find(kDeskUser);
    if (!member)
        return nullptr;
    auto window = std::make_unique<MainWindow>(*m_db, *m_staff, member.value());
    window->resize(1280, 800);
    window->show();
    return window;
}

// The wizard for the mother, `pagesForward` pages on (3: the ID page).
VerificationWizard* TestIdScanning::wizardOnIdPage(MainWindow& window, int pagesForward)
{
    window.findChild<QLineEdit*>(u"searchEdit"_s)->setText(kStudentId);
    window.searchNow();
    window.openRow(0);
    AdultsModel* adults = window.cardWidget()->adultsModel();
    auto* view = qobject_cast<QAbstractItemView*>(window.cardWidget()->adultsView());
    for (int row = 0; row < adults->rowCount(); ++row) {
        if (adults->index(row, AdultsModel::NameColumn).data().toString().startsWith(kMotherFirst))
            view->setCurrentIndex(adults->index(row, AdultsModel::NameColumn));
    }
    window.verifyChosenAdult();
    VerificationWizard* wizard = window.verificationWizard();
    if (!wizard || !QTest::qWaitForWindowExposed(wizard))
        return nullptr;
    for (int i = 0; i < pagesForward; ++i) {
        if (!advance(wizard))
            return nullptr;
    }
    return wizard;
}

QAbstractButton* TestIdScanning::forwardButton(VerificationWizard* wizard)
{
    for (auto which : {QWizard::CommitButton, QWizard::NextButton, QWizard::FinishButton}) {
        QAbstractButton* b = wizard->button(which);
        if (b->isVisible())
            return b;
    }
    return nullptr;
}

bool TestIdScanning::advance(VerificationWizard* wizard)
{
    QAbstractButton* b = forwardButton(wizard);
    if (!b || !b->isEnabled())
        return false;
    const int before = wizard->currentId();
    QTest::mouseClick(b, Qt::LeftButton);
    return wizard->currentId() != before || !wizard->isVisible();
}

QString TestIdScanning::field(QWidget* page, const char* name)
{
    auto* edit = page->findChild<QLineEdit*>(QString::fromLatin1(name));
    return edit ? edit->text() : u"<no field %1>"_s.arg(QString::fromLatin1(name));
}

QString TestIdScanning::cardPicture(const samples::Card& card)
{
    cardimages::Shot shot;   // a flatbed scan, slightly turned
    shot.degrees = -4;
    shot.noise = 10;
    const QImage photo =
        cardimages::photograph(cardimages::symbol(samples::payload(card, 10), ZXing::BarcodeFormat::PDF417, 3), shot);
    const QString file = m_dir->filePath(u"card-%1.png"_s.arg(QString::fromLatin1(card.number)));
    return photo.save(file) ? file : QString();
}

// The Mail/Email Waiver for the mother, printed and scanned back as a picture.
QString TestIdScanning::printedWaiver(const Actor& actor)
{
    auto doc = LetterDocument::createImages(150);
    if (!doc)
        return {};
    auto waiver = FormPrinting(*m_db).printWaiver(actor, kStudentId, u"G-9000001"_s, u"en"_s, **doc);
    if (!waiver || !(*doc)->finish())
        return {};
    const QList<QImage> pages = (*doc)->takeImages();
    const QString file = m_dir->filePath(u"returned-waiver.png"_s);
    return !pages.isEmpty() && pages.first().save(file) ? file : QString();
}

void TestIdScanning::snap(QWidget* widget, const QString& name)
{
    if (m_screenshots.isEmpty())
        return;
    QTest::qWait(20);
    QVERIFY(widget->grab().save(QDir(m_screenshots).filePath(name + u".png"_s)));
}

QString TestIdScanning::scalar(const QString& sql)
{
    auto q = m_db->exec(sql);
    return q && q->next() ? q->value(0).toString() : QString();
}

void TestIdScanning::scanButtonFillsThePageFromAPicture()
{
    auto window = signedInWindow();
    VerificationWizard* wizard = wizardOnIdPage(*window);
    QVERIFY(wizard);
    IdDocumentPage* page = wizard->idDocumentPage();
    QCOMPARE(wizard->currentPage(), page);
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());   // nothing typed yet

    const QString picture = cardPicture(mothersCard());
    QVERIFY(!picture.isEmpty());
    ImageFileDialog::setNextAnswer(picture);
    QTest::mouseClick(page->findChild<QPushButton*>(u"scanButton"_s), Qt::LeftButton);

    QCOMPARE(page->findChild<QComboBox*>(u"idTypeCombo"_s)->currentData().toInt(), int(IdType::DriversLicense));
    QCOMPARE(field(page, "issuerEdit"), u"VA"_s);
    QCOMPARE(field(page, "last4Edit"), u"5789"_s);
    QCOMPARE(page->document().expiresOn, todayUtc().addYears(4));
    QCOMPARE(field(page, "givenNamesEdit"), u"IFEOMA"_s);
    QCOMPARE(field(page, "familyNamesEdit"), u"OKONKWO-REYES"_s);
    QCOMPARE(page->findChild<QLabel*>(u"capturedByValue"_s)->text(), u"Scanned from the barcode"_s);
    auto* message = page->findChild<QLabel*>(u"scanMessageLabel"_s);
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().startsWith(u"Filled from the card's barcode"_s), qPrintable(message->text()));
    QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
    snap(wizard, u"id-page-scanned"_s);

    // The fields stay editable: a corrected field is then typed by staff.
    auto* last4 = page->findChild<QLineEdit*>(u"last4Edit"_s);
    QVERIFY(!last4->isReadOnly());
    last4->selectAll();
    QTest::keyClicks(last4, u"5780"_s);
    QCOMPARE(last4->text(), u"5780"_s);
    QCOMPARE(page->document().capturedBy, CapturedBy::Manual);

    // Scanned again and recorded: the verification says the barcode captured the ID.
    ImageFileDialog::setNextAnswer(picture);
    QTest::mouseClick(page->findChild<QPushButton*>(u"scanButton"_s), Qt::LeftButton);
    QCOMPARE(page->document().capturedBy, CapturedBy::Barcode);
    for (int step = 0; step < 6 && wizard->currentId() != AttestationPageId; ++step)
        QVERIFY(advance(wizard));
    QCOMPARE(wizard->currentId(), int(AttestationPageId));
    wizard->currentPage()->findChild<QRadioButton*>(u"matchesRadio"_s)->click();
    QVERIFY(advance(wizard));
    QCOMPARE(scalar(u"SELECT id_captured_by FROM verifications"_s), u"barcode"_s);
    QCOMPARE(scalar(u"SELECT id_last4 FROM verifications"_s), u"5789"_s);
    QCOMPARE(scalar(u"SELECT id_issuer FROM verifications"_s), u"VA"_s);
}

void TestIdScanning::aPictureWithoutAnIdSaysSoAndChangesNothing()
{
    auto window = signedInWindow();
    VerificationWizard* wizard = wizardOnIdPage(*window);
    QVERIFY(wizard);
    IdDocumentPage* page = wizard->idDocumentPage();
    auto* issuer = page->findChild<QLineEdit*>(u"issuerEdit"_s);
    QTest::keyClicks(issuer, u"CA"_s);

    // A returned form's code is a barcode, but not an ID's.
    const QString form = printedWaiver(window->actor());
    QVERIFY(!form.isEmpty());
    ImageFileDialog::setNextAnswer(form);
    QTest::mouseClick(page->findChild<QPushButton*>(u"scanButton"_s), Qt::LeftButton);
    auto* message = page->findChild<QLabel*>(u"scanMessageLabel"_s);
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(u"not from a US or Canadian driver's licence or ID card"_s),
             qPrintable(message->text()));
    QCOMPARE(issuer->text(), u"CA"_s);
    QCOMPARE(field(page, "last4Edit"), QString());
    QCOMPARE(page->document().capturedBy, CapturedBy::Manual);

    // Cancelling the file dialog does nothing at all.
    ImageFileDialog::setNextAnswer(QString());
    QTest::mouseClick(page->findChild<QPushButton*>(u"scanButton"_s), Qt::LeftButton);
    QCOMPARE(issuer->text(), u"CA"_s);
}

void TestIdScanning::wedgeBurstOnTheIdPageFillsItWithoutAClick()
{
    auto window = signedInWindow();
    VerificationWizard* wizard = wizardOnIdPage(*window);
    QVERIFY(wizard);
    IdDocumentPage* page = wizard->idDocumentPage();
    // Whatever has the focus gets the keys: here the ID type list, as the page opened.
    QWidget* focus = QApplication::focusWidget();
    QVERIFY(focus && focus->window() == wizard);
    typeAsScanner(focus, samples::payload(mothersCard(), 8) + "\r");
    QTRY_COMPARE(field(page, "last4Edit"), u"5789"_s);
    QCOMPARE(field(page, "issuerEdit"), u"VA"_s);
    QCOMPARE(page->document().capturedBy, CapturedBy::Barcode);
    // The burst's Enter keys did not press Next, and no field holds any of the payload.
    QCOMPARE(wizard->currentId(), int(IdDocumentPageId));
    for (QLineEdit* edit : page->findChildren<QLineEdit*>()) {
        QVERIFY2(!edit->text().contains(u"ANSI"_s) && !edit->text().contains(u'@'), qPrintable(edit->objectName()));
        QVERIFY2(!edit->text().contains(u"T6423"_s), qPrintable(edit->objectName()));
    }

    // Also with the focus in a text field, and with a scanner that drops every control character.
    auto* given = page->findChild<QLineEdit*>(u"givenNamesEdit"_s);
    given->setFocus();
    samples::Card renewed = mothersCard();
    renewed.number = "T64230001";
    renewed.middle = "CHIOMA";
    typeAsScanner(given, samples::stripped(samples::payload(renewed, 10)));
    QTRY_COMPARE(field(page, "last4Edit"), u"0001"_s);
    QCOMPARE(given->text(), u"IFEOMA CHIOMA"_s);   // the card's names, not the keys typed into the field
}

void TestIdScanning::wedgeBurstOnAnEarlierPageFillsTheIdPage()
{
    auto window = signedInWindow();
    VerificationWizard* wizard = wizardOnIdPage(*window, 2);   // the method page
    QVERIFY(wizard);
    QCOMPARE(wizard->currentId(), int(MethodPageId));
    typeAsScanner(wizard, samples::payload(mothersCard(), 10));
    QTRY_COMPARE(field(wizard->idDocumentPage(), "last4Edit"), u"5789"_s);
    QCOMPARE(wizard->currentId(), int(MethodPageId));   // the staff member still chooses the method
    QVERIFY(advance(wizard));
    QCOMPARE(wizard->currentId(), int(IdDocumentPageId));
    QCOMPARE(field(wizard->idDocumentPage(), "issuerEdit"), u"VA"_s);
    QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
}

void TestIdScanning::expiredCardAndOtherNameAreSaid()
{
    auto window = signedInWindow();
    VerificationWizard* wizard = wizardOnIdPage(*window);
    QVERIFY(wizard);
    IdDocumentPage* page = wizard->idDocumentPage();
    samples::Card card = mothersCard();
    card.family = "OKONKWO";   // the record says Okonkwo-Reyes
    card.issued = todayUtc().addYears(-8);
    card.expires = todayUtc().addDays(-3);
    page->scanWedgeText(QString::fromLatin1(samples::payload(card, 10)));
    const QString message = page->findChild<QLabel*>(u"scanMessageLabel"_s)->text();
    QVERIFY2(message.contains(u"This card expired on"_s), qPrintable(message));
    QVERIFY2(message.contains(u"The name on the card differs from the record"_s), qPrintable(message));
    snap(wizard, u"id-page-scanned-expired"_s);

    // A damaged barcode names the part, and the fields keep what the last good scan gave.
    const QByteArray payload = samples::payload(mothersCard(), 10);
    page->scanWedgeText(QString::fromLatin1(payload.left(payload.indexOf("ANSI ") + 8)));
    const QString damaged = page->findChild<QLabel*>(u"scanMessageLabel"_s)->text();
    QVERIFY2(damaged.contains(u"damaged"_s) && damaged.contains(u"issuer number"_s), qPrintable(damaged));
    QCOMPARE(field(page, "familyNamesEdit"), u"OKONKWO"_s);
}

void TestIdScanning::slowTypingIsNotSwallowed()
{
    auto window = signedInWindow();
    VerificationWizard* wizard = wizardOnIdPage(*window);
    QVERIFY(wizard);
    IdDocumentPage* page = wizard->idDocumentPage();
    auto* other = page->findChild<QLineEdit*>(u"givenNamesEdit"_s);
    other->setFocus();
    // A person, a key every 120 ms, starting with the character a payload starts with.
    QTest::keyClicks(other, u"@Ife"_s, Qt::NoModifier, 120);
    QTRY_COMPARE(other->text(), u"@Ife"_s);
    // Three quick keys are held for a moment, then typed where they were meant to go.
    other->clear();
    QTest::keyClicks(other, u"@ab"_s);
    QTRY_COMPARE(other->text(), u"@ab"_s);
    QCOMPARE(page->document().capturedBy, CapturedBy::Manual);

    // In the main window too: a search that starts like a form's code.
    wizard->discard();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    auto* search = window->findChild<QLineEdit*>(u"searchEdit"_s);
    search->clear();
    search->setFocus();
    QTest::keyClicks(search, u"Graciela"_s, Qt::NoModifier, 90);
    QTRY_COMPARE(search->text(), u"Graciela"_s);
}

void TestIdScanning::returnedWaiverOpensItsCase()
{
    auto window = signedInWindow();
    const QString form = printedWaiver(window->actor());
    QVERIFY(!form.isEmpty());
    QVERIFY(!window->cardWidget()->hasStudent());
    ImageFileDialog::setNextAnswer(form);
    window->returnedFormScan()->action()->trigger();
    QCOMPARE(window->cardWidget()->studentId(), kStudentId);
    auto* adults = qobject_cast<QAbstractItemView*>(window->cardWidget()->adultsView());
    QCOMPARE(adults->currentIndex().data(AdultsModel::GuardianIdRole).toString(), u"G-9000001"_s);
    const QString said = window->statusBar()->currentMessage();
    QVERIFY2(said.contains(u"Returned request to mail the key"_s) && said.contains(kMotherFirst), qPrintable(said));
    QVERIFY(window->findChild<QPushButton*>(u"verifyButton"_s)->isEnabled());
    snap(window.get(), u"main-window-returned-form"_s);

    // A picture of a licence is not a form.
    window->cardWidget()->clear();
    ImageFileDialog::setNextAnswer(cardPicture(mothersCard()));
    window->returnedFormScan()->action()->trigger();
    QVERIFY(!window->cardWidget()->hasStudent());
    QVERIFY2(window->statusBar()->currentMessage().contains(u"licence or ID card, not of a returned form"_s),
             qPrintable(window->statusBar()->currentMessage()));
}

void TestIdScanning::wedgeScannedFormCodeOpensItsCase()
{
    auto window = signedInWindow();
    auto waiver = WaiverService(*m_db).issue(window->actor(), WaiverForm::MailEmailWaiver, kStudentId,
                                             u"G-9000001"_s, u"en"_s);
    QVERIFY2(waiver, qPrintable(waiver.message()));
    auto* search = window->findChild<QLineEdit*>(u"searchEdit"_s);
    search->setFocus();
    typeAsScanner(search, WaiverService::casePayload(waiver->waiverId) + "\r");
    QTRY_COMPARE(window->cardWidget()->studentId(), kStudentId);
    QVERIFY(!search->text().contains(u"GDW1"_s));

    // A code this kiosk never issued opens nothing and says so.
    window->cardWidget()->clear();
    search->setFocus();
    typeAsScanner(search, "GDW1:7c9e6679-7425-40de-944b-e07fc1f90ae7\r");
    QTRY_VERIFY(window->statusBar()->currentMessage().contains(u"not issued at this kiosk"_s));
    QVERIFY(!window->cardWidget()->hasStudent());

    // Locked, the kiosk takes no scan: the keys reach the sign-in form as typed.
    window->lock();
    QLineEdit* user = nullptr;
    for (QLineEdit* edit : window->lockScreen()->findChildren<QLineEdit*>()) {
        if (!user && edit->isVisible() && edit->echoMode() == QLineEdit::Normal)
            user = edit;
    }
    QVERIFY(user);
    user->setFocus();
    const QByteArray code = WaiverService::casePayload(waiver->waiverId);
    typeAsScanner(user, code);
    QTRY_COMPARE(user->text(), QString::fromLatin1(code));
    QVERIFY(!window->cardWidget()->hasStudent());
}

QTEST_MAIN(TestIdScanning)
#include "TestIdScanning.moc"
