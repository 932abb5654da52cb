#include "letters/PopplerTools.h"
#include "storage/StorageTestUtil.h"

#include "idscan/BarcodeReader.h"
#include "services/FormPrinting.h"
#include "printing/LetterDocument.h"
#include "services/LetterPrinting.h"
#include "storage/AccessKeyIssuer.h"
#include "storage/DistrictSyncStore.h"
#include "storage/LetterQueue.h"
#include "storage/VerificationService.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QGuiApplication>

using namespace Qt::Literals::StringLiterals;
using namespace gd;

class TestLetterPrinting : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void queuedLetterPrintsWithAGenuineSeal();
    void printNowAtTheCounter();
    void sealTellsRevokedAndTampered();
    void previewNeverCarriesASeal();
    void aSecondKiosksSealVerifiesOfflineThroughTheDeviceKeyList();
    void aSwappedStoredKeyMakesNoSealGenuine();
    void waiverFormBringsTheCaseBack();

private:
    Result<Issuance> issue();
    QByteArray scanSeal(const QImage& page);
    QByteArray printedSeal(Database& db, const QString& letterId);

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    int m_n = 0;
    const Actor m_desk{u"desk"_s, {}, Roles(Role::FrontDesk)};
    const Actor m_printer{u"printer"_s, {}, Roles(Role::LetterPrinter)};
};

void TestLetterPrinting::init()
{
    m_db.reset();
    QDir(m_dir.path()).mkdir(QString::number(++m_n));
    m_db = test::openOrFail(m_dir.filePath(u"%1/p.db"_s.arg(m_n)));
    QVERIFY(m_db && test::seedFamily(*m_db));
    QVERIFY(!test::configureDistrictKey(*m_db, m_dir.filePath(u"%1/district.pem"_s.arg(m_n))).isEmpty());
}

Result<Issuance> TestLetterPrinting::issue()
{
    VerificationRequest r;
    r.studentId = u"S1"_s;
    r.guardianId = u"G-M"_s;
    r.id.type = IdType::StateId;
    r.id.issuer = u"CA"_s;
    r.id.numberLast4 = u"7788"_s;
    r.id.expiresOn = QDate::currentDate().addYears(3);
    r.id.givenNames = u"Maria Jose"_s;
    r.id.familyNames = u"Lopez"_s;
    r.photoMatches = true;
    auto v = VerificationService(*m_db).verify(m_desk, r);
    if (!v)
        return v.error();
    IssueOptions o;
    o.delivery = KeyDelivery::Mail;
    return AccessKeyIssuer(*m_db).issue(m_desk, v->verificationId, o);
}

QByteArray TestLetterPrinting::scanSeal(const QImage& page)
{
    auto decoded = BarcodeReader::decode(page, BarcodeReader::Look::QrCode);
    return decoded ? decoded->bytes : QByteArray();
}

void TestLetterPrinting::queuedLetterPrintsWithAGenuineSeal()
{
    auto issued = issue();
    QVERIFY2(issued, qPrintable(issued.message()));
    auto doc = LetterDocument::createImages(150);
    QVERIFY(doc);
    auto outcome = LetterPrinting(*m_db).print(m_printer, issued->letterId, **doc);
    QVERIFY2(outcome, qPrintable(outcome.message()));
    QVERIFY2(outcome->printed, qPrintable(outcome->message));
    QCOMPARE(outcome->keys, 2);
    QVERIFY((*doc)->finish());
    const QList<QImage> pages = (*doc)->takeImages();
    QCOMPARE(pages.size(), 1);   // Spanish has its own letter text: one sheet

    // The seal on the page is genuine and names the letter and its two keys, both active.
    const QByteArray seal = scanSeal(pages.first());
    QVERIFY(!seal.isEmpty());
    auto check = LetterPrinting(*m_db).verifySeal(seal);
    QVERIFY2(check, qPrintable(check.message()));
    QVERIFY2(check->genuine, qPrintable(check->problem));
    QCOMPARE(check->seal.letterId, issued->letterId);
    QCOMPARE(check->serial, issued->serial);
    QCOMPARE(check->letterState, u"printed"_s);
    QCOMPARE(check->keyStatus.size(), 2);
    for (const auto& [id, status] : check->keyStatus)
        QCOMPARE(status, u"active"_s);
    // It binds the serial and the details the parent reads, and tells staff what to compare.
    QVERIFY2(check->passes, qPrintable(check->problem));
    QCOMPARE(check->seal.version, 2);
    QCOMPARE(check->seal.serial, issued->serial);
    QVERIFY(check->known);
    QCOMPARE(check->guardianName, u"María José López"_s);
    QCOMPARE(check->studentNames.size(), 2);
    QCOMPARE(check->signerDevice, m_db->deviceId());

    // A letter prints once: a second print is refused, and no other key is made.
    auto again = LetterDocument::createImages(72);
    auto second = LetterPrinting(*m_db).print(m_printer, issued->letterId, **again);
    QVERIFY(second);
    QVERIFY(!second->printed);
    QVERIFY(second->message.contains(u"reissue"_s));
    auto q = m_db->exec(u"SELECT count(*) FROM access_keys"_s);
    QVERIFY(q && q->next());
    QCOMPARE(q->value(0).toInt(), 2);
}

void TestLetterPrinting::printNowAtTheCounter()
{
    auto issued = issue();
    QVERIFY(issued);
    QBuffer pdf;
    QVERIFY(pdf.open(QIODevice::WriteOnly));
    auto doc = LetterDocument::createPdf(&pdf);
    QVERIFY(doc);
    // The front desk prints its own letter at the counter, never another from the queue.
    auto fromQueue = LetterPrinting(*m_db).print(m_desk, issued->letterId, **doc);
    QVERIFY(!fromQueue);
    QCOMPARE(fromQueue.error().kind, ErrorKind::Denied);
    auto printed = LetterPrinting(*m_db).print(m_desk, issued->letterId, **doc, LetterQueue::Purpose::Counter);
    QVERIFY2(printed && printed->printed, qPrintable(printed ? printed->message : printed.message()));
    QVERIFY((*doc)->finish());
    QVERIFY(pdf.data().startsWith("%PDF-1.4"));
    auto letters = LetterQueue(*m_db).list(m_desk, u"printed"_s);
    QVERIFY(letters && letters->size() == 1);
    pdf.buffer().fill('\0');   // the PDF held the keys, like the paper
}

void TestLetterPrinting::sealTellsRevokedAndTampered()
{
    auto issued = issue();
    QVERIFY(issued);
    auto doc = LetterDocument::createImages(150);
    QVERIFY(LetterPrinting(*m_db).print(m_printer, issued->letterId, **doc));
    QVERIFY((*doc)->finish());
    const QByteArray seal = scanSeal((*doc)->takeImages().first());
    auto key = m_db->exec(u"SELECT key_id FROM access_keys WHERE student_id = 'S2'"_s);
    QVERIFY(key && key->next());
    const QString revokedKey = key->value(0).toString();
    key->finish();
    // Only an administrator finds and revokes keys; the service says so to anyone else.
    for (const Actor& who : {m_desk, m_printer}) {
        QCOMPARE(AccessKeyIssuer(*m_db).keysFor(who, u"S2"_s, {}).error().kind, ErrorKind::Denied);
        QCOMPARE(AccessKeyIssuer(*m_db).revoke(who, revokedKey, u"lost"_s).error().kind, ErrorKind::Denied);
    }
    auto found = AccessKeyIssuer(*m_db).keysFor(test::admin(), u"S2"_s, {});
    QVERIFY(found);
    QCOMPARE(found->size(), 1);
    QCOMPARE(found->first().keyId, revokedKey);
    QCOMPARE(found->first().status, u"active"_s);
    QCOMPARE(found->first().letterSerial, issued->serial);
    QVERIFY(AccessKeyIssuer(*m_db).revoke(test::admin(), revokedKey, u"lost"_s));
    auto check = LetterPrinting(*m_db).verifySeal(seal);
    QVERIFY(check && check->genuine);
    QCOMPARE(check->keyStatus.size(), 2);
    for (const auto& [id, status] : check->keyStatus)
        QCOMPARE(status, id == revokedKey ? u"revoked"_s : u"active"_s);
    // Genuine, but a letter with a revoked key does not pass.
    QVERIFY(!check->passes);
    QVERIFY2(check->problem.contains(u"revoked"_s), qPrintable(check->problem));

    // A forged seal: one character of the signed part changed.
    QByteArray forged = seal;
    const qsizetype at = forged.indexOf('.', 5) + 2;
    forged[at] = forged[at] == 'A' ? 'B' : 'A';
    auto bad = LetterPrinting(*m_db).verifySeal(forged);
    QVERIFY(!bad || !bad->genuine);
}

QByteArray TestLetterPrinting::printedSeal(Database& db, const QString& letterId)
{
    auto doc = LetterDocument::createImages(150);
    if (!doc)
        return {};
    auto printed = LetterPrinting(db).print(m_printer, letterId, **doc);
    if (!printed || !printed->printed || !(*doc)->finish())
        return {};
    return scanSeal((*doc)->takeImages().first());
}

void TestLetterPrinting::previewNeverCarriesASeal()
{
    auto issued = issue();
    QVERIFY(issued);
    auto pages = LetterPrinting(*m_db).preview(m_printer, issued->letterId, 150);
    QVERIFY2(pages, qPrintable(pages.message()));
    const QByteArray code = scanSeal(pages->first());
    QVERIFY(!code.isEmpty());
    QVERIFY(!LetterSeal::looksLikeSeal(code));
    auto check = LetterPrinting(*m_db).verifySeal(code);
    QVERIFY(check);
    QVERIFY(!check->genuine && !check->passes);
    QVERIFY2(check->problem.contains(u"never a genuine letter"_s), qPrintable(check->problem));
}

void TestLetterPrinting::aSecondKiosksSealVerifiesOfflineThroughTheDeviceKeyList()
{
    // Kiosk B of the same district prints a letter.
    const QString other = m_dir.filePath(u"%1/kiosk-b"_s.arg(m_n));
    QVERIFY(QDir().mkpath(other));
    auto b = test::openOrFail(other + u"/b.db"_s);
    QVERIFY(b && test::seedFamily(*b));
    QVERIFY(!test::configureDistrictKey(*b, other + u"/district.pem"_s).isEmpty());
    std::swap(m_db, b);
    auto issued = issue();
    std::swap(m_db, b);
    QVERIFY2(issued, qPrintable(issued.message()));
    const QByteArray seal = printedSeal(*b, issued->letterId);
    QVERIFY(!seal.isEmpty());
    auto bKey = DistrictSyncStore(*b).devicePublicKey();
    QVERIFY(bKey);

    // Kiosk A, offline, has never heard of that key.
    auto check = LetterPrinting(*m_db).verifySeal(seal);
    QVERIFY(check && !check->genuine);
    QVERIFY2(check->problem.contains(u"device-key list"_s), qPrintable(check->problem));

    // Once sync kept the district's list, the seal verifies here without asking anyone.
    const auto list = [&](const QJsonValue& revokedAt) {
        return QJsonDocument(QJsonArray{QJsonObject{{u"device_id"_s, b->deviceId()},
                                                    {u"school_code"_s, Settings(*b).value(Settings::SchoolCode)},
                                                    {u"signing_key"_s, QString::fromLatin1(bKey->toBase64())},
                                                    {u"enrolled_at"_s, u"2026-09-01T00:00:00Z"_s},
                                                    {u"revoked_at"_s, revokedAt}}})
            .toJson(QJsonDocument::Compact);
    };
    QVERIFY(DistrictSyncStore(*m_db).saveDeviceKeys(list(QJsonValue())));
    check = LetterPrinting(*m_db).verifySeal(seal);
    QVERIFY2(check && check->passes, check ? qPrintable(check->problem) : qPrintable(check.message()));
    QVERIFY(!check->known);
    QCOMPARE(check->signerDevice, b->deviceId());
    QCOMPARE(check->serial, issued->serial);
    QCOMPARE(check->keySource, u"the district's device-key list"_s);

    // The district retired kiosk B's key: its seals no longer pass.
    QVERIFY(DistrictSyncStore(*m_db).saveDeviceKeys(list(u"2026-10-01T00:00:00Z"_s)));
    check = LetterPrinting(*m_db).verifySeal(seal);
    QVERIFY(check && !check->passes);
    QVERIFY2(check->problem.contains(u"retired"_s), qPrintable(check->problem));
}

void TestLetterPrinting::aSwappedStoredKeyMakesNoSealGenuine()
{
    auto issued = issue();
    QVERIFY(issued);
    const QByteArray seal = printedSeal(*m_db, issued->letterId);
    QVERIFY(!seal.isEmpty());
    QVERIFY(LetterPrinting(*m_db).verifySeal(seal)->passes);
    // Someone with the database file puts their own public key in it.
    const QString path = m_db->path();
    m_db.reset();
    QVERIFY(test::rawExec(path, "UPDATE settings SET value = 'B7B7B7B7B7B7B7B7B7B7B7B7B7B7B7B7B7B7B7B7B7s=' "
                                "WHERE key = 'device.signing_public_key'"));
    m_db = test::openOrFail(path);
    auto check = LetterPrinting(*m_db).verifySeal(seal);
    QVERIFY(check && !check->passes);
    QVERIFY2(check->problem.startsWith(u"TAMPERED"_s), qPrintable(check->problem));
}

void TestLetterPrinting::waiverFormBringsTheCaseBack()
{
    auto doc = LetterDocument::createImages(150);
    QVERIFY(doc);
    auto waiver = FormPrinting(*m_db).printWaiver(m_desk, u"S1"_s, u"G-M"_s, u"es"_s, **doc);
    QVERIFY2(waiver, qPrintable(waiver.message()));
    auto request = FormPrinting(*m_db).printAccessRequest(m_desk, u"S2"_s, u"hy"_s, **doc);
    QVERIFY2(request, qPrintable(request.message()));
    QVERIFY((*doc)->finish());
    const QList<QImage> pages = (*doc)->takeImages();
    QCOMPARE(pages.size(), 2);
    // The returned waiver's code, scanned, finds the case and closes it.
    auto code = BarcodeReader::decode(pages.first());
    QVERIFY2(code, qPrintable(code.message()));
    auto id = WaiverService::waiverIdFromPayload(code->bytes);
    QVERIFY2(id, qPrintable(QString::fromLatin1(code->bytes)));
    QCOMPARE(*id, waiver->waiverId);
    auto received = WaiverService(*m_db).receive(m_desk, *id);
    QVERIFY(received && received->state == u"received"_s);
    // A form for someone who is not the student's adult is refused before anything is issued.
    auto none = LetterDocument::createImages(72);
    QVERIFY(!FormPrinting(*m_db).printWaiver(m_desk, u"S2"_s, u"G-F"_s, u"es"_s, **none));
    // Nor to an adult the rules keep from the student (the father: a no-contact order).
    auto barred = FormPrinting(*m_db).printWaiver(m_desk, u"S1"_s, u"G-F"_s, u"es"_s, **none);
    QVERIFY(!barred);
    QCOMPARE(barred.error().kind, ErrorKind::BadInput);
    auto q = m_db->exec(u"SELECT count(*) FROM waivers"_s);
    QVERIFY(q && q->next());
    QCOMPARE(q->value(0).toInt(), 2);
    q->finish();

    // The waiver names the children a key would go to: not Rosa, who is no longer enrolled.
    QBuffer pdf;
    pdf.open(QIODevice::WriteOnly);
    auto paper = LetterDocument::createPdf(&pdf);
    QVERIFY(paper);
    QVERIFY(FormPrinting(*m_db).printWaiver(m_desk, u"S2"_s, u"G-M"_s, u"en"_s, **paper));
    QVERIFY((*paper)->finish());
    QTemporaryDir dir;
    QFile file(dir.filePath(u"waiver.pdf"_s));
    QVERIFY(file.open(QIODevice::WriteOnly) && file.write(pdf.data()) > 0);
    file.close();
    const QString text = poppler::text(file.fileName()).simplified();
    QVERIFY2(text.contains(u"Luis García López, Ana García López"_s), qPrintable(text));
    QVERIFY2(!text.contains(u"Rosa"_s), qPrintable(text));
}

int main(int argc, char* argv[])
{
    // Letters need fonts: a GUI application on the offscreen platform.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    TestLetterPrinting t;
    return QTest::qExec(&t, argc, argv);
}
#include "TestLetterPrinting.moc"
