#pragma once

#include "core/Result.h"
#include "core/Verification.h"
#include "core/rules/Refusal.h"

#include <QString>

namespace gd {

// The result of comparing the name on an ID with the name on record.
struct NameCheck {
    NameMatch match = NameMatch::StaffOverride;
    QString explanation;   // exact: what was allowed ("swapped order"...); override: the difference
};

// Step 6: is the name on the ID the name on record? Words are compared after
// NameNormalizer::fold (case, accents, hyphens, apostrophes), always whole word against whole
// word: a different spelling ("Lopes" / "Lopez", "Ivanova" / "Ivanov") is never exact.
//
// Exact also when the only differences are:
//  - spaces and hyphens inside a part: "Min-jun" = "Minjun" = "Min Jun", "dela Cruz" = "de la Cruz";
//  - given and family names swapped on the ID (passports, Chinese, Korean, Vietnamese order),
//    or the same words split differently between the two fields;
//  - given names in another order ("Lan Thi" = "Thi Lan");
//  - extra given (middle) names on the ID, anywhere: record "Ana", ID "Ana Maria" or "Maria Ana";
//  - a middle initial in the record spelled out on the ID: record "Ana M.", ID "Ana Maria"
//    (never the other way round, and never for the first given name);
//  - a second family name on the ID only, after the record's: record "García", ID "García López";
//  - family-name particles (de, del, de la, de las, de los, dela, delos, delas, van, van der,
//    van den, von, da, dos, bin, ibn, bint, al, el) present on one side only, when what is left
//    matches exactly: "Cruz" = "de la Cruz", "Sayed" = "Al-Sayed" = "El-Sayed".
// Needs a staff override: a record family name missing from the ID ("María García" for record
// "María García López"), an ID that has only an initial where the record has a name, a record
// given name missing from the ID, and any other spelling.
class NameMatcher {
public:
    static constexpr int MaxNameLength = 100;

    // Bad input when the ID name is empty, too long, or holds digits or control characters.
    static Result<NameCheck> compare(const QString& idGivenNames, const QString& idFamilyNames,
                                     const QString& recordFirstName, const QString& recordLastName);
    static Result<NameCheck> compare(const IdDocument& document, const QString& recordFirstName,
                                     const QString& recordLastName)
    {
        return compare(document.givenNames, document.familyNames, recordFirstName, recordLastName);
    }

    // The refusal when the names differ and nobody overrides.
    static Refusal mismatchRefusal();

    // Lenient, symmetric comparisons for answers to security questions: same words (spaces and
    // hyphens aside); family names also ignore particles and a second family name on either side;
    // a full name may come in either order.
    static bool sameGivenName(const QString& a, const QString& b);
    static bool sameFamilyName(const QString& a, const QString& b);
    static bool sameFullName(const QString& a, const QString& b);
};

} // namespace gd
