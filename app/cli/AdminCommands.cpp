#include "cli/Cli.h"

#include "core/DeviceKeyList.h"
#include "storage/AuditLog.h"
#include "storage/AuditWitness.h"
#include "storage/DeviceKeyAnchor.h"
#include "storage/Database.h"
#include "storage/Settings.h"
#include "storage/StaffService.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

#include <cstdio>
#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace gd::cli {

namespace {

// A password never travels on the command line (other users see it in ps): it comes from a
// file or from standard input.
Result<QString> readPassword(const QCommandLineParser& p)
{
    QByteArray raw;
    if (p.isSet(u"password-file"_s)) {
        QFile f(p.value(u"password-file"_s));
        if (!f.open(QIODevice::ReadOnly))
            return Error::badInput(u"%1: cannot read: %2"_s.arg(f.fileName(), f.errorString()));
        raw = f.read(1024);
    } else if (p.isSet(u"password-stdin"_s)) {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly))
            return Error::badInput(u"cannot read standard input"_s);
        raw = in.readLine(1024);
    } else {
        return Error::badInput(u"give the password with --password-file FILE or --password-stdin"_s);
    }
    while (raw.endsWith('\n') || raw.endsWith('\r'))
        raw.chop(1);
    QString password = QString::fromUtf8(raw);
    raw.fill('\0');
    return password;
}

QJsonObject staffJson(const StaffMember& m)
{
    return {{u"username"_s, m.username}, {u"display_name"_s, m.displayName},
            {u"roles"_s, QJsonArray::fromStringList(rolesToStrings(m.roles))}, {u"disabled"_s, m.disabled},
            {u"locked_until"_s, m.lockedUntil.isValid() ? toIsoUtc(m.lockedUntil) : QString()}};
}

} // namespace

int staff(Context& ctx)
{
    QCommandLineParser p;
    p.addPositionalArgument(u"ACTION"_s, u"add | list | disable | reset-password"_s);
    p.addOption({u"name"_s, u"Display name (add)."_s, u"TEXT"_s});
    p.addOption({u"roles"_s, u"front_desk,letter_printer,administrator (add)."_s, u"LIST"_s});
    p.addOption({u"password-file"_s, u"Read the password from FILE."_s, u"FILE"_s});
    p.addOption({u"password-stdin"_s, u"Read the password from standard input."_s});
    if (!ctx.parse(p, u"staff"_s, 1, 2))
        return BadUsage;
    const QStringList pos = p.positionalArguments();
    const QString action = pos.first();
    const QString username = pos.value(1);
    if (action != u"list" && username.isEmpty() && (action == u"add" || action == u"disable" || action == u"reset-password"))
        return ctx.usage(u"staff %1: give the user name"_s.arg(action));

    Database* db = ctx.database(action == u"add");
    if (!db)
        return ctx.exitCode();
    StaffService service(*db);
    const Actor actor = ctx.actor();
    if (action == u"list") {
        auto members = service.list(actor);
        if (!members)
            return ctx.fail(members.error());
        QJsonArray arr;
        for (const StaffMember& m : *members) {
            if (ctx.json()) {
                arr.append(staffJson(m));
                continue;
            }
            ctx.out() << u"%1  %2  [%3]%4"_s.arg(m.username, m.displayName, rolesToStrings(m.roles).join(u','),
                                                 m.disabled ? u"  disabled"_s : QString())
                      << Qt::endl;
        }
        if (ctx.json())
            ctx.printJson(arr);
        return Ok;
    }
    if (action == u"add") {
        QString bad;
        const auto roles = rolesFromString(p.value(u"roles"_s), &bad);
        if (!roles)
            return ctx.usage(u"staff add: unknown role \"%1\""_s.arg(bad));
        auto password = readPassword(p);
        if (!password)
            return ctx.fail(password.error());
        auto added = service.add(actor, username, p.isSet(u"name"_s) ? p.value(u"name"_s) : username, *roles, *password);
        password->fill(u'\0');
        if (!added)
            return ctx.fail(added.error());
        if (ctx.json())
            ctx.printJson(staffJson(*added));
        else
            ctx.out() << u"added %1 [%2]"_s.arg(added->username, rolesToStrings(added->roles).join(u',')) << Qt::endl;
        return Ok;
    }
    if (action == u"disable") {
        if (auto s = service.disable(actor, username); !s)
            return ctx.fail(s.error());
        ctx.out() << u"disabled %1"_s.arg(username) << Qt::endl;
        return Ok;
    }
    if (action == u"reset-password") {
        auto password = readPassword(p);
        if (!password)
            return ctx.fail(password.error());
        const Status s = service.resetPassword(actor, username, *password);
        password->fill(u'\0');
        if (!s)
            return ctx.fail(s.error());
        ctx.out() << u"password reset for %1; the account is unlocked"_s.arg(username) << Qt::endl;
        return Ok;
    }
    return ctx.usage(u"staff: unknown action \"%1\" (add, list, disable, reset-password)"_s.arg(action));
}

int settings(Context& ctx)
{
    QCommandLineParser p;
    p.addPositionalArgument(u"ACTION"_s, u"get | set"_s);
    if (!ctx.parse(p, u"settings"_s, 1, 3))
        return BadUsage;
    const QStringList pos = p.positionalArguments();
    const QString action = pos.first();
    if (action != u"get" && action != u"set")
        return ctx.usage(u"settings: unknown action \"%1\" (get, set)"_s.arg(action));
    if (action == u"set" && pos.size() != 3)
        return ctx.usage(u"settings set: give KEY and VALUE"_s);
    if (action == u"get" && pos.size() > 2)
        return ctx.usage(u"settings get: give at most one KEY"_s);
    const QString key = pos.value(1);
    if (!key.isEmpty() && !Settings::spec(key))
        return ctx.usage(u"settings: unknown setting \"%1\""_s.arg(key.left(60)));
    Database* db = ctx.database(false);
    if (!db)
        return ctx.exitCode();
    Settings settings(*db);
    if (action == u"set") {
        if (auto s = settings.set(ctx.actor(), key, pos.value(2)); !s)
            return ctx.fail(s.error());
        ctx.out() << u"%1 = %2"_s.arg(key, settings.value(key)) << Qt::endl;
        return Ok;
    }
    QJsonObject all;
    for (const SettingSpec& s : Settings::specs()) {
        if (!key.isEmpty() && s.key != key)
            continue;
        if (ctx.json())
            all.insert(s.key, settings.value(s.key));
        else if (!key.isEmpty())
            ctx.out() << settings.value(s.key) << Qt::endl;
        else
            ctx.out() << u"%1 = %2"_s.arg(s.key, settings.value(s.key)) << Qt::endl;
    }
    if (ctx.json())
        ctx.printJson(all);
    return Ok;
}

int verifyAudit(Context& ctx)
{
    QCommandLineParser p;
    p.addOption({u"pubkey"_s, u"The device's public key, from outside the database."_s, u"FILE"_s});
    p.addOption({u"district"_s, u"Also compare with the heads the district witnessed."_s});
    if (!ctx.parse(p, u"verify-audit"_s, 0, 0))
        return BadUsage;
    const auto pubkey = ctx.publicKeyOption(p);
    if (!pubkey)
        return ctx.exitCode();
    const QByteArray given = *pubkey;
    Database* db = ctx.database(false);
    if (!db)
        return ctx.exitCode();
    QJsonObject json{{u"holds"_s, false}, {u"entries"_s, 0}, {u"signed_checkpoints"_s, 0}, {u"first_bad_entry"_s, 0}};
    const auto report = [&](const QString& problem, qint64 firstBad) {
        json.insert(u"problem"_s, problem);
        json.insert(u"first_bad_entry"_s, firstBad);
        if (ctx.json())
            ctx.printJson(json);
        else if (firstBad > 0)
            ctx.out() << u"audit chain broken at entry %1: %2"_s.arg(firstBad).arg(problem) << Qt::endl;
        else
            ctx.out() << u"audit chain not trusted: %1"_s.arg(problem) << Qt::endl;
        return CheckFailed;
    };

    auto anchor = DeviceKeyAnchor(*db).thisDevice(given);
    if (!anchor) {
        if (anchor.error().kind != ErrorKind::Failed)
            return ctx.fail(anchor.error());
        return report(anchor.message(), 0);
    }
    json.insert(u"key_source"_s, anchor->source);
    json.insert(u"key_fingerprint"_s, anchor->publicKey.isEmpty() ? QString() : keyFingerprint(anchor->publicKey));
    auto verdict = AuditLog::verify(*db, anchor->publicKey);
    if (!verdict) {
        if (verdict.error().kind != ErrorKind::Failed)
            return ctx.fail(verdict.error());
        return report(verdict.message(), 0);
    }
    json.insert(u"entries"_s, verdict->entries);
    json.insert(u"signed_checkpoints"_s, verdict->checkpoints);
    if (!verdict->holds())
        return report(verdict->problem, verdict->firstBadSeq);

    std::optional<AuditWitness::Verdict> witness;
    if (p.isSet(u"district"_s)) {
        auto compared = AuditWitness::compare(*db);
        if (!compared) {
            if (compared.error().kind != ErrorKind::Failed)
                return ctx.fail(compared.error());
            return report(compared.message(), 0);
        }
        json.insert(u"witnessed_heads"_s, compared->heads);
        json.insert(u"longest_witnessed_entry"_s, compared->longestSeq);
        if (!compared->holds())
            return report(compared->problem, compared->firstBadSeq);
        witness = *compared;
    }
    if (ctx.json()) {
        json.insert(u"holds"_s, true);
        json.insert(u"problem"_s, QString());
        ctx.printJson(json);
        return Ok;
    }
    ctx.out() << u"audit chain holds: %1 entries, %2 signed checkpoints"_s.arg(verdict->entries).arg(verdict->checkpoints)
              << Qt::endl;
    if (!anchor->publicKey.isEmpty())
        ctx.out() << u"key: %1 (fingerprint %2)"_s.arg(anchor->source, keyFingerprint(anchor->publicKey)) << Qt::endl;
    if (!anchor->revokedAt.isEmpty())
        ctx.out() << u"note: the district retired this kiosk's key on %1"_s.arg(anchor->revokedAt) << Qt::endl;
    if (witness)
        ctx.out() << u"district witness: %1 heads match (up to entry %2)"_s.arg(witness->heads).arg(witness->longestSeq)
                  << Qt::endl;
    return Ok;
}

} // namespace gd::cli
