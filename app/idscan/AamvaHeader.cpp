#include "idscan/AamvaHeader.h"

#include "idscan/AamvaText.h"

#include <QCoreApplication>

namespace gd {

namespace {

// Scanners may put a symbology prefix or the lost compliance indicator's neighbours before the
// file type; it is searched for this far into the payload.
constexpr qsizetype kFileTypeWindow = 40;
constexpr int kMaxDesignators = 16;

struct FileType {
    qsizetype at = -1;
    qsizetype length = 0;
};

FileType findFileType(QByteArrayView p)
{
    const qsizetype window = std::min(p.size(), kFileTypeWindow);
    for (qsizetype i = 0; i < window; ++i) {
        const QByteArrayView rest = p.sliced(i);
        if (rest.startsWith("AAMVA"))
            return {i, 5};
        if (rest.startsWith("ANSI"))   // "ANSI " by the standard; some cards drop the space
            return {i, rest.size() > 4 && rest[4] == ' ' ? 5 : 4};
    }
    return {};
}

bool isDesignatorAt(QByteArrayView p, qsizetype at)
{
    return at + 10 <= p.size() && aamva::isUpper(p[at]) && (aamva::isUpper(p[at + 1]) || aamva::isDigit(p[at + 1]))
        && aamva::allDigits(p.sliced(at + 2, 8));
}

Error damaged(const char* part)
{
    return Error::badInput(QCoreApplication::translate("IdScan",
        "The barcode of this licence or ID card is damaged (%1 unreadable). Scan it again, or type the "
        "details from the card.").arg(QCoreApplication::translate("IdScan", part)));
}

} // namespace

bool AamvaHeader::looksLikeAamva(QByteArrayView payload)
{
    return findFileType(payload).at >= 0;
}

Result<AamvaHeader> AamvaHeader::read(QByteArrayView p)
{
    const FileType type = findFileType(p);
    if (type.at < 0)
        return Error::badInput(QCoreApplication::translate("IdScan",
            "This barcode is not from a US or Canadian driver's licence or ID card (it has no AAMVA header). "
            "Scan the large barcode on the back of the card, or type the details."));
    const qsizetype at = type.at + type.length;
    AamvaHeader h;
    if (at + 6 > p.size() || !aamva::allDigits(p.sliced(at, 6)))
        return damaged(QT_TRANSLATE_NOOP("IdScan", "the issuer number in the header"));
    h.issuerId = QString::fromLatin1(p.sliced(at, 6));
    if (at + 8 > p.size() || !aamva::allDigits(p.sliced(at + 6, 2)))
        return damaged(QT_TRANSLATE_NOOP("IdScan", "the version in the header"));
    h.version = aamva::toInt(p.sliced(at + 6, 2));
    if (h.version < kMinVersion || h.version > kMaxVersion)
        return Error::badInput(QCoreApplication::translate("IdScan",
            "This card's barcode follows AAMVA version %1, which GuardianDesk cannot read (it reads versions "
            "1 to 11). Type the details from the card.").arg(h.version));

    // Version 01 has no jurisdiction version: the entry count follows the version directly.
    // Which layout a card uses is told by where the first designator starts.
    const qsizetype afterVersion = at + 8;
    qsizetype next = afterVersion;
    if (isDesignatorAt(p, afterVersion + 2))
        next = afterVersion + 2;
    else if (isDesignatorAt(p, afterVersion + 4))
        next = afterVersion + 4;
    else if (afterVersion + 4 <= p.size() && aamva::allDigits(p.sliced(afterVersion, 4)))
        next = afterVersion + 4;   // no designators at all: the subfile is found by its type
    while (h.designators.size() < kMaxDesignators && isDesignatorAt(p, next)) {
        h.designators.append({p.sliced(next, 2).toByteArray(), aamva::toInt(p.sliced(next + 2, 4)),
                              aamva::toInt(p.sliced(next + 6, 4))});
        next += 10;
    }
    h.end = next;
    return h;
}

} // namespace gd
