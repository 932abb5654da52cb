#pragma once

#include "core/Result.h"
#include "core/Staff.h"
#include "services/SyncConfiguration.h"
#include "sync/SyncEngine.h"
#include "sync/SyncReport.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QTimer>

#include <chrono>
#include <memory>
#include <optional>

namespace gd {

class Database;
class DistrictSyncStore;

// The kiosk's district sync, in the background: on a timer (every `district.sync_interval_minutes`,
// or when the back-off schedule kept in the database says, whichever applies) and on "Sync now",
// never two runs at once. The engine works on the event loop, so the window stays responsive;
// a roster page is written in one transaction between two events. The engine is built by
// SyncConfiguration, exactly as the CLI's `sync` builds it. Without a district server it does
// nothing and says "not configured".
class BackgroundSync : public QObject {
    Q_OBJECT
public:
    // How often the timer looks whether a run is due (the interval itself is in minutes).
    static constexpr std::chrono::seconds kHeartbeat{15};
    static constexpr int kDefaultIntervalMinutes = 10;
    static constexpr int kFailedEventsShown = 500;

    enum class Start {
        Started,
        AlreadyRunning,   // a run is under way: no second one
        NotConfigured,    // no district server is set
        NotDue,           // the timer's check: not yet
        Unusable,         // set, but it cannot run (see problem())
    };

    struct FailedEvent {
        QString eventId;
        QString type;
        QString occurredAt;
        int attempts = 0;
        QString message;   // the district's words (or why the batch was refused)
    };

    // What the status panel shows; read from the database, never more than it knows.
    struct Snapshot {
        bool configured = false;
        bool running = false;
        QString problem;                 // configured but unusable (no secret, http://, ...)
        qint64 pending = 0;
        qint64 failedCount = 0;
        QList<FailedEvent> failed;       // at most kFailedEventsShown, oldest first
        QDateTime lastSuccess;
        QDateTime lastRun;
        QDateTime nextAttempt;           // invalid: not configured
        bool nextAttemptIsBackoff = false;   // a failure's schedule, not the regular interval
        bool nextAttemptDue = false;     // the timer starts a run at its next look
        std::optional<qint64> clockSkewSeconds;
        QString enrollment;              // "enrolled", "conflict", "api-1.0" or empty
        QString enrollmentMessage;
        QString lastError;
        QString rosterProblem;
    };

    explicit BackgroundSync(Database& db, SyncEngine::NetworkFactory networkFactory = {}, QObject* parent = nullptr);
    ~BackgroundSync() override;

    // Starts the timer, and looks at once whether a run is due.
    void start();
    QTimer& heartbeat() { return m_heartbeat; }
    std::chrono::minutes interval() const;

    // "Sync now": a run that ignores the back-off schedule.
    Start syncNow();
    // The timer's check: a run when one is due.
    Start runIfDue();
    bool isRunning() const;
    // When the timer will start the next run; invalid when sync is not configured.
    QDateTime nextScheduledRun() const;

    Snapshot snapshot() const;
    // Why sync cannot run although a server is set; empty when it can (or is not configured).
    QString problem() const { return m_problem; }
    QString lastProgress() const { return m_lastProgress; }
    const std::optional<SyncReport>& lastReport() const { return m_lastReport; }

    // Failed events back to pending for the next sync, audited; administrators only.
    static bool mayRetryFailed(const Actor& actor) { return actor.has(Role::Administrator); }
    Result<qint64> retryFailed(const Actor& actor);

    // What a run did, in words for staff.
    static QString describe(const SyncReport& report);

Q_SIGNALS:
    void started(bool forced);
    void progress(const QString& line);
    void finished(const gd::SyncReport& report);
    // Something the panel shows changed outside a run (failed events retried, a problem found).
    void statusChanged();

private:
    Start begin(bool force);
    void setProblem(const QString& problem);

    Database& m_db;
    SyncEngine::NetworkFactory m_networkFactory;
    std::unique_ptr<DistrictSyncStore> m_store;
    std::optional<SyncConfiguration> m_config;   // what m_engine was built from
    std::unique_ptr<SyncEngine> m_engine;
    QTimer m_heartbeat;
    QString m_problem;
    QString m_lastProgress;
    std::optional<SyncReport> m_lastReport;
};

} // namespace gd
