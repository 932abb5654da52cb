#include "printing/QrCodeRenderer.h"

#include "printing/QrEncoder.h"

#include <algorithm>

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
    auto encoded = QrMatrix::encode(payload, QrMatrix::Ecc::M);
    if (!encoded)
        return Error::failed(u"The QR code could not be made: %1"_s.arg(encoded.message()));
    const QrMatrix& matrix = *encoded;
    constexpr int kQuietModules = 4;
    const int modules = matrix.size() + 2 * kQuietModules;
    QImage image(modules * pixelsPerModule, modules * pixelsPerModule, QImage::Format_Grayscale8);
    image.fill(255);
    for (int y = 0; y < matrix.size(); ++y) {
        for (int x = 0; x < matrix.size(); ++x) {
            if (!matrix.dark(x, y))
                continue;
            for (int dy = 0; dy < pixelsPerModule; ++dy) {
                uchar* line = image.scanLine((y + kQuietModules) * pixelsPerModule + dy);
                std::fill_n(line + (x + kQuietModules) * pixelsPerModule, pixelsPerModule, uchar(0));
            }
        }
    }
    return image;
}

Result<QImage> QrCodeRenderer::renderBitmap(const QByteArray& payload)
{
    if (payload.isEmpty())
        return Error::badInput(u"A QR code needs a payload."_s);
    if (payload.size() > 1500)
        return Error::badInput(u"The QR payload is too long to scan reliably (%1 bytes)."_s.arg(payload.size()));
    auto encoded = QrMatrix::encode(payload, QrMatrix::Ecc::M);
    if (!encoded)
        return Error::failed(u"The QR code could not be made: %1"_s.arg(encoded.message()));
    constexpr int kQuietModules = 4;
    const int modules = encoded->size() + 2 * kQuietModules;
    QImage image(modules, modules, QImage::Format_Mono);
    image.setColorTable({qRgb(0, 0, 0), qRgb(255, 255, 255)});
    image.fill(1);
    // Format_Mono: a bit per module, most significant first; index 0 (black) for a dark one.
    for (int y = 0; y < encoded->size(); ++y) {
        uchar* line = image.scanLine(y + kQuietModules);
        for (int x = 0; x < encoded->size(); ++x) {
            if (encoded->dark(x, y)) {
                const int px = x + kQuietModules;
                line[px >> 3] &= uchar(~(0x80 >> (px & 7)));
            }
        }
    }
    return image;
}

} // namespace gd
