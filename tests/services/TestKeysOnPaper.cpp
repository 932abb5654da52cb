#include "letters/PopplerTools.h"
#include "storage/StorageTestUtil.h"

#include "core/crypto/RsaOaep.h"
#include "printing/LetterDocument.h"
#include "services/LetterPrinting.h"
#include "services/PrintRun.h"
#include "services/VerificationSession.h"
#include "storage/AccessKeyIssuer.h"
#include "storage/AuditLog.h"
#include "storage/LetterQueue.h"
#include "storage/StudentDirectory.h"
#include "storage/VerificationService.h"

#include <QBuffer>
#include <QDirIterator>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

using namespace Qt::Literals::StringLiterals;
using namespace gd;

namespace {

QStringList g_log;

void captureLog(QtMsgType, const QMessageLogContext&, const QString& message)
{
    g_log.append(message);
}

// Every file below `dir` (its sub-folders included) changed since `since`, read whole.
QByteArray filesBelow(const QString& dir, const QDateTime& since)
{
    QByteArray all;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        const QFileInfo info = it.fileInfo();
        if (info.lastModified() < since || info.size() > 64 * 1024 * 1024)
            continue;
        QFile f(info.filePath());
        if (f.open(QIODevice::ReadOnly))
            all += f.readAll();
    }
    return all;
}

} // namespace

// Keys exist only on paper (issue "access keys that exist only on paper"): a queued letter holds
// no key; printing makes the keys, seals them for the district and draws them in one step, and
// nothing secret is written anywhere else.
class TestKeysOnPaper : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void fiftyLettersLeaveNoKeyInTheDatabaseTheWalOrTemporaryFiles();
    void aPrintFailingAtAnyDatabaseCallLeavesTheLetterQueuedWithNoKey();
    void aStaleLinkPrintsNothingForThatChildAndTheBatchGoesOn();
    void theCounterPrintsThroughTheSamePathAndCanTryAgain();

private:
    QString verifyMother();
    QString queueFor(const QString& verificationId, KeyDelivery delivery = KeyDelivery::InPerson);
    int count(const QString& sql);
    QStringList secretsSealedForTheDistrict();

    QTemporaryDir m_dir;
    ManualClock m_clock{QDateTime(QDate(2026, 9, 14), QTime(16, 0), Qt::UTC)};
    std::unique_ptr<Database> m_db;
    QByteArray m_districtPrivate;
    QString m_folder;
    int m_n = 0;
    const Actor m_desk{u"desk"_s, {}, Roles(Role::FrontDesk)};
    const Actor m_printer{u"printer"_s, {}, Roles(Role::LetterPrinter)};
};

void TestKeysOnPaper::initTestCase()
{
    QVERIFY2(poppler::missingTools().isEmpty(), qPrintable(poppler::missingTools()));
}

void TestKeysOnPaper::init()
{
    m_db.reset();
    m_folder = m_dir.filePath(QString::number(++m_n));
    QDir().mkpath(m_folder);
    m_db = test::openOrFail(m_folder + u"/k.db"_s, &m_clock);
    QVERIFY(m_db && test::seedFamily(*m_db));
    m_districtPrivate = test::configureDistrictKey(*m_db, m_dir.filePath(u"district-%1.pem"_s.arg(m_n)));
    QVERIFY(!m_districtPrivate.isEmpty());
}

int TestKeysOnPaper::count(const QString& sql)
{
    auto q = m_db->exec(sql);
    return q && q->next() ? q->value(0).toInt() : -1;
}

QString TestKeysOnPaper::verifyMother()
{
    VerificationRequest r;
    r.studentId = u"S1"_s;
    r.guardianId = u"G-M"_s;
    r.id.type = IdType::DriversLicense;
    r.id.issuer = u"CA"_s;
    r.id.numberLast4 = u"4567"_s;
    r.id.expiresOn = QDate(2030, 1, 31);
    r.id.givenNames = u"Maria Jose"_s;
    r.id.familyNames = u"Lopez"_s;
    r.photoMatches = true;
    auto v = VerificationService(*m_db).verify(m_desk, r);
    return v && v->verified() ? v->verificationId : QString();
}

QString TestKeysOnPaper::queueFor(const QString& verificationId, KeyDelivery delivery)
{
    IssueOptions o;
    o.delivery = delivery;
    auto issued = AccessKeyIssuer(*m_db).issue(m_desk, verificationId, o);
    if (!issued)
        qWarning("issue failed: %s", qPrintable(issued.message()));
    return issued ? issued->letterId : QString();
}

// The district, and only the district, opens what the kiosk sent: these are the printed keys.
QStringList TestKeysOnPaper::secretsSealedForTheDistrict()
{
    QStringList secrets;
    auto q = m_db->exec(u"SELECT data FROM outbox WHERE type = 'access_key.issued'"_s);
    if (!q)
        return secrets;
    while (q->next()) {
        const QJsonObject d = QJsonDocument::fromJson(q->value(0).toString().toUtf8()).object();
        auto opened = crypto::rsaOaepOpen(m_districtPrivate,
                                          QByteArray::fromBase64(d.value(u"sealed_secret"_s).toString().toLatin1()));
        if (opened)
            secrets.append(QString::fromLatin1(*opened));
    }
    return secrets;
}

void TestKeysOnPaper::fiftyLettersLeaveNoKeyInTheDatabaseTheWalOrTemporaryFiles()
{
    const QDateTime started = QDateTime::currentDateTimeUtc().addSecs(-2);
    g_log.clear();
    const auto previous = qInstallMessageHandler(captureLog);
    QLoggingCategory::setFilterRules(u"guardiandesk.*=true"_s);
    QBuffer pdf;
    QVERIFY(pdf.open(QIODevice::WriteOnly));
    auto document = LetterDocument::createPdf(&pdf);
    QVERIFY(document);
    for (int i = 0; i < 50; ++i) {
        const QString letter = queueFor(verifyMother());
        QVERIFY(!letter.isEmpty());
        // Half at the counter, half by the letter printer: the same path.
        auto printed = i % 2 == 0
                           ? LetterPrinting(*m_db).print(m_desk, letter, **document, LetterQueue::Purpose::Counter)
                           : LetterPrinting(*m_db).print(m_printer, letter, **document);
        QVERIFY2(printed && printed->printed, qPrintable(printed ? printed->message : printed.message()));
        QCOMPARE(printed->keys, 2);
        m_clock.advanceSeconds(60);
    }
    QVERIFY((*document)->finish());
    QLoggingCategory::setFilterRules(QString());
    qInstallMessageHandler(previous);

    const QStringList secrets = secretsSealedForTheDistrict();
    QCOMPARE(secrets.size(), 100);
    QCOMPARE(count(u"SELECT count(*) FROM letters WHERE state = 'printed'"_s), 50);

    // Scanned with the kiosk still open: the WAL holds the latest pages.
    QByteArray onDisk = filesBelow(m_folder, started);
    QVERIFY(QFileInfo::exists(m_db->path() + u"-wal"_s));
    QVERIFY(onDisk.contains("G-M") && onDisk.contains("access_key.issued"));   // the scan does see the data
    const QByteArray temporary = filesBelow(QDir::tempPath(), started);
    const QString logs = g_log.join(u'\n');
    QVERIFY(logs.contains(u"printed"_s));   // the log was captured
    for (const QString& s : secrets) {
        QCOMPARE(s.size(), 12);
        QVERIFY2(!onDisk.contains(s.toLatin1()), "a key is in the database, its WAL or a file beside it");
        QVERIFY2(!temporary.contains(s.toLatin1()), "a key is in a temporary file");
        QVERIFY2(!logs.contains(s), "a key is in the log");
    }

    // And the keys sealed for the district are the ones on the paper (checked last: this copy of
    // the PDF is itself a temporary file).
    QTemporaryDir paperDir;
    QFile paper(paperDir.filePath(u"letters.pdf"_s));
    QVERIFY(paper.open(QIODevice::WriteOnly) && paper.write(pdf.data()) > 0);
    paper.close();
    pdf.buffer().fill('\0');
    const QString lastPage = poppler::text(paper.fileName(), poppler::pageCount(paper.fileName())).remove(u' ');
    QVERIFY2(lastPage.contains(secrets.last().left(4)) || lastPage.contains(secrets.at(secrets.size() - 2).left(4)),
             "the keys sealed for the district are not the ones printed");
    QFile::remove(paper.fileName());
}

void TestKeysOnPaper::aPrintFailingAtAnyDatabaseCallLeavesTheLetterQueuedWithNoKey()
{
    // The n-th database call of the print fails, for every n, as a full disk would: each time
    // the letter is either printed with its keys, or queued with none.
    int printedAt = 0;
    for (int n = 1; n < 80 && printedAt == 0; ++n) {
        const QString letter = queueFor(verifyMother());
        QVERIFY(!letter.isEmpty());
        const int keysBefore = count(u"SELECT count(*) FROM access_keys"_s);
        auto images = LetterDocument::createImages(36);
        QVERIFY(images);
        m_db->failNthCall(n);
        auto outcome = LetterPrinting(*m_db).print(m_printer, letter, **images);
        m_db->failNthCall(0);
        const bool printed = outcome && outcome->printed;
        const int keysAfter = count(u"SELECT count(*) FROM access_keys"_s);
        if (printed) {
            printedAt = n;
            QCOMPARE(keysAfter, keysBefore + 2);
            break;
        }
        QCOMPARE(keysAfter, keysBefore);
        QCOMPARE(count(u"SELECT count(*) FROM letters WHERE letter_id = '%1' AND state = 'queued'"_s.arg(letter)), 1);
        QCOMPARE(count(u"SELECT count(*) FROM letter_links WHERE letter_id = '%1' AND state = 'pending'"_s.arg(letter)), 2);
        // It simply prints on the next try.
        auto retry = LetterPrinting(*m_db).print(m_printer, letter, **images);
        QVERIFY2(retry && retry->printed, qPrintable(retry ? retry->message : retry.message()));
        m_clock.advanceSeconds(60);
    }
    QVERIFY2(printedAt > 10, "the print touched the database fewer times than expected");
    auto verdict = AuditLog::verify(*m_db);
    QVERIFY(verdict && verdict->holds());
}

void TestKeysOnPaper::aStaleLinkPrintsNothingForThatChildAndTheBatchGoesOn()
{
    // A second family, so the batch has a letter that is unaffected.
    RosterPage other;
    other.students = {{u"S9"_s, u"Nora"_s, u"Petrosyan"_s, QDate(2015, 2, 2), u"4"_s, u"1234"_s, true}};
    other.guardians = {{u"G-P"_s, u"Anahit"_s, u"Petrosyan"_s, {}, {}, {}, u"hy"_s}};
    other.relationships = {{u"S9"_s, u"G-P"_s, RelationshipKind::Mother, true, true, true, false, false}};
    QVERIFY(RosterImport(*m_db).importPages(test::admin(), {other}, u"second family"_s));
    const QString first = queueFor(verifyMother());
    VerificationRequest r;
    r.studentId = u"S9"_s;
    r.guardianId = u"G-P"_s;
    r.id.type = IdType::Passport;
    r.id.issuer = u"Armenia"_s;
    r.id.numberLast4 = u"1122"_s;
    r.id.expiresOn = QDate(2031, 1, 1);
    r.id.givenNames = u"Anahit"_s;
    r.id.familyNames = u"Petrosyan"_s;
    r.photoMatches = true;
    auto v = VerificationService(*m_db).verify(m_desk, r);
    QVERIFY(v && v->verified());
    const QString second = queueFor(v->verificationId);
    QVERIFY(!first.isEmpty() && !second.isEmpty());

    // Since the letters were queued: a no-contact order for Luis (S2), and Anahit's only child
    // withdrawn.
    RosterPage change;
    change.relationships = {{u"S2"_s, u"G-M"_s, RelationshipKind::Mother, true, true, true, true, false}};
    change.students = {{u"S9"_s, u"Nora"_s, u"Petrosyan"_s, QDate(2015, 2, 2), u"4"_s, u"1234"_s, false}};
    QVERIFY(RosterImport(*m_db).importPages(test::admin(), {change}, u"district change"_s));

    QBuffer pdf;
    QVERIFY(pdf.open(QIODevice::WriteOnly));
    auto document = LetterDocument::createPdf(&pdf);
    QVERIFY(document);
    PrintRun run(*m_db, m_printer, {second, first}, **document);
    QList<int> progress;
    QVERIFY(run.run([&](int handled, int) {
        progress.append(handled);
        return true;
    }));
    QVERIFY((*document)->finish());
    pdf.buffer().fill('\0');
    QCOMPARE(progress, (QList<int>{1, 2}));
    const auto outcomes = run.outcomes();
    QCOMPARE(outcomes.size(), 2);
    // Nora's letter: nothing to print, and it says why; it stays queued.
    QVERIFY(!outcomes[0].printed);
    QVERIFY2(outcomes[0].message.contains(u"Void the letter"_s), qPrintable(outcomes[0].message));
    // María José's letter printed with Ana's key only; Luis's link was left out, with the reason.
    QVERIFY2(outcomes[1].printed, qPrintable(outcomes[1].message));
    QCOMPARE(outcomes[1].keys, 1);
    QCOMPARE(outcomes[1].leftOut.size(), 1);
    QVERIFY2(outcomes[1].leftOut.first().startsWith(u"Luis"_s), qPrintable(outcomes[1].leftOut.first()));
    QCOMPARE(count(u"SELECT count(*) FROM access_keys WHERE student_id = 'S2'"_s), 0);
    QCOMPARE(count(u"SELECT count(*) FROM access_keys WHERE student_id = 'S1' AND status = 'active'"_s), 1);
    QCOMPARE(count(u"SELECT count(*) FROM letter_links WHERE student_id = 'S2' AND state = 'skipped' "
                   "AND note <> ''"_s), 1);
    QCOMPARE(count(u"SELECT count(*) FROM letters WHERE letter_id = '%1' AND state = 'queued'"_s.arg(second)), 1);
}

void TestKeysOnPaper::theCounterPrintsThroughTheSamePathAndCanTryAgain()
{
    const QString verification = verifyMother();
    auto card = StudentDirectory(*m_db).card(u"S1"_s);
    QVERIFY(card);
    VerificationSession session(*m_db, m_desk, *card, u"G-M"_s);
    IdDocument id;
    id.type = IdType::DriversLicense;
    id.issuer = u"CA"_s;
    id.numberLast4 = u"4567"_s;
    id.expiresOn = QDate(2030, 1, 31);
    id.givenNames = u"Maria Jose"_s;
    id.familyNames = u"Lopez"_s;
    QVERIFY(session.setIdDocument(id));
    session.setPhotoMatches(true);
    auto outcome = session.verify();
    QVERIFY2(outcome && outcome->verified(), qPrintable(outcome.message()));
    QVERIFY(!verification.isEmpty());

    // The printer fails (the paper jams before anything is drawn): no key, the letter waits.
    int calls = 0;
    QString printedLetter;
    auto failing = session.issue(KeyDelivery::InPerson, [&](const QString&, qint64) -> Status {
        ++calls;
        return Error::failed(u"The printer is out of paper."_s);
    });
    QVERIFY(!failing);
    QVERIFY2(failing.message().contains(u"No key was issued"_s), qPrintable(failing.message()));
    QCOMPARE(count(u"SELECT count(*) FROM access_keys"_s), 0);
    QCOMPARE(count(u"SELECT count(*) FROM letters WHERE state = 'queued'"_s), 1);

    // Trying again prints the same letter, through the print service, at the counter.
    QBuffer pdf;
    QVERIFY(pdf.open(QIODevice::WriteOnly));
    auto document = LetterDocument::createPdf(&pdf);
    QVERIFY(document);
    auto issued = session.issue(KeyDelivery::InPerson, [&](const QString& letterId, qint64) -> Status {
        ++calls;
        printedLetter = letterId;
        auto printed = LetterPrinting(*m_db).print(m_desk, letterId, **document, LetterQueue::Purpose::Counter);
        if (!printed)
            return printed.error();
        return printed->printed ? Status{} : Status(Error::failed(printed->message));
    });
    QVERIFY2(issued, qPrintable(issued.message()));
    QVERIFY(issued->printed);
    QCOMPARE(issued->keyCount, 2);
    QCOMPARE(calls, 2);
    QCOMPARE(printedLetter, issued->letterId);
    QCOMPARE(count(u"SELECT count(*) FROM letters"_s), 1);   // one letter, printed on the second try
    QCOMPARE(count(u"SELECT count(*) FROM access_keys WHERE status = 'active'"_s), 2);
    QVERIFY((*document)->finish());
    pdf.buffer().fill('\0');
}

int main(int argc, char* argv[])
{
    // Letters need fonts: a GUI application on the offscreen platform.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    TestKeysOnPaper t;
    return QTest::qExec(&t, argc, argv);
}
#include "TestKeysOnPaper.moc"
