#pragma once

#include "core/Result.h"
#include "sync/DistrictEndpoint.h"

#include <QList>
#include <QSslConfiguration>
#include <QSslError>

class QNetworkReply;
class QNetworkRequest;

namespace gd {

// Whom the kiosk trusts as its district server: the district CA bundle (which then replaces
// the system trust store) or the system store, TLS 1.2 or newer, and optionally a pin of the
// server's public key. A server that fails a check gets nothing: the pin is checked when the
// handshake completes, before the request is written.
class TlsTrust {
public:
    // Reads the CA bundle of the endpoint, if it names one.
    static Result<TlsTrust> forEndpoint(const DistrictEndpoint& endpoint);

    void apply(QNetworkRequest& request) const;

    // Checks the pin on QNetworkReply::encrypted (aborting the reply on a mismatch) and keeps
    // a readable reason for any TLS failure on the reply, for failureOf().
    void watch(QNetworkReply* reply) const;
    // Why TLS failed for this reply, in words staff can act on; empty when it did not.
    static QString failureOf(const QNetworkReply* reply);

    // Whether the peer of a finished reply still matches the pin (true when there is no pin).
    bool peerMatchesPin(const QNetworkReply* reply) const;

    QString describe(const QList<QSslError>& errors, const QString& host) const;
    static QString spkiPin(const QSslCertificate& certificate);

private:
    QString trustSource() const;

    QSslConfiguration m_configuration;
    QString m_caBundlePath;
    QByteArray m_pin;          // raw SHA-256, empty: no pin
};

} // namespace gd
