#include "core/rules/OverrideReason.h"

#include "core/rules/TextChecks.h"

#include <QCoreApplication>

namespace gd {

Result<QString> OverrideReason::validate(const QString& text)
{
    if (TextChecks::hasControlCharacters(text, TextChecks::AllowLineBreaks))
        return Error::badInput(QCoreApplication::translate("Rules",
            "The reason contains characters that cannot be printed; retype it."));
    const QString reason = text.simplified();
    if (reason.isEmpty())
        return Error::badInput(QCoreApplication::translate("Rules", "Write the reason for the override."));
    if (reason.size() < MinLength || !TextChecks::hasLetter(reason))
        return Error::badInput(QCoreApplication::translate("Rules",
            "Write a reason of at least %1 characters for the override.").arg(MinLength));
    if (reason.size() > MaxLength)
        return Error::badInput(QCoreApplication::translate("Rules",
            "Shorten the reason to at most %1 characters.").arg(MaxLength));
    if (TextChecks::longestDigitRun(reason) >= TextChecks::IdNumberDigits)
        return Error::badInput(QCoreApplication::translate("Rules",
            "Leave ID and account numbers out of the reason."));
    return reason;
}

} // namespace gd
