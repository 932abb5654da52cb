#include "support/StubCertificates.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace gd::test {

namespace {

template <auto FreeFunction>
struct OpenSslDeleter {
    template <typename T>
    void operator()(T* p) const { FreeFunction(p); }
};

using PkeyPtr = std::unique_ptr<EVP_PKEY, OpenSslDeleter<EVP_PKEY_free>>;
using X509Ptr = std::unique_ptr<X509, OpenSslDeleter<X509_free>>;
using ExtensionPtr = std::unique_ptr<X509_EXTENSION, OpenSslDeleter<X509_EXTENSION_free>>;
using BioPtr = std::unique_ptr<BIO, OpenSslDeleter<BIO_free_all>>;
using BignumPtr = std::unique_ptr<BIGNUM, OpenSslDeleter<BN_free>>;

constexpr long kCaDays = 3650;
constexpr long kLeafDays = 397;   // the longest lifetime browsers accept for a TLS leaf

QString openSslError(const char* what)
{
    const unsigned long code = ERR_get_error();
    char text[256] = {};
    if (code != 0)
        ERR_error_string_n(code, text, sizeof text);
    ERR_clear_error();
    return u"%1 failed: %2"_s.arg(QLatin1StringView(what),
                                  code != 0 ? QString::fromLatin1(text) : u"unknown OpenSSL error"_s);
}

Result<PkeyPtr> newEcKey()
{
    PkeyPtr key(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256"));
    if (!key)
        return Error::failed(openSslError("EC P-256 key generation"));
    return key;
}

Status addExtension(X509* cert, X509V3_CTX* ctx, int nid, const char* value)
{
    ExtensionPtr ext(X509V3_EXT_conf_nid(nullptr, ctx, nid, value));
    if (!ext || X509_add_ext(cert, ext.get(), -1) != 1)
        return Error::failed(openSslError("adding a certificate extension"));
    return {};
}

struct CertificateSpec {
    const char* commonName;
    bool isCa = false;
    long days = kLeafDays;
    bool expired = false;   // valid from two days ago until yesterday
};

// issuer == nullptr makes a self-signed certificate.
Result<X509Ptr> makeCertificate(const CertificateSpec& spec, EVP_PKEY* subjectKey, X509* issuer, EVP_PKEY* issuerKey)
{
    X509Ptr cert(X509_new());
    BignumPtr serial(BN_new());
    if (!cert || !serial)
        return Error::failed(openSslError("allocating a certificate"));
    // A random 127-bit serial: positive and unique enough that no two stubs collide.
    if (X509_set_version(cert.get(), 2) != 1
        || BN_rand(serial.get(), 127, BN_RAND_TOP_ANY, BN_RAND_BOTTOM_ANY) != 1
        || !BN_to_ASN1_INTEGER(serial.get(), X509_get_serialNumber(cert.get()))
        || !X509_gmtime_adj(X509_getm_notBefore(cert.get()), spec.expired ? -2 * 24 * 3600 : -3600)
        || !X509_gmtime_adj(X509_getm_notAfter(cert.get()), spec.expired ? -24 * 3600 : spec.days * 24 * 3600)
        || X509_set_pubkey(cert.get(), subjectKey) != 1)
        return Error::failed(openSslError("filling a certificate"));

    X509_NAME* subject = X509_get_subject_name(cert.get());
    const auto* organization = reinterpret_cast<const unsigned char*>("GuardianDesk district stub");
    const auto* commonName = reinterpret_cast<const unsigned char*>(spec.commonName);
    if (X509_NAME_add_entry_by_txt(subject, "O", MBSTRING_UTF8, organization, -1, -1, 0) != 1
        || X509_NAME_add_entry_by_txt(subject, "CN", MBSTRING_UTF8, commonName, -1, -1, 0) != 1
        || X509_set_issuer_name(cert.get(), issuer ? X509_get_subject_name(issuer) : subject) != 1)
        return Error::failed(openSslError("naming a certificate"));

    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, issuer ? issuer : cert.get(), cert.get(), nullptr, nullptr, 0);
    Status status = addExtension(cert.get(), &ctx, NID_subject_key_identifier, "hash");
    if (spec.isCa) {
        if (status)
            status = addExtension(cert.get(), &ctx, NID_basic_constraints, "critical,CA:TRUE");
        if (status)
            status = addExtension(cert.get(), &ctx, NID_key_usage, "critical,keyCertSign,cRLSign");
    } else {
        if (status)
            status = addExtension(cert.get(), &ctx, NID_authority_key_identifier, "keyid:always");
        if (status)
            status = addExtension(cert.get(), &ctx, NID_basic_constraints, "critical,CA:FALSE");
        if (status)
            status = addExtension(cert.get(), &ctx, NID_key_usage, "critical,digitalSignature");
        if (status)
            status = addExtension(cert.get(), &ctx, NID_ext_key_usage, "serverAuth");
        // The kiosk connects to 127.0.0.1: an IP name works even where localhost does not resolve.
        if (status)
            status = addExtension(cert.get(), &ctx, NID_subject_alt_name, "IP:127.0.0.1,DNS:localhost");
    }
    if (!status)
        return status.error();

    if (X509_sign(cert.get(), issuerKey, EVP_sha256()) <= 0)
        return Error::failed(openSslError("signing a certificate"));
    return cert;
}

Result<QByteArray> readBio(BIO* bio, const char* what)
{
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    if (size <= 0 || !data)
        return Error::failed(openSslError(what));
    return QByteArray(data, size);
}

Result<QByteArray> certificatePem(X509* cert)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_X509(bio.get(), cert) != 1)
        return Error::failed(openSslError("writing a certificate"));
    return readBio(bio.get(), "writing a certificate");
}

Result<QByteArray> privateKeyPem(EVP_PKEY* key)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr) != 1)
        return Error::failed(openSslError("writing a private key"));
    return readBio(bio.get(), "writing a private key");
}

Status writeFile(const QString& path, const QByteArray& data, QFileDevice::Permissions permissions)
{
    QFile file(path);
    // Created with its final mode, so a private key is never readable by others, not even briefly.
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate, permissions) || !file.setPermissions(permissions)
        || file.write(data) != data.size() || !file.flush())
        return Error::io(u"cannot write %1: %2"_s.arg(QDir::toNativeSeparators(path), file.errorString()));
    return {};
}

Result<QByteArray> readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::io(u"cannot read %1: %2"_s.arg(QDir::toNativeSeparators(path), file.errorString()));
    return file.readAll();
}

QSsl::KeyAlgorithm qtAlgorithm(EVP_PKEY* key)
{
    switch (EVP_PKEY_get_base_id(key)) {
    case EVP_PKEY_RSA:
        return QSsl::Rsa;
    case EVP_PKEY_EC:
        return QSsl::Ec;
    default:
        return QSsl::Opaque;
    }
}

StubCertificates pathsIn(const QString& dir)
{
    const QDir d(dir);
    StubCertificates certs;
    certs.caPath = d.filePath(u"ca.pem"_s);
    certs.serverPath = d.filePath(u"server.pem"_s);
    certs.keyPath = d.filePath(u"server.key"_s);
    return certs;
}

} // namespace

Result<StubCertificates> StubCertificates::loadOrGenerate(const QString& dir)
{
    const StubCertificates paths = pathsIn(dir);
    if (QFile::exists(paths.caPath) && QFile::exists(paths.serverPath) && QFile::exists(paths.keyPath)) {
        auto loaded = load(dir);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        if (loaded && loaded->server.effectiveDate() <= now && now < loaded->server.expiryDate())
            return loaded;
        if (!loaded)
            return loaded.error();
    }
    return generate(dir);
}

Result<StubCertificates> StubCertificates::load(const QString& dir)
{
    StubCertificates certs = pathsIn(dir);
    auto caPem = readFile(certs.caPath);
    if (!caPem)
        return caPem.error();
    auto serverPem = readFile(certs.serverPath);
    if (!serverPem)
        return serverPem.error();
    auto keyPem = readFile(certs.keyPath);
    if (!keyPem)
        return keyPem.error();

    BioPtr caBio(BIO_new_mem_buf(caPem->constData(), int(caPem->size())));
    BioPtr serverBio(BIO_new_mem_buf(serverPem->constData(), int(serverPem->size())));
    BioPtr keyBio(BIO_new_mem_buf(keyPem->constData(), int(keyPem->size())));
    if (!caBio || !serverBio || !keyBio)
        return Error::failed(openSslError("reading certificates"));
    X509Ptr ca(PEM_read_bio_X509(caBio.get(), nullptr, nullptr, nullptr));
    X509Ptr server(PEM_read_bio_X509(serverBio.get(), nullptr, nullptr, nullptr));
    PkeyPtr key(PEM_read_bio_PrivateKey(keyBio.get(), nullptr, nullptr, nullptr));
    if (!ca || !server || !key)
        return Error::badInput(u"%1 does not hold a readable ca.pem, server.pem and server.key"_s.arg(dir));
    if (X509_check_private_key(server.get(), key.get()) != 1)
        return Error::badInput(u"server.key in %1 does not belong to server.pem"_s.arg(dir));
    if (X509_verify(server.get(), X509_get0_pubkey(ca.get())) != 1)
        return Error::badInput(u"server.pem in %1 is not signed by ca.pem"_s.arg(dir));
    ERR_clear_error();

    certs.ca = QSslCertificate(*caPem, QSsl::Pem);
    certs.server = QSslCertificate(*serverPem, QSsl::Pem);
    certs.serverKey = QSslKey(*keyPem, qtAlgorithm(key.get()), QSsl::Pem, QSsl::PrivateKey);
    if (certs.ca.isNull() || certs.server.isNull() || certs.serverKey.isNull())
        return Error::badInput(u"the certificates in %1 cannot be used by Qt"_s.arg(dir));
    return certs;
}

Result<StubCertificates> StubCertificates::generate(const QString& dir, bool expiredLeaf)
{
    if (!QDir().mkpath(dir))
        return Error::io(u"cannot create the certificate directory %1"_s.arg(QDir::toNativeSeparators(dir)));

    auto caKey = newEcKey();
    if (!caKey)
        return caKey.error();
    auto serverKey = newEcKey();
    if (!serverKey)
        return serverKey.error();
    auto ca = makeCertificate({"GuardianDesk district stub CA", true, kCaDays}, caKey->get(), nullptr, caKey->get());
    if (!ca)
        return ca.error();
    auto server = makeCertificate({"127.0.0.1", false, kLeafDays, expiredLeaf}, serverKey->get(), ca->get(), caKey->get());
    if (!server)
        return server.error();

    auto caPem = certificatePem(ca->get());
    if (!caPem)
        return caPem.error();
    auto serverPem = certificatePem(server->get());
    if (!serverPem)
        return serverPem.error();
    auto keyPem = privateKeyPem(serverKey->get());
    if (!keyPem)
        return keyPem.error();

    StubCertificates certs = pathsIn(dir);
    const auto publicMode = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther;
    const auto privateMode = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    for (const Status& written : {writeFile(certs.keyPath, *keyPem, privateMode),
                                  writeFile(certs.caPath, *caPem, publicMode),
                                  writeFile(certs.serverPath, *serverPem, publicMode)}) {
        if (!written)
            return written.error();
    }
    certs.ca = QSslCertificate(*caPem, QSsl::Pem);
    certs.server = QSslCertificate(*serverPem, QSsl::Pem);
    certs.serverKey = QSslKey(*keyPem, QSsl::Ec, QSsl::Pem, QSsl::PrivateKey);
    if (certs.ca.isNull() || certs.server.isNull() || certs.serverKey.isNull())
        return Error::failed(u"the generated certificates cannot be used by Qt"_s);
    return certs;
}

Result<QSslCertificate> StubCertificates::generateUnrelatedCa(const QString& commonName)
{
    auto key = newEcKey();
    if (!key)
        return key.error();
    const QByteArray name = commonName.toUtf8();
    auto ca = makeCertificate({name.constData(), true, kCaDays}, key->get(), nullptr, key->get());
    if (!ca)
        return ca.error();
    auto pem = certificatePem(ca->get());
    if (!pem)
        return pem.error();
    QSslCertificate certificate(*pem, QSsl::Pem);
    if (certificate.isNull())
        return Error::failed(u"the generated CA cannot be used by Qt"_s);
    return certificate;
}

QString StubCertificates::spkiPin(const QSslCertificate& certificate)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(certificate.publicKey().toDer(), QCryptographicHash::Sha256).toBase64());
}

} // namespace gd::test
