#pragma once

#include "core/Clock.h"
#include "sync/AccessToken.h"
#include "sync/ClientSecret.h"
#include "sync/DistrictClient.h"
#include "sync/DistrictEndpoint.h"
#include "sync/RetryPolicy.h"
#include "sync/SyncReport.h"
#include "core/SyncStore.h"

#include <QObject>
#include <QPointer>

#include <chrono>
#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace gd {

// How this kiosk syncs: where, as whom, and in what sizes.
struct SyncSettings {
    DistrictEndpoint endpoint;
    QString schoolCode;
    QString deviceLabel;
    int batchSize = 500;                       // district-api.md: at most 500 events a batch
    int rosterPageLimit = 500;
    qint64 maxRosterPageBytes = 32 * 1024 * 1024;
    std::chrono::milliseconds deadline = DistrictClient::kDefaultDeadline;
    bool pullRoster = true;
};

// One district sync, offline-first: health (and clock skew), token, device enrollment, the
// district's device keys, the roster page by page, then the outbox in batches. Every answer
// of district-api.md has its handling; a transient failure (5xx, 429, timeouts, resets,
// refused connections, lost answers) keeps every event and schedules the next attempt in
// the database, a final one (rejected, 400) marks the events it concerns. The network is made
// by an injected factory and time comes from an injected Clock, so tests need no sleep.
class SyncEngine : public QObject {
    Q_OBJECT

public:
    static constexpr int kMaxBatchSize = 500;
    using NetworkFactory = std::function<QNetworkAccessManager*(QObject* parent)>;

    SyncEngine(SyncSettings settings, ClientSecret secret, SyncStore& store, const Clock& clock,
               NetworkFactory networkFactory = {}, QObject* parent = nullptr);
    ~SyncEngine() override;

    // Starts a run; finished() follows, always asynchronously. `force` ("Sync now") ignores
    // the back-off schedule. Does nothing while a run is under way.
    void start(bool force = false);
    bool isRunning() const { return m_running; }

    RetryPolicy& retryPolicy() { return m_policy; }
    // The jitter source, [0, 1); tests make it deterministic.
    void setJitterSource(std::function<double()> jitter) { m_jitter = std::move(jitter); }

Q_SIGNALS:
    void progress(const QString& line);
    void finished(const gd::SyncReport& report);

private:
    struct Failure {
        QString message;
        bool transient = false;
        std::optional<qint64> retryAfterSeconds;
    };
    using Step = void (SyncEngine::*)();

    void checkHealth();
    void ensureToken(const std::function<void()>& then);
    // A Bearer request; a 401 fetches a new token once and repeats the request once.
    void authed(const QByteArray& verb, const QString& path, const QByteArray& body,
                const QList<QPair<QByteArray, QByteArray>>& headers, DistrictClient::AnswerHandler onAnswer,
                bool isRetry = false);
    void enroll();
    void fetchDeviceKeys();
    void fetchWitnessedHeads();
    void pullRosterPage();
    Status applyRosterAnswer(const DistrictAnswer& answer, bool* hasMore);
    void pushNextBatch();
    void sendBatch(QList<PendingEvent> batch, QByteArray idempotencyKey);
    void onBatchAnswer(const QList<PendingEvent>& batch, const QByteArray& idempotencyKey, const DistrictAnswer& answer);

    Failure failureOf(const DistrictAnswer& answer, const QString& what) const;
    void fail(const Failure& failure);                 // stops the run
    void problem(const QString& message);              // notes a failure, the run goes on
    void finish();
    void storeFailed(const Status& status);

    SyncSettings m_settings;
    ClientSecret m_secret;
    SyncStore& m_store;
    const Clock& m_clock;
    QNetworkAccessManager* m_network = nullptr;
    std::unique_ptr<DistrictClient> m_client;
    RetryPolicy m_policy;
    std::function<double()> m_jitter;
    AccessToken m_token;

    bool m_running = false;
    bool m_pushAllowed = true;
    qint64 m_afterSeq = 0;
    QList<QList<PendingEvent>> m_splitQueue;   // halves of a batch the server found too large
    std::optional<Failure> m_stop;
    SyncReport m_report;
};

} // namespace gd
