#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QImage>

namespace gd {

// What a barcode on a photo ID or a letter holds, as decoded.
struct DecodedBarcode {
    enum class Format { Pdf417, QrCode };
    Format format = Format::Pdf417;
    QByteArray bytes;   // the payload, exactly as encoded (AAMVA data is ASCII with control characters)
};

// Finds and decodes the PDF417 barcode on the back of a US/Canadian licence or ID card, or a
// letter's QR seal, in a scanned or photographed image. Turned, skewed or small codes are
// searched for; a damaged code gives a clear error, never a partial payload.
class BarcodeReader {
public:
    enum class Look { Pdf417, QrCode, Both };

    static Result<DecodedBarcode> decode(const QImage& image, Look look = Look::Both);
};

} // namespace gd
