#pragma once

#include "core/Result.h"
#include "printing/LetterContent.h"
#include "printing/PageCanvas.h"

#include <functional>

namespace gd {
class LetterTexts;
}

namespace gd::letters {

// Draws one sealed access-key letter on one page: three panels of a sheet folded in three.
//
//   top third     trifold: return address and guardian address where the #10 double-window
//                 envelope shows them; the title beside them, hidden by the envelope.
//                 pressure-seal: the outside of the mailer (return address, "personal and
//                 confidential", guardian address, postage imprint, how to open it).
//   middle third  greeting, the key panel and the "reached you opened" warning. The bottom third
//                 folds onto it, so the keys face the inside of the fold.
//   bottom third  how to redeem in plain words, expiry, the QR seal and the serial.
//
// Fold marks sit in both margins at the two fold lines.
class AccessKeyLetterRenderer {
public:
    struct Options {
        bool maskSecrets = false;   // on-screen preview: every key prints as dots
        bool companion = false;     // the second-language sheet of a fallback: no keys, no seal
    };

    // Checks that the letter can be drawn (addresses for mail, keys, seal, ...), drawing nothing.
    static Status validate(const LetterContent& letter);
    // Lays the letter out, calls `startPage` once it is sure to fit, then draws it. An error before
    // `startPage` leaves the document untouched.
    static Status draw(PageCanvas& canvas, const LetterTexts& texts, const LetterContent& letter, const Options& options,
                       const std::function<Status()>& startPage);
};

} // namespace gd::letters
