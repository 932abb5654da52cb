#pragma once

#include "core/Result.h"
#include "printing/LetterContent.h"
#include "printing/PageCanvas.h"

#include <functional>

namespace gd {
class LetterTexts;
}

namespace gd::letters {

// The mail waiver on one page, printed as a request to mail the parent-portal key: what it is for,
// how to return it with a copy of a photo ID (by mail, or by e-mail to the school's address when
// the school has one), the guardian's details (pre-filled, or lines to write on), the declaration and signature,
// the case barcode the office scans when the form comes back, and the office's block.
class WaiverFormRenderer {
public:
    static Status validate(const WaiverFormContent& form);
    static Status draw(PageCanvas& canvas, const LetterTexts& texts, const WaiverFormContent& form,
                       const std::function<Status()>& startPage);
};

} // namespace gd::letters
