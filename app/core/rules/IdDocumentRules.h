#pragma once

#include "core/Result.h"
#include "core/Verification.h"
#include "core/rules/Refusal.h"

#include <QDate>
#include <QString>

#include <optional>

namespace gd {

// The district setting that governs expired IDs.
struct IdCheckPolicy {
    bool expiredOverrideAllowed = false;   // a supervisor may accept an expired ID with a written reason
};

// The outcome of checking the ID that was shown. Bad input never gets this far (it is an Error);
// a refusal is a value, so the service records verification.refused.
struct IdCheck {
    IdDocument document;              // cleaned: trimmed, last 4 upper-cased, description only for "other"
    bool expired = false;
    QString overrideReason;           // set when a supervisor accepted the expired ID
    std::optional<Refusal> refusal;   // expired_id

    bool accepted() const { return !refusal.has_value(); }
    bool overridden() const { return !overrideReason.isEmpty(); }
};

// Step 5 and the expiry part of step 6: which ID was checked, never its number or image.
class IdDocumentRules {
public:
    static constexpr int MaxYearsAhead = 20;       // a later expiry is a typing mistake
    static constexpr int IssuerMin = 2, IssuerMax = 60;
    static constexpr int DescriptionMin = 3, DescriptionMax = 80;

    // `today` is the kiosk's date (from the injected Clock). `expiredOverrideReason` is
    // std::nullopt unless the supervisor chose to override; then it must be a valid
    // OverrideReason and the policy must allow it. `issuedOn` is optional (invalid = not
    // given); when given it may be neither in the future nor after the expiry.
    static Result<IdCheck> check(const IdDocument& document, const QDate& today, const IdCheckPolicy& policy,
                                 const std::optional<QString>& expiredOverrideReason = std::nullopt,
                                 const QDate& issuedOn = QDate());

    // Field by field, for a page that checks as the clerk types. Each returns the cleaned value.
    static Result<QString> last4(const QString& text);
    static Result<QString> issuer(const QString& text);
    static Result<QString> otherDescription(IdType type, const QString& text);
    static Status expiry(const QDate& expiresOn, const QDate& today);
    static Status issueDate(const QDate& issuedOn, const QDate& expiresOn, const QDate& today);

    static Refusal expiredRefusal(const IdCheckPolicy& policy);
    // The staff member sees that the photo on the ID is not the person in front of them.
    static Refusal photoMismatchRefusal();
};

} // namespace gd
