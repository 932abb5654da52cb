#pragma once

#include "core/Result.h"
#include "core/Verification.h"

#include <QDateTime>
#include <QString>

namespace gd {

// How the keys reach the adult: handed over at the counter, or mailed to the address on record
// (never by phone, e-mail or fax).
enum class KeyDelivery { InPerson, Mail };
QString toWire(KeyDelivery d);   // "in_person" | "mail"

// What the issuer knows about the verification a letter is asked for.
struct IssuanceFacts {
    bool verified = false;                  // the verification's outcome
    VerificationMethod method = VerificationMethod::InPerson;
    QDateTime verifiedAt;
    QDateTime now;
    int maxAgeMinutes = 30;                 // the district's setting
    bool hasLetterAlready = false;          // a letter (not voided) was queued from it before
    KeyDelivery delivery = KeyDelivery::InPerson;
};

// Which verification may issue keys (step 9 of product.md), in this order: only a verified
// adult; one letter per verification (a second letter would revoke the first one's keys
// without a new check of the adult); only while the verification is fresh (the district's
// verification.max_age_minutes, 30 by default: the adult is still at the counter); and a
// verification by returned mail waiver mails the keys, never hands them over.
class IssuanceRules {
public:
    static constexpr int DefaultMaxAgeMinutes = 30;
    static Status check(const IssuanceFacts& facts);
};

} // namespace gd
