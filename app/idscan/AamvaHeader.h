#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

namespace gd {

// The header of an AAMVA DL/ID barcode:
//
//   "@" LF RS CR   compliance indicator and separators (often lost by keyboard-wedge scanners)
//   "ANSI "        file type ("AAMVA" on some older cards)
//   IIN            six digits: the issuing jurisdiction
//   version        two digits, 01 to 11
//   jur. version   two digits (not on version 01 cards)
//   entries        two digits, then that many 10-character subfile designators:
//                  type ("DL", "ID", "ZV" ...), offset (4 digits), length (4 digits)
//
// Real cards get the entry count, offsets and lengths wrong, so the designators are read for
// as long as they look like designators and only serve as hints.
struct AamvaHeader {
    struct Designator {
        QByteArray type;   // "DL", "ID", "Z" + a jurisdiction letter
        int offset = 0;
        int length = 0;
    };

    int version = 0;
    QString issuerId;
    QList<Designator> designators;
    qsizetype end = 0;   // the first byte after the header

    static constexpr int kMinVersion = 1;
    static constexpr int kMaxVersion = 11;

    // Not AAMVA or a damaged header: BadInput with a message a front-desk person can act on.
    static Result<AamvaHeader> read(QByteArrayView payload);

    // True when the payload starts with an AAMVA file type, whatever follows.
    static bool looksLikeAamva(QByteArrayView payload);
};

} // namespace gd
