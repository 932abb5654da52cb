#include "idscan/BarcodeReader.h"

#define ZX_USE_UTF8 1
#include <ZXing/BitMatrix.h>
#include <ZXing/CharacterSet.h>
#include <ZXing/MultiFormatWriter.h>

#include <QFile>
#include <QPainter>
#include <QTest>
#include <QTransform>

using namespace Qt::Literals::StringLiterals;
using namespace gd;

namespace {

// A PDF417 symbol drawn independently of gd_idscan (ZXing's writer), scaled like a scan.
QImage pdf417(const QByteArray& payload, int scale)
{
    const ZXing::BitMatrix m = ZXing::MultiFormatWriter(ZXing::BarcodeFormat::PDF417)
                                   .setEncoding(ZXing::CharacterSet::ISO8859_1)
                                   .setMargin(10)
                                   .encode(payload.toStdString(), 0, 0);
    QImage img(m.width() * scale, m.height() * scale * 3, QImage::Format_RGB32);
    img.fill(Qt::white);
    QPainter p(&img);
    for (int y = 0; y < m.height(); ++y)
        for (int x = 0; x < m.width(); ++x)
            if (m.get(x, y))
                p.fillRect(x * scale, y * scale * 3, scale, scale * 3, Qt::black);
    return img;
}

// The specimen payload printed in the AAMVA DL/ID Card Design Standard (2020), byte for byte.
QByteArray aamvaSample()
{
    QFile f(QStringLiteral(GD_TESTDATA_DIR "/aamva-2020-standard-sample.txt"));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestBarcodeReader : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void decodesTheAamvaSpecimenByteForByte();
    void decodesTurnedAndSmallCodes_data();
    void decodesTurnedAndSmallCodes();
    void damagedCodeIsRefusedNotGuessed();
    void emptyOrTinyImagesAreRefused();
};

void TestBarcodeReader::decodesTheAamvaSpecimenByteForByte()
{
    const QByteArray payload = aamvaSample();
    QVERIFY2(payload.contains("ANSI 636000100102"), "the specimen file tests/idscan/testdata/aamva-2020-standard-sample.txt is missing");
    auto r = BarcodeReader::decode(pdf417(payload, 3), BarcodeReader::Look::Pdf417);
    QVERIFY2(r, qPrintable(r.message()));
    QCOMPARE(r->format, DecodedBarcode::Format::Pdf417);
    QCOMPARE(r->bytes, payload);   // control characters (LF, RS, CR) survive
}

void TestBarcodeReader::decodesTurnedAndSmallCodes_data()
{
    QTest::addColumn<int>("degrees");
    QTest::addColumn<int>("scale");
    QTest::newRow("upright") << 0 << 2;
    QTest::newRow("upside down") << 180 << 3;
    QTest::newRow("sideways") << 90 << 3;
}

void TestBarcodeReader::decodesTurnedAndSmallCodes()
{
    QFETCH(int, degrees);
    QFETCH(int, scale);
    const QByteArray payload = "DAQD1234567\nDCSLOPEZ\nDACANA\n";
    const QImage img = pdf417(payload, scale).transformed(QTransform().rotate(degrees));
    auto r = BarcodeReader::decode(img);
    QVERIFY2(r, qPrintable(r.message()));
    QCOMPARE(r->bytes, payload);
}

void TestBarcodeReader::damagedCodeIsRefusedNotGuessed()
{
    QImage img = pdf417("DAQD1234567\nDCSLOPEZ\nDACANA\n", 3);
    QPainter p(&img);
    p.fillRect(QRect(0, 0, img.width() * 3 / 5, img.height()), Qt::white);   // most of it torn away
    p.end();
    auto r = BarcodeReader::decode(img, BarcodeReader::Look::Pdf417);
    QVERIFY(!r);
    QCOMPARE(r.error().kind, ErrorKind::BadInput);
    QVERIFY(r.message().contains(u"No readable barcode"_s));
}

void TestBarcodeReader::emptyOrTinyImagesAreRefused()
{
    QVERIFY(!BarcodeReader::decode(QImage()));
    QImage tiny(10, 10, QImage::Format_RGB32);
    tiny.fill(Qt::white);
    QVERIFY(!BarcodeReader::decode(tiny));
}

QTEST_GUILESS_MAIN(TestBarcodeReader)
#include "TestBarcodeReader.moc"
