#pragma once

#include "core/Result.h"

#include <QString>

namespace gd {

// The written reason that goes with a staff or supervisor override (an expired ID, a name that
// differs from the record). It travels in the guardian.verified event, so it must say something
// and must never carry an ID number.
class OverrideReason {
public:
    static constexpr int MinLength = 10;
    static constexpr int MaxLength = 500;

    // The reason with white space simplified, or a bad-input error saying what to fix.
    static Result<QString> validate(const QString& text);
};

} // namespace gd
