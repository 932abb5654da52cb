#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QImage>

namespace gd {

// Draws a QR code (a letter's seal, a waiver form's case code) as a crisp black-on-white image:
// whole pixels per module, the standard four-module quiet zone, error correction level M so a
// folded or smudged letter still scans.
class QrCodeRenderer {
public:
    // `pixelsPerModule` >= 1. The payload is binary-safe text (UTF-8 or ASCII).
    static Result<QImage> render(const QByteArray& payload, int pixelsPerModule = 4);

    // One pixel per module (with the quiet zone), 1-bit with the colour table black, white: what
    // a PDF stores as a lossless bitmap, to be scaled to its printed size without smoothing.
    // (QPdfWriter would store any other image as JPEG, blurring the modules.)
    static Result<QImage> renderBitmap(const QByteArray& payload);
};

} // namespace gd
