#include "core/crypto/PasswordHasher.h"

#include "core/crypto/Hash.h"
#include "core/crypto/OpenSslHandles.h"
#include "core/crypto/Random.h"
#include "core/crypto/SecureWipe.h"

#include <QStringList>

using namespace Qt::Literals::StringLiterals;

namespace gd::crypto {

namespace {

constexpr int kLog2N = 15;
constexpr quint32 kR = 8;
constexpr quint32 kP = 1;
constexpr int kSaltBytes = 16;
constexpr int kHashBytes = 32;

constexpr quint64 kMaxMemory = quint64(2) << 30;

// Limits for stored hashes: generous enough for a future cost increase, small enough that a
// tampered row costs seconds, not minutes.
constexpr int kMaxLog2N = 20;
constexpr quint32 kMaxR = 32;
constexpr quint32 kMaxP = 16;
constexpr quint64 kMaxWork = (quint64(1) << kLog2N) * kR * kP * 32;

// A small decimal without sign, spaces or leading zeros; -1 otherwise.
int parseSmallNumber(QStringView s)
{
    if (s.isEmpty() || s.size() > 3 || (s.size() > 1 && s.front() == u'0'))
        return -1;
    int v = 0;
    for (QChar c : s) {
        if (c < u'0' || c > u'9')
            return -1;
        v = v * 10 + (c.unicode() - u'0');
    }
    return v;
}

// Strict base64 (standard alphabet, padded); an empty array on any error.
QByteArray parseBase64(QStringView s)
{
    if (s.isEmpty())
        return {};
    auto decoded = QByteArray::fromBase64Encoding(s.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return {};
    return decoded.decoded;
}

} // namespace

Result<QByteArray> scrypt(QByteArrayView password, QByteArrayView salt, quint64 N, quint32 r,
                          quint32 p, int length)
{
    if (N < 2 || (N & (N - 1)) != 0)
        return Error::badInput(u"The scrypt cost N must be a power of two above 1 (got %1)."_s.arg(N));
    if (r < 1 || p < 1)
        return Error::badInput(u"The scrypt parameters r and p must be at least 1."_s);
    if (length < 1)
        return Error::badInput(u"The scrypt output length must be at least 1 byte (got %1)."_s.arg(length));

    // The same sum OpenSSL checks against maxmem: p*128*r for B plus 128*r*(N+2) for V.
    const quint64 blockBytes = quint64(128) * r;
    if (N > kMaxMemory / blockBytes || p > kMaxMemory / blockBytes)
        return Error::badInput(u"These scrypt parameters need more than 2 GiB of memory."_s);
    const quint64 needed = blockBytes * p + blockBytes * (N + 2);
    if (needed > kMaxMemory)
        return Error::badInput(u"These scrypt parameters need more than 2 GiB of memory."_s);

    QByteArray out(length, '\0');
    if (EVP_PBE_scrypt(reinterpret_cast<const char*>(ossl::bytes(password)), size_t(password.size()), ossl::bytes(salt),
                       size_t(salt.size()), N, r, p, needed + (1 << 20), ossl::bytes(out),
                       size_t(length))
        != 1) {
        wipe(out);
        return Error::failed(u"scrypt failed (%1)."_s.arg(ossl::lastError()));
    }
    return out;
}

Result<QString> hashPassword(const QString& password)
{
    if (password.isEmpty())
        return Error::badInput(u"A password cannot be empty."_s);
    auto salt = randomBytes(kSaltBytes);
    if (!salt)
        return salt.error();
    const SecretBytes utf8 = SecretBytes::fromUtf8(password);
    auto hash = scrypt(utf8.view(), *salt, quint64(1) << kLog2N, kR, kP, kHashBytes);
    if (!hash)
        return hash.error();
    const QString encoded = u"scrypt$%1$%2$%3$"_s.arg(kLog2N).arg(kR).arg(kP)
        + QString::fromLatin1(salt->toBase64()) + u'$' + QString::fromLatin1(hash->toBase64());
    wipe(*hash);
    return encoded;
}

bool verifyPassword(const QString& password, const QString& encoded)
{
    // Bound the work before splitting a string that may be huge.
    if (encoded.size() > 512)
        return false;
    const QList<QStringView> parts = QStringView(encoded).split(u'$');
    if (parts.size() != 6 || parts[0] != u"scrypt")
        return false;
    const int log2N = parseSmallNumber(parts[1]);
    const int r = parseSmallNumber(parts[2]);
    const int p = parseSmallNumber(parts[3]);
    if (log2N < 1 || log2N > kMaxLog2N || r < 1 || quint32(r) > kMaxR || p < 1
        || quint32(p) > kMaxP)
        return false;
    const quint64 N = quint64(1) << log2N;
    if (N * quint64(r) * quint64(p) > kMaxWork)
        return false;
    const QByteArray salt = parseBase64(parts[4]);
    QByteArray expected = parseBase64(parts[5]);
    if (salt.size() < 8 || salt.size() > 64 || expected.size() < 16 || expected.size() > 64)
        return false;

    const SecretBytes utf8 = SecretBytes::fromUtf8(password);
    auto actual = scrypt(utf8.view(), salt, N, quint32(r), quint32(p), int(expected.size()));
    if (!actual)
        return false;
    const bool same = constantTimeEquals(*actual, expected);
    wipe(*actual);
    wipe(expected);
    return same;
}

} // namespace gd::crypto
