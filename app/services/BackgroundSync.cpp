#include "services/BackgroundSync.h"

#include "core/Logging.h"
#include "storage/Database.h"
#include "storage/DistrictSyncStore.h"
#include "storage/OutboxStore.h"
#include "storage/Settings.h"
#include "storage/SyncStatus.h"

#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace gd {

namespace {

QString localTime(const QDateTime& t)
{
    return QLocale().toString(t.toLocalTime(), QLocale::ShortFormat);
}

} // namespace

BackgroundSync::BackgroundSync(Database& db, SyncEngine::NetworkFactory networkFactory, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_networkFactory(std::move(networkFactory))
    , m_store(std::make_unique<DistrictSyncStore>(db))
{
    m_heartbeat.setInterval(kHeartbeat);
    connect(&m_heartbeat, &QTimer::timeout, this, [this] { (void)runIfDue(); });
}

BackgroundSync::~BackgroundSync()
{
    m_engine.reset();   // aborts what is in flight while the store is still there
}

void BackgroundSync::start()
{
    m_heartbeat.start();
    QTimer::singleShot(0, this, [this] { (void)runIfDue(); });
}

std::chrono::minutes BackgroundSync::interval() const
{
    const int minutes = Settings(m_db).intValue(Settings::SyncIntervalMinutes);
    return std::chrono::minutes(minutes > 0 ? minutes : kDefaultIntervalMinutes);
}

bool BackgroundSync::isRunning() const
{
    return m_engine && m_engine->isRunning();
}

BackgroundSync::Start BackgroundSync::syncNow()
{
    return begin(true);
}

BackgroundSync::Start BackgroundSync::runIfDue()
{
    if (isRunning())
        return Start::AlreadyRunning;
    const QDateTime next = nextScheduledRun();
    if (!next.isValid())
        return Start::NotConfigured;
    if (m_db.clock().now() < next)
        return Start::NotDue;
    return begin(false);
}

QDateTime BackgroundSync::nextScheduledRun() const
{
    if (Settings(m_db).value(Settings::ServerUrl).isEmpty())
        return {};
    const SyncStatus status = SyncStatus::read(m_db);
    // After a failure the back-off schedule stands (it survives a restart); else the interval.
    if (status.nextAttemptAt.isValid())
        return status.nextAttemptAt;
    if (status.lastRun.isValid())
        return status.lastRun.addSecs(std::chrono::duration_cast<std::chrono::seconds>(interval()).count());
    return m_db.clock().now();   // never ran: now
}

BackgroundSync::Start BackgroundSync::begin(bool force)
{
    if (isRunning())
        return Start::AlreadyRunning;
    auto config = SyncConfiguration::read(m_db);
    if (!config) {
        const bool configured = config.error().kind != ErrorKind::NotFound;
        setProblem(configured ? tr("The district server setting cannot be used: %1").arg(config.message()) : QString());
        return configured ? Start::Unusable : Start::NotConfigured;
    }
    if (const Status secret = config->loadClientSecret(*m_store); !secret) {
        setProblem(secret.error().kind == ErrorKind::NotFound
                       ? tr("No client secret is kept on this kiosk: an administrator gives it once with "
                            "\"guardiandesk-cli sync --client-secret-file FILE\".")
                       : secret.message());
        return Start::Unusable;
    }
    setProblem({});
    // A new engine only when the settings changed: the access token is reused across runs.
    if (!m_engine || !m_config || !m_config->sameAs(*config)) {
        m_engine = config->makeEngine(*m_store, m_db.clock(), m_networkFactory);
        connect(m_engine.get(), &SyncEngine::progress, this, [this](const QString& line) {
            m_lastProgress = line;
            Q_EMIT progress(line);
        });
        connect(m_engine.get(), &SyncEngine::finished, this, [this](const SyncReport& report) {
            m_lastReport = report;
            m_lastProgress.clear();
            qCInfo(lcServices) << "background sync finished; ran:" << report.ran << "ok:" << report.ok
                               << "delivered:" << report.accepted + report.duplicates << "pending:" << report.pending;
            Q_EMIT finished(report);
        });
        m_config.emplace(std::move(config).value());
    }
    qCInfo(lcServices) << "background sync started" << (force ? "(sync now)" : "(timer)");
    m_lastProgress.clear();
    m_engine->start(force);
    Q_EMIT started(force);
    return Start::Started;
}

void BackgroundSync::setProblem(const QString& problem)
{
    if (problem == m_problem)
        return;
    m_problem = problem;
    Q_EMIT statusChanged();
}

BackgroundSync::Snapshot BackgroundSync::snapshot() const
{
    Snapshot s;
    const SyncStatus status = SyncStatus::read(m_db);
    s.configured = status.state != SyncStatus::State::NeverConfigured;
    s.running = isRunning();
    s.problem = m_problem;
    s.pending = status.pendingEvents;
    s.failedCount = status.failedEvents;
    s.lastSuccess = status.lastSuccess;
    s.lastRun = status.lastRun;
    s.clockSkewSeconds = status.clockSkewSeconds;
    s.enrollment = status.enrollment;
    s.enrollmentMessage = status.enrollmentMessage;
    s.lastError = status.lastError;
    s.rosterProblem = status.rosterProblem;
    if (s.configured) {
        s.nextAttempt = nextScheduledRun();
        s.nextAttemptIsBackoff = status.nextAttemptAt.isValid();
        s.nextAttemptDue = s.nextAttempt.isValid() && s.nextAttempt <= m_db.clock().now();
    }
    if (status.failedEvents > 0) {
        auto rows = OutboxStore(m_db).list(u"failed"_s, kFailedEventsShown);
        if (rows) {
            for (const OutboxStore::Row& r : std::as_const(*rows))
                s.failed.append({r.eventId, r.type, r.occurredAt, r.attempts, r.lastError});
        } else {
            qCWarning(lcServices) << "failed events could not be read:" << rows.message();
        }
    }
    return s;
}

Result<qint64> BackgroundSync::retryFailed(const Actor& actor)
{
    // The service decides, not the button: the storage operation checks the role again.
    if (!mayRetryFailed(actor))
        return Error::denied(tr("Only an administrator can send failed events again."));
    auto moved = OutboxStore(m_db).retryFailed(actor);
    if (!moved)
        return moved;
    qCInfo(lcServices) << "failed events retried:" << *moved;
    Q_EMIT statusChanged();
    return moved;
}

QString BackgroundSync::describe(const SyncReport& report)
{
    if (!report.ran) {
        return tr("Not run: after the last failure the kiosk waits until %1 before trying the district server again.")
            .arg(localTime(report.nextAttemptAt));
    }
    const qint64 delivered = report.accepted + report.duplicates;
    QStringList parts;
    if (report.ok) {
        parts << tr("Sync finished: %n event(s) delivered to the district.", nullptr, int(delivered));
    } else {
        parts << tr("Sync did not finish: %1").arg(report.message);
        if (delivered > 0)
            parts << tr("%n event(s) were delivered before that.", nullptr, int(delivered));
    }
    if (report.rosterPages > 0)
        parts << tr("%n roster page(s) received.", nullptr, int(report.rosterPages));
    if (const qint64 refused = report.rejected + report.failedInBatch; refused > 0)
        parts << tr("%n event(s) refused by the district.", nullptr, int(refused));
    if (report.pending > 0)
        parts << tr("%n event(s) still waiting.", nullptr, int(report.pending));
    if (!report.ok && report.nextAttemptAt.isValid())
        parts << tr("Next attempt: %1.").arg(localTime(report.nextAttemptAt));
    return parts.join(u' ');
}

} // namespace gd
