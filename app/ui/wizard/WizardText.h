#pragma once

#include "core/Roster.h"
#include "core/Verification.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace gd {

// How the verification's vocabulary reads on the wizard's pages, in the kiosk's language.
// Display only: the rules live in the core.
class WizardText {
    Q_DECLARE_TR_FUNCTIONS(gd::WizardText)
public:
    static QString method(VerificationMethod method);
    static QString idType(IdType type);
    static QString question(SecurityQuestion question);      // as the staff member asks it
    static QString refusalHeadline(RefusalReason reason);
    static QString nameMatch(NameMatch match);
    static QString address(const Address& address);         // one line

    // Dates are typed in the district's order (DisplayText::dateStyle) with a four-digit year
    // ("MM/DD/YYYY" in the US), whatever the machine's locale; ISO 8601 ("2030-01-31") is
    // understood everywhere.
    static QString dateInputFormat();
    static QString dateInputHint();                          // the format as a person reads it
    static QDate parseDate(const QString& text);             // invalid when not a date
};

} // namespace gd
