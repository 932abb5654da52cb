#include "printing/QrCodeRenderer.h"

#define ZX_USE_UTF8 1
#include <ZXing/BitMatrix.h>
#include <ZXing/CharacterSet.h>
#include <ZXing/MultiFormatWriter.h>

#include <exception>

using namespace Qt::Literals::StringLiterals;

namespace gd {

Result<QImage> QrCodeRenderer::render(const QByteArray& payload, int pixelsPerModule)
{
    if (payload.isEmpty())
        return Error::badInput(u"A QR code needs a payload."_s);
    if (payload.size() > 1500)
        return Error::badInput(u"The QR payload is too long to scan reliably (%1 bytes)."_s.arg(payload.size()));
    if (pixelsPerModule < 1 || pixelsPerModule > 40)
        return Error::badInput(u"pixelsPerModule must be from 1 to 40"_s);
    ZXing::BitMatrix matrix;
    try {
        // ZXing reports an impossible encoding by throwing; it stops here.
        matrix = ZXing::MultiFormatWriter(ZXing::BarcodeFormat::QRCode)
                     .setEncoding(ZXing::CharacterSet::UTF8)
                     .setEccLevel(4)   // of 0..8: level M
                     .setMargin(0)
                     .encode(payload.toStdString(), 0, 0);
    } catch (const std::exception& e) {
        return Error::failed(u"The QR code could not be made: %1"_s.arg(QString::fromUtf8(e.what())));
    }
    constexpr int kQuietModules = 4;
    const int modules = matrix.width() + 2 * kQuietModules;
    QImage image(modules * pixelsPerModule, modules * pixelsPerModule, QImage::Format_Grayscale8);
    image.fill(255);
    for (int y = 0; y < matrix.height(); ++y) {
        for (int x = 0; x < matrix.width(); ++x) {
            if (!matrix.get(x, y))
                continue;
            for (int dy = 0; dy < pixelsPerModule; ++dy) {
                uchar* line = image.scanLine((y + kQuietModules) * pixelsPerModule + dy);
                std::fill_n(line + (x + kQuietModules) * pixelsPerModule, pixelsPerModule, uchar(0));
            }
        }
    }
    return image;
}

} // namespace gd
