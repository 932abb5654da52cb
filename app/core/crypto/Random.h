#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QString>
#include <QStringView>

namespace gd::crypto {

// Upper-case letters and digits that cannot be mistaken for one another when read aloud,
// printed or typed: no O/0, 1/I/L, U/V, 5/S, 2/Z, 8/B. 23 symbols, about 4.5 bits each.
inline constexpr QStringView kUnambiguousAlphabet = u"ACDEFGHJKMNPQRTWXY34679";
inline constexpr QStringView kDigits = u"0123456789";

// n bytes from the operating system's CSPRNG (OpenSSL RAND_bytes).
Result<QByteArray> randomBytes(int n);

// length symbols drawn uniformly from alphabet (rejection sampling, so no modulo bias).
// The alphabet needs 1 to 256 distinct characters, none of them half of a surrogate pair.
Result<QString> randomString(int length, QStringView alphabet);

} // namespace gd::crypto
