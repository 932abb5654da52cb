#pragma once

#include "core/Result.h"
#include "core/Verification.h"
#include "core/crypto/SecureWipe.h"

#include <QDate>
#include <QString>

namespace gd {

// How a district's keys look and how long they live (the district profile in settings).
struct KeyFormat {
    KeyKind kind = KeyKind::CreationCode;
    int pinLength = 6;          // LAUSD-style numeric PIN
    int accessIdLength = 8;     // PowerSchool-style Access ID ...
    int passwordLength = 8;     // ... and Access Password
    int codeLength = 12;        // NYC-style creation code, printed in groups of four
    int lifetimeDays = 30;      // 0: the key does not expire

    // Empty when the format is one a parent can type and an attacker cannot guess.
    QString problem() const;
};

// One freshly generated key. The secret lives only here (wiped on destruction) until it is
// sealed for the district and printed; it is never stored, logged or shown.
struct GeneratedKey {
    QString keyId;               // uuid v4
    KeyKind kind = KeyKind::CreationCode;
    QDate expiresOn;             // invalid when the key does not expire
    crypto::SecretBytes secret;  // canonical form: "482913", "ACDE7KMN:QRTW3469", "ACDEFGHJKMNP"

    // The lines a parent reads on the letter ("Access ID: ACDE-7KMN", ...), built on demand.
    QStringList printableLines() const;
};

class AccessKeyGenerator {
public:
    // CSPRNG (OpenSSL), alphabet without look-alikes for letters (no O/0, 1/I/L ...).
    static Result<GeneratedKey> generate(const KeyFormat& format, QDate today);

    // base64 of RSA-OAEP-SHA256(secret) under the district's public key, for access_key.issued.
    static Result<QString> sealForDistrict(const GeneratedKey& key, QByteArrayView districtPublicKeyPem);
};

} // namespace gd
