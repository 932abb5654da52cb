#include "services/ReturnedFormLookup.h"

#include "core/Logging.h"
#include "idscan/AamvaHeader.h"
#include "idscan/BarcodeReader.h"
#include "services/ScanImageFile.h"

using namespace Qt::Literals::StringLiterals;

namespace gd {

const GuardianLink* ReturnedCase::adult() const
{
    if (!card || waiver.guardianId.isEmpty())
        return nullptr;
    for (const GuardianLink& link : card->adults) {
        if (link.guardian.guardianId == waiver.guardianId)
            return &link;
    }
    return nullptr;
}

ReturnedFormLookup::ReturnedFormLookup(Database& db)
    : m_db(db)
{
}

bool ReturnedFormLookup::looksLikeFormCode(QStringView typed)
{
    return typed.startsWith(u"GDW1:");
}

Result<ReturnedCase> ReturnedFormLookup::fromImageFile(const QString& path)
{
    auto image = ScanImageFile::read(path);
    if (!image)
        return image.error();
    return fromImage(*image);
}

Result<ReturnedCase> ReturnedFormLookup::fromImage(const QImage& image)
{
    auto decoded = BarcodeReader::decode(image, BarcodeReader::Look::Both);
    if (!decoded)
        return decoded.error();
    auto found = fromCode(decoded->bytes);
    decoded->bytes.fill('\0');   // it may be a licence's barcode: never kept
    return found;
}

Result<ReturnedCase> ReturnedFormLookup::fromCode(QByteArrayView code)
{
    if (AamvaHeader::looksLikeAamva(code))
        return Error::badInput(tr("This is the barcode of a driver's licence or ID card, not of a returned form. "
                                  "Scan the ID on the ID page of a verification."));
    auto waiverId = WaiverService::waiverIdFromPayload(code.trimmed().toByteArray());
    if (!waiverId) {
        qCInfo(lcServices) << "returned form scan: not a form code";
        return Error::badInput(tr("This barcode is not from a GuardianDesk form. Scan the square code at the top "
                                  "of a returned request to mail the key or Parent Access Request form."));
    }
    auto waiver = WaiverService(m_db).find(*waiverId);
    if (!waiver) {
        if (waiver.error().kind != ErrorKind::NotFound)
            return waiver.error();
        qCInfo(lcServices) << "returned form scan: unknown form";
        return Error::notFound(tr("This form was not issued at this kiosk, or its record is gone: no case is "
                                  "known for it. Look the student up by name instead."));
    }
    ReturnedCase found;
    found.waiver = std::move(waiver).value();
    if (!found.waiver.studentId.isEmpty()) {
        auto card = StudentDirectory(m_db).card(found.waiver.studentId);
        if (!card)
            return card.error();
        found.card = std::move(card).value();
    }
    qCInfo(lcServices) << "returned form scanned:" << toWire(found.waiver.form) << found.waiver.waiverId;
    return found;
}

} // namespace gd
