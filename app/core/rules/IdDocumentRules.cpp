#include "core/rules/IdDocumentRules.h"

#include "core/rules/OverrideReason.h"
#include "core/rules/TextChecks.h"

#include <QCoreApplication>

namespace gd {

namespace {

// Dates before this are typing mistakes on any ID a guardian can hold.
constexpr int kEarliestYear = 1900;

} // namespace

Result<QString> IdDocumentRules::last4(const QString& text)
{
    const QString value = text.trimmed().toUpper();
    if (value.isEmpty())
        return Error::badInput(QCoreApplication::translate("Rules", "Enter the last 4 characters of the ID number."));
    if (value.size() > 4)
        return Error::badInput(QCoreApplication::translate("Rules",
            "Enter only the last 4 characters of the ID number, never the whole number."));
    if (value.size() < 4)
        return Error::badInput(QCoreApplication::translate("Rules",
            "Enter exactly 4 characters: the last 4 of the ID number (%1 entered).").arg(value.size()));
    for (const QChar c : value) {
        const bool ok = (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
        if (!ok)
            return Error::badInput(QCoreApplication::translate("Rules",
                "The last 4 may contain only the letters A to Z and the digits 0 to 9."));
    }
    return value;
}

Result<QString> IdDocumentRules::issuer(const QString& text)
{
    if (TextChecks::hasControlCharacters(text))
        return Error::badInput(QCoreApplication::translate("Rules",
            "The issuer contains characters that cannot be printed; retype it."));
    const QString value = text.simplified();
    if (value.isEmpty())
        return Error::badInput(QCoreApplication::translate("Rules",
            "Enter who issued the ID (for example CA, Mexico or U.S. Department of State)."));
    if (value.size() < IssuerMin || value.size() > IssuerMax)
        return Error::badInput(QCoreApplication::translate("Rules",
            "The issuer must be %1 to %2 characters long.").arg(IssuerMin).arg(IssuerMax));
    if (!TextChecks::hasLetter(value))
        return Error::badInput(QCoreApplication::translate("Rules",
            "Enter the name of the state, country or agency that issued the ID."));
    // The issuer field must never become a place where a full ID number is kept.
    if (TextChecks::longestDigitRun(value) >= TextChecks::IdNumberDigits)
        return Error::badInput(QCoreApplication::translate("Rules",
            "The issuer looks like an ID number; enter who issued the ID, never its number."));
    return value;
}

Result<QString> IdDocumentRules::otherDescription(IdType type, const QString& text)
{
    // The description belongs to "other" only; for a listed type it is dropped.
    if (type != IdType::Other)
        return QString();
    if (TextChecks::hasControlCharacters(text))
        return Error::badInput(QCoreApplication::translate("Rules",
            "The description contains characters that cannot be printed; retype it."));
    const QString value = text.simplified();
    if (value.isEmpty())
        return Error::badInput(QCoreApplication::translate("Rules",
            "Describe the ID when its type is \"other\" (for example \"Employee photo ID\")."));
    if (value.size() < DescriptionMin || value.size() > DescriptionMax || !TextChecks::hasLetter(value))
        return Error::badInput(QCoreApplication::translate("Rules",
            "The description of the ID must be %1 to %2 characters long.").arg(DescriptionMin).arg(DescriptionMax));
    if (TextChecks::longestDigitRun(value) >= TextChecks::IdNumberDigits)
        return Error::badInput(QCoreApplication::translate("Rules",
            "The description looks like it holds an ID number; describe the kind of ID only."));
    return value;
}

Status IdDocumentRules::expiry(const QDate& expiresOn, const QDate& today)
{
    if (!today.isValid())
        return Error::badInput(QCoreApplication::translate("Rules", "The kiosk's date is not set."));
    if (!expiresOn.isValid())
        return Error::badInput(QCoreApplication::translate("Rules", "Enter the expiry date printed on the ID."));
    if (expiresOn.year() < kEarliestYear)
        return Error::badInput(QCoreApplication::translate("Rules",
            "The expiry date is not a date an ID can carry; check the year."));
    if (expiresOn > today.addYears(MaxYearsAhead))
        return Error::badInput(QCoreApplication::translate("Rules",
            "The expiry date is more than %1 years from today; check the year.").arg(MaxYearsAhead));
    return {};
}

Status IdDocumentRules::issueDate(const QDate& issuedOn, const QDate& expiresOn, const QDate& today)
{
    if (issuedOn.isNull())
        return {};   // not asked for
    if (!issuedOn.isValid() || issuedOn.year() < kEarliestYear)
        return Error::badInput(QCoreApplication::translate("Rules", "The issue date is not a valid date; check it."));
    if (issuedOn > today)
        return Error::badInput(QCoreApplication::translate("Rules",
            "The issue date is in the future; check the date on the ID."));
    if (expiresOn.isValid() && issuedOn > expiresOn)
        return Error::badInput(QCoreApplication::translate("Rules",
            "The issue date is after the expiry date; check both dates."));
    return {};
}

Refusal IdDocumentRules::expiredRefusal(const IdCheckPolicy& policy)
{
    return {RefusalReason::ExpiredId, NextStep::BringValidId,
            QCoreApplication::translate("Rules", "The ID has expired."),
            policy.expiredOverrideAllowed
                ? QCoreApplication::translate("Rules",
                      "The adult can come back with a current photo ID, or a supervisor may accept this one with a "
                      "written reason.")
                : QCoreApplication::translate("Rules", "The adult can come back with a current photo ID.")};
}

Refusal IdDocumentRules::photoMismatchRefusal()
{
    return {RefusalReason::Other, NextStep::BringValidId,
            QCoreApplication::translate("Rules", "The photo on the ID does not match the person."),
            QCoreApplication::translate("Rules", "The adult can come back with a photo ID that shows them.")};
}

Result<IdCheck> IdDocumentRules::check(const IdDocument& document, const QDate& today, const IdCheckPolicy& policy,
                                       const std::optional<QString>& expiredOverrideReason, const QDate& issuedOn)
{
    IdCheck out;
    out.document = document;

    auto description = otherDescription(document.type, document.otherDescription);
    if (!description)
        return description.error();
    out.document.otherDescription = *description;

    auto cleanIssuer = issuer(document.issuer);
    if (!cleanIssuer)
        return cleanIssuer.error();
    out.document.issuer = *cleanIssuer;

    auto cleanLast4 = last4(document.numberLast4);
    if (!cleanLast4)
        return cleanLast4.error();
    out.document.numberLast4 = *cleanLast4;

    if (Status s = expiry(document.expiresOn, today); !s)
        return s.error();
    if (Status s = issueDate(issuedOn, document.expiresOn, today); !s)
        return s.error();

    // An ID is good through the day printed on it.
    out.expired = document.expiresOn < today;
    if (expiredOverrideReason) {
        if (!policy.expiredOverrideAllowed)
            return Error::badInput(QCoreApplication::translate("Rules",
                "This district does not allow a supervisor to accept an expired ID."));
        auto reason = OverrideReason::validate(*expiredOverrideReason);
        if (!reason)
            return reason.error();
        if (out.expired)
            out.overrideReason = *reason;   // a reason for a current ID is not recorded
    } else if (out.expired) {
        out.refusal = expiredRefusal(policy);
    }
    return out;
}

} // namespace gd
