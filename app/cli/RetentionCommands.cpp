// retention: the district's retention period applied to ID details (product.md, Administration).
#include "cli/Cli.h"

#include "storage/Database.h"
#include "storage/Retention.h"

#include <QCommandLineParser>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace gd::cli {

int retention(Context& ctx)
{
    QCommandLineParser p;
    p.addOption({u"purge"_s, u"Purge what is due (without it, only say what is due)."_s});
    if (!ctx.parse(p, u"retention"_s, 0, 0))
        return BadUsage;
    Database* db = ctx.database(false);
    if (!db)
        return ctx.exitCode();
    Retention retention(*db);
    const QDateTime now = db->clock().now();
    auto report = p.isSet(u"purge"_s) ? retention.purge(ctx.actor(), now) : retention.due(now);
    if (!report)
        return ctx.fail(report.error());
    if (ctx.json()) {
        ctx.printJson(QJsonObject{{u"purged"_s, p.isSet(u"purge"_s)},
                                  {u"days"_s, report->days},
                                  {u"cutoff"_s, report->cutoff},
                                  {u"verifications"_s, report->verifications},
                                  {u"events"_s, report->events},
                                  {u"events_waiting"_s, report->eventsWaiting}});
        return Ok;
    }
    ctx.out() << (p.isSet(u"purge"_s) ? u"purged the ID details of %1 verifications before %2 (%3 days) and of %4 "
                                        "events the district received"_s
                                      : u"due: the ID details of %1 verifications before %2 (%3 days) and of %4 "
                                        "events the district received"_s)
                     .arg(report->verifications)
                     .arg(report->cutoff)
                     .arg(report->days)
                     .arg(report->events)
              << Qt::endl;
    if (report->eventsWaiting > 0)
        ctx.out() << u"%1 events still waiting for the district keep their details until they are delivered"_s.arg(
            report->eventsWaiting)
                  << Qt::endl;
    return Ok;
}

} // namespace gd::cli
