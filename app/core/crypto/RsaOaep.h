#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QByteArrayView>

#include <utility>

namespace gd::crypto {

// RSA-OAEP with SHA-256 and MGF1-SHA-256: how a generated secret is sealed to the district's
// public key so that only the district can read it.
inline constexpr int kRsaMinimumBits = 2048;

// publicKeyPem is a PEM "PUBLIC KEY" (SubjectPublicKeyInfo). Keys under 2048 bits are refused.
// At most (key bytes - 66) bytes of plaintext fit: 190 for a 2048-bit key.
Result<QByteArray> rsaOaepSeal(QByteArrayView publicKeyPem, QByteArrayView plaintext);

// The district side (used by the test stub). privateKeyPem is an unencrypted PEM private key.
Result<QByteArray> rsaOaepOpen(QByteArrayView privateKeyPem, QByteArrayView ciphertext);

// A new key pair as (private key PEM, PKCS#8; public key PEM, SubjectPublicKeyInfo).
// bits from 2048 to 16384.
Result<std::pair<QByteArray, QByteArray>> generateRsaKeyPairPem(int bits);

} // namespace gd::crypto
