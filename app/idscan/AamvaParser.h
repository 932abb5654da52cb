#pragma once

#include "core/Result.h"
#include "idscan/AamvaCard.h"

#include <QByteArrayView>

namespace gd {

// Reads the PDF417 payload of a US or Canadian licence or ID card (AAMVA DL/ID versions 01 to
// 11), leniently the way real cards and keyboard-wedge scanners require: file type "AAMVA" as
// well as "ANSI ", separators lost or replaced, wrong entry counts and offsets, any element
// order, dates in either order or with dashes, version 1-3 names (DAA, DCT), sex as 1/2/9 or
// M/F. A payload that is not AAMVA says so; a damaged one names the part that is wrong.
//
// The payload is read in place: the full document number, the address and the payload
// itself are never copied into the result nor logged.
class AamvaParser {
public:
    // Real cards hold well under 3 KB; anything longer is not a card's barcode.
    static constexpr qsizetype kMaxPayload = 8192;

    static Result<AamvaCard> parse(QByteArrayView payload);

    // The error for a payload over kMaxPayload.
    static Error tooLong();
};

} // namespace gd
