#pragma once

#include "core/Result.h"
#include "core/crypto/SecureWipe.h"

#include <QByteArray>
#include <QByteArrayView>

#include <openssl/types.h>

#include <memory>

namespace gd::crypto {

// An Ed25519 key pair (RFC 8032): the device key that signs audit checkpoints.
// Move-only; always holds a key (the only way to get one is generate() or fromPrivateKey()).
class Ed25519Key {
public:
    static constexpr int kPublicKeySize = 32;
    static constexpr int kPrivateKeySize = 32;
    static constexpr int kSignatureSize = 64;

    static Result<Ed25519Key> generate();
    // From the 32-byte private key (the RFC 8032 "secret key" seed).
    static Result<Ed25519Key> fromPrivateKey(QByteArrayView raw32);

    // Raw 32 bytes; empty only if OpenSSL fails.
    QByteArray publicKey() const;
    // Raw 32 bytes, to be encrypted at rest; empty only if OpenSSL fails.
    SecretBytes privateKey() const;
    // A 64-byte signature (deterministic: the same message gives the same signature).
    Result<QByteArray> sign(QByteArrayView message) const;

private:
    struct KeyFree {
        void operator()(EVP_PKEY* key) const;
    };
    explicit Ed25519Key(EVP_PKEY* key) : m_key(key) {}

    std::unique_ptr<EVP_PKEY, KeyFree> m_key;
};

// True only for a valid 64-byte signature of message under the raw 32-byte public key.
bool ed25519Verify(QByteArrayView publicKey32, QByteArrayView message, QByteArrayView signature64);

} // namespace gd::crypto
