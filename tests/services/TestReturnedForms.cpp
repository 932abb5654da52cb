// A returned form's code brings back its case: the waiver printed by the kiosk, photographed or
// scanned when it comes back, names the student and the adult it was issued for. A licence's
// barcode, another barcode, or a code this kiosk never issued says so and opens nothing.

#include "idscan/AamvaSamples.h"
#include "storage/StorageTestUtil.h"

#include "printing/LetterDocument.h"
#include "services/FormPrinting.h"
#include "services/ReturnedFormLookup.h"

#include <QGuiApplication>
#include <QTest>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;
using namespace gd;

class TestReturnedForms : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void aPictureOfAReturnedWaiverOpensItsCase();
    void anAccessRequestOpensByTypedCodeAndByPhoto();
    void aBlankFormHasNoStudent();
    void foreignAndUnknownCodesSaySo_data();
    void foreignAndUnknownCodesSaySo();

private:
    int count(const QString& sql);

    QTemporaryDir m_dir;
    int m_n = 0;
    std::unique_ptr<Database> m_db;
    const Actor m_desk{u"desk"_s, {}, Roles(Role::FrontDesk)};
};

void TestReturnedForms::init()
{
    m_db = test::openOrFail(m_dir.filePath(u"forms-%1.db"_s.arg(++m_n)));
    QVERIFY(m_db && test::seedFamily(*m_db));
}

void TestReturnedForms::cleanup()
{
    m_db.reset();
}

int TestReturnedForms::count(const QString& sql)
{
    auto q = m_db->exec(sql);
    return q && q->next() ? q->value(0).toInt() : -1;
}

void TestReturnedForms::aPictureOfAReturnedWaiverOpensItsCase()
{
    auto doc = LetterDocument::createImages(150);
    QVERIFY(doc);
    auto waiver = FormPrinting(*m_db).printWaiver(m_desk, u"S1"_s, u"G-M"_s, u"es"_s, **doc);
    QVERIFY2(waiver, qPrintable(waiver.message()));
    QVERIFY((*doc)->finish());
    const QList<QImage> pages = (*doc)->takeImages();
    QVERIFY(!pages.isEmpty());
    // The form as it comes back: a scan of the printed page, a little smaller and turned.
    QImage back = pages.first().scaledToWidth(pages.first().width() * 4 / 5, Qt::SmoothTransformation);
    back = back.transformed(QTransform().rotate(3), Qt::SmoothTransformation);
    const QString file = m_dir.filePath(u"returned-waiver.png"_s);
    QVERIFY(back.save(file));
    const int events = count(u"SELECT count(*) FROM outbox"_s);

    auto found = ReturnedFormLookup(*m_db).fromImageFile(file);
    QVERIFY2(found, qPrintable(found.message()));
    QCOMPARE(found->waiver.waiverId, waiver->waiverId);
    QCOMPARE(found->waiver.form, WaiverForm::MailEmailWaiver);
    QVERIFY(found->card);
    QCOMPARE(found->card->student.studentId, u"S1"_s);
    QVERIFY(found->adult());
    QCOMPARE(found->adult()->guardian.guardianId, u"G-M"_s);
    QCOMPARE(found->adult()->guardian.lastName, u"López"_s);
    // Finding the case is not receiving the form: nothing is recorded.
    QCOMPARE(found->waiver.state, u"issued"_s);
    QCOMPARE(count(u"SELECT count(*) FROM outbox"_s), events);
}

void TestReturnedForms::anAccessRequestOpensByTypedCodeAndByPhoto()
{
    auto doc = LetterDocument::createImages(96);
    QVERIFY(doc);
    auto request = FormPrinting(*m_db).printAccessRequest(m_desk, u"S2"_s, u"en"_s, **doc);
    QVERIFY2(request, qPrintable(request.message()));
    // What a wedge scanner types for the form's code, with the Enter most scanners add.
    const QByteArray typed = WaiverService::casePayload(request->waiverId) + "\r";
    auto found = ReturnedFormLookup(*m_db).fromCode(typed);
    QVERIFY2(found, qPrintable(found.message()));
    QCOMPARE(found->waiver.form, WaiverForm::ParentAccessRequest);
    QCOMPARE(found->card->student.studentId, u"S2"_s);
    QCOMPARE(found->adult(), nullptr);   // the adult is not on record yet

    // The printed form carries the same code: a photo of the returned page opens the case too.
    QVERIFY((*doc)->finish());
    const QList<QImage> pages = (*doc)->takeImages();
    QVERIFY(!pages.isEmpty());
    const QImage back = pages.first().transformed(QTransform().rotate(-2), Qt::SmoothTransformation);
    const QString file = m_dir.filePath(u"returned-request.png"_s);
    QVERIFY(back.save(file));
    auto scanned = ReturnedFormLookup(*m_db).fromImageFile(file);
    QVERIFY2(scanned, qPrintable(scanned.message()));
    QCOMPARE(scanned->waiver.waiverId, request->waiverId);
    QCOMPARE(scanned->waiver.form, WaiverForm::ParentAccessRequest);
}

void TestReturnedForms::aBlankFormHasNoStudent()
{
    auto blank = WaiverService(*m_db).issue(m_desk, WaiverForm::ParentAccessRequest, {}, {}, u"en"_s);
    QVERIFY2(blank, qPrintable(blank.message()));
    auto found = ReturnedFormLookup(*m_db).fromCode(WaiverService::casePayload(blank->waiverId));
    QVERIFY2(found, qPrintable(found.message()));
    QVERIFY(!found->card);
    QCOMPARE(found->adult(), nullptr);
}

void TestReturnedForms::foreignAndUnknownCodesSaySo_data()
{
    QTest::addColumn<QByteArray>("code");
    QTest::addColumn<QString>("says");
    QTest::newRow("issued elsewhere") << WaiverService::casePayload(QUuid::createUuid().toString(QUuid::WithoutBraces))
                                      << u"not issued at this kiosk"_s;
    QTest::newRow("a web address") << QByteArray("https://example.org/forms/1234") << u"not from a GuardianDesk form"_s;
    QTest::newRow("a form code cut short") << QByteArray("GDW1:7c9e6679-7425-40de") << u"not from a GuardianDesk form"_s;
    QTest::newRow("a licence") << samples::payload(samples::Card{}, 10) << u"licence or ID card"_s;
    QTest::newRow("empty") << QByteArray() << u"not from a GuardianDesk form"_s;
}

void TestReturnedForms::foreignAndUnknownCodesSaySo()
{
    QFETCH(QByteArray, code);
    QFETCH(QString, says);
    auto found = ReturnedFormLookup(*m_db).fromCode(code);
    QVERIFY(!found);
    QVERIFY2(found.message().contains(says), qPrintable(found.message()));
}

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    TestReturnedForms t;
    return QTest::qExec(&t, argc, argv);
}
#include "TestReturnedForms.moc"
