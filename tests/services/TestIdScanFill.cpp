// Scanning a licence or ID card fills the ID page: the fields from the card, the name held to
// the same rule as a typed one, an expired card flagged, and nothing of the raw payload (the
// full number, the address, the barcode itself) left in the database after a verification.

#include "idscan/AamvaSamples.h"
#include "idscan/CardImages.h"
#include "storage/StorageTestUtil.h"

#include "core/Clock.h"
#include "services/IdScanFill.h"
#include "services/VerificationSession.h"
#include "storage/StudentDirectory.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace gd;

namespace {

// The mother on record is "María José López" (tests/storage/StorageTestUtil.h).
samples::Card mothersCard()
{
    samples::Card c;
    c.family = "LOPEZ";
    c.first = "MARIA";
    c.middle = "JOSE";
    c.suffix = "";
    c.expires = QDate(2030, 5, 31);
    return c;
}

QByteArray fileBytes(const QString& path)
{
    QByteArray all;
    for (const QString& p : {path, QString(path + u"-wal"_s)}) {
        QFile f(p);
        if (f.open(QIODevice::ReadOnly))
            all += f.readAll();
    }
    return all;
}

} // namespace

class TestIdScanFill : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void fieldsComeFromTheCard_data();
    void fieldsComeFromTheCard();
    void theStandardsSpecimenFillsThePage();
    void aPictureOfTheCardFillsThePage();
    void aWedgeStreamWithoutControlCharactersFillsThePage();
    void nameIsHeldToTheTypedRule_data();
    void nameIsHeldToTheTypedRule();
    void expiredCardIsFlagged_data();
    void expiredCardIsFlagged();
    void badBarcodesSaySoAndFillNothing();
    void onlyALicenceBurstIsRecognised_data();
    void onlyALicenceBurstIsRecognised();
    void verificationKeepsNothingOfTheRawPayload();

private:
    std::unique_ptr<VerificationSession> session(const QString& guardianId = u"G-M"_s);

    QTemporaryDir m_dir;
    QString m_path;
    int m_n = 0;
    ManualClock m_clock{QDateTime(QDate(2026, 9, 1), QTime(15, 0), Qt::UTC)};
    std::unique_ptr<Database> m_db;
    const Actor m_desk{u"desk"_s, {}, Roles(Role::FrontDesk)};
};

void TestIdScanFill::init()
{
    m_path = m_dir.filePath(u"scan-%1.db"_s.arg(++m_n));
    m_db = test::openOrFail(m_path, &m_clock);
    QVERIFY(m_db && test::seedFamily(*m_db));
}

void TestIdScanFill::cleanup()
{
    m_db.reset();
}

std::unique_ptr<VerificationSession> TestIdScanFill::session(const QString& guardianId)
{
    auto card = StudentDirectory(*m_db).card(u"S1"_s);
    if (!card)
        return nullptr;
    return std::make_unique<VerificationSession>(*m_db, m_desk, *card, guardianId);
}

void TestIdScanFill::fieldsComeFromTheCard_data()
{
    QTest::addColumn<int>("version");
    QTest::addColumn<QByteArray>("subfile");
    QTest::addColumn<QByteArray>("jurisdiction");
    QTest::addColumn<int>("type");
    for (int version : {1, 3, 5, 8, 10}) {
        QTest::addRow("licence, version %d", version) << version << QByteArray("DL") << QByteArray("VA")
                                                      << int(IdType::DriversLicense);
        QTest::addRow("ID card, version %d", version) << version << QByteArray("ID") << QByteArray("CA")
                                                      << int(IdType::StateId);
    }
}

void TestIdScanFill::fieldsComeFromTheCard()
{
    QFETCH(int, version);
    QFETCH(QByteArray, subfile);
    QFETCH(QByteArray, jurisdiction);
    QFETCH(int, type);
    samples::Card c = mothersCard();
    c.subfileType = subfile;
    c.jurisdiction = jurisdiction;
    c.number = "D1234X5678";
    auto s = session();
    QVERIFY(s);
    auto scan = IdScanFill::fromWedgeText(QString::fromLatin1(samples::payload(c, version)), *s);
    QVERIFY2(scan, qPrintable(scan.message()));
    QCOMPARE(int(scan->document.type), type);
    QCOMPARE(scan->document.issuer, QString::fromLatin1(jurisdiction));
    QCOMPARE(scan->document.numberLast4, u"5678"_s);
    QCOMPARE(scan->document.expiresOn, QDate(2030, 5, 31));
    QCOMPARE(scan->document.capturedBy, CapturedBy::Barcode);
    QCOMPARE(scan->document.familyNames, u"LOPEZ"_s);
    QVERIFY2(scan->document.givenNames.startsWith(u"MARIA"_s), qPrintable(scan->document.givenNames));
    QVERIFY(!scan->expired);
    QVERIFY(scan->nameCheck);
    QCOMPARE(scan->nameCheck->match, NameMatch::Exact);
    // The page checks the scanned document with the same rules as a typed one.
    QVERIFY2(s->setIdDocument(scan->document), "the ID rules refused a scanned card");
}

void TestIdScanFill::theStandardsSpecimenFillsThePage()
{
    QFile f(QStringLiteral(GD_IDSCAN_TESTDATA_DIR) + u"/aamva-2020-standard-sample.txt"_s);
    QVERIFY(f.open(QIODevice::ReadOnly));
    auto s = session();
    QVERIFY(s);
    auto scan = IdScanFill::fromWedgeText(QString::fromLatin1(f.readAll()), *s);
    QVERIFY2(scan, qPrintable(scan.message()));
    QCOMPARE(scan->document.type, IdType::DriversLicense);
    QCOMPARE(scan->document.issuer, u"VA"_s);
    QCOMPARE(scan->document.numberLast4, u"5789"_s);
    QCOMPARE(scan->document.expiresOn, QDate(2024, 12, 10));
    QVERIFY(scan->expired);   // the specimen expired in 2024; the clock says September 2026
    QVERIFY(scan->nameDiffers());   // "Michael Sample" is not the mother on record
}

void TestIdScanFill::aPictureOfTheCardFillsThePage()
{
    // A phone photo: larger than life, turned, seen at an angle, blurred and noisy.
    cardimages::Shot shot;
    shot.scale = 1.3;
    shot.degrees = -6;
    shot.keystone = 0.08;
    shot.blur = 1;
    shot.noise = 20;
    const QImage photo = cardimages::photograph(
        cardimages::symbol(samples::payload(mothersCard(), 10), ZXing::BarcodeFormat::PDF417, 3), shot);
    const QString file = m_dir.filePath(u"card-back.jpg"_s);
    QVERIFY(photo.save(file, "JPG", 92));
    auto s = session();
    QVERIFY(s);
    auto scan = IdScanFill::fromImageFile(file, *s);
    QVERIFY2(scan, qPrintable(scan.message()));
    QCOMPARE(scan->document.numberLast4, u"5789"_s);
    QCOMPARE(scan->document.issuer, u"VA"_s);
    QCOMPARE(scan->document.capturedBy, CapturedBy::Barcode);
    QCOMPARE(scan->nameCheck->match, NameMatch::Exact);
}

void TestIdScanFill::aWedgeStreamWithoutControlCharactersFillsThePage()
{
    auto s = session();
    QVERIFY(s);
    const QByteArray typed = samples::stripped(samples::payload(mothersCard(), 9));
    QVERIFY(!typed.contains('\n'));
    auto scan = IdScanFill::fromWedgeText(QString::fromLatin1(typed), *s);
    QVERIFY2(scan, qPrintable(scan.message()));
    QCOMPARE(scan->document.numberLast4, u"5789"_s);
    QCOMPARE(scan->document.expiresOn, QDate(2030, 5, 31));
}

void TestIdScanFill::nameIsHeldToTheTypedRule_data()
{
    QTest::addColumn<QByteArray>("family");
    QTest::addColumn<QByteArray>("first");
    QTest::addColumn<QByteArray>("middle");
    QTest::addColumn<bool>("exact");
    QTest::newRow("as on record") << QByteArray("LOPEZ") << QByteArray("MARIA") << QByteArray("JOSE") << true;
    QTest::newRow("second family name on the card") << QByteArray("LOPEZ GARCIA") << QByteArray("MARIA")
                                                    << QByteArray("JOSE") << true;
    QTest::newRow("hyphen for a space") << QByteArray("LOPEZ") << QByteArray("MARIA-JOSE") << QByteArray("") << true;
    QTest::newRow("one letter off") << QByteArray("LOPES") << QByteArray("MARIA") << QByteArray("JOSE") << false;
    QTest::newRow("a given name missing") << QByteArray("LOPEZ") << QByteArray("MARIA") << QByteArray("") << false;
    QTest::newRow("someone else") << QByteArray("SAMPLE") << QByteArray("MICHAEL") << QByteArray("JOHN") << false;
}

void TestIdScanFill::nameIsHeldToTheTypedRule()
{
    QFETCH(QByteArray, family);
    QFETCH(QByteArray, first);
    QFETCH(QByteArray, middle);
    QFETCH(bool, exact);
    samples::Card c = mothersCard();
    c.family = family;
    c.first = first;
    c.middle = middle;
    auto s = session();
    QVERIFY(s);
    auto scan = IdScanFill::fromWedgeText(QString::fromLatin1(samples::payload(c, 10)), *s);
    QVERIFY2(scan, qPrintable(scan.message()));
    QVERIFY(scan->nameCheck);
    QCOMPARE(scan->nameCheck->match == NameMatch::Exact, exact);
    QCOMPARE(scan->nameDiffers(), !exact);

    // The same names typed by staff get the same verdict and the same explanation.
    IdDocument typed = scan->document;
    typed.capturedBy = CapturedBy::Manual;
    auto byHand = s->compareNames(typed);
    QVERIFY(byHand);
    QCOMPARE(byHand->match, scan->nameCheck->match);
    QCOMPARE(byHand->explanation, scan->nameCheck->explanation);
}

void TestIdScanFill::expiredCardIsFlagged_data()
{
    QTest::addColumn<QDate>("expires");
    QTest::addColumn<bool>("expired");
    // The clock says 1 September 2026; a card is good through the day printed on it.
    QTest::newRow("expired yesterday") << QDate(2026, 8, 31) << true;
    QTest::newRow("expires today") << QDate(2026, 9, 1) << false;
    QTest::newRow("years ago") << QDate(2019, 2, 28) << true;
    QTest::newRow("years ahead") << QDate(2032, 1, 15) << false;
}

void TestIdScanFill::expiredCardIsFlagged()
{
    QFETCH(QDate, expires);
    QFETCH(bool, expired);
    samples::Card c = mothersCard();
    c.issued = QDate(2018, 1, 1);
    c.expires = expires;
    auto s = session();
    QVERIFY(s);
    auto scan = IdScanFill::fromWedgeText(QString::fromLatin1(samples::payload(c, 10)), *s);
    QVERIFY2(scan, qPrintable(scan.message()));
    QCOMPARE(scan->expired, expired);
    QCOMPARE(scan->document.expiresOn, expires);
    // The session's own check of the document agrees.
    QVERIFY(s->setIdDocument(scan->document));
    QCOMPARE(s->idCheck()->expired, expired);
}

void TestIdScanFill::badBarcodesSaySoAndFillNothing()
{
    auto s = session();
    QVERIFY(s);
    auto notACard = IdScanFill::fromWedgeText(u"GDW1:00000000-0000-4000-8000-000000000000"_s, *s);
    QVERIFY(!notACard);
    QVERIFY2(notACard.message().contains(u"not from a US or Canadian"_s), qPrintable(notACard.message()));

    // A payload cut short inside the header names the part that is wrong.
    const QByteArray payload = samples::payload(mothersCard(), 10);
    const qsizetype header = payload.indexOf("ANSI ") + 5;
    auto damaged = IdScanFill::fromWedgeText(QString::fromLatin1(payload.left(header + 3)), *s);
    QVERIFY(!damaged);
    QVERIFY2(damaged.message().contains(u"damaged"_s) && damaged.message().contains(u"issuer number"_s),
             qPrintable(damaged.message()));

    // A picture with no barcode, and a file that is not a picture.
    QImage blank(800, 500, QImage::Format_RGB32);
    blank.fill(Qt::white);
    auto none = IdScanFill::fromImage(blank, *s);
    QVERIFY(!none);
    QVERIFY2(none.message().contains(u"No readable barcode"_s), qPrintable(none.message()));
    const QString text = m_dir.filePath(u"notes.png"_s);
    QFile f(text);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("these are notes, not a picture");
    f.close();
    auto notAPicture = IdScanFill::fromImageFile(text, *s);
    QVERIFY(!notAPicture);
    QVERIFY2(notAPicture.message().contains(u"notes.png could not be opened as a picture"_s),
             qPrintable(notAPicture.message()));

    // Nothing reached the session.
    QVERIFY(!s->idCheck());
    QVERIFY(s->idDocument().numberLast4.isEmpty());
}

void TestIdScanFill::onlyALicenceBurstIsRecognised_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<bool>("card");
    QTest::newRow("payload") << QString::fromLatin1(samples::payload(mothersCard(), 10)) << true;
    QTest::newRow("wedge, controls dropped") << QString::fromLatin1(samples::stripped(samples::payload(mothersCard(), 4)))
                                             << true;
    QTest::newRow("AAMVA file type") << u"@\n\x1e\rAAMVA6360000101DL00290182"_s << true;
    QTest::newRow("e-mail address") << u"@maria.lopez.example.org"_s << false;
    QTest::newRow("form code") << u"GDW1:00000000-0000-4000-8000-000000000000"_s << false;
    QTest::newRow("ANSI, later") << u"@ this is text about the ANSI standard"_s << false;
}

void TestIdScanFill::onlyALicenceBurstIsRecognised()
{
    QFETCH(QString, typed);
    QFETCH(bool, card);
    QCOMPARE(IdScanFill::looksLikeIdCard(typed), card);
}

void TestIdScanFill::verificationKeepsNothingOfTheRawPayload()
{
    samples::Card c = mothersCard();
    c.number = "Q90817263544";
    c.street = "4417 CALLE DEL ZORZAL";
    c.city = "ALEXANDRIA";
    c.postalCode = "223041234";
    const QByteArray payload = samples::payload(c, 10);
    auto s = session();
    QVERIFY(s);
    auto scan = IdScanFill::fromWedgeText(QString::fromLatin1(payload), *s);
    QVERIFY2(scan, qPrintable(scan.message()));
    QVERIFY(s->setIdDocument(scan->document));
    s->setPhotoMatches(true);
    auto outcome = s->verify();
    QVERIFY2(outcome, qPrintable(outcome.message()));
    QVERIFY(outcome->verified());

    auto q = m_db->exec(u"SELECT id_captured_by, id_last4, id_type FROM verifications"_s);
    QVERIFY(q && q->next());
    QCOMPARE(q->value(0).toString(), u"barcode"_s);
    QCOMPARE(q->value(1).toString(), u"3544"_s);
    QCOMPARE(q->value(2).toString(), u"drivers_license"_s);
    q->finish();
    // And the district is told the same.
    auto event = m_db->exec(u"SELECT json_extract(data, '$.id_document.captured_by'), "
                            "json_extract(data, '$.id_document.number_last4') FROM outbox WHERE type = 'guardian.verified'"_s);
    QVERIFY(event && event->next());
    QCOMPARE(event->value(0).toString(), u"barcode"_s);
    QCOMPARE(event->value(1).toString(), u"3544"_s);
    event->finish();

    // Every byte the database holds, its write-ahead log included.
    const QByteArray stored = fileBytes(m_path);
    QVERIFY(!stored.isEmpty());
    QVERIFY(stored.contains("3544"));   // the check itself can see what it looks for
    for (const QByteArray& secret : {QByteArray("Q90817263544"), QByteArray("90817263"), QByteArray("CALLE DEL ZORZAL"),
                                     QByteArray("ALEXANDRIA"), QByteArray("223041234"), QByteArray("ANSI 636000"),
                                     QByteArray("DAQQ908")})
        QVERIFY2(!stored.contains(secret), secret.constData());
}

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    TestIdScanFill t;
    return QTest::qExec(&t, argc, argv);
}
#include "TestIdScanFill.moc"
