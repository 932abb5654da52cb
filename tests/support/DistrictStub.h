#pragma once

#include "core/Clock.h"
#include "core/Result.h"
#include "support/FaultRule.h"
#include "support/RecordedRequest.h"

#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

namespace gd::test {

struct DistrictStubOptions {
    QHostAddress listenAddress = QHostAddress(QHostAddress::LocalHost);
    quint16 port = 0;                    // 0: any free port
    QString certificateDirectory;        // empty: a temporary directory that lives with the stub
    qint64 students = 500;               // roster size, DemoRosterGenerator
    quint64 seed = 1;
    int pageSize = 100;                  // roster page size when the request gives no limit
    QString clientId = QStringLiteral("guardiandesk-demo");
    QByteArray clientSecret;             // empty: generated, see DistrictStub::clientSecret()
    int tokenLifetimeSeconds = 3600;
    int maxBatchSize = 500;              // more events in one batch: 413
    qint64 maxBodyBytes = 8 * 1024 * 1024;
    QString recordFile;                  // JSON lines, one per request; empty: none
    // Devices, witnessed audit heads and accepted event ids kept across restarts (StubState);
    // empty: in memory only.
    QString stateFile;
    const Clock* clock = nullptr;        // token expiry and server_time; null: the system clock
    // "1.1" (device enrollment, device keys, audit heads) or "1.0" (those paths answer 404).
    QString apiVersion = QStringLiteral("1.1");
    // A 1.1 batch without an audit_head is refused with 400 (off: accepted, counted).
    bool requireAuditHead = false;
    bool expiredCertificate = false;     // serve a leaf certificate that expired yesterday
};

// A device the stub has enrolled (POST /v1/devices).
struct StubDevice {
    QString deviceId;
    QString schoolCode;
    QString label;
    QByteArray signingKey;     // raw 32-byte Ed25519 public key
    QString enrolledAt;
};

// The district server of district-api.md on loopback HTTPS, for tests, scripts and the demo.
// It generates (or loads) a CA and a server certificate, serves a deterministic demo roster,
// stores the events it accepts, records every request it receives (credentials redacted)
// and injects faults on request.
class DistrictStub : public QObject {
    Q_OBJECT

public:
    explicit DistrictStub(DistrictStubOptions options = {}, QObject* parent = nullptr);
    ~DistrictStub() override;

    // Prepares the certificates, the roster and the record file, then listens.
    [[nodiscard]] Status start();
    // Stops listening and drops every connection.
    void stop();
    bool isListening() const;

    QUrl baseUrl() const;                // https://127.0.0.1:PORT
    quint16 port() const;
    QString certificateDirectory() const;
    QSslCertificate caCertificate() const;
    QString caCertificatePath() const;
    QSslCertificate serverCertificate() const;
    QString spkiPin() const;             // base64 SHA-256 of the leaf's SubjectPublicKeyInfo
    QString clientId() const;
    QByteArray clientSecret() const;
    qint64 rosterStudentCount() const;
    qint64 rosterGuardianCount() const;
    const DistrictStubOptions& options() const { return m_options; }

    void injectFault(const FaultRule& rule);
    void clearFaults();
    // Asked for every request before the injected rules (as a test's random fault plan); a
    // returned rule applies to that request only.
    using FaultHook = std::function<std::optional<FaultRule>(const QByteArray& method, const QString& path)>;
    void setFaultHook(FaultHook hook);

    // Version 1.1: what the district knows about devices.
    QList<StubDevice> enrolledDevices() const;
    void enrollDevice(const StubDevice& device);          // as district IT would
    QList<QJsonObject> auditHeads(const QString& deviceId) const;   // accepted, in arrival order
    int batchesWithoutAuditHead() const;
    int idempotentReplays() const;                        // batches answered from the key cache

    QList<RecordedRequest> received() const;
    QList<QJsonObject> acceptedEvents() const;   // unique by event_id, in arrival order
    int connectionsAccepted() const;             // TCP connections, TLS or not
    int tlsSessionsEstablished() const;          // connections that completed the handshake

    // The district's RSA key pair (district-private.pem / district-public.pem in the certificate
    // directory, made on first start): kiosks seal access-key secrets to the public half, and
    // only the district (here, the stub) can open them.
    QString districtPublicKeyPath() const;
    Result<QByteArray> openSealedSecret(const QString& sealedSecretBase64) const;

    // A CA that has nothing to do with any stub: a kiosk trusting it must refuse the stub.
    static Result<QSslCertificate> generateUnrelatedCa();

Q_SIGNALS:
    void requestReceived(const gd::test::RecordedRequest& request);

private:
    struct Impl;
    std::unique_ptr<Impl> d;
    DistrictStubOptions m_options;
};

} // namespace gd::test
