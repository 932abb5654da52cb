#pragma once

#include "core/Result.h"
#include "idscan/AamvaCard.h"

#include <QImage>
#include <QString>

namespace gd {

// The one call the ID page needs: a licence or ID card from a photo or scan of its back, or
// from what a keyboard-wedge 2D scanner typed. Either the card's fields or an error a
// front-desk person can act on (no barcode, not a licence, damaged, unsupported version).
class IdScanner {
public:
    static Result<AamvaCard> fromImage(const QImage& image);

    // A wedge scanner types the payload as keystrokes: separators may arrive as Enter, as
    // other control characters, or not at all. Characters beyond Latin-1 cannot be on a card.
    static Result<AamvaCard> fromWedgeText(const QString& typed);
};

} // namespace gd
