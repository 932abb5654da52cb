#pragma once

#include "core/Result.h"
#include "idscan/AamvaHeader.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QString>

namespace gd {

// The DL or ID subfile of an AAMVA barcode: its type and the elements GuardianDesk reads, by
// their three-letter codes. Everything else on the card (address, physical description,
// jurisdiction subfiles) is skipped and never copied out of the payload.
//
// The subfile is found by its type followed by an element code, whatever the header's offsets
// say. Elements are split at the separators; when a keyboard-wedge scanner lost every
// separator, at the next known element code whose value has the right shape (a date is 8
// digits, a flag one of its letters), with fixed-size values taken by their size.
struct AamvaSubfile {
    QByteArray type;                      // "DL" or "ID"
    QHash<QByteArray, QString> elements;  // wanted code -> trimmed value (first occurrence)

    // `wanted`: the codes to keep.
    static Result<AamvaSubfile> read(QByteArrayView payload, const AamvaHeader& header,
                                     const QList<QByteArrayView>& wanted);

    // A code of the standard (versions 01 to 11), not a jurisdiction's own element.
    static bool isKnownCode(QByteArrayView code);
};

} // namespace gd
