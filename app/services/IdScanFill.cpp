#include "services/IdScanFill.h"

#include "core/Logging.h"
#include "idscan/AamvaHeader.h"
#include "idscan/IdScanner.h"
#include "services/ScanImageFile.h"
#include "services/VerificationSession.h"

namespace gd {

Result<ScannedId> IdScanFill::fromImageFile(const QString& path, const VerificationSession& session)
{
    auto image = ScanImageFile::read(path);
    if (!image)
        return image.error();
    return fromImage(*image, session);
}

Result<ScannedId> IdScanFill::fromImage(const QImage& image, const VerificationSession& session)
{
    auto card = IdScanner::fromImage(image);
    if (!card) {
        qCInfo(lcServices) << "ID scan from an image: not read";
        return card.error();
    }
    return fromCard(*card, session);
}

Result<ScannedId> IdScanFill::fromWedgeText(const QString& typed, const VerificationSession& session)
{
    auto card = IdScanner::fromWedgeText(typed);
    if (!card) {
        qCInfo(lcServices) << "ID scan from the wedge scanner: not read";
        return card.error();
    }
    return fromCard(*card, session);
}

bool IdScanFill::looksLikeIdCard(QStringView typed)
{
    if (!typed.startsWith(u'@'))
        return false;
    // The header follows the compliance indicator and up to three separators (or none, when
    // the scanner drops them): the first few characters decide.
    const QByteArray head = typed.left(16).toLatin1();
    return AamvaHeader::looksLikeAamva(head);
}

ScannedId IdScanFill::fromCard(const AamvaCard& card, const VerificationSession& session)
{
    ScannedId s;
    s.document = toIdDocument(card);
    s.expired = card.isExpired(session.today());
    s.familyNameTruncated = card.familyNameTruncated;
    s.givenNamesTruncated = card.givenNamesTruncated;
    auto name = session.compareNames(s.document);
    if (name)
        s.nameCheck = *name;
    else
        s.nameProblem = name.message();
    // Which outcome, never which person or card.
    qCInfo(lcServices) << "ID scanned:" << (s.expired ? "expired," : "in date,")
                       << (s.nameCheck ? (s.nameDiffers() ? "name differs" : "name matches") : "name not compared");
    return s;
}

} // namespace gd
