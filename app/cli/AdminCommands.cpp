#include "cli/Cli.h"

#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/Settings.h"
#include "storage/StaffService.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

#include <cstdio>

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
    if (!ctx.parse(p, u"verify-audit"_s, 0, 0))
        return BadUsage;
    Database* db = ctx.database(false);
    if (!db)
        return ctx.exitCode();
    auto verdict = AuditLog::verify(*db);
    if (!verdict)
        return ctx.fail(verdict.error());
    if (ctx.json()) {
        ctx.printJson(QJsonObject{{u"holds"_s, verdict->holds()}, {u"entries"_s, verdict->entries},
                                  {u"signed_checkpoints"_s, verdict->checkpoints},
                                  {u"first_bad_entry"_s, verdict->firstBadSeq}, {u"problem"_s, verdict->problem}});
    } else if (verdict->holds()) {
        ctx.out() << u"audit chain holds: %1 entries, %2 signed checkpoints"_s.arg(verdict->entries).arg(verdict->checkpoints)
                  << Qt::endl;
    } else {
        ctx.out() << u"audit chain broken at entry %1: %2"_s.arg(verdict->firstBadSeq).arg(verdict->problem) << Qt::endl;
    }
    return verdict->holds() ? Ok : CheckFailed;
}

} // namespace gd::cli
