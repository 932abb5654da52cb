#include "sync/TlsTrust.h"

#include "core/Logging.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QSslKey>

using namespace Qt::Literals::StringLiterals;

namespace gd {

namespace {

constexpr char kTlsFailureProperty[] = "gd_tlsFailure";

QByteArray publicKeyDigest(const QSslCertificate& certificate)
{
    if (certificate.isNull())
        return {};
    return QCryptographicHash::hash(certificate.publicKey().toDer(), QCryptographicHash::Sha256);
}

} // namespace

Result<TlsTrust> TlsTrust::forEndpoint(const DistrictEndpoint& endpoint)
{
    TlsTrust trust;
    trust.m_configuration = QSslConfiguration::defaultConfiguration();
    trust.m_configuration.setProtocol(QSsl::TlsV1_2OrLater);
    trust.m_configuration.setPeerVerifyMode(QSslSocket::VerifyPeer);

    if (!endpoint.caBundlePath.isEmpty()) {
        const QString shownPath = QDir::toNativeSeparators(endpoint.caBundlePath);
        QFile file(endpoint.caBundlePath);
        if (!file.open(QIODevice::ReadOnly))
            return Error::io(u"cannot read the district CA bundle %1: %2"_s.arg(shownPath, file.errorString()));
        const QList<QSslCertificate> cas = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
        if (cas.isEmpty())
            return Error::badInput(u"the district CA bundle %1 holds no PEM certificate"_s.arg(shownPath));
        // Replaces the system store: only the district's own CA vouches for its server.
        trust.m_configuration.setCaCertificates(cas);
        trust.m_caBundlePath = endpoint.caBundlePath;
    }
    if (!endpoint.spkiPin.isEmpty()) {
        trust.m_pin = QByteArray::fromBase64(endpoint.spkiPin.trimmed().toLatin1());
        if (trust.m_pin.size() != 32)
            return Error::badInput(u"the public key pin must be the base64 of a SHA-256 digest (44 characters)"_s);
    }
    return trust;
}

void TlsTrust::apply(QNetworkRequest& request) const
{
    request.setSslConfiguration(m_configuration);
}

void TlsTrust::watch(QNetworkReply* reply) const
{
    const QString host = reply->url().host();
    const TlsTrust trust = *this;
    QObject::connect(reply, &QNetworkReply::sslErrors, reply, [reply, trust, host](const QList<QSslError>& errors) {
        // Never ignored: the reply fails, and staff learn why in words.
        reply->setProperty(kTlsFailureProperty, trust.describe(errors, host));
    });
    if (m_pin.isEmpty())
        return;
    // The documented point to vet a peer: no request byte has been written yet.
    QObject::connect(reply, &QNetworkReply::encrypted, reply, [reply, trust] {
        if (trust.peerMatchesPin(reply))
            return;
        const QString got = QString::fromLatin1(publicKeyDigest(reply->sslConfiguration().peerCertificate()).toBase64());
        reply->setProperty(kTlsFailureProperty,
                           u"the district server's public key does not match the configured pin "
                           "(expected %1, got %2): the server may have been replaced; nothing was sent"_s
                               .arg(QString::fromLatin1(trust.m_pin.toBase64()), got));
        qCWarning(lcSync) << "TLS public key pin mismatch; request aborted before sending";
        reply->abort();
    });
}

QString TlsTrust::failureOf(const QNetworkReply* reply)
{
    return reply->property(kTlsFailureProperty).toString();
}

bool TlsTrust::peerMatchesPin(const QNetworkReply* reply) const
{
    if (m_pin.isEmpty())
        return true;
    return publicKeyDigest(reply->sslConfiguration().peerCertificate()) == m_pin;
}

QString TlsTrust::trustSource() const
{
    return m_caBundlePath.isEmpty()
        ? u"the system trust store"_s
        : u"the district CA bundle %1"_s.arg(QDir::toNativeSeparators(m_caBundlePath));
}

QString TlsTrust::describe(const QList<QSslError>& errors, const QString& host) const
{
    QStringList reasons;
    for (const QSslError& error : errors) {
        QString reason;
        switch (error.error()) {
        case QSslError::HostNameMismatch:
            reason = u"the district server's certificate is not valid for the host name %1"_s.arg(host);
            break;
        case QSslError::CertificateExpired:
            reason = u"the district server's certificate has expired"_s;
            break;
        case QSslError::CertificateNotYetValid:
            reason = u"the district server's certificate is not valid yet (check this kiosk's clock)"_s;
            break;
        case QSslError::CertificateRevoked:
            reason = u"the district server's certificate has been revoked"_s;
            break;
        case QSslError::SelfSignedCertificate:
        case QSslError::SelfSignedCertificateInChain:
        case QSslError::UnableToGetLocalIssuerCertificate:
        case QSslError::UnableToGetIssuerCertificate:
        case QSslError::UnableToVerifyFirstCertificate:
        case QSslError::CertificateUntrusted:
        case QSslError::CertificateRejected:
            reason = u"the district server's certificate is not trusted by %1"_s.arg(trustSource());
            break;
        default:
            reason = u"the district server's certificate failed a check: %1"_s.arg(error.errorString());
            break;
        }
        if (!reasons.contains(reason))
            reasons << reason;
    }
    if (reasons.isEmpty())
        return u"the TLS connection to the district server failed"_s;
    return reasons.join(u"; "_s) + u"; nothing was sent"_s;
}

QString TlsTrust::spkiPin(const QSslCertificate& certificate)
{
    return QString::fromLatin1(publicKeyDigest(certificate).toBase64());
}

} // namespace gd
