// libFuzzer: the AAMVA parser on any bytes, as a barcode decoder or a wedge scanner gives them.
// Beyond not crashing, what it returns must be what the kiosk relies on.
#include "FuzzTarget.h"

#include "idscan/AamvaParser.h"
#include "idscan/IdScanner.h"

#include <cstdlib>

using namespace gd;

namespace {

void check(const Result<AamvaCard>& r)
{
    if (!r) {
        if (r.message().isEmpty())
            std::abort();   // every refusal says why
        return;
    }
    const bool sane = r->numberLast4.size() == 4 && r->aamvaVersion >= 1 && r->aamvaVersion <= 11
        && r->expiresOn.isValid() && (!r->familyName.isEmpty() || !r->givenNames.isEmpty())
        && (!r->issuedOn.isValid() || r->issuedOn <= r->expiresOn);
    if (!sane)
        std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    check(AamvaParser::parse(bytes));
    check(IdScanner::fromWedgeText(QString::fromLatin1(bytes)));
    return 0;
}
