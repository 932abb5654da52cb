#include "core/crypto/Random.h"

#include "core/crypto/OpenSslHandles.h"
#include "core/crypto/SecureWipe.h"

#include <openssl/rand.h>

#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace gd::crypto {

Result<QByteArray> randomBytes(int n)
{
    if (n < 0)
        return Error::badInput(u"Cannot generate a negative number of random bytes (%1)."_s.arg(n));
    QByteArray out(n, '\0');
    if (n > 0 && RAND_bytes(ossl::bytes(out), n) != 1) {
        wipe(out);
        return Error::failed(u"The system random number generator failed (%1)."_s
                                 .arg(ossl::lastError()));
    }
    return out;
}

Result<QString> randomString(int length, QStringView alphabet)
{
    if (length < 0)
        return Error::badInput(u"A random string cannot have a negative length (%1)."_s.arg(length));
    const auto symbols = int(alphabet.size());
    if (symbols < 1 || symbols > 256)
        return Error::badInput(
            u"The alphabet for a random string needs 1 to 256 characters (it has %1)."_s.arg(symbols));
    for (qsizetype i = 0; i < alphabet.size(); ++i) {
        if (alphabet[i].isSurrogate())
            return Error::badInput(u"The alphabet for a random string must not contain surrogates."_s);
        if (alphabet.indexOf(alphabet[i]) != i)
            return Error::badInput(
                u"The alphabet for a random string repeats a character, which would bias it."_s);
    }

    // Bytes at or above the largest multiple of the alphabet size are drawn again, so every
    // symbol is equally likely.
    const int limit = 256 - (256 % symbols);
    QString out;
    out.reserve(length);
    while (out.size() < length) {
        const int missing = length - int(out.size());
        // Enough for most rounds in one draw; the acceptance rate is above 1/2.
        auto bytes = randomBytes(missing + missing / 2 + 8);
        if (!bytes.ok())
            return bytes.error();
        for (char b : std::as_const(*bytes)) {
            const int v = static_cast<unsigned char>(b);
            if (v < limit && out.size() < length)
                out.append(alphabet[v % symbols]);
        }
        wipe(*bytes);
    }
    return out;
}

} // namespace gd::crypto
