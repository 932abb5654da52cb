#include "storage/Retention.h"

#include "core/Logging.h"
#include "storage/Database.h"
#include "storage/Settings.h"
#include "storage/UnitOfWork.h"

using namespace Qt::Literals::StringLiterals;

namespace gd {

namespace {

// The event fields that are ID details (district-api.md, guardian.verified).
const QString kEventDetails =
    u"'$.id_document.other_description', '$.id_document.issuer', '$.id_document.number_last4', "
    u"'$.id_document.expires_on', '$.id_document.captured_by', '$.override_reason'"_s;

const QString kEventHasDetails =
    u"(json_extract(data, '$.id_document.issuer') IS NOT NULL OR json_extract(data, '$.id_document.number_last4') "
    u"IS NOT NULL OR json_extract(data, '$.id_document.expires_on') IS NOT NULL OR json_extract(data, "
    u"'$.id_document.other_description') IS NOT NULL OR json_extract(data, '$.override_reason') IS NOT NULL)"_s;

const QString kVerificationHasDetails =
    u"(id_issuer IS NOT NULL OR id_last4 IS NOT NULL OR id_expires_on IS NOT NULL OR id_other_description IS NOT NULL "
    u"OR id_captured_by IS NOT NULL OR override_reason IS NOT NULL OR id_details_purged_at IS NULL)"_s;

} // namespace

Retention::Retention(Database& db)
    : m_db(db)
{
}

Result<Retention::Report> Retention::count(const QDateTime& now)
{
    Report r;
    r.days = Settings(m_db).intValue(Settings::RetentionDays);
    if (r.days < 30)
        return Error::conflict(u"The retention period (%1) is not a number of days from 30 to 3650."_s.arg(r.days));
    r.cutoff = now.toUTC().addDays(-r.days).toString(Qt::ISODate);
    auto v = m_db.exec(u"SELECT count(*) FROM verifications WHERE occurred_at < ? AND "_s + kVerificationHasDetails,
                       {r.cutoff});
    if (!v)
        return v.error();
    r.verifications = v->next() ? v->value(0).toLongLong() : 0;
    auto e = m_db.exec(u"SELECT sum(state = 'done'), sum(state != 'done') FROM outbox "
                       u"WHERE type = 'guardian.verified' AND occurred_at < ? AND "_s
                           + kEventHasDetails,
                       {r.cutoff});
    if (!e)
        return e.error();
    if (e->next()) {
        r.events = e->value(0).toLongLong();
        r.eventsWaiting = e->value(1).toLongLong();
    }
    return r;
}

Result<Retention::Report> Retention::due(const QDateTime& now)
{
    return count(now);
}

Result<Retention::Report> Retention::purge(const Actor& actor, const QDateTime& now)
{
    if (!actor.has(Role::Administrator))
        return Error::denied(u"Only an administrator purges ID details."_s);
    auto report = count(now);
    if (!report)
        return report;
    if (report->verifications == 0 && report->events == 0)
        return report;
    const Status s = m_db.transact(actor, [&](UnitOfWork& uow) -> Status {
        auto v = uow.exec(u"UPDATE verifications SET id_issuer = NULL, id_last4 = NULL, id_expires_on = NULL, "
                          u"id_other_description = NULL, id_captured_by = NULL, override_reason = NULL, "
                          u"id_details_purged_at = coalesce(id_details_purged_at, ?) WHERE occurred_at < ? AND "_s
                              + kVerificationHasDetails,
                          {uow.now(), report->cutoff});
        if (!v)
            return v.error();
        report->verifications = v->numRowsAffected();
        auto e = uow.exec(u"UPDATE outbox SET data = json_remove(data, %1) WHERE type = 'guardian.verified' "
                          u"AND state = 'done' AND occurred_at < ? AND "_s.arg(kEventDetails)
                              + kEventHasDetails,
                          {report->cutoff});
        if (!e)
            return e.error();
        report->events = e->numRowsAffected();
        return uow.audit(u"retention.id_details_purged"_s, u"verification"_s, report->cutoff,
                         {{u"days"_s, report->days},
                          {u"cutoff"_s, report->cutoff},
                          {u"verifications"_s, report->verifications},
                          {u"events"_s, report->events},
                          {u"events_waiting"_s, report->eventsWaiting}});
    });
    if (!s)
        return s.error();
    m_db.forgetOldCopies();
    qCInfo(lcStorage) << "retention: purged ID details of" << report->verifications << "verifications and"
                      << report->events << "delivered events";
    return report;
}

} // namespace gd
