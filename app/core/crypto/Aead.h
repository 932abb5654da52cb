#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QByteArrayView>

namespace gd::crypto {

// AES-256-GCM. A sealed blob is nonce (12 bytes) ‖ ciphertext ‖ tag (16 bytes); the nonce is
// random per call, which is safe for far more messages than one key will ever seal here.
inline constexpr int kAesGcmKeySize = 32;
inline constexpr int kAesGcmNonceSize = 12;
inline constexpr int kAesGcmTagSize = 16;

// aad is authenticated but not encrypted (say, the row id the blob belongs to), so a blob
// copied to another row fails to open.
Result<QByteArray> aesGcmSeal(QByteArrayView key32, QByteArrayView plaintext, QByteArrayView aad);

// The plaintext, or an error if the blob is too short or was altered, or the key or aad is
// not the one it was sealed with (GCM cannot tell these apart).
Result<QByteArray> aesGcmOpen(QByteArrayView key32, QByteArrayView blob, QByteArrayView aad);

} // namespace gd::crypto
