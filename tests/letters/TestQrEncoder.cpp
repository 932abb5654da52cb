// The QR encoder of the seals, checked against the standard's capacities and read back with
// ZXing-C++ (an independent decoder) at every version and error correction level.

#include "printing/QrCodeRenderer.h"
#include "printing/QrEncoder.h"

#define ZX_USE_UTF8 1
#include <ZXing/ReadBarcode.h>

#include <QImage>
#include <QSet>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace gd;

Q_DECLARE_METATYPE(gd::QrMatrix::Ecc)

namespace {

QImage image(const QrMatrix& m, int scale = 2)
{
    const int quiet = 4;
    QImage img((m.size() + 2 * quiet) * scale, (m.size() + 2 * quiet) * scale, QImage::Format_Grayscale8);
    img.fill(255);
    for (int y = 0; y < m.size(); ++y) {
        for (int x = 0; x < m.size(); ++x) {
            if (!m.dark(x, y))
                continue;
            for (int dy = 0; dy < scale; ++dy) {
                uchar* line = img.scanLine((y + quiet) * scale + dy);
                std::fill_n(line + (x + quiet) * scale, scale, uchar(0));
            }
        }
    }
    return img;
}

ZXing::Result scan(const QImage& img)
{
    const ZXing::ImageView view(img.constBits(), img.width(), img.height(), ZXing::ImageFormat::Lum, int(img.bytesPerLine()));
    return ZXing::ReadBarcode(view, ZXing::DecodeHints().setFormats(ZXing::BarcodeFormat::QRCode));
}

QByteArray payload(int n, int seed)
{
    QByteArray out(n, '\0');
    quint32 x = quint32(seed) * 2654435761u + 1;
    for (int i = 0; i < n; ++i) {
        x = x * 1103515245u + 12345u;
        out[i] = char(0x21 + (x >> 16) % 94);   // printable ASCII
    }
    return out;
}

// The most bytes that fit `version` at `ecc`, by asking the encoder.
int capacity(int version, QrMatrix::Ecc ecc)
{
    int lo = 1;
    int hi = 3000;
    while (lo < hi) {
        const int mid = (lo + hi + 1) / 2;
        auto m = QrMatrix::encode(QByteArray(mid, 'a'), ecc);
        if (m && m->version() <= version)
            lo = mid;
        else
            hi = mid - 1;
    }
    return lo;
}

} // namespace

class TestQrEncoder : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void capacitiesOfTheStandard_data();
    void capacitiesOfTheStandard();
    void everyVersionReadsBack_data();
    void everyVersionReadsBack();
    void utf8IsMarked();
    void rendererKeepsItsContract();
    void refusesTooMuch();
};

void TestQrEncoder::capacitiesOfTheStandard_data()
{
    QTest::addColumn<int>("version");
    QTest::addColumn<QrMatrix::Ecc>("ecc");
    QTest::addColumn<int>("bytes");
    // ISO/IEC 18004 table 7, byte mode.
    QTest::newRow("1-L") << 1 << QrMatrix::Ecc::L << 17;
    QTest::newRow("1-M") << 1 << QrMatrix::Ecc::M << 14;
    QTest::newRow("1-Q") << 1 << QrMatrix::Ecc::Q << 11;
    QTest::newRow("1-H") << 1 << QrMatrix::Ecc::H << 7;
    QTest::newRow("9-M") << 9 << QrMatrix::Ecc::M << 180;
    QTest::newRow("10-M") << 10 << QrMatrix::Ecc::M << 213;
    QTest::newRow("40-L") << 40 << QrMatrix::Ecc::L << 2953;
    QTest::newRow("40-M") << 40 << QrMatrix::Ecc::M << 2331;
    QTest::newRow("40-Q") << 40 << QrMatrix::Ecc::Q << 1663;
    QTest::newRow("40-H") << 40 << QrMatrix::Ecc::H << 1273;
}

void TestQrEncoder::capacitiesOfTheStandard()
{
    QFETCH(int, version);
    QFETCH(QrMatrix::Ecc, ecc);
    QFETCH(int, bytes);
    QCOMPARE(capacity(version, ecc), bytes);
}

void TestQrEncoder::everyVersionReadsBack_data()
{
    QTest::addColumn<QrMatrix::Ecc>("ecc");
    QTest::newRow("L") << QrMatrix::Ecc::L;
    QTest::newRow("M") << QrMatrix::Ecc::M;
    QTest::newRow("Q") << QrMatrix::Ecc::Q;
    QTest::newRow("H") << QrMatrix::Ecc::H;
}

// The fullest symbol of each version, so every block layout and alignment pattern is used.
void TestQrEncoder::everyVersionReadsBack()
{
    QFETCH(QrMatrix::Ecc, ecc);
    QSet<int> masks;
    for (int version = 1; version <= 40; ++version) {
        const QByteArray data = payload(capacity(version, ecc), version);
        auto m = QrMatrix::encode(data, ecc);
        QVERIFY(m);
        QCOMPARE(m->version(), version);
        QCOMPARE(m->size(), version * 4 + 17);
        masks.insert(m->mask());
        // ZXing's finder wants more than 2 px per module on the largest symbols.
        const ZXing::Result r = scan(image(*m, version > 30 ? 4 : 2));
        QVERIFY2(r.isValid(), qPrintable(u"version %1 does not scan"_s.arg(version)));
        const auto& raw = r.bytes();
        QCOMPARE(QByteArray(reinterpret_cast<const char*>(raw.data()), qsizetype(raw.size())), data);
    }
    QVERIFY2(masks.size() > 1, "the mask is chosen, not fixed");
}

void TestQrEncoder::utf8IsMarked()
{
    const QByteArray text = QString(u"Nguyễn Thị Lan — 王伟"_s).toUtf8();
    auto m = QrMatrix::encode(text);
    QVERIFY(m);
    const ZXing::Result r = scan(image(*m));
    QVERIFY(r.isValid());
    QCOMPARE(QString::fromStdString(r.text()), QString::fromUtf8(text));
}

void TestQrEncoder::rendererKeepsItsContract()
{
    const QByteArray seal = "GDS1.ubxwrnjpNT0-KmwwdHkpKWw.um4t8bR4vSjucTV5vepucDQ~ta2V5LWFwLTE.MTIzNA.1788274800."
                            "5xQwY1bOQnQ.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";
    auto img = QrCodeRenderer::render(seal, 3);
    QVERIFY(img);
    QCOMPARE(img->format(), QImage::Format_Grayscale8);
    auto m = QrMatrix::encode(seal);
    QCOMPARE(img->width(), (m->size() + 8) * 3);
    const ZXing::Result r = scan(*img);
    QVERIFY(r.isValid());
    QCOMPARE(QByteArray::fromStdString(r.text()), seal);
}

void TestQrEncoder::refusesTooMuch()
{
    QVERIFY(!QrMatrix::encode(QByteArray(2954, 'a'), QrMatrix::Ecc::L));
    QVERIFY(QrMatrix::encode(QByteArray(2953, 'a'), QrMatrix::Ecc::L));
}

QTEST_GUILESS_MAIN(TestQrEncoder)
#include "TestQrEncoder.moc"
