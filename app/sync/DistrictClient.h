#pragma once

#include "core/Clock.h"
#include "sync/ClientSecret.h"
#include "sync/DistrictEndpoint.h"
#include "sync/HealthResult.h"
#include "sync/TlsTrust.h"
#include "sync/TokenResult.h"

#include <QList>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>

#include <chrono>
#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace gd {

// What came back for one request, judged only as far as transport and TLS go.
struct DistrictAnswer {
    bool reached = false;          // an HTTP status came back over trusted TLS
    int status = 0;
    QByteArray body;
    QByteArray retryAfter;         // the Retry-After header, when sent
    QString failure;               // when !reached: why, for staff
    ErrorKind errorKind = ErrorKind::Io;   // when !reached: Io is transient, Failed is trust
    bool oversized = false;        // the answer passed maxAnswerBytes and was cut off
};

// Talks to the district server of district-api.md: the health check, the OAuth client
// credentials grant and, through call(), every other request (SyncEngine drives them). Every request carries User-Agent GuardianDesk/<version> and
// X-Device-Id, goes out only over TLS that TlsTrust accepts, and ends within a total
// deadline. The network and the clock are injected, so tests control both.
class DistrictClient : public QObject {
    Q_OBJECT

public:
    static constexpr std::chrono::milliseconds kDefaultDeadline{30'000};

    // `network` is not owned and must outlive the client; null: the client makes its own.
    DistrictClient(DistrictEndpoint endpoint, QNetworkAccessManager* network, const Clock& clock,
                   QObject* parent = nullptr);
    ~DistrictClient() override;

    const DistrictEndpoint& endpoint() const { return m_endpoint; }

    // The most a request may take, from sending to the last byte of the answer.
    void setDeadline(std::chrono::milliseconds deadline) { m_deadline = deadline; }
    std::chrono::milliseconds deadline() const { return m_deadline; }

    // GET /v1/health -> healthChecked(). Always answers, asynchronously, even when the
    // settings are refused before any connection.
    void checkHealth();
    // POST /oauth/token (client credentials, HTTP Basic) -> tokenFetched().
    void fetchToken(const ClientSecret& secret);

    // Any API request; `relativePath` may end in a percent-encoded query ("v1/roster?limit=5").
    // `headers` are added to the usual ones (User-Agent, X-Device-Id, Accept).
    // `onAnswer` is always called, asynchronously, also when the settings are refused.
    using AnswerHandler = std::function<void(const DistrictAnswer&)>;
    void call(const QByteArray& verb, const QString& relativePath, const QByteArray& body,
              const QList<QPair<QByteArray, QByteArray>>& headers, AnswerHandler onAnswer);

    // An answer larger than this is cut off and reported as oversized (a roster page that
    // would exhaust the kiosk's memory is refused, not read).
    void setMaxAnswerBytes(qint64 bytes) { m_maxAnswerBytes = bytes; }

    // Abandons every request in flight; their signals are not emitted.
    void abortAll();

    static QByteArray userAgent();   // "GuardianDesk/<GD_VERSION>"

Q_SIGNALS:
    void healthChecked(const gd::HealthResult& result);
    void tokenFetched(const gd::TokenResult& result);

private:
    using Answer = DistrictAnswer;

    // A request that passed the settings checks, and the trust it must be sent under.
    struct Prepared {
        QNetworkRequest request;
        TlsTrust trust;
    };

    Result<Prepared> prepare(QStringView relativePath) const;
    void send(const Prepared& prepared, const QByteArray& verb, const QByteArray& body, AnswerHandler onAnswer);
    Answer judge(QNetworkReply* reply, const TlsTrust& trust) const;
    template <typename Signal, typename ResultType>
    void emitLater(Signal signal, ResultType result);

    void onHealthAnswer(const Answer& answer);
    void onTokenAnswer(const Answer& answer);

    DistrictEndpoint m_endpoint;
    QPointer<QNetworkAccessManager> m_network;
    const Clock& m_clock;
    std::chrono::milliseconds m_deadline = kDefaultDeadline;
    qint64 m_maxAnswerBytes = 64 * 1024 * 1024;
    QList<QPointer<QNetworkReply>> m_inFlight;
};

} // namespace gd
