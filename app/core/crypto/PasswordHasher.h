#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace gd::crypto {

// scrypt (RFC 7914). N must be a power of two above 1; r, p and length at least 1.
// The memory limit is derived from N and r, so large costs work (OpenSSL's default cap of
// 32 MiB would refuse N=2^15, r=8); anything over 2 GiB is refused.
Result<QByteArray> scrypt(QByteArrayView password, QByteArrayView salt, quint64 N, quint32 r,
                          quint32 p, int length);

// A staff password as "scrypt$<log2N>$<r>$<p>$<base64 salt>$<base64 hash>", with N=2^15,
// r=8, p=1, a 16-byte random salt and a 32-byte hash (about 0.1 s, 32 MiB). Empty passwords
// are refused.
Result<QString> hashPassword(const QString& password);

// True when password matches an encoding from hashPassword(). False for any malformed or
// tampered string, including costs far above ours (log2N > 20, r > 32, p > 16, or more than
// 32 times the default work), so an edited row cannot make a login hang.
bool verifyPassword(const QString& password, const QString& encoded);

} // namespace gd::crypto
