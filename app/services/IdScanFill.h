#pragma once

#include "core/Result.h"
#include "core/Verification.h"
#include "core/rules/NameMatcher.h"
#include "idscan/AamvaCard.h"

#include <QCoreApplication>
#include <QImage>
#include <QString>

#include <optional>

namespace gd {

class VerificationSession;

// What the ID page shows after a licence or ID card was scanned: the fields it fills and what
// the staff member must notice. Nothing here holds the raw payload, the full number or the
// address: AamvaCard never carries them.
struct ScannedId {
    IdDocument document;                // type, issuer, last 4, expiry, printed name; captured by barcode
    bool expired = false;               // the card's expiry is before today
    std::optional<NameCheck> nameCheck; // against the adult on record, the typed path's rule
    QString nameProblem;                // when the name could not be compared (no adult, unreadable name)
    bool familyNameTruncated = false;   // the card says its names were cut to fit
    bool givenNamesTruncated = false;

    bool nameDiffers() const { return nameCheck && nameCheck->match == NameMatch::StaffOverride; }
};

// Step 5 from a barcode: the card on the back of a US or Canadian licence or ID card, read from
// an image file or from what a keyboard-wedge scanner typed, turned into the ID page's fields.
// The name is compared through VerificationSession::compareNames, the same call the typed
// fields go through, so a scanned name is never held to a different rule.
class IdScanFill {
    Q_DECLARE_TR_FUNCTIONS(gd::IdScanFill)
public:
    static Result<ScannedId> fromImageFile(const QString& path, const VerificationSession& session);
    static Result<ScannedId> fromImage(const QImage& image, const VerificationSession& session);
    // The wedge text is wiped from memory by the caller; only the parsed card leaves this call.
    static Result<ScannedId> fromWedgeText(const QString& typed, const VerificationSession& session);
    static ScannedId fromCard(const AamvaCard& card, const VerificationSession& session);

    // Whether typed text starts like a licence's barcode ("@", then an AAMVA or ANSI header):
    // what a wedge scanner's burst is checked for before it is parsed.
    static bool looksLikeIdCard(QStringView typed);
};

} // namespace gd
