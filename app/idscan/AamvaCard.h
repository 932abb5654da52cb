#pragma once

#include "core/Result.h"
#include "core/Verification.h"
#include "core/rules/NameMatcher.h"

#include <QDate>
#include <QString>

#include <optional>

namespace gd {

// What GuardianDesk keeps of the PDF417 barcode on a US or Canadian licence or ID card (AAMVA
// DL/ID Card Design Standard, versions 01 to 11). Deliberately incomplete: never the full
// document number, the address or the raw payload, so nothing here can leak them.
struct AamvaCard {
    enum class DocumentKind { DriversLicense, IdCard };   // subfile DL or ID
    enum class Sex { Unknown, Male, Female, NotSpecified };

    int aamvaVersion = 0;          // 1..11, from the header
    QString issuerId;              // IIN, six digits ("636000": Virginia)
    DocumentKind kind = DocumentKind::DriversLicense;

    QString familyName;            // DCS (DAB, or the first part of DAA, on version 1)
    QString givenNames;            // DAC + DAD, or DCT (versions 2-3), or the rest of DAA
    QString suffix;                // DCU (DAE on version 1): "JR", "III" ...
    bool familyNameTruncated = false;   // DDE = T
    bool givenNamesTruncated = false;   // DDF or DDG = T

    QDate dateOfBirth;             // DBB
    QDate issuedOn;                // DBD (invalid when the card does not say)
    QDate expiresOn;               // DBA
    Sex sex = Sex::Unknown;        // DBC

    QString jurisdiction;          // DAJ, or from the IIN: "VA", "ON" ...
    QString country;               // DCG, or from the jurisdiction: "USA" | "CAN"
    std::optional<bool> realIdCompliant;   // DDA: F = compliant, N = not; absent before version 5
    QString numberLast4;           // the last 4 letters or digits of DAQ, upper case

    bool isExpired(const QDate& today) const { return expiresOn < today; }   // good through the day printed
};

QString toDisplay(AamvaCard::DocumentKind kind);   // "DL" | "ID"
QString toDisplay(AamvaCard::Sex sex);             // "male" | "female" | "not specified" | "unknown"

// The ID page's view of the card: type, issuer, last 4, expiry and the printed name, marked as
// captured by the barcode. The caller checks it with IdDocumentRules like a typed one.
IdDocument toIdDocument(const AamvaCard& card);

// The name on the card against the name on record, through the same core rule the typed path
// uses (NameMatcher); a truncated name on the card is the card's limit, not a second rule.
Result<NameCheck> compareName(const AamvaCard& card, const QString& recordFirstName, const QString& recordLastName);

} // namespace gd
