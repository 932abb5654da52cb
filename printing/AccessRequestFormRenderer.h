#pragma once

#include "core/Result.h"
#include "printing/LetterContent.h"
#include "printing/PageCanvas.h"

#include <functional>

namespace gd {
class LetterTexts;
}

namespace gd::letters {

// The Parent Access Request form (Pasadena style) on one page: what the portal shows, how to keep
// access private, the student and adult details (pre-filled or blank), and the "for school office
// use only" block: date, verified by, signature, ID type checked.
class AccessRequestFormRenderer {
public:
    static Status validate(const AccessRequestContent& form);
    static Status draw(PageCanvas& canvas, const LetterTexts& texts, const AccessRequestContent& form,
                       const std::function<Status()>& startPage);
};

} // namespace gd::letters
