#include "idscan/BarcodeReader.h"

#include "core/Logging.h"

#define ZX_USE_UTF8 1
#include <ZXing/ReadBarcode.h>

using namespace Qt::Literals::StringLiterals;

namespace gd {

Result<DecodedBarcode> BarcodeReader::decode(const QImage& input, Look look)
{
    if (input.isNull() || input.width() < 20 || input.height() < 20)
        return Error::badInput(u"The image is empty or too small to hold a barcode."_s);
    if (qint64(input.width()) * input.height() > 40'000'000)
        return Error::badInput(u"The image is too large (more than 40 megapixels)."_s);

    // ZXing reads 8-bit luminance directly; every other layout is converted once.
    const QImage image = input.format() == QImage::Format_Grayscale8 ? input
                                                                     : input.convertToFormat(QImage::Format_Grayscale8);
    const ZXing::ImageView view(image.constBits(), image.width(), image.height(), ZXing::ImageFormat::Lum,
                                int(image.bytesPerLine()));
    ZXing::DecodeHints hints;
    hints.setFormats(look == Look::Pdf417   ? ZXing::BarcodeFormat::PDF417
                     : look == Look::QrCode ? ZXing::BarcodeFormat::QRCode
                                            : ZXing::BarcodeFormat::PDF417 | ZXing::BarcodeFormat::QRCode);
    hints.setTryHarder(true);
    hints.setTryRotate(true);
    const ZXing::Result result = ZXing::ReadBarcode(view, hints);
    if (!result.isValid()) {
        qCInfo(lcIdScan) << "no barcode decoded";
        return Error::badInput(u"No readable barcode was found. Hold the card flat, fill the frame with the "
                               "barcode and try again, or type the details."_s);
    }
    DecodedBarcode out;
    out.format = result.format() == ZXing::BarcodeFormat::QRCode ? DecodedBarcode::Format::QrCode
                                                                 : DecodedBarcode::Format::Pdf417;
    const auto& raw = result.bytes();
    out.bytes = QByteArray(reinterpret_cast<const char*>(raw.data()), qsizetype(raw.size()));
    return out;
}

} // namespace gd
