// libFuzzer: a letter's QR seal as any scanner reads it. The seeds include a genuine seal made
// with the fixed key below (version 2, and version 1 as printed before), so the fuzzer also walks
// the accepting paths; a seal it accepts must be the one canonical encoding of what it says
// (sealing the data again gives the same text; an old seal's signed text is rebuilt the same).
#include "FuzzTarget.h"

#include "core/LetterSeal.h"
#include "core/crypto/Ed25519.h"

#include <cstdlib>

using namespace gd;

namespace {

// A fixed test key, public only in this file: seeds signed with it open as genuine.
const crypto::Ed25519Key& fuzzKey()
{
    static const crypto::Ed25519Key key = [] {
        QByteArray raw(32, '\0');
        for (int i = 0; i < raw.size(); ++i)
            raw[i] = char(i + 1);
        auto k = crypto::Ed25519Key::fromPrivateKey(raw);
        if (!k)
            std::abort();
        return std::move(k).value();
    }();
    return key;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray payload(reinterpret_cast<const char*>(data), qsizetype(size));
    (void)LetterSeal::looksLikeSeal(payload);
    (void)LetterSeal::signerKeyId(payload);
    const crypto::Ed25519Key& key = fuzzKey();
    auto opened = LetterSeal::open(payload, key.publicKey());
    if (!opened)
        return 0;
    if (opened->version == 1) {
        // Old seals are only read: their signed text must still be the one canonical encoding.
        if (LetterSeal::signedBytes(*opened, key.publicKey()) != payload.trimmed().left(payload.trimmed().lastIndexOf('.')))
            std::abort();
        return 0;
    }
    auto again = LetterSeal::seal(*opened, key);
    if (!again || *again != payload.trimmed())
        std::abort();
    return 0;
}
