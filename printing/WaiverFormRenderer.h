#pragma once

#include "core/Result.h"
#include "printing/LetterContent.h"
#include "printing/PageCanvas.h"

#include <functional>

namespace gd {
class LetterTexts;
}

namespace gd::letters {

// The Mail/Email Waiver form on one page: what it is for, how to return it with a copy of a photo
// ID, the guardian's details (pre-filled, or lines to write on), the declaration and signature,
// the case barcode the office scans when the form comes back, and the office's block.
class WaiverFormRenderer {
public:
    static Status validate(const WaiverFormContent& form);
    static Status draw(PageCanvas& canvas, const LetterTexts& texts, const WaiverFormContent& form,
                       const std::function<Status()>& startPage);
};

} // namespace gd::letters
