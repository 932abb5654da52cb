#include "core/crypto/Aead.h"

#include "core/crypto/OpenSslHandles.h"
#include "core/crypto/Random.h"
#include "core/crypto/SecureWipe.h"

#include <algorithm>
#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace gd::crypto {

namespace {

constexpr qsizetype kMaxInput = std::numeric_limits<int>::max() - 64;

Status checkSizes(QByteArrayView key, QByteArrayView data, QByteArrayView aad)
{
    if (key.size() != kAesGcmKeySize)
        return Error::badInput(u"AES-256-GCM needs a %1-byte key, not %2 bytes."_s
                                   .arg(kAesGcmKeySize)
                                   .arg(key.size()));
    if (data.size() > kMaxInput || aad.size() > kMaxInput)
        return Error::badInput(u"The data is too large to encrypt in one piece."_s);
    return {};
}

} // namespace

Result<QByteArray> aesGcmSeal(QByteArrayView key32, QByteArrayView plaintext, QByteArrayView aad)
{
    if (auto sizes = checkSizes(key32, plaintext, aad); !sizes)
        return sizes.error();
    auto nonce = randomBytes(kAesGcmNonceSize);
    if (!nonce)
        return nonce.error();

    ossl::CipherCtx ctx(EVP_CIPHER_CTX_new());
    QByteArray out(kAesGcmNonceSize + plaintext.size() + kAesGcmTagSize, '\0');
    unsigned char* const nonceOut = ossl::bytes(out);
    unsigned char* const cipherOut = nonceOut + kAesGcmNonceSize;
    unsigned char* const tagOut = cipherOut + plaintext.size();
    std::copy(nonce->cbegin(), nonce->cend(), reinterpret_cast<char*>(nonceOut));

    int len = 0;
    int total = 0;
    const bool ok = ctx
        && EVP_EncryptInit_ex2(ctx.get(), EVP_aes_256_gcm(), ossl::bytes(key32),
                               ossl::bytes(*nonce), nullptr)
            == 1
        && (aad.isEmpty()
            || EVP_EncryptUpdate(ctx.get(), nullptr, &len, ossl::bytes(aad), int(aad.size())) == 1)
        && (plaintext.isEmpty()
            || EVP_EncryptUpdate(ctx.get(), cipherOut, &total, ossl::bytes(plaintext),
                                 int(plaintext.size()))
                == 1)
        && EVP_EncryptFinal_ex(ctx.get(), cipherOut + total, &len) == 1
        && total + len == plaintext.size()
        && EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, kAesGcmTagSize, tagOut) == 1;
    if (!ok) {
        wipe(out);
        return Error::failed(u"Could not encrypt with AES-256-GCM (%1)."_s.arg(ossl::lastError()));
    }
    return out;
}

Result<QByteArray> aesGcmOpen(QByteArrayView key32, QByteArrayView blob, QByteArrayView aad)
{
    if (auto sizes = checkSizes(key32, blob, aad); !sizes)
        return sizes.error();
    if (blob.size() < kAesGcmNonceSize + kAesGcmTagSize)
        return Error::badInput(u"The encrypted data is too short (%1 bytes; at least %2 expected): "
                               "it is truncated or not AES-256-GCM data."_s
                                   .arg(blob.size())
                                   .arg(kAesGcmNonceSize + kAesGcmTagSize));

    const QByteArrayView nonce = blob.first(kAesGcmNonceSize);
    const QByteArrayView ciphertext = blob.sliced(kAesGcmNonceSize, blob.size() - kAesGcmNonceSize
                                                                        - kAesGcmTagSize);
    // OpenSSL's ctrl takes a non-const pointer for the expected tag.
    QByteArray tag = blob.last(kAesGcmTagSize).toByteArray();

    ossl::CipherCtx ctx(EVP_CIPHER_CTX_new());
    QByteArray plain(ciphertext.size(), '\0');
    int len = 0;
    int total = 0;
    const bool started = ctx
        && EVP_DecryptInit_ex2(ctx.get(), EVP_aes_256_gcm(), ossl::bytes(key32), ossl::bytes(nonce),
                               nullptr)
            == 1
        && (aad.isEmpty()
            || EVP_DecryptUpdate(ctx.get(), nullptr, &len, ossl::bytes(aad), int(aad.size())) == 1)
        && (ciphertext.isEmpty()
            || EVP_DecryptUpdate(ctx.get(), ossl::bytes(plain), &total, ossl::bytes(ciphertext),
                                 int(ciphertext.size()))
                == 1)
        && EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, kAesGcmTagSize, tag.data()) == 1;
    if (!started) {
        wipe(plain);
        return Error::failed(u"Could not decrypt with AES-256-GCM (%1)."_s.arg(ossl::lastError()));
    }
    // The tag is checked here; nothing decrypted is released unless it matches.
    if (EVP_DecryptFinal_ex(ctx.get(), ossl::bytes(plain) + total, &len) != 1
        || total + len != plain.size()) {
        wipe(plain);
        ERR_clear_error();
        return Error::failed(u"The encrypted data failed its integrity check: it was altered, or "
                             "the key or the associated data is not the one it was sealed with."_s);
    }
    return plain;
}

} // namespace gd::crypto
