#include "core/crypto/Ed25519.h"

#include "core/crypto/OpenSslHandles.h"

using namespace Qt::Literals::StringLiterals;

namespace gd::crypto {

void Ed25519Key::KeyFree::operator()(EVP_PKEY* key) const
{
    EVP_PKEY_free(key);
}

Result<Ed25519Key> Ed25519Key::generate()
{
    ossl::PkeyCtx ctx(EVP_PKEY_CTX_new_id(EVP_PKEY_ED25519, nullptr));
    EVP_PKEY* key = nullptr;
    if (!ctx || EVP_PKEY_keygen_init(ctx.get()) != 1 || EVP_PKEY_keygen(ctx.get(), &key) != 1
        || !key) {
        EVP_PKEY_free(key);
        return Error::failed(u"Could not generate an Ed25519 key (%1)."_s.arg(ossl::lastError()));
    }
    return Ed25519Key(key);
}

Result<Ed25519Key> Ed25519Key::fromPrivateKey(QByteArrayView raw32)
{
    if (raw32.size() != kPrivateKeySize)
        return Error::badInput(u"An Ed25519 private key is %1 bytes, not %2."_s.arg(kPrivateKeySize)
                                   .arg(raw32.size()));
    EVP_PKEY* key = EVP_PKEY_new_raw_private_key(EVP_PKEY_ED25519, nullptr, ossl::bytes(raw32),
                                                 size_t(raw32.size()));
    if (!key)
        return Error::failed(u"Could not load the Ed25519 private key (%1)."_s.arg(ossl::lastError()));
    return Ed25519Key(key);
}

QByteArray Ed25519Key::publicKey() const
{
    if (!m_key)
        return {};
    QByteArray out(kPublicKeySize, '\0');
    size_t len = size_t(out.size());
    if (EVP_PKEY_get_raw_public_key(m_key.get(), ossl::bytes(out), &len) != 1
        || len != size_t(kPublicKeySize)) {
        ERR_clear_error();
        return {};
    }
    return out;
}

SecretBytes Ed25519Key::privateKey() const
{
    if (!m_key)
        return {};
    SecretBytes out = SecretBytes::zeroed(kPrivateKeySize);
    size_t len = size_t(out.size());
    if (EVP_PKEY_get_raw_private_key(m_key.get(), reinterpret_cast<unsigned char*>(out.data()),
                                     &len)
            != 1
        || len != size_t(kPrivateKeySize)) {
        ERR_clear_error();
        return {};
    }
    return out;
}

Result<QByteArray> Ed25519Key::sign(QByteArrayView message) const
{
    if (!m_key)
        return Error::failed(u"There is no Ed25519 key to sign with."_s);
    ossl::MdCtx ctx(EVP_MD_CTX_new());
    // Ed25519 hashes internally: no digest, and only the one-shot call.
    if (!ctx || EVP_DigestSignInit(ctx.get(), nullptr, nullptr, nullptr, m_key.get()) != 1)
        return Error::failed(u"Could not start an Ed25519 signature (%1)."_s.arg(ossl::lastError()));
    QByteArray sig(kSignatureSize, '\0');
    size_t len = size_t(sig.size());
    if (EVP_DigestSign(ctx.get(), ossl::bytes(sig), &len, ossl::bytes(message),
                       size_t(message.size()))
            != 1
        || len != size_t(kSignatureSize))
        return Error::failed(u"Could not sign with the Ed25519 key (%1)."_s.arg(ossl::lastError()));
    return sig;
}

bool ed25519Verify(QByteArrayView publicKey32, QByteArrayView message, QByteArrayView signature64)
{
    if (publicKey32.size() != Ed25519Key::kPublicKeySize
        || signature64.size() != Ed25519Key::kSignatureSize)
        return false;
    ossl::Pkey key(EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519, nullptr, ossl::bytes(publicKey32),
                                               size_t(publicKey32.size())));
    ossl::MdCtx ctx(EVP_MD_CTX_new());
    const bool valid = key && ctx
        && EVP_DigestVerifyInit(ctx.get(), nullptr, nullptr, nullptr, key.get()) == 1
        && EVP_DigestVerify(ctx.get(), ossl::bytes(signature64), size_t(signature64.size()),
                            ossl::bytes(message), size_t(message.size()))
            == 1;
    if (!valid)
        ERR_clear_error(); // a bad signature leaves an error queued; do not let it linger
    return valid;
}

} // namespace gd::crypto
