#pragma once

#include "core/Result.h"

#include <QSslCertificate>
#include <QSslKey>
#include <QString>

namespace gd::test {

// The district stub's TLS material: a CA of its own and a leaf certificate for 127.0.0.1 and
// localhost signed by it. Generated with OpenSSL (EC P-256) or loaded from a directory, so a
// kiosk configured with the CA keeps trusting a restarted stub.
struct StubCertificates {
    QSslCertificate ca;
    QSslCertificate server;
    QSslKey serverKey;
    QString caPath;        // <dir>/ca.pem
    QString serverPath;    // <dir>/server.pem
    QString keyPath;       // <dir>/server.key, mode 0600

    // Loads ca.pem, server.pem and server.key from dir when all three are there and the leaf
    // is valid now; otherwise generates a new set and writes it there.
    static Result<StubCertificates> loadOrGenerate(const QString& dir);
    static Result<StubCertificates> load(const QString& dir);
    // `expiredLeaf`: the server certificate expired yesterday (a kiosk must refuse it).
    static Result<StubCertificates> generate(const QString& dir, bool expiredLeaf = false);

    // A CA unrelated to any stub, so tests can prove that a wrong CA is refused.
    static Result<QSslCertificate> generateUnrelatedCa(const QString& commonName = QStringLiteral("Unrelated Test CA"));

    // Base64 of SHA-256 over the DER SubjectPublicKeyInfo: the kiosk's SPKI pin.
    static QString spkiPin(const QSslCertificate& certificate);
};

} // namespace gd::test
