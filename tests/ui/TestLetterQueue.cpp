// The letter printer's queue as staff use it: queued letters without a secret on screen, a batch
// printed into an in-memory PDF (the keys on the paper only), printing once, voiding with a
// written reason, a reissued letter that can only be voided, stopping a long batch, the keyboard
// alone, a read-only administrator, and the lock closing it all.

#include "UiTestSupport.h"

#include "services/LetterPrinting.h"

#include "core/AccessKeyGenerator.h"
#include "core/crypto/RsaOaep.h"
#include "storage/AccessKeyIssuer.h"
#include "storage/LetterQueue.h"
#include "storage/Settings.h"
#include "storage/VerificationService.h"
#include "ui/KioskStyle.h"
#include "ui/MessageBox.h"
#include "ui/Translations.h"
#include "ui/letters/LetterQueueDialog.h"
#include "ui/letters/LetterQueueModel.h"
#include "ui/letters/VoidLetterDialog.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QDir>
#include <QListWidget>
#include <QPdfWriter>
#include <QPointer>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryFile>
#include <QTimer>
#include <QtTest>

#include <map>

using namespace gd;
using namespace gd::test;
using namespace Qt::Literals::StringLiterals;

namespace {

const QString kPrinterUser = u"printer.kim"_s;
const QString kPrinterPassword = u"Letter-Printer-9"_s;
// An administrator without a counter role (the first administrator also works the front desk).
const QString kAdminOnlyUser = u"admin.records"_s;
const QString kMotherId = u"G-9000001"_s;
const QString kReason = u"The printer jammed and tore the page"_s;

} // namespace

class TestLetterQueue : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void queueShowsLettersWithoutAnySecret();
    void printSelectedPutsTheKeysOnPaperOnly();
    void aLetterPrintsOnce();
    void previewHidesTheKeysAndKeepsTheLetter();
    void voidNeedsAWrittenReasonThenRevokesTheKeys();
    void reissuedLetterCanOnlyBeVoided();
    void longBatchShowsProgressAndStopsBetweenLetters();
    void keyboardOnlyPrintAndVoid();
    void everyInteractiveWidgetHasAnAccessibleName();
    void modelPassesTheModelTester();
    void administratorSeesTheQueueReadOnly();
    void lockClosesTheQueue();
    void lockClosesTheQueueWithItsQuestionOpen();
    void lockDuringABatchSendsTheDrawnPages();
    void screenshot();

private:
    Actor actorOf(const QString& user);
    QString issueLetter(const QString& guardianId, const QString& studentId, KeyDelivery delivery);
    QStringList issueLetters(int count);
    std::map<QString, QStringList> recoverSecrets();   // letter id -> the secrets as typed and as printed
    static QStringList everyModelText(QAbstractItemModel* model);
    QString pdfText(const QByteArray& pdf);
    void usePdf(LetterQueueDialog& dialog, QBuffer& pdf);
    static bool printAndWait(LetterQueueDialog& dialog, QAbstractButton* button);
    static void selectLetters(LetterQueueDialog& dialog, const QStringList& letterIds);
    int count(const QString& sql);
    void snap(QWidget* widget, const QString& name);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<StaffService> m_staff;
    QTemporaryDir m_keyDir;
    QString m_publicKeyPath;
    QByteArray m_districtPrivate;   // the district's half: opens the secrets the kiosk sealed
    QString m_screenshots;   // GD_LETTER_QUEUE_SCREENSHOTS: where to save the dialog as PNG
};

void TestLetterQueue::initTestCase()
{
    QVERIFY(useEnglishKiosk());

    // The district's key pair: the kiosk seals every secret to the public half.
    const auto keys = writeDistrictKeys(m_keyDir);
    QVERIFY(keys);
    m_districtPrivate = keys->privatePem;
    m_publicKeyPath = keys->publicKeyPath;

    m_screenshots = qEnvironmentVariable("GD_LETTER_QUEUE_SCREENSHOTS");
    if (!m_screenshots.isEmpty())
        QDir().mkpath(m_screenshots);
}

void TestLetterQueue::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = seededDatabase(*m_dir);
    QVERIFY(m_db);
    m_staff = std::make_unique<StaffService>(*m_db);
    QVERIFY(addStaff(*m_db));
    const Actor admin = actorOf(kAdminUser);
    QVERIFY(m_staff->add(admin, kPrinterUser, u"Kim Printer"_s, Roles(Role::LetterPrinter), kPrinterPassword));
    QVERIFY(m_staff->add(admin, kAdminOnlyUser, u"Records Admin"_s, Roles(Role::Administrator), kPrinterPassword));
    QVERIFY(Settings(*m_db).set(admin, Settings::DistrictPublicKeyFile, m_publicKeyPath).ok());
    MessageBox::clearLastText();
}

void TestLetterQueue::cleanup()
{
    // A dialog left open by a failed test must not leak into the next one.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    m_staff.reset();
    m_db.reset();
    m_dir.reset();
}

Actor TestLetterQueue::actorOf(const QString& user)
{
    auto member = m_staff->find(user);
    return member ? m_staff->actorFor(member.value()) : Actor{};
}

// Verifies the adult at the counter (ID names as on the record) and queues a letter.
QString TestLetterQueue::issueLetter(const QString& guardianId, const QString& studentId, KeyDelivery delivery)
{
    auto g = m_db->exec(u"SELECT first_name, last_name FROM guardians WHERE guardian_id = ?"_s, {guardianId});
    if (!g || !g->next())
        return {};
    VerificationRequest r;
    r.studentId = studentId;
    r.guardianId = guardianId;
    r.id.type = IdType::DriversLicense;
    r.id.issuer = u"CA"_s;
    r.id.numberLast4 = u"4821"_s;
    r.id.expiresOn = QDate::currentDate().addYears(3);
    r.id.givenNames = g->value(0).toString();
    r.id.familyNames = g->value(1).toString();
    g->finish();
    r.photoMatches = true;
    const Actor desk = actorOf(kDeskUser);
    auto v = VerificationService(*m_db).verify(desk, r);
    if (!v || !v->verified())
        return {};
    IssueOptions o;
    o.delivery = delivery;
    auto issued = AccessKeyIssuer(*m_db).issue(desk, v->verificationId, o);
    if (!issued)
        qWarning() << "issue:" << issued.message();
    return issued ? issued->letterId : QString();
}

// The known mother's letter (by mail) first, then adults of the demo roster with the most
// eligible children, until `count` letters are queued.
QStringList TestLetterQueue::issueLetters(int count)
{
    QStringList ids;
    const QString first = issueLetter(kMotherId, kStudentId, KeyDelivery::Mail);
    if (first.isEmpty())
        return ids;
    ids << first;
    auto q = m_db->exec(u"SELECT r.guardian_id, min(r.student_id), count(*) AS c FROM relationships r "
                        "JOIN students s ON s.student_id = r.student_id WHERE r.portal_eligible = 1 "
                        "AND r.educational_rights = 1 AND r.no_contact_order = 0 AND s.active = 1 "
                        "AND r.guardian_id <> ? GROUP BY r.guardian_id ORDER BY c DESC, r.guardian_id LIMIT 40"_s,
                        {kMotherId});
    if (!q)
        return ids;
    QList<std::pair<QString, QString>> pairs;
    while (q->next())
        pairs.append({q->value(0).toString(), q->value(1).toString()});
    q->finish();
    for (const auto& [guardian, student] : pairs) {
        if (ids.size() >= count)
            break;
        const QString id = issueLetter(guardian, student, KeyDelivery::InPerson);
        if (!id.isEmpty())
            ids << id;
    }
    return ids;
}

// The printed letters' secrets, opened the way the district opens them (the kiosk keeps none).
std::map<QString, QStringList> TestLetterQueue::recoverSecrets()
{
    std::map<QString, QStringList> secrets;
    auto q = m_db->exec(u"SELECT k.letter_id, json_extract(o.data, '$.sealed_secret') FROM outbox o "
                        "JOIN letter_links k ON k.key_id = json_extract(o.data, '$.key_id') "
                        "WHERE o.type = 'access_key.issued'"_s);
    if (!q)
        return secrets;
    const KeyFormat format = AccessKeyIssuer(*m_db).keyFormat();
    while (q->next()) {
        auto opened = crypto::rsaOaepOpen(m_districtPrivate, QByteArray::fromBase64(q->value(1).toString().toLatin1()));
        if (!opened)
            continue;
        GeneratedKey key;
        key.kind = format.kind;
        key.secret = crypto::SecretBytes(QByteArray(*opened));
        QStringList& forLetter = secrets[q->value(0).toString()];
        forLetter << QString::fromLatin1(*opened);
        forLetter << key.printableLines();   // as printed: in groups
    }
    return secrets;
}

// Every cell of the model in every role a view, a tooltip or a screen reader may ask for.
QStringList TestLetterQueue::everyModelText(QAbstractItemModel* model)
{
    QStringList texts;
    for (int row = 0; row < model->rowCount(); ++row) {
        for (int column = 0; column < model->columnCount(); ++column) {
            const QModelIndex index = model->index(row, column);
            for (int role = 0; role <= Qt::UserRole + 16; ++role) {
                const QVariant v = index.data(role);
                if (v.canConvert<QString>())
                    texts << v.toString();
            }
        }
    }
    for (int column = 0; column < model->columnCount(); ++column)
        texts << model->headerData(column, Qt::Horizontal).toString();
    return texts;
}

// The PDF's text as pdftotext reads it. The PDF holds keys: the file lives only as long as the
// extraction, and is overwritten before it is removed.
QString TestLetterQueue::pdfText(const QByteArray& pdf)
{
    QTemporaryFile file(m_dir->filePath(u"print-XXXXXX.pdf"_s));
    if (!file.open())
        return {};
    file.write(pdf);
    file.flush();
    QProcess p;
    p.start(u"pdftotext"_s, {u"-enc"_s, u"UTF-8"_s, file.fileName(), u"-"_s});
    QString text;
    if (p.waitForFinished(60000) && p.exitCode() == 0)
        text = QString::fromUtf8(p.readAllStandardOutput());
    file.seek(0);
    file.write(QByteArray(pdf.size(), '\0'));
    file.flush();
    file.close();
    file.remove();
    return text;
}

void TestLetterQueue::usePdf(LetterQueueDialog& dialog, QBuffer& pdf)
{
    dialog.setOutputFactory([&pdf] {
        if (!pdf.isOpen())
            pdf.open(QIODevice::WriteOnly);
        return std::unique_ptr<QPagedPaintDevice>(std::make_unique<QPdfWriter>(&pdf));
    });
}

bool TestLetterQueue::printAndWait(LetterQueueDialog& dialog, QAbstractButton* button)
{
    QSignalSpy finished(&dialog, &LetterQueueDialog::batchFinished);
    if (!button->isEnabled())
        return false;
    QTest::mouseClick(button, Qt::LeftButton);
    return finished.wait(60000) || !finished.isEmpty();
}

void TestLetterQueue::selectLetters(LetterQueueDialog& dialog, const QStringList& letterIds)
{
    QItemSelectionModel* selection = dialog.lettersView()->selectionModel();
    selection->clearSelection();
    for (const QString& id : letterIds) {
        const int row = dialog.model()->rowOf(id);
        if (row >= 0)
            selection->select(dialog.model()->index(row, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
}

int TestLetterQueue::count(const QString& sql)
{
    auto q = m_db->exec(sql);
    return q && q->next() ? q->value(0).toInt() : -1;
}

void TestLetterQueue::snap(QWidget* widget, const QString& name)
{
    if (m_screenshots.isEmpty())
        return;
    QTest::qWait(50);   // let layouts settle and paint once
    QVERIFY(widget->grab().save(QDir(m_screenshots).filePath(name + u".png"_s)));
}

void TestLetterQueue::queueShowsLettersWithoutAnySecret()
{
    const QStringList ids = issueLetters(3);
    QCOMPARE(ids.size(), 3);
    // A queued letter holds no key: there is none to show, leak or steal.
    QCOMPARE(count(u"SELECT count(*) FROM access_keys"_s), 0);
    QVERIFY(recoverSecrets().empty());

    LetterQueueDialog dialog(*m_db, actorOf(kPrinterUser));
    dialog.resize(1200, 760);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.model()->rowCount(), 3);
    QVERIFY(dialog.mayPrint());

    // What the queue says about the known mother's letter.
    const int row = dialog.model()->rowOf(ids.first());
    QVERIFY(row >= 0);
    const auto cell = [&](int column) { return dialog.model()->index(row, column).data().toString(); };
    QCOMPARE(cell(LetterQueueModel::AdultColumn), kMotherFirst + u' ' + kStudentLast);
    QVERIFY(cell(LetterQueueModel::ChildrenColumn).contains(kStudentFirst));
    QVERIFY(cell(LetterQueueModel::LanguageColumn).contains(u"Spanish"_s));
    QCOMPARE(cell(LetterQueueModel::DeliveryColumn), u"By mail"_s);
    QVERIFY(cell(LetterQueueModel::SerialColumn).endsWith(u"-000001"_s));
    const auto usDate = [](int days) { return QDate::currentDate().addDays(days).toString(u"MM/dd/yyyy"_s); };
    QVERIFY(cell(LetterQueueModel::CreatedColumn).startsWith(usDate(0))
            || cell(LetterQueueModel::CreatedColumn).startsWith(usDate(1))
            || cell(LetterQueueModel::CreatedColumn).startsWith(usDate(-1)));
    QCOMPARE(cell(LetterQueueModel::KeysColumn), u"1 key to print"_s);
    dialog.lettersView()->selectAll();
    QVERIFY(!everyModelText(dialog.model()).isEmpty());
}

void TestLetterQueue::printSelectedPutsTheKeysOnPaperOnly()
{
    const QStringList ids = issueLetters(3);
    QCOMPARE(ids.size(), 3);
    const int keysPrinted = count(u"SELECT count(*) FROM letter_links WHERE letter_id IN ('%1', '%2')"_s
                                      .arg(ids[0], ids[1]));
    QVERIFY(keysPrinted >= 2);

    LetterQueueDialog dialog(*m_db, actorOf(kPrinterUser));
    QBuffer pdf;
    usePdf(dialog, pdf);
    dialog.show();
    selectLetters(dialog, {ids[0], ids[1]});
    auto* print = dialog.findChild<QPushButton*>(u"printSelectedButton"_s);
    QVERIFY(printAndWait(dialog, print));

    // Both printed, in the order of the queue; they left it.
    QCOMPARE(dialog.lastOutcomes().size(), 2);
    for (const auto& o : dialog.lastOutcomes())
        QVERIFY2(o.printed, qPrintable(o.message));
    QVERIFY2(dialog.summaryText().startsWith(u"2 letter"_s), qPrintable(dialog.summaryText()));
    QCOMPARE(dialog.findChild<QListWidget*>(u"resultsList"_s)->count(), 2);
    QCOMPARE(dialog.model()->rowCount(), 1);
    QCOMPARE(dialog.model()->rowOf(ids[2]), 0);
    QCOMPARE(count(u"SELECT count(*) FROM letters WHERE state = 'printed'"_s), 2);
    QCOMPARE(count(u"SELECT count(*) FROM outbox WHERE type = 'letter.printed'"_s), keysPrinted);
    // The keys were made as the letters printed: the district opens exactly those, and the
    // letter left in the queue has none.
    const auto secrets = recoverSecrets();
    QCOMPARE(int(secrets.size()), 2);
    const QStringList printedKeys = secrets.at(ids[0]) + secrets.at(ids[1]);
    QCOMPARE(count(u"SELECT count(*) FROM access_keys"_s), keysPrinted);
    QCOMPARE(count(u"SELECT count(*) FROM letter_links WHERE letter_id = '%1' AND key_id IS NOT NULL"_s.arg(ids[2])), 0);

    // The keys are on the paper.
    QVERIFY(pdf.data().startsWith("%PDF"));
    const QString text = pdfText(pdf.data());
    pdf.buffer().fill('\0');   // the PDF held the keys, like the paper
    QVERIFY(!text.isEmpty());
    QString flat = text;
    flat.remove(QRegularExpression(u"\\s"_s));
    // The letter sets a key in groups of four; the extracted text runs them together.
    const auto bare = [](QString key) { return key.remove(QRegularExpression(u"[\\s-]"_s)); };
    for (const QString& key : printedKeys)
        QVERIFY2(flat.contains(bare(key)), "a printed key is missing from the PDF");

    // And never on the screen.
    QStringList texts = visibleTexts(&dialog);
    texts << everyModelText(dialog.model());
    const QStringList leaks = leaksOf(texts, printedKeys);
    QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u" | "_s)));
}

void TestLetterQueue::aLetterPrintsOnce()
{
    const QStringList ids = issueLetters(2);
    QCOMPARE(ids.size(), 2);
    LetterQueueDialog dialog(*m_db, actorOf(kPrinterUser));
    QBuffer pdf;
    usePdf(dialog, pdf);
    dialog.show();
    selectLetters(dialog, {ids[0]});
    QVERIFY(printAndWait(dialog, dialog.findChild<QPushButton*>(u"printSelectedButton"_s)));
    QVERIFY(dialog.lastOutcomes().first().printed);
    pdf.buffer().fill('\0');

    // Asked to print it again (as a stale list would), the service refuses: a reprint is a reissue.
    QBuffer second;
    usePdf(dialog, second);
    QSignalSpy finished(&dialog, &LetterQueueDialog::batchFinished);
    dialog.printLetters({ids[0]});
    QVERIFY(finished.wait(30000) || !finished.isEmpty());
    QCOMPARE(dialog.lastOutcomes().size(), 1);
    QVERIFY(!dialog.lastOutcomes().first().printed);
    QVERIFY2(dialog.lastOutcomes().first().message.contains(u"reissue"_s),
             qPrintable(dialog.lastOutcomes().first().message));
    QVERIFY(dialog.summaryText().contains(u"not printed"_s));
    QCOMPARE(second.data().size(), 0);   // nothing was drawn
    QCOMPARE(count(u"SELECT count(*) FROM letters WHERE state = 'printed'"_s), 1);

    // The screen says so before anyone tries, and "Printed" offers no printing.
    QVERIFY(dialog.findChild<QLabel*>(u"onceOnlyLabel"_s)->text().contains(u"reissues"_s));
    dialog.setView(LetterQueueDialog::View::Printed);
    QCOMPARE(dialog.model()->rowCount(), 1);
    QCOMPARE(dialog.model()->rowOf(ids[0]), 0);
    QCOMPARE(dialog.model()->index(0, LetterQueueModel::KeysColumn).data().toString(), u"Printed"_s);
    QVERIFY(!dialog.findChild<QPushButton*>(u"printSelectedButton"_s)->isVisible());
    QVERIFY(!dialog.findChild<QPushButton*>(u"printAllButton"_s)->isVisible());
    selectLetters(dialog, {ids[0]});
    dialog.printSelected();
    QVERIFY(dialog.statusText().contains(u"prints once"_s));
    QCOMPARE(count(u"SELECT count(*) FROM outbox WHERE type = 'letter.printed'"_s),
             count(u"SELECT count(*) FROM letter_links WHERE letter_id = '%1' AND state = 'issued'"_s.arg(ids[0])));
}

void TestLetterQueue::previewHidesTheKeysAndKeepsTheLetter()
{
    const QStringList ids = issueLetters(1);
    QCOMPARE(ids.size(), 1);
    LetterQueueDialog dialog(*m_db, actorOf(kPrinterUser));
    dialog.show();
    selectLetters(dialog, {ids[0]});
    auto* previewButton = dialog.findChild<QPushButton*>(u"previewButton"_s);
    QVERIFY(previewButton && previewButton->isEnabled());
    previewButton->click();
    auto* preview = dialog.findChild<QDialog*>(u"letterPreview"_s);
    QVERIFY(preview);
    const QList<QLabel*> pages = preview->findChildren<QLabel*>(u"previewPage"_s);
    QCOMPARE(pages.size(), 1);
    QVERIFY(!pages.first()->pixmap().isNull());
    // The service draws the same preview on its own (keys as dots, see the letter tests).
    auto masked = LetterPrinting(*m_db).preview(actorOf(kPrinterUser), ids[0], 96);
    QVERIFY(masked && masked->size() == 1);
    // Nothing was printed, and no key was made: the letter is still queued.
    QCOMPARE(count(u"SELECT count(*) FROM letters WHERE state = 'queued'"_s), 1);
    QCOMPARE(count(u"SELECT count(*) FROM access_keys"_s), 0);
    QCOMPARE(count(u"SELECT count(*) FROM outbox WHERE type = 'letter.printed'"_s), 0);
    // And the lock closes the preview with the queue.
    LetterQueueDialog::closeAllForLock(nullptr);
}

void TestLetterQueue::voidNeedsAWrittenReasonThenRevokesTheKeys()
{
    const QStringList ids = issueLetters(2);
    QCOMPARE(ids.size(), 2);
    LetterQueueDialog dialog(*m_db, actorOf(kPrinterUser));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    selectLetters(dialog, {ids[0]});
    auto* voidButton = dialog.findChild<QPushButton*>(u"voidButton"_s);
    QVERIFY(voidButton->isEnabled());

    // Keeping the letter at the reason changes nothing.
    VoidLetterDialog::setNextAnswer(std::nullopt);
    QTest::mouseClick(voidButton, Qt::LeftButton);
    QCOMPARE(count(u"SELECT count(*) FROM letters WHERE state = 'voided'"_s), 0);

    // The real dialog: a reason too short is refused there, and it stays open.
    bool found = false;
    bool refusedShort = false;
    bool stayedOpen = false;
    QString problem;
    QTimer::singleShot(0, this, [&] {
        auto* ask = qobject_cast<VoidLetterDialog*>(QApplication::activeModalWidget());
        if (!ask)
            return;
        found = true;
        auto* edit = ask->findChild<QLineEdit*>(u"reasonEdit"_s);
        QTest::keyClicks(edit, u"jam"_s);
        QTest::mouseClick(ask->findChild<QPushButton*>(u"voidButton"_s), Qt::LeftButton);
        problem = ask->problem();
        refusedShort = !problem.isEmpty();
        stayedOpen = ask->isVisible();
        edit->selectAll();
        QTest::keyClicks(edit, kReason);
        QTest::keyClick(edit, Qt::Key_Return);
    });
    // The confirmation that follows: first "No", the letter stays.
    MessageBox::setNextAnswer(QMessageBox::No);
    QTest::mouseClick(voidButton, Qt::LeftButton);
    QVERIFY(found);
    QVERIFY(refusedShort);
    QVERIFY2(problem.contains(u"at least 10 characters"_s), qPrintable(problem));
    QVERIFY(stayedOpen);
    QVERIFY2(MessageBox::lastText().contains(u"will not be printed"_s), qPrintable(MessageBox::lastText()));
    QCOMPARE(count(u"SELECT count(*) FROM letters WHERE state = 'voided'"_s), 0);

    // The seam goes through the same check.
    VoidLetterDialog::setNextAnswer(u"torn"_s);
    dialog.voidCurrent();
    QVERIFY(VoidLetterDialog::lastProblem().contains(u"at least"_s));
    QCOMPARE(count(u"SELECT count(*) FROM letters WHERE state = 'voided'"_s), 0);

    // A good reason and "Yes": the letter leaves the queue (it held no key to revoke).
    VoidLetterDialog::setNextAnswer(kReason);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    selectLetters(dialog, {ids[0]});
    QTest::mouseClick(voidButton, Qt::LeftButton);
    QCOMPARE(count(u"SELECT count(*) FROM letters WHERE state = 'voided'"_s), 1);
    QCOMPARE(count(u"SELECT count(*) FROM outbox WHERE type = 'access_key.revoked'"_s), 0);
    QCOMPARE(dialog.model()->rowOf(ids[0]), -1);
    QVERIFY2(dialog.statusText().contains(u"is void"_s), qPrintable(dialog.statusText()));

    // A printed letter is voided by revoking its keys: an administrator's act, said plainly.
    QBuffer pdf;
    usePdf(dialog, pdf);
    selectLetters(dialog, {ids[1]});
    QVERIFY(printAndWait(dialog, dialog.findChild<QPushButton*>(u"printSelectedButton"_s)));
    pdf.buffer().fill('\0');
    const int keys = count(u"SELECT count(*) FROM letter_links WHERE letter_id = '%1' AND state = 'issued'"_s.arg(ids[1]));
    QVERIFY(keys >= 1);
    dialog.setView(LetterQueueDialog::View::Printed);
    selectLetters(dialog, {ids[1]});
    QVERIFY(!dialog.findChild<QPushButton*>(u"voidButton"_s)->isEnabled());   // a letter printer cannot
    LetterQueueDialog asAdmin(*m_db, actorOf(kAdminOnlyUser));
    asAdmin.show();
    asAdmin.setView(LetterQueueDialog::View::Printed);
    selectLetters(asAdmin, {ids[1]});
    QVERIFY(asAdmin.findChild<QPushButton*>(u"voidButton"_s)->isEnabled());
    VoidLetterDialog::setNextAnswer(kReason);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    asAdmin.voidCurrent();
    QVERIFY(MessageBox::lastText().contains(u"will be revoked"_s));
    QCOMPARE(count(u"SELECT count(*) FROM access_keys a JOIN letter_links k ON k.key_id = a.key_id WHERE "
                   "k.letter_id = '%1' AND a.status = 'revoked' AND a.revoke_reason = 'staff_error'"_s.arg(ids[1])),
             keys);
    QVERIFY(asAdmin.statusText().contains(u"keys are revoked"_s));
    dialog.setView(LetterQueueDialog::View::Queued);

    dialog.setView(LetterQueueDialog::View::Voided);
    QCOMPARE(dialog.model()->rowOf(ids[0]), 0);
    QVERIFY(!dialog.findChild<QPushButton*>(u"voidButton"_s)->isEnabled());
}

void TestLetterQueue::reissuedLetterCanOnlyBeVoided()
{
    const QString old = issueLetter(kMotherId, kStudentId, KeyDelivery::Mail);
    QVERIFY(!old.isEmpty());
    const QString fresh = issueLetter(kMotherId, kStudentId, KeyDelivery::InPerson);
    QVERIFY(!fresh.isEmpty());

    LetterQueueDialog dialog(*m_db, actorOf(kPrinterUser));
    QBuffer pdf;
    usePdf(dialog, pdf);
    dialog.show();
    QCOMPARE(dialog.model()->rowCount(), 2);
    const QModelIndex keys = dialog.model()->index(dialog.model()->rowOf(old), LetterQueueModel::KeysColumn);
    QVERIFY2(keys.data().toString().contains(u"REPLACED"_s), qPrintable(keys.data().toString()));
    QVERIFY(keys.data(Qt::ToolTipRole).toString().contains(u"void it"_s));
    QVERIFY(!keys.data(Qt::DecorationRole).isNull());
    QVERIFY(!keys.data(LetterQueueModel::PrintableRole).toBool());
    QVERIFY(dialog.findChild<QLabel*>(u"countLabel"_s)->text().contains(u"1 to void"_s));

    // Selected alone it cannot be printed, only voided.
    selectLetters(dialog, {old});
    QVERIFY(!dialog.findChild<QPushButton*>(u"printSelectedButton"_s)->isEnabled());
    QVERIFY(dialog.findChild<QPushButton*>(u"voidButton"_s)->isEnabled());
    dialog.printSelected();
    QVERIFY(dialog.statusText().contains(u"Void them"_s));
    // Asked anyway, the service refuses and says why.
    QSignalSpy finished(&dialog, &LetterQueueDialog::batchFinished);
    dialog.printLetters({old});
    QVERIFY(finished.wait(30000) || !finished.isEmpty());
    QVERIFY(!dialog.lastOutcomes().first().printed);
    QVERIFY(dialog.lastOutcomes().first().message.contains(u"void it"_s));
    // "Print all" leaves it out.
    dialog.findChild<QPushButton*>(u"printAllButton"_s)->click();
    QVERIFY(finished.wait(30000) || finished.size() == 2);
    QCOMPARE(dialog.lastOutcomes().size(), 1);
    QCOMPARE(dialog.lastOutcomes().first().letterId, fresh);
    QVERIFY(dialog.lastOutcomes().first().printed);
    pdf.buffer().fill('\0');

    VoidLetterDialog::setNextAnswer(u"Keys were reissued at the counter"_s);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    selectLetters(dialog, {old});
    dialog.voidCurrent();
    QCOMPARE(count(u"SELECT count(*) FROM letters WHERE state = 'voided'"_s), 1);
    QCOMPARE(dialog.model()->rowCount(), 0);
    QVERIFY(dialog.findChild<QLabel*>(u"emptyLabel"_s)->isVisible());
    // The newer letter's keys are still good.
    QCOMPARE(count(u"SELECT count(*) FROM access_keys a JOIN letter_links k ON k.key_id = a.key_id WHERE "
                   "k.letter_id = '%1' AND a.status = 'active'"_s.arg(fresh)),
             count(u"SELECT count(*) FROM letter_links WHERE letter_id = '%1'"_s.arg(fresh)));
}

void TestLetterQueue::longBatchShowsProgressAndStopsBetweenLetters()
{
    const QStringList ids = issueLetters(4);
    QCOMPARE(ids.size(), 4);
    LetterQueueDialog dialog(*m_db, actorOf(kPrinterUser));
    QBuffer pdf;
    usePdf(dialog, pdf);
    dialog.show();
    auto* progress = dialog.findChild<QProgressBar*>(u"printProgress"_s);
    auto* stop = dialog.findChild<QPushButton*>(u"cancelPrintButton"_s);
    bool progressShown = false;
    bool othersDisabled = false;
    connect(&dialog, &LetterQueueDialog::letterHandled, this, [&](int handled, int total) {
        if (handled != 1)
            return;
        progressShown = progress->isVisible() && progress->value() == 1 && progress->maximum() == total;
        othersDisabled = !dialog.findChild<QPushButton*>(u"printAllButton"_s)->isEnabled()
                         && !dialog.findChild<QPushButton*>(u"voidButton"_s)->isEnabled();
        QTest::mouseClick(stop, Qt::LeftButton);
    });
    QVERIFY(printAndWait(dialog, dialog.findChild<QPushButton*>(u"printAllButton"_s)));
    QVERIFY(progressShown);
    QVERIFY(othersDisabled);
    QVERIFY(!progress->isVisible());
    QCOMPARE(dialog.lastOutcomes().size(), 4);
    QVERIFY(dialog.lastOutcomes().at(0).printed);
    for (int i = 1; i < 4; ++i) {
        QVERIFY(!dialog.lastOutcomes().at(i).printed);
        QVERIFY(dialog.lastOutcomes().at(i).message.contains(u"still in the queue"_s));
    }
    QCOMPARE(dialog.model()->rowCount(), 3);
    QVERIFY(pdf.data().startsWith("%PDF"));   // the letter drawn before the stop is complete
    pdf.buffer().fill('\0');

    // Escape during a batch stops it too, without closing the queue.
    bool stillOpen = false;
    connect(&dialog, &LetterQueueDialog::letterHandled, this, [&](int handled) {
        if (handled == 1) {
            QTest::keyClick(&dialog, Qt::Key_Escape);
            stillOpen = dialog.isVisible();
        }
    });
    QBuffer rest;
    usePdf(dialog, rest);
    QVERIFY(printAndWait(dialog, dialog.findChild<QPushButton*>(u"printAllButton"_s)));
    QVERIFY(stillOpen);
    QVERIFY(dialog.isVisible());
    rest.buffer().fill('\0');
}

void TestLetterQueue::keyboardOnlyPrintAndVoid()
{
    const QStringList ids = issueLetters(3);
    QCOMPARE(ids.size(), 3);
    LetterQueueDialog dialog(*m_db, actorOf(kPrinterUser));
    QBuffer pdf;
    usePdf(dialog, pdf);
    dialog.show();
    dialog.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QTableView* view = dialog.lettersView();
    QCOMPARE(QApplication::focusWidget(), view);

    // Return with nothing selected says how to select; nothing prints.
    pressKey(Qt::Key_Return);
    QVERIFY(dialog.statusText().contains(u"Select the letters"_s));
    QCOMPARE(count(u"SELECT count(*) FROM letters WHERE state = 'printed'"_s), 0);

    // Down selects the second letter, Shift+Up adds the first; Return prints both.
    pressKey(Qt::Key_Down);
    pressKey(Qt::Key_Up, Qt::ShiftModifier);
    QCOMPARE(view->selectionModel()->selectedRows().size(), 2);
    QSignalSpy finished(&dialog, &LetterQueueDialog::batchFinished);
    pressKey(Qt::Key_Return);
    QVERIFY(finished.wait(60000) || !finished.isEmpty());
    QCOMPARE(dialog.lastOutcomes().size(), 2);
    QVERIFY(dialog.lastOutcomes().at(0).printed && dialog.lastOutcomes().at(1).printed);
    QCOMPARE(dialog.lastOutcomes().at(0).letterId, ids[0]);
    QCOMPARE(QApplication::focusWidget(), view);   // back where the keyboard was
    pdf.buffer().fill('\0');

    // Delete asks to void the current letter (Space selects it).
    pressKey(Qt::Key_Space);
    QCOMPARE(view->selectionModel()->selectedRows().size(), 1);
    VoidLetterDialog::setNextAnswer(kReason);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    pressKey(Qt::Key_Delete);
    QCOMPARE(count(u"SELECT count(*) FROM letters WHERE state = 'voided'"_s), 1);
    QCOMPARE(dialog.model()->rowCount(), 0);

    // Tab reaches the filters (one tab stop, like tabs); the arrow keys move between them.
    auto* queued = dialog.findChild<QPushButton*>(u"queuedFilterButton"_s);
    for (int i = 0; i < 12 && QApplication::focusWidget() != queued; ++i)
        pressKey(Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), queued);
    pressKey(Qt::Key_Right);
    QCOMPARE(QApplication::focusWidget(), dialog.findChild<QPushButton*>(u"printedFilterButton"_s));
    QCOMPARE(dialog.view(), LetterQueueDialog::View::Printed);
    QCOMPARE(dialog.model()->rowCount(), 2);
}

void TestLetterQueue::everyInteractiveWidgetHasAnAccessibleName()
{
    const QStringList ids = issueLetters(3);
    QVERIFY(ids.size() >= 2);
    LetterQueueDialog dialog(*m_db, actorOf(kPrinterUser));
    QBuffer pdf;
    usePdf(dialog, pdf);
    dialog.resize(1200, 760);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QStringList missing;
    QStringList small;
    const auto check = [&](QWidget* root, const QString& where) {
        for (QWidget* w : interactiveWidgets(root)) {
            if (w->accessibleName().trimmed().isEmpty())
                missing << u"%1 (%2)"_s.arg(describe(w), where);
            // Large enough to touch: buttons and fields at least two lines of text high.
            if (w->isVisible() && w->height() < 2 * w->fontMetrics().height())
                small << u"%1 (%2 px, %3)"_s.arg(describe(w)).arg(w->height()).arg(where);
        }
    };
    check(&dialog, u"queue"_s);
    selectLetters(dialog, {ids[0]});
    QVERIFY(printAndWait(dialog, dialog.findChild<QPushButton*>(u"printSelectedButton"_s)));
    pdf.buffer().fill('\0');
    check(&dialog, u"after printing"_s);
    dialog.setView(LetterQueueDialog::View::Printed);
    check(&dialog, u"printed"_s);

    VoidLetterDialog ask(u"1234-000001"_s, kMotherFirst, &dialog);
    ask.show();
    QVERIFY(QTest::qWaitForWindowExposed(&ask));
    check(&ask, u"void dialog"_s);
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u"\n"_s)));
    QVERIFY2(small.isEmpty(), qPrintable(small.join(u"\n"_s)));

    // Rows are tall enough to touch, and a row reads as a sentence.
    QTableView* view = dialog.lettersView();
    QVERIFY(view->rowHeight(0) >= 2 * view->fontMetrics().height());
    const QString spoken = dialog.model()->index(0, LetterQueueModel::SerialColumn).data(Qt::AccessibleTextRole).toString();
    QVERIFY2(spoken.contains(u"Letter "_s) && spoken.contains(u"Printed"_s), qPrintable(spoken));
}

void TestLetterQueue::modelPassesTheModelTester()
{
    const QStringList ids = issueLetters(3);
    QVERIFY(ids.size() >= 2);
    LetterQueueDialog dialog(*m_db, actorOf(kPrinterUser));
    QAbstractItemModelTester tester(dialog.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(dialog.model()->rowCount(), ids.size());
    QCOMPARE(dialog.model()->columnCount(), int(LetterQueueModel::ColumnCount));
    QVERIFY(!dialog.model()->index(0, 0).data(LetterQueueModel::LetterIdRole).toString().isEmpty());
    QVERIFY(!dialog.model()->headerData(LetterQueueModel::KeysColumn, Qt::Horizontal).toString().isEmpty());
    dialog.setView(LetterQueueDialog::View::Printed);
    QCOMPARE(dialog.model()->rowCount(), 0);
    dialog.setView(LetterQueueDialog::View::Queued);
    dialog.refresh();
    dialog.model()->clear();
    QCOMPARE(dialog.model()->rowCount(), 0);
    QCOMPARE(dialog.model()->letterAt(0), nullptr);

    // A bare model, filled and emptied.
    LetterQueueModel model;
    QAbstractItemModelTester bare(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QueuedLetter l;
    l.letterId = u"L-1"_s;
    l.serial = 7;
    l.guardianName = u"Ana López"_s;
    l.language = u"xx"_s;   // not a letter language
    l.delivery = u"in_person"_s;
    l.state = u"queued"_s;
    l.createdAt = QDateTime::currentDateTimeUtc();
    l.studentNames = {u"Luis López"_s};
    l.links = 1;
    model.setSchoolCode(u"1234"_s);
    model.setLetters({l});
    QCOMPARE(model.index(0, LetterQueueModel::SerialColumn).data().toString(), u"1234-000007"_s);
    QVERIFY(model.index(0, LetterQueueModel::LanguageColumn).data().toString().contains(u"printed in English"_s));
    QCOMPARE(model.index(0, LetterQueueModel::DeliveryColumn).data().toString(), u"In person"_s);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestLetterQueue::administratorSeesTheQueueReadOnly()
{
    const QStringList ids = issueLetters(2);
    QCOMPARE(ids.size(), 2);
    const Actor adminOnly = actorOf(kAdminOnlyUser);
    QCOMPARE(adminOnly.roles, Roles(Role::Administrator));
    LetterQueueDialog dialog(*m_db, adminOnly);
    QBuffer pdf;
    usePdf(dialog, pdf);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.model()->rowCount(), 2);
    QVERIFY(!dialog.mayPrint());
    auto* readOnly = dialog.findChild<QLabel*>(u"readOnlyLabel"_s);
    QVERIFY(readOnly->isVisible());
    QVERIFY2(readOnly->text().contains(u"only letter printers print letters"_s), qPrintable(readOnly->text()));
    selectLetters(dialog, {ids[0]});
    QVERIFY(!dialog.findChild<QPushButton*>(u"printSelectedButton"_s)->isEnabled());
    QVERIFY(!dialog.findChild<QPushButton*>(u"printAllButton"_s)->isEnabled());
    // Voiding is an administrator's power too (the service allows it): the button is there.
    QVERIFY(dialog.findChild<QPushButton*>(u"voidButton"_s)->isEnabled());

    // Return from the keyboard explains instead of printing.
    dialog.lettersView()->setFocus();
    QTest::keyClick(dialog.lettersView(), Qt::Key_Return);
    QVERIFY(dialog.statusText().contains(u"print letters"_s));

    // Asked anyway, the service refuses; its message is shown and nothing changed.
    QSignalSpy finished(&dialog, &LetterQueueDialog::batchFinished);
    dialog.printLetters({ids[0]});
    QVERIFY(finished.wait(30000) || !finished.isEmpty());
    QVERIFY(!dialog.lastOutcomes().first().printed);
    QVERIFY2(dialog.lastOutcomes().first().message.contains(u"Only letter printers open and print"_s),
             qPrintable(dialog.lastOutcomes().first().message));
    const auto* results = dialog.findChild<QListWidget*>(u"resultsList"_s);
    QVERIFY(results->item(0)->text().contains(u"Only letter printers"_s));
    QCOMPARE(count(u"SELECT count(*) FROM letters WHERE state = 'queued'"_s), 2);
    QCOMPARE(count(u"SELECT count(*) FROM outbox WHERE type = 'letter.printed'"_s), 0);
    QCOMPARE(pdf.data().size(), 0);

    // The front desk prints only at the counter, the letter it just issued: the queue is read-only.
    LetterQueueDialog desk(*m_db, actorOf(kDeskUser));
    QVERIFY(!desk.mayPrint());
    QVERIFY(desk.findChild<QLabel*>(u"readOnlyLabel"_s)->isVisibleTo(&desk));
}

void TestLetterQueue::lockClosesTheQueue()
{
    const QStringList ids = issueLetters(2);
    QCOMPARE(ids.size(), 2);
    QWidget host;
    host.resize(1280, 800);
    host.show();
    QPointer<LetterQueueDialog> dialog = LetterQueueDialog::showQueue(&host, *m_db, actorOf(kPrinterUser));
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QCOMPARE(dialog->objectName(), u"letterQueueDialog"_s);
    QVERIFY(dialog->width() >= 1280 * 9 / 10);
    const QStringList personal = {kMotherFirst, kStudentFirst, kStudentLast};
    QVERIFY(!leaksOf(visibleTexts(dialog), personal).isEmpty());   // the check can see them

    LetterQueueDialog::closeAllForLock(&host);
    QVERIFY(!dialog || !dialog->isVisible());
    if (dialog) {
        const QStringList leaks = leaksOf(visibleTexts(dialog), personal);
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u" | "_s)));
    }
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QVERIFY(!dialog);
    QCOMPARE(count(u"SELECT count(*) FROM letters WHERE state = 'queued'"_s), 2);
}

// The hardest moment to lock: the reason for voiding is being typed. The lock closes the
// question and the queue; nothing is voided.
void TestLetterQueue::lockClosesTheQueueWithItsQuestionOpen()
{
    const QStringList ids = issueLetters(2);
    QCOMPARE(ids.size(), 2);
    QWidget host;
    host.resize(1280, 800);
    host.show();
    QPointer<LetterQueueDialog> dialog = LetterQueueDialog::showQueue(&host, *m_db, actorOf(kPrinterUser));
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    selectLetters(*dialog, {ids[0]});
    QPointer<VoidLetterDialog> ask;
    QTimer::singleShot(0, this, [&] {
        ask = qobject_cast<VoidLetterDialog*>(QApplication::activeModalWidget());
        if (ask)
            QTest::keyClicks(ask->findChild<QLineEdit*>(u"reasonEdit"_s), kReason);
        LetterQueueDialog::closeAllForLock(&host);
    });
    QTest::mouseClick(dialog->findChild<QPushButton*>(u"voidButton"_s), Qt::LeftButton);
    QVERIFY(ask.isNull());   // the question was a stack dialog: gone with its answer
    QVERIFY(!dialog || !dialog->isVisible());
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QVERIFY(!dialog);
    QCOMPARE(count(u"SELECT count(*) FROM letters WHERE state = 'voided'"_s), 0);
    const QStringList leaks = leaksOf(visibleTexts(&host), {kMotherFirst, kStudentFirst});
    QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u" | "_s)));
}

void TestLetterQueue::lockDuringABatchSendsTheDrawnPages()
{
    const QStringList ids = issueLetters(3);
    QCOMPARE(ids.size(), 3);
    QWidget host;
    host.show();
    QPointer<LetterQueueDialog> dialog = LetterQueueDialog::showQueue(&host, *m_db, actorOf(kPrinterUser));
    QBuffer pdf;
    usePdf(*dialog, pdf);
    connect(dialog.data(), &LetterQueueDialog::letterHandled, this, [&host](int handled) {
        if (handled == 1)
            LetterQueueDialog::closeAllForLock(&host);
    });
    dialog->findChild<QPushButton*>(u"printAllButton"_s)->click();
    QTRY_VERIFY(!dialog || !dialog->isVisible());
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QVERIFY(!dialog);
    // The one letter drawn is marked printed and its page is complete; the others wait.
    QCOMPARE(count(u"SELECT count(*) FROM letters WHERE state = 'printed'"_s), 1);
    QCOMPARE(count(u"SELECT count(*) FROM letters WHERE state = 'queued'"_s), 2);
    QVERIFY(pdf.data().startsWith("%PDF"));
    QVERIFY(pdf.data().trimmed().endsWith("%%EOF"));
    pdf.buffer().fill('\0');
}

void TestLetterQueue::screenshot()
{
    const QStringList ids = issueLetters(5);
    QCOMPARE(ids.size(), 5);
    // A reissue leaves the first letter without its keys: it shows as "void this letter".
    QVERIFY(!issueLetter(kMotherId, kStudentId, KeyDelivery::InPerson).isEmpty());
    LetterQueueDialog dialog(*m_db, actorOf(kPrinterUser));
    dialog.resize(1240, 760);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    selectLetters(dialog, {ids[1], ids[2]});
    const QPixmap shot = dialog.grab();
    QVERIFY(!shot.isNull());
    snap(&dialog, u"letter-queue"_s);

    QBuffer pdf;
    usePdf(dialog, pdf);
    QVERIFY(printAndWait(dialog, dialog.findChild<QPushButton*>(u"printSelectedButton"_s)));
    pdf.buffer().fill('\0');
    snap(&dialog, u"letter-queue-after-print"_s);

    VoidLetterDialog ask(dialog.model()->serialText(*dialog.model()->letterAt(0)), kMotherFirst, &dialog);
    ask.show();
    QVERIFY(QTest::qWaitForWindowExposed(&ask));
    QTest::keyClicks(ask.findChild<QLineEdit*>(u"reasonEdit"_s), u"jam"_s);
    ask.confirm();
    snap(&ask, u"void-letter"_s);
}

QTEST_MAIN(TestLetterQueue)
#include "TestLetterQueue.moc"
