#include "cli/Cli.h"

#include "storage/Database.h"
#include "services/DemoActivity.h"
#include "storage/RosterImport.h"
#include "storage/Settings.h"
#include "storage/StudentDirectory.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace gd::cli {

namespace {

QJsonObject countsJson(const RosterStore::Counts& c)
{
    return {{u"students"_s, c.students}, {u"guardians"_s, c.guardians},
            {u"relationships"_s, c.relationships}, {u"removed"_s, c.removed}};
}

QString flags(const Relationship& r)
{
    QStringList f;
    if (r.custodial)
        f << u"custodial"_s;
    if (r.educationalRights)
        f << u"educational rights"_s;
    f << (r.portalEligible ? u"portal eligible"_s : u"NOT portal eligible"_s);
    if (r.noContactOrder)
        f << u"NO-CONTACT ORDER"_s;
    return f.join(u", "_s);
}

} // namespace

int initDb(Context& ctx)
{
    QCommandLineParser p;
    if (!ctx.parse(p, u"init-db"_s, 0, 0))
        return BadUsage;
    Database* db = ctx.database(true);
    if (!db)
        return ctx.exitCode();
    if (ctx.json())
        ctx.printJson(QJsonObject{{u"database"_s, db->path()}, {u"schema_version"_s, db->schemaVersion()},
                                  {u"device_id"_s, db->deviceId()}});
    else
        ctx.out() << u"%1: schema version %2, device %3"_s.arg(db->path()).arg(db->schemaVersion()).arg(db->deviceId())
                  << Qt::endl;
    return Ok;
}

int seedDemo(Context& ctx)
{
    QCommandLineParser p;
    p.addOption({u"students"_s, u"How many students (0: keep the roster as it is)."_s, u"N"_s, u"2000"_s});
    p.addOption({u"seed"_s, u"Generator seed."_s, u"S"_s, u"1"_s});
    p.addOption({u"verifications"_s, u"Past verifications to make."_s, u"N"_s, u"0"_s});
    p.addOption({u"force"_s, u"Seed even a database that holds records that are not demo data."_s});
    if (!ctx.parse(p, u"seed-demo"_s, 0, 0))
        return BadUsage;
    bool ok = false;
    const qint64 students = p.value(u"students"_s).toLongLong(&ok);
    if (!ok || students < 0)
        return ctx.usage(u"seed-demo: --students must be a whole number"_s);
    const quint64 seed = p.value(u"seed"_s).toULongLong(&ok);
    if (!ok)
        return ctx.usage(u"seed-demo: --seed must be a whole number"_s);
    const int verifications = p.value(u"verifications"_s).toInt(&ok);
    if (!ok || verifications < 0)
        return ctx.usage(u"seed-demo: --verifications must be a whole number"_s);
    if (students == 0 && verifications == 0)
        return ctx.usage(u"seed-demo: nothing to do (give --students or --verifications)"_s);

    // Verifications need a configured database (the district's public key): never a new file.
    Database* db = ctx.database(verifications == 0);
    if (!db)
        return ctx.exitCode();
    if (!p.isSet(u"force"_s)) {
        auto real = RosterImport(*db).nonDemoRecords();
        if (!real)
            return ctx.fail(real.error());
        if (!real->isEmpty())
            return ctx.usage(u"seed-demo: %1 holds %2; demo families must not mix with real ones. Use a new database, "
                             "or --force to seed anyway."_s.arg(db->path(), real->join(u" and "_s)));
    }
    installCancelHandler();
    QElapsedTimer timer;
    timer.start();
    const auto progressLine = [&ctx](const QString& what) {
        return [&ctx, what, lastShown = qint64(-1)](qint64 done, qint64 total) mutable {
            const qint64 percent = total ? done * 100 / total : 100;
            if (percent != lastShown) {
                lastShown = percent;
                ctx.progress(u"seed-demo: %1/%2 %3 (%4%)"_s.arg(done).arg(total).arg(what).arg(percent), done == total);
            }
            return !cancelRequested();
        };
    };
    QJsonObject result;
    if (students > 0) {
        auto counts = RosterImport(*db).seedDemo(ctx.actor(), students, seed, progressLine(u"students"_s));
        if (!counts)
            return ctx.fail(counts.error());
        result = countsJson(*counts);
        if (!ctx.json())
            ctx.out() << u"seeded %1 students, %2 adults, %3 links in %4 s"_s.arg(counts->students)
                             .arg(counts->guardians).arg(counts->relationships)
                             .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)
                      << Qt::endl;
    }
    if (verifications > 0) {
        QElapsedTimer vt;
        vt.start();
        auto v = DemoActivity(*db).seedVerifications(ctx.actor(), verifications, seed, progressLine(u"verifications"_s));
        if (!v)
            return ctx.fail(v.error());
        result.insert(u"verified"_s, v->verified);
        result.insert(u"refused"_s, v->refused);
        result.insert(u"keys"_s, v->keys);
        result.insert(u"letters_printed"_s, v->lettersPrinted);
        result.insert(u"letters_queued"_s, v->lettersQueued);
        if (!ctx.json())
            ctx.out() << u"made %1 verifications (%2 refused), %3 keys, %4 letters printed, %5 queued in %6 s"_s
                             .arg(v->verified + v->refused).arg(v->refused).arg(v->keys).arg(v->lettersPrinted)
                             .arg(v->lettersQueued).arg(double(vt.elapsed()) / 1000.0, 0, 'f', 1)
                      << Qt::endl;
    }
    result.insert(u"seconds"_s, double(timer.elapsed()) / 1000.0);
    if (ctx.json())
        ctx.printJson(result);
    return Ok;
}

int importRoster(Context& ctx)
{
    QCommandLineParser p;
    p.addPositionalArgument(u"FILE"_s, u"Roster pages (JSON)."_s);
    if (!ctx.parse(p, u"import-roster"_s, 1, 1))
        return BadUsage;
    Database* db = ctx.database(true);
    if (!db)
        return ctx.exitCode();
    auto counts = RosterImport(*db).importFile(ctx.actor(), p.positionalArguments().first());
    if (!counts)
        return ctx.fail(counts.error());
    if (ctx.json())
        ctx.printJson(countsJson(*counts));
    else
        ctx.out() << u"imported %1 students, %2 adults, %3 links, %4 links removed"_s.arg(counts->students)
                         .arg(counts->guardians).arg(counts->relationships).arg(counts->removed)
                  << Qt::endl;
    return Ok;
}

int search(Context& ctx)
{
    QCommandLineParser p;
    p.addPositionalArgument(u"QUERY"_s, u"Name, student id or date of birth."_s);
    p.addOption({u"limit"_s, u"At most N students."_s, u"N"_s, u"20"_s});
    if (!ctx.parse(p, u"search"_s, 1, -1))
        return BadUsage;
    bool ok = false;
    const int limit = p.value(u"limit"_s).toInt(&ok);
    if (!ok || limit < 1 || limit > 200)
        return ctx.usage(u"search: --limit must be from 1 to 200"_s);
    Database* db = ctx.database(false);
    if (!db)
        return ctx.exitCode();
    StudentDirectory directory(*db);
    auto hits = directory.search(p.positionalArguments().join(u' '), limit);
    if (!hits)
        return ctx.fail(hits.error());
    QJsonArray out;
    for (const StudentHit& h : *hits) {
        auto card = directory.card(h.studentId);
        if (!card)
            return ctx.fail(card.error());
        if (ctx.json()) {
            QJsonObject o = toJson(card->student);
            QJsonArray adults;
            for (const GuardianLink& l : card->adults) {
                QJsonObject a = toJson(l.guardian);
                const QJsonObject r = toJson(l.relationship);
                for (auto it = r.begin(); it != r.end(); ++it) {
                    if (it.key() != u"student_id" && it.key() != u"guardian_id" && it.key() != u"deleted")
                        a.insert(it.key(), it.value());
                }
                adults.append(a);
            }
            o.insert(u"guardians"_s, adults);
            if (!h.matchedGuardian.isEmpty())
                o.insert(u"matched_guardian"_s, h.matchedGuardian);
            out.append(o);
            continue;
        }
        ctx.out() << u"%1  %2 %3  born %4  grade %5  school %6%7"_s.arg(h.studentId, h.firstName, h.lastName,
                                                                          h.dateOfBirth.toString(Qt::ISODate),
                                                                          h.grade, h.schoolCode,
                                                                          h.active ? QString() : u"  [inactive]"_s)
                  << Qt::endl;
        for (const GuardianLink& l : card->adults)
            ctx.out() << u"    %1  %2 %3 (%4): %5"_s.arg(relationshipKindToString(l.relationship.relationship),
                                                         l.guardian.firstName, l.guardian.lastName,
                                                         l.guardian.guardianId, flags(l.relationship))
                      << Qt::endl;
    }
    if (ctx.json())
        ctx.printJson(out);
    else if (hits->isEmpty())
        ctx.out() << u"no student matches"_s << Qt::endl;
    return Ok;
}

} // namespace gd::cli
