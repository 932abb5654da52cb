#include "idscan/AamvaCard.h"

using namespace Qt::Literals::StringLiterals;

namespace gd {

QString toDisplay(AamvaCard::DocumentKind kind)
{
    return kind == AamvaCard::DocumentKind::IdCard ? u"ID"_s : u"DL"_s;
}

QString toDisplay(AamvaCard::Sex sex)
{
    switch (sex) {
    case AamvaCard::Sex::Male: return u"male"_s;
    case AamvaCard::Sex::Female: return u"female"_s;
    case AamvaCard::Sex::NotSpecified: return u"not specified"_s;
    case AamvaCard::Sex::Unknown: break;
    }
    return u"unknown"_s;
}

IdDocument toIdDocument(const AamvaCard& card)
{
    IdDocument d;
    d.type = card.kind == AamvaCard::DocumentKind::IdCard ? IdType::StateId : IdType::DriversLicense;
    d.issuer = card.jurisdiction.isEmpty() ? card.country : card.jurisdiction;
    d.numberLast4 = card.numberLast4;
    d.expiresOn = card.expiresOn;
    d.capturedBy = CapturedBy::Barcode;
    d.givenNames = card.givenNames;
    d.familyNames = card.familyName;
    return d;
}

Result<NameCheck> compareName(const AamvaCard& card, const QString& recordFirstName, const QString& recordLastName)
{
    return NameMatcher::compare(toIdDocument(card), recordFirstName, recordLastName);
}

} // namespace gd
