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
};

} // namespace gd
