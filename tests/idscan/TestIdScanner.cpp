#include "AamvaSamples.h"
#include "CardImages.h"

#include "idscan/IdScanner.h"
#include "idscan/ImageCleanup.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace gd;

Q_DECLARE_METATYPE(cardimages::Shot)

class TestIdScanner : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void readsTheCardFromBadPhotos_data();
    void readsTheCardFromBadPhotos();
    void turnOfTheBarsIsMeasured_data();
    void turnOfTheBarsIsMeasured();
    void readsAnAamvaPayloadInAQrCode();
    void letterSealIsNotAnIdCard();
    void cardWithoutABarcodeSaysSo();
};

void TestIdScanner::readsTheCardFromBadPhotos_data()
{
    QTest::addColumn<cardimages::Shot>("shot");
    QTest::addColumn<int>("module");
    const auto shot = [](double scale, double degrees, double keystone, int blur, int noise) {
        cardimages::Shot s;
        s.scale = scale;
        s.degrees = degrees;
        s.keystone = keystone;
        s.blur = blur;
        s.noise = noise;
        return s;
    };
    QTest::newRow("flatbed scan") << shot(1.0, 0, 0, 0, 0) << 2;
    QTest::newRow("turned 8 degrees") << shot(1.0, 8, 0, 0, 0) << 2;
    QTest::newRow("turned -25 degrees") << shot(1.0, -25, 0, 0, 0) << 3;
    QTest::newRow("upside down") << shot(1.0, 180, 0, 0, 0) << 2;
    QTest::newRow("sideways, slightly off") << shot(1.0, 93, 0, 0, 0) << 3;
    QTest::newRow("seen at an angle") << shot(1.0, 0, 0.12, 0, 0) << 3;
    QTest::newRow("scaled down") << shot(0.75, 0, 0, 0, 0) << 3;
    QTest::newRow("scaled up") << shot(1.6, 3, 0, 0, 0) << 2;
    QTest::newRow("blurred") << shot(1.0, 0, 0, 1, 0) << 3;
    QTest::newRow("noisy") << shot(1.0, 0, 0, 0, 40) << 3;
    QTest::newRow("phone photo: all of it") << shot(1.3, -6, 0.08, 1, 20) << 3;
}

void TestIdScanner::readsTheCardFromBadPhotos()
{
    QFETCH(cardimages::Shot, shot);
    QFETCH(int, module);
    const QByteArray payload = samples::payload(samples::Card{}, 10);
    const QImage photo = cardimages::photograph(cardimages::symbol(payload, ZXing::BarcodeFormat::PDF417, module), shot);
    auto r = IdScanner::fromImage(photo);
    QVERIFY2(r, qPrintable(r.message()));
    QCOMPARE(r->familyName, u"SAMPLE"_s);
    QCOMPARE(r->givenNames, u"MICHAEL JOHN"_s);
    QCOMPARE(r->numberLast4, u"5789"_s);
    QCOMPARE(r->expiresOn, QDate(2031, 12, 10));
    QCOMPARE(r->jurisdiction, u"VA"_s);
}

void TestIdScanner::turnOfTheBarsIsMeasured_data()
{
    QTest::addColumn<double>("degrees");
    for (double d : {0.0, 4.0, -12.0, 30.0, -40.0, 97.0})
        QTest::addRow("%g degrees", d) << d;
}

void TestIdScanner::turnOfTheBarsIsMeasured()
{
    QFETCH(double, degrees);
    cardimages::Shot shot;
    shot.degrees = degrees;
    shot.noise = 20;
    const QImage photo = cardimages::photograph(
        cardimages::symbol(samples::payload(samples::Card{}, 10), ZXing::BarcodeFormat::PDF417, 2), shot);
    const double expected = degrees > 45 ? degrees - 90 : degrees;   // sideways counts as upright
    QVERIFY2(std::abs(ImageCleanup::skewDegrees(photo.convertToFormat(QImage::Format_Grayscale8)) - expected) < 1.0,
             qPrintable(QString::number(ImageCleanup::skewDegrees(photo.convertToFormat(QImage::Format_Grayscale8)))));
}

void TestIdScanner::readsAnAamvaPayloadInAQrCode()
{
    const QByteArray payload = samples::payload(samples::Card{}, 9);
    cardimages::Shot shot;
    shot.degrees = 20;
    shot.noise = 15;
    auto r = IdScanner::fromImage(cardimages::photograph(cardimages::symbol(payload, ZXing::BarcodeFormat::QRCode, 4), shot));
    QVERIFY2(r, qPrintable(r.message()));
    QCOMPARE(r->numberLast4, u"5789"_s);
}

void TestIdScanner::letterSealIsNotAnIdCard()
{
    const QByteArray seal = "GDS1.uAAAAAAAAAAAAAAAAAAAAAA.tMQ.MTIzNA.1764000000.AAAAAAAAAAA.c2ln";
    auto r = IdScanner::fromImage(cardimages::photograph(cardimages::symbol(seal, ZXing::BarcodeFormat::QRCode, 4), {}));
    QVERIFY(!r);
    QCOMPARE(r.error().kind, ErrorKind::BadInput);
    QVERIFY2(r.message().contains(u"seal of a GuardianDesk letter"_s), qPrintable(r.message()));
}

void TestIdScanner::cardWithoutABarcodeSaysSo()
{
    QImage blank(400, 300, QImage::Format_RGB32);
    blank.fill(Qt::white);
    cardimages::Shot shot;
    shot.noise = 30;
    auto r = IdScanner::fromImage(cardimages::photograph(blank, shot));
    QVERIFY(!r);
    QVERIFY2(r.message().contains(u"No readable barcode"_s), qPrintable(r.message()));
}

QTEST_GUILESS_MAIN(TestIdScanner)
#include "TestIdScanner.moc"
