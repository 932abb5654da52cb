#include "cli/Cli.h"

#include "storage/Database.h"
#include "storage/DistrictSyncStore.h"
#include "storage/OutboxStore.h"
#include "services/SyncConfiguration.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace gd::cli {

namespace {

QJsonObject reportJson(const SyncReport& r)
{
    QJsonObject o{{u"ok"_s, r.ok},
                  {u"message"_s, r.message},
                  {u"roster_pages"_s, r.rosterPages},
                  {u"students"_s, r.students},
                  {u"guardians"_s, r.guardians},
                  {u"relationships"_s, r.relationships},
                  {u"relationships_removed"_s, r.relationshipsRemoved},
                  {u"accepted"_s, r.accepted},
                  {u"duplicates"_s, r.duplicates},
                  {u"rejected"_s, r.rejected},
                  {u"failed"_s, r.failedInBatch},
                  {u"pending"_s, r.pending},
                  {u"enrollment"_s, r.enrollment},
                  {u"problems"_s, QJsonArray::fromStringList(r.problems)}};
    if (r.clockSkewSeconds)
        o.insert(u"clock_skew_seconds"_s, *r.clockSkewSeconds);
    if (r.nextAttemptAt.isValid())
        o.insert(u"next_attempt_at"_s, toIsoUtc(r.nextAttemptAt));
    return o;
}

// One run, waited for in a local event loop (the engine is asynchronous).
SyncReport runOnce(SyncEngine& engine, Context& ctx, bool force)
{
    SyncReport report;
    QEventLoop loop;
    QObject::connect(&engine, &SyncEngine::progress, &loop, [&ctx](const QString& line) { ctx.progress(line); });
    QObject::connect(&engine, &SyncEngine::finished, &loop, [&](const SyncReport& r) {
        report = r;
        loop.quit();
    });
    engine.start(force);
    loop.exec();
    return report;
}

} // namespace

int sync(Context& ctx)
{
    QCommandLineParser p;
    p.addOption({u"once"_s, u"One attempt now, then exit (otherwise: retry on the back-off schedule until "
                            "the outbox is empty or a person is needed)."_s});
    p.addOption({u"server"_s, u"District server base URL (https)."_s, u"URL"_s});
    p.addOption({u"ca"_s, u"District CA bundle (PEM)."_s, u"FILE"_s});
    p.addOption({u"pin"_s, u"Base64 SHA-256 pin of the server's public key."_s, u"SHA256-B64"_s});
    p.addOption({u"client-id"_s, u"OAuth client id."_s, u"ID"_s});
    p.addOption({u"client-secret-file"_s, u"File holding the OAuth client secret; kept sealed with the device "
                                          "key for later runs."_s, u"FILE"_s});
    if (!ctx.parse(p, u"sync"_s, 0, 0))
        return BadUsage;
    Database* db = ctx.database();
    if (!db)
        return ctx.exitCode();
    // The same construction as the kiosk's background sync (SyncConfiguration), with the
    // command line's overrides.
    SyncConfiguration::Overrides overrides;
    if (p.isSet(u"server"_s))
        overrides.serverUrl = p.value(u"server"_s);
    if (p.isSet(u"ca"_s))
        overrides.caBundle = p.value(u"ca"_s);
    if (p.isSet(u"pin"_s))
        overrides.spkiPin = p.value(u"pin"_s);
    if (p.isSet(u"client-id"_s))
        overrides.clientId = p.value(u"client-id"_s);
    overrides.clientSecretFile = p.value(u"client-secret-file"_s);
    auto config = SyncConfiguration::read(*db, overrides);
    if (!config) {
        if (config.error().kind == ErrorKind::NotFound)
            return ctx.usage(u"sync: no district server (set district.server_url or give --server)"_s);
        return ctx.usage(u"sync: %1"_s.arg(config.message()));
    }
    DistrictSyncStore store(*db);
    if (const Status secret = config->loadClientSecret(store, overrides); !secret) {
        if (secret.error().kind == ErrorKind::NotFound)
            return ctx.usage(u"sync: no client secret kept on this kiosk; give --client-secret-file once"_s);
        if (secret.error().kind == ErrorKind::BadInput)
            return ctx.usage(u"sync: %1"_s.arg(secret.message()));
        return ctx.fail(secret.error());
    }

    const std::unique_ptr<SyncEngine> enginePtr = config->makeEngine(store, db->clock());
    SyncEngine& engine = *enginePtr;
    SyncReport report = runOnce(engine, ctx, true);
    if (!p.isSet(u"once"_s)) {
        // Keep going while the failures pass by themselves, on the stored schedule.
        while (!report.ok && report.transient && !cancelRequested()) {
            const qint64 waitMs = std::max<qint64>(0, db->clock().now().msecsTo(report.nextAttemptAt));
            ctx.progress(u"next attempt at %1"_s.arg(toIsoUtc(report.nextAttemptAt)));
            QEventLoop wait;
            QTimer::singleShot(std::chrono::milliseconds(waitMs), &wait, &QEventLoop::quit);
            wait.exec();
            report = runOnce(engine, ctx, false);
        }
    }
    if (ctx.json()) {
        ctx.printJson(reportJson(report));
    } else {
        ctx.progress(report.ok ? u"sync complete"_s : u"sync incomplete"_s, true);
        ctx.out() << u"roster: %1 pages, %2 students, %3 adults, %4 links, %5 links removed"_s.arg(report.rosterPages)
                         .arg(report.students).arg(report.guardians).arg(report.relationships)
                         .arg(report.relationshipsRemoved)
                  << Qt::endl
                  << u"events: %1 accepted, %2 duplicate, %3 rejected, %4 failed, %5 pending"_s.arg(report.accepted)
                         .arg(report.duplicates).arg(report.rejected).arg(report.failedInBatch).arg(report.pending)
                  << Qt::endl;
        if (report.clockSkewSeconds && !report.skewWarning.isEmpty())
            ctx.out() << u"warning: "_s << report.skewWarning << Qt::endl;
        for (const QString& problem : std::as_const(report.problems))
            ctx.out() << u"problem: "_s << problem << Qt::endl;
        if (report.nextAttemptAt.isValid())
            ctx.out() << u"next attempt: "_s << toIsoUtc(report.nextAttemptAt) << Qt::endl;
    }
    return report.ok ? Ok : CheckFailed;
}

int outbox(Context& ctx)
{
    QCommandLineParser p;
    p.addOption({u"state"_s, u"pending, failed or done (default: all)."_s, u"STATE"_s});
    p.addOption({u"retry-failed"_s, u"Send every failed event again with the next sync (administrator)."_s});
    if (!ctx.parse(p, u"outbox"_s, 0, 0))
        return BadUsage;
    const QString state = p.value(u"state"_s);
    if (!state.isEmpty() && !OutboxStore::isState(state))
        return ctx.usage(u"outbox: --state must be pending, failed or done"_s);
    Database* db = ctx.database();
    if (!db)
        return ctx.exitCode();
    OutboxStore outbox(*db);
    if (p.isSet(u"retry-failed"_s)) {
        auto moved = outbox.retryFailed(ctx.actor());
        if (!moved)
            return ctx.fail(moved.error());
        if (ctx.json())
            ctx.printJson(QJsonObject{{u"retried"_s, *moved}});
        else
            ctx.out() << u"%1 failed events will be sent again with the next sync"_s.arg(*moved) << Qt::endl;
        return Ok;
    }
    auto rows = outbox.list(state);
    if (!rows)
        return ctx.fail(rows.error());
    if (ctx.json()) {
        QJsonArray events;
        for (const OutboxStore::Row& r : std::as_const(*rows)) {
            events.append(QJsonObject{{u"event_id"_s, r.eventId}, {u"type"_s, r.type}, {u"state"_s, r.state},
                                      {u"attempts"_s, r.attempts},
                                      {u"last_error"_s, r.lastError.isEmpty() ? QJsonValue() : QJsonValue(r.lastError)},
                                      {u"next_attempt_at"_s,
                                       r.nextAttemptAt.isEmpty() ? QJsonValue() : QJsonValue(r.nextAttemptAt)}});
        }
        ctx.printJson(QJsonObject{{u"events"_s, events}});
        return Ok;
    }
    for (const OutboxStore::Row& r : std::as_const(*rows)) {
        ctx.out() << r.eventId << u"  "_s << r.type << u"  "_s << r.state << u"  attempts "_s << r.attempts;
        if (!r.nextAttemptAt.isEmpty())
            ctx.out() << u"  next attempt "_s << r.nextAttemptAt;
        if (!r.lastError.isEmpty())
            ctx.out() << u"  "_s << r.lastError;
        ctx.out() << Qt::endl;
    }
    ctx.out() << u"%1 events"_s.arg(rows->size()) << Qt::endl;
    return Ok;
}

} // namespace gd::cli
