// keys and revoke-key: an administrator finds a student's or an adult's keys and revokes one
// with a reason; the district hears of it with the next sync (access_key.revoked).
#include "cli/Cli.h"

#include "storage/AccessKeyIssuer.h"
#include "storage/Database.h"
#include "storage/LetterQueue.h"
#include "storage/Settings.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace gd::cli {

int keys(Context& ctx)
{
    QCommandLineParser p;
    p.addOption({u"student"_s, u"The student's id."_s, u"ID"_s});
    p.addOption({u"guardian"_s, u"The adult's id."_s, u"ID"_s});
    if (!ctx.parse(p, u"keys"_s, 0, 0))
        return BadUsage;
    if (p.isSet(u"student"_s) == p.isSet(u"guardian"_s))
        return ctx.usage(u"keys: give --student ID or --guardian ID"_s);
    Database* db = ctx.database(false);
    if (!db)
        return ctx.exitCode();
    auto found = AccessKeyIssuer(*db).keysFor(ctx.actor(), p.value(u"student"_s), p.value(u"guardian"_s));
    if (!found)
        return ctx.fail(found.error());
    const QString school = Settings(*db).value(Settings::SchoolCode);
    if (ctx.json()) {
        QJsonArray out;
        for (const IssuedKey& k : *found)
            out.append(
                QJsonObject{{u"key_id"_s, k.keyId},
                            {u"student_id"_s, k.studentId},
                            {u"student"_s, k.studentName},
                            {u"guardian_id"_s, k.guardianId},
                            {u"guardian"_s, k.guardianName},
                            {u"kind"_s, k.kind},
                            {u"status"_s, k.status},
                            {u"issued_at"_s, k.issuedAt},
                            {u"expires_on"_s, k.expiresOn},
                            {u"revoked_at"_s, k.revokedAt},
                            {u"revoke_reason"_s, k.revokeReason},
                            {u"letter"_s, k.letterSerial ? letterSerialText(school, k.letterSerial) : QString()}});
        ctx.printJson(QJsonObject{{u"keys"_s, out}});
        return Ok;
    }
    if (found->isEmpty())
        ctx.out() << u"no keys"_s << Qt::endl;
    for (const IssuedKey& k : *found) {
        ctx.out() << u"%1  %2  %3 -> %4 (%5)  issued %6%7%8"_s
                         .arg(k.keyId, k.status, k.guardianName, k.studentName, k.kind, k.issuedAt)
                         .arg(k.letterSerial ? u", letter "_s + letterSerialText(school, k.letterSerial) : QString())
                         .arg(k.revokedAt.isEmpty() ? QString()
                                                    : u", revoked %1 (%2)"_s.arg(k.revokedAt, k.revokeReason))
                  << Qt::endl;
    }
    return Ok;
}

int revokeKey(Context& ctx)
{
    QCommandLineParser p;
    p.addOption({u"reason"_s, u"lost or staff_error."_s, u"REASON"_s});
    if (!ctx.parse(p, u"revoke-key"_s, 1, 1))
        return BadUsage;
    const QString reason = p.value(u"reason"_s);
    if (reason != u"lost" && reason != u"staff_error")
        return ctx.usage(u"revoke-key: give --reason lost or --reason staff_error"_s);
    Database* db = ctx.database(false);
    if (!db)
        return ctx.exitCode();
    const QString keyId = p.positionalArguments().constFirst();
    if (auto s = AccessKeyIssuer(*db).revoke(ctx.actor(), keyId, reason); !s)
        return ctx.fail(s.error());
    ctx.out() << u"revoked %1 (%2); the district is told with the next sync"_s.arg(keyId, reason) << Qt::endl;
    return Ok;
}

} // namespace gd::cli
