#include "idscan/IdScanner.h"

#include "idscan/AamvaParser.h"
#include "idscan/BarcodeReader.h"

namespace gd {

Result<AamvaCard> IdScanner::fromImage(const QImage& image)
{
    // Both formats: a letter's QR seal held up by mistake then gets a message that says so.
    auto decoded = BarcodeReader::decode(image, BarcodeReader::Look::Both);
    if (!decoded)
        return decoded.error();
    auto card = AamvaParser::parse(decoded->bytes);
    decoded->bytes.fill('\0');   // the raw payload holds the full number and the address
    return card;
}

Result<AamvaCard> IdScanner::fromWedgeText(const QString& typed)
{
    if (typed.size() > AamvaParser::kMaxPayload)
        return AamvaParser::tooLong();
    QByteArray bytes;
    bytes.reserve(typed.size());
    for (const QChar c : typed)
        bytes.append(c.unicode() < 0x100 ? char(c.unicode()) : '?');
    auto card = AamvaParser::parse(bytes);
    bytes.fill('\0');   // the raw payload holds the full number and the address
    return card;
}

} // namespace gd
