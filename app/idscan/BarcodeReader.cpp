#include "idscan/BarcodeReader.h"

#include "core/Logging.h"
#include "idscan/ImageCleanup.h"

#include <QCoreApplication>

#define ZX_USE_UTF8 1
#include <ZXing/ReadBarcode.h>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace gd {

namespace {

ZXing::BarcodeFormats formatsFor(BarcodeReader::Look look)
{
    switch (look) {
    case BarcodeReader::Look::Pdf417: return ZXing::BarcodeFormat::PDF417;
    case BarcodeReader::Look::QrCode: return ZXing::BarcodeFormat::QRCode;
    case BarcodeReader::Look::Both: break;
    }
    return ZXing::BarcodeFormat::PDF417 | ZXing::BarcodeFormat::QRCode;
}

ZXing::Result read(const QImage& grey, BarcodeReader::Look look, ZXing::Binarizer binarizer)
{
    const ZXing::ImageView view(grey.constBits(), grey.width(), grey.height(), ZXing::ImageFormat::Lum,
                                int(grey.bytesPerLine()));
    ZXing::DecodeHints hints;
    hints.setFormats(formatsFor(look));
    hints.setTryHarder(true);
    hints.setTryRotate(true);
    hints.setBinarizer(binarizer);
    return ZXing::ReadBarcode(view, hints);
}

} // namespace

Result<DecodedBarcode> BarcodeReader::decode(const QImage& input, Look look)
{
    if (input.isNull() || input.width() < 20 || input.height() < 20)
        return Error::badInput(QCoreApplication::translate("IdScan", "The picture is empty or too small to hold a barcode."));
    if (qint64(input.width()) * input.height() > 40'000'000)
        return Error::badInput(
            QCoreApplication::translate("IdScan", "The picture is too large (more than 40 megapixels): scan it again smaller."));

    // ZXing reads 8-bit luminance directly; every other layout is converted once.
    const QImage image = input.format() == QImage::Format_Grayscale8 ? input
                                                                     : input.convertToFormat(QImage::Format_Grayscale8);
    // A photo with turned bars is straightened first: ZXing follows PDF417 rows along image
    // lines and loses them beyond a couple of degrees, and a failed read of a 2-megapixel photo
    // costs more than the straightening. Then, if need be, the noise is smoothed, and last the
    // global binarizer is tried (uneven light on a glossy card).
    constexpr double kReadableSkew = 2.0;
    const double skew = ImageCleanup::skewDegrees(image);
    const bool turned = std::abs(skew) > kReadableSkew;
    const QImage upright = turned ? ImageCleanup::straightened(image, skew) : image;
    ZXing::Result result = read(upright, look, ZXing::Binarizer::LocalAverage);
    if (!result.isValid() && turned)   // the estimate may have followed other edges than the symbol's
        result = read(image, look, ZXing::Binarizer::LocalAverage);
    if (!result.isValid()) {
        const QImage calm = ImageCleanup::smoothed(upright);
        result = read(calm, look, ZXing::Binarizer::LocalAverage);
        if (!result.isValid())
            result = read(calm, look, ZXing::Binarizer::GlobalHistogram);
    }
    if (!result.isValid()) {
        qCInfo(lcIdScan) << "no barcode decoded";
        return Error::badInput(QCoreApplication::translate("IdScan",
            "No readable barcode was found. Hold the card or form flat, fill the frame with the barcode and try again, or "
            "type the details."));
    }
    DecodedBarcode out;
    out.format = result.format() == ZXing::BarcodeFormat::QRCode ? DecodedBarcode::Format::QrCode
                                                                 : DecodedBarcode::Format::Pdf417;
    const auto& raw = result.bytes();
    out.bytes = QByteArray(reinterpret_cast<const char*>(raw.data()), qsizetype(raw.size()));
    return out;
}

} // namespace gd
