#include "printing/QrCodeRenderer.h"

#define ZX_USE_UTF8 1
#include <ZXing/ReadBarcode.h>

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace gd;

namespace {

// Decodes with ZXing directly (not through gd_idscan): what any phone's scanner would see.
QByteArray scan(const QImage& img)
{
    const QImage g = img.convertToFormat(QImage::Format_Grayscale8);
    const ZXing::ImageView view(g.constBits(), g.width(), g.height(), ZXing::ImageFormat::Lum, int(g.bytesPerLine()));
    const ZXing::Result r = ZXing::ReadBarcode(view, ZXing::DecodeHints().setFormats(ZXing::BarcodeFormat::QRCode));
    if (!r.isValid())
        return {};
    return QByteArray::fromStdString(r.text());
}

} // namespace

class TestQrCodeRenderer : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void scansBackExactly_data();
    void scansBackExactly();
    void crispModulesAndQuietZone();
    void refusesBadInput();
};

void TestQrCodeRenderer::scansBackExactly_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::newRow("seal-like") << QByteArray("GDS1.letter=6f1c2b.key=9a8b.school=1234.at=2026-09-01T15:04:05Z.sig=Zm9vYmFy");
    QTest::newRow("utf-8") << QString(u"Nguyễn Thị Lan — 王伟"_s).toUtf8();
    QTest::newRow("markup stays literal") << QByteArray("<b>Ana</b> & \"Lopez\"");
}

void TestQrCodeRenderer::scansBackExactly()
{
    QFETCH(QByteArray, payload);
    auto img = QrCodeRenderer::render(payload, 3);
    QVERIFY2(img, qPrintable(img.message()));
    QCOMPARE(scan(*img), payload);
}

void TestQrCodeRenderer::crispModulesAndQuietZone()
{
    auto img = QrCodeRenderer::render("quiet zone", 5);
    QVERIFY(img);
    QCOMPARE(img->width(), img->height());
    QCOMPARE(img->width() % 5, 0);
    // Four white modules on every side, and only pure black or white pixels.
    for (int i = 0; i < img->width(); ++i) {
        for (int edge : {0, 4 * 5 - 1, img->width() - 1}) {
            QCOMPARE(qGray(img->pixel(i, edge == 4 * 5 - 1 ? 0 : edge)), 255);
            QCOMPARE(qGray(img->pixel(edge, i)), 255);
        }
    }
    QCOMPARE(qGray(img->pixel(4 * 5, 4 * 5)), 0);   // the finder pattern's corner
}

void TestQrCodeRenderer::refusesBadInput()
{
    QVERIFY(!QrCodeRenderer::render({}));
    QVERIFY(!QrCodeRenderer::render(QByteArray(4000, 'x')));
    QVERIFY(!QrCodeRenderer::render("x", 0));
}

QTEST_GUILESS_MAIN(TestQrCodeRenderer)
#include "TestQrCodeRenderer.moc"
