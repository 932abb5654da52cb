#include "core/crypto/RsaOaep.h"

#include "core/crypto/OpenSslHandles.h"
#include "core/crypto/SecureWipe.h"

#include <openssl/pem.h>
#include <openssl/rsa.h>

#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace gd::crypto {

namespace {

constexpr int kRsaMaximumBits = 16384;
constexpr int kOaepOverhead = 2 * 32 + 2; // two SHA-256 lengths plus two bytes

// Never prompt on a terminal for a passphrase: an encrypted key simply fails to load.
int noPassphrase(char*, int, int, void*)
{
    return 0;
}

ossl::Bio memoryBio(QByteArrayView data)
{
    if (data.size() > std::numeric_limits<int>::max())
        return nullptr;
    return ossl::Bio(BIO_new_mem_buf(ossl::bytes(data), int(data.size())));
}

bool isRsa(EVP_PKEY* key)
{
    return EVP_PKEY_is_a(key, "RSA") == 1;
}

// Sets OAEP with SHA-256 for both the label hash and MGF1.
bool setOaep(EVP_PKEY_CTX* ctx)
{
    return EVP_PKEY_CTX_set_rsa_padding(ctx, RSA_PKCS1_OAEP_PADDING) > 0
        && EVP_PKEY_CTX_set_rsa_oaep_md(ctx, EVP_sha256()) > 0
        && EVP_PKEY_CTX_set_rsa_mgf1_md(ctx, EVP_sha256()) > 0;
}

// The whole contents of a memory BIO.
QByteArray bioContents(BIO* bio)
{
    char* data = nullptr;
    const long len = BIO_get_mem_data(bio, &data);
    return len > 0 && data ? QByteArray(data, qsizetype(len)) : QByteArray();
}

} // namespace

Result<QByteArray> rsaOaepSeal(QByteArrayView publicKeyPem, QByteArrayView plaintext)
{
    ossl::Bio bio = memoryBio(publicKeyPem);
    ossl::Pkey key(bio ? PEM_read_bio_PUBKEY(bio.get(), nullptr, noPassphrase, nullptr) : nullptr);
    if (!key)
        return Error::badInput(u"The public key is not a PEM \"PUBLIC KEY\" (%1)."_s
                                   .arg(ossl::lastError()));
    if (!isRsa(key.get()))
        return Error::badInput(u"The public key is not an RSA key."_s);
    const int bits = EVP_PKEY_get_bits(key.get());
    if (bits < kRsaMinimumBits)
        return Error::badInput(u"The RSA public key has %1 bits; at least %2 are required. Ask "
                               "the district for a stronger key."_s.arg(bits).arg(kRsaMinimumBits));
    const int maxPlaintext = EVP_PKEY_get_size(key.get()) - kOaepOverhead;
    if (plaintext.size() > maxPlaintext)
        return Error::badInput(u"The data is %1 bytes; this RSA key can seal at most %2."_s
                                   .arg(plaintext.size())
                                   .arg(maxPlaintext));

    ossl::PkeyCtx ctx(EVP_PKEY_CTX_new_from_pkey(nullptr, key.get(), nullptr));
    size_t len = 0;
    if (!ctx || EVP_PKEY_encrypt_init(ctx.get()) != 1 || !setOaep(ctx.get())
        || EVP_PKEY_encrypt(ctx.get(), nullptr, &len, ossl::bytes(plaintext),
                            size_t(plaintext.size()))
            != 1)
        return Error::failed(u"Could not set up RSA-OAEP encryption (%1)."_s.arg(ossl::lastError()));
    QByteArray out(qsizetype(len), '\0');
    if (EVP_PKEY_encrypt(ctx.get(), ossl::bytes(out), &len, ossl::bytes(plaintext),
                         size_t(plaintext.size()))
        != 1)
        return Error::failed(u"RSA-OAEP encryption failed (%1)."_s.arg(ossl::lastError()));
    out.truncate(qsizetype(len));
    return out;
}

Result<QByteArray> rsaOaepOpen(QByteArrayView privateKeyPem, QByteArrayView ciphertext)
{
    ossl::Bio bio = memoryBio(privateKeyPem);
    ossl::Pkey key(bio ? PEM_read_bio_PrivateKey(bio.get(), nullptr, noPassphrase, nullptr)
                       : nullptr);
    if (!key)
        return Error::badInput(u"The private key is not an unencrypted PEM private key (%1)."_s
                                   .arg(ossl::lastError()));
    if (!isRsa(key.get()))
        return Error::badInput(u"The private key is not an RSA key."_s);

    ossl::PkeyCtx ctx(EVP_PKEY_CTX_new_from_pkey(nullptr, key.get(), nullptr));
    size_t len = 0;
    if (!ctx || EVP_PKEY_decrypt_init(ctx.get()) != 1 || !setOaep(ctx.get())
        || EVP_PKEY_decrypt(ctx.get(), nullptr, &len, ossl::bytes(ciphertext),
                            size_t(ciphertext.size()))
            != 1)
        return Error::failed(u"Could not set up RSA-OAEP decryption (%1)."_s.arg(ossl::lastError()));
    QByteArray out(qsizetype(len), '\0');
    if (EVP_PKEY_decrypt(ctx.get(), ossl::bytes(out), &len, ossl::bytes(ciphertext),
                         size_t(ciphertext.size()))
        != 1) {
        wipe(out);
        ERR_clear_error();
        return Error::failed(u"The RSA-OAEP data could not be decrypted: it was altered, or it was "
                             "sealed to a different key."_s);
    }
    // The decrypted length is only known now; cut the rest of the buffer, wiping it first.
    if (qsizetype(len) < out.size())
        OPENSSL_cleanse(out.data() + len, size_t(out.size()) - len);
    out.truncate(qsizetype(len));
    return out;
}

Result<std::pair<QByteArray, QByteArray>> generateRsaKeyPairPem(int bits)
{
    if (bits < kRsaMinimumBits || bits > kRsaMaximumBits)
        return Error::badInput(u"An RSA key needs %1 to %2 bits (asked for %3)."_s
                                   .arg(kRsaMinimumBits)
                                   .arg(kRsaMaximumBits)
                                   .arg(bits));
    ossl::PkeyCtx ctx(EVP_PKEY_CTX_new_from_name(nullptr, "RSA", nullptr));
    EVP_PKEY* raw = nullptr;
    if (!ctx || EVP_PKEY_keygen_init(ctx.get()) != 1
        || EVP_PKEY_CTX_set_rsa_keygen_bits(ctx.get(), bits) != 1
        || EVP_PKEY_generate(ctx.get(), &raw) != 1 || !raw) {
        EVP_PKEY_free(raw);
        return Error::failed(u"Could not generate an RSA key (%1)."_s.arg(ossl::lastError()));
    }
    ossl::Pkey key(raw);

    // The secure-memory BIO clears its buffer when freed.
    ossl::Bio privateBio(BIO_new(BIO_s_secmem()));
    ossl::Bio publicBio(BIO_new(BIO_s_mem()));
    if (!privateBio || !publicBio
        || PEM_write_bio_PrivateKey(privateBio.get(), key.get(), nullptr, nullptr, 0, nullptr,
                                    nullptr)
            != 1
        || PEM_write_bio_PUBKEY(publicBio.get(), key.get()) != 1)
        return Error::failed(u"Could not write the RSA key as PEM (%1)."_s.arg(ossl::lastError()));
    return std::pair{bioContents(privateBio.get()), bioContents(publicBio.get())};
}

} // namespace gd::crypto
