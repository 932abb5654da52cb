#include "storage/StaffService.h"

#include "core/Logging.h"
#include "core/crypto/PasswordHasher.h"
#include "core/rules/TextChecks.h"
#include "storage/Database.h"
#include "storage/UnitOfWork.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace gd {

namespace {

const QString kSelect = u"SELECT id, username, display_name, roles, disabled, failed_logins, locked_until, created_at, "
                        "password_hash FROM staff"_s;

StaffMember memberFrom(const QSqlQuery& q)
{
    StaffMember m;
    m.id = q.value(0).toLongLong();
    m.username = q.value(1).toString();
    m.displayName = q.value(2).toString();
    m.roles = rolesFromString(q.value(3).toString()).value_or(Roles());
    m.disabled = q.value(4).toInt() != 0;
    m.failedLogins = q.value(5).toInt();
    m.lockedUntil = QDateTime::fromString(q.value(6).toString(), Qt::ISODate);
    m.createdAt = QDateTime::fromString(q.value(7).toString(), Qt::ISODate);
    return m;
}

QString usernameFormatProblem(const QString& username)
{
    static const QRegularExpression re(u"^[a-z][a-z0-9._-]{1,31}$"_s);
    if (!re.match(username).hasMatch())
        return QCoreApplication::translate("StaffService", "A user name is 2 to 32 lower-case letters, digits, dots, dashes or underscores, "
                              "starting with a letter.");
    return {};
}

// The names the system records as the actor of its own changes: an account by one of these
// names would make the audit trail say the system did what a person did.
bool isSystemActorName(const QString& username)
{
    static const QStringList kSystemActors = {u"cli"_s, u"device"_s, u"system"_s, u"first-run"_s, u"init"_s};
    return kSystemActors.contains(username);
}

bool isDemoName(const QString& username)
{
    return username.startsWith(u"demo."_s);
}

QString normalizedUsername(const QString& raw)
{
    return raw.trimmed().toLower();
}

QString displayNameProblem(const QString& name)
{
    if (name.trimmed().isEmpty() || name.size() > 80)
        return QCoreApplication::translate("StaffService", "A display name is 1 to 80 characters.");
    if (const TextChecks::Finding f = TextChecks::firstHazard(name))
        return QCoreApplication::translate("StaffService", "A display name cannot hold %1.").arg(TextChecks::describe(f));
    return {};
}

// Enabled administrators other than the account `exceptId`, read inside the change that needs it.
Result<int> otherEnabledAdministrators(UnitOfWork& uow, qint64 exceptId)
{
    auto q = uow.exec(u"SELECT roles FROM staff WHERE disabled = 0 AND id != ?"_s, {exceptId});
    if (!q)
        return q.error();
    int count = 0;
    while (q->next()) {
        if (rolesFromString(q->value(0).toString()).value_or(Roles()).testFlag(Role::Administrator))
            ++count;
    }
    return count;
}

// Every account but the demo seeder's: what "the database has staff" means.
const QString kStaffAccounts = u"SELECT count(*) FROM staff WHERE username NOT LIKE 'demo.%'"_s;

// The same work for an unknown user as for a known one, so timing does not tell which exists.
void burnEquivalentWork(const QString& password)
{
    static const QString dummy = [] {
        auto h = crypto::hashPassword(u"guardiandesk-timing-equaliser"_s);
        return h ? *h : QString();
    }();
    (void)crypto::verifyPassword(password, dummy);
}

} // namespace

StaffService::StaffService(Database& db)
    : m_db(db)
{
}

QString StaffService::passwordProblem(const QString& username, const QString& password)
{
    if (password.size() < kMinPasswordLength)
        return QCoreApplication::translate("StaffService", "A password needs at least %1 characters.").arg(kMinPasswordLength);
    if (password.size() > 256)
        return QCoreApplication::translate("StaffService", "A password can have at most 256 characters.");
    if (!username.isEmpty() && password.compare(username, Qt::CaseInsensitive) == 0)
        return QCoreApplication::translate("StaffService", "The password cannot be the user name.");
    if (password.count(password.front()) == password.size())
        return QCoreApplication::translate("StaffService", "The password cannot be one character repeated.");
    return {};
}

QString StaffService::usernameProblem(const QString& rawUsername)
{
    const QString username = normalizedUsername(rawUsername);
    if (const QString p = usernameFormatProblem(username); !p.isEmpty())
        return p;
    if (isSystemActorName(username) || isDemoName(username))
        return QCoreApplication::translate("StaffService", "The user name %1 is reserved for GuardianDesk itself; "
                                                           "choose another.").arg(username);
    return {};
}

bool StaffService::needsFirstAdministrator() const
{
    auto q = m_db.exec(kStaffAccounts);
    // Unreadable: do not offer to create an administrator to whoever stands at the kiosk.
    return q && q->next() && q->value(0).toInt() == 0;
}

bool StaffService::hasEnabledAdministrator() const
{
    auto q = m_db.exec(u"SELECT roles FROM staff WHERE disabled = 0"_s);
    while (q && q->next()) {
        if (rolesFromString(q->value(0).toString()).value_or(Roles()).testFlag(Role::Administrator))
            return true;
    }
    return false;
}

Result<StaffMember> StaffService::find(const QString& username) const
{
    auto q = m_db.exec(kSelect + u" WHERE username = ?"_s, {username.trimmed().toLower()});
    if (!q)
        return q.error();
    if (!q->next())
        return Error::notFound(u"No staff member %1."_s.arg(username));
    return memberFrom(*q);
}

Actor StaffService::actorFor(const StaffMember& member) const
{
    return Actor{member.username, m_db.deviceId(), member.roles};
}

Result<StaffMember> StaffService::createFirstAdministrator(const QString& rawUsername, const QString& displayName,
                                                           const QString& password)
{
    const QString refused = u"Staff accounts exist already; an administrator adds yours (or, with none left, "
                            "guardiandesk-cli staff add NAME --roles administrator)."_s;
    if (!needsFirstAdministrator())
        return Error::denied(refused);
    const QString username = normalizedUsername(rawUsername);
    if (const QString p = usernameProblem(username); !p.isEmpty())
        return Error::badInput(p);
    const Actor setup{u"first-run"_s, m_db.deviceId(), Role::Administrator};
    // Checked again inside the change: two kiosks on one database cannot both make the first one.
    return insert(setup, username, displayName, Roles(Role::Administrator) | Role::FrontDesk, password,
                  [&refused](UnitOfWork& uow) -> Status {
                      auto q = uow.exec(kStaffAccounts);
                      if (!q)
                          return q.error();
                      if (!q->next() || q->value(0).toInt() != 0)
                          return Error::denied(refused);
                      return {};
                  });
}

Result<StaffMember> StaffService::add(const Actor& actor, const QString& rawUsername, const QString& displayName,
                                      Roles roles, const QString& password)
{
    if (!actor.has(Role::Administrator))
        return Error::denied(u"Only an administrator can add staff."_s);
    const QString username = normalizedUsername(rawUsername);
    if (const QString p = usernameProblem(username); !p.isEmpty())
        return Error::badInput(p);
    return insert(actor, username, displayName, roles, password);
}

Result<StaffMember> StaffService::addDemoAccount(const Actor& actor, const QString& rawUsername,
                                                 const QString& displayName, Roles roles, const QString& password)
{
    if (!actor.has(Role::Administrator))
        return Error::denied(u"Only an administrator can add demo accounts."_s);
    const QString username = normalizedUsername(rawUsername);
    if (const QString p = usernameFormatProblem(username); !p.isEmpty())
        return Error::badInput(p);
    if (!isDemoName(username))
        return Error::badInput(u"A demo account's user name starts with \"demo.\"."_s);
    return insert(actor, username, displayName, roles, password);
}

Result<StaffMember> StaffService::insert(const Actor& actor, const QString& username, const QString& displayName,
                                         Roles roles, const QString& password,
                                         const std::function<Status(UnitOfWork&)>& precondition)
{
    if (const QString p = displayNameProblem(displayName); !p.isEmpty())
        return Error::badInput(p);
    if (!roles)
        return Error::badInput(u"A staff member needs at least one role."_s);
    if (const QString p = passwordProblem(username, password); !p.isEmpty())
        return Error::badInput(p);
    if (find(username))
        return Error::conflict(u"The user name %1 is taken."_s.arg(username));
    auto hash = crypto::hashPassword(password);
    if (!hash)
        return hash.error();
    const QString roleText = rolesToStrings(roles).join(u',');
    Status s = m_db.transact(actor, [&](UnitOfWork& uow) -> Status {
        if (precondition) {
            if (Status ok = precondition(uow); !ok)
                return ok;
        }
        auto q = uow.exec(u"INSERT INTO staff(username, display_name, roles, password_hash, created_at, "
                          "password_changed_at) VALUES (?, ?, ?, ?, ?, ?)"_s,
                          {username, displayName.trimmed(), roleText, *hash, uow.now(), uow.now()});
        if (!q)
            return q.error();
        return uow.audit(u"staff.added"_s, u"staff"_s, username, {{u"roles"_s, roleText}});
    });
    if (!s)
        return s.error();
    return find(username);
}

Result<StaffMember> StaffService::authenticate(const QString& rawUsername, const QString& password)
{
    const QString refused = QCoreApplication::translate("StaffService", "The user name or password is not right.");
    const QString username = rawUsername.trimmed().toLower();
    auto q = m_db.exec(kSelect + u" WHERE username = ?"_s, {username});
    if (!q)
        return q.error();
    if (!q->next()) {
        burnEquivalentWork(password);
        return Error::denied(refused);
    }
    StaffMember m = memberFrom(*q);
    const QString hash = q->value(8).toString();
    q->finish();
    const QDateTime now = m_db.clock().now();
    const Actor actor = actorFor(m);
    if (m.disabled) {
        burnEquivalentWork(password);
        return Error::denied(refused);
    }
    if (m.lockedUntil.isValid() && m.lockedUntil > now) {
        burnEquivalentWork(password);
        const qint64 minutes = std::max<qint64>(1, (now.secsTo(m.lockedUntil) + 59) / 60);
        return Error::denied(QCoreApplication::translate("StaffService", "Too many failed sign-ins: this account is locked for %1 more minute(s), "
                                            "or until an administrator resets its password.").arg(minutes));
    }
    if (crypto::verifyPassword(password, hash)) {
        if (m.failedLogins != 0 || m.lockedUntil.isValid()) {
            Status s = m_db.transact(actor, [&](UnitOfWork& uow) -> Status {
                auto u = uow.exec(u"UPDATE staff SET failed_logins = 0, locked_until = NULL WHERE id = ?"_s, {m.id});
                return u ? Status() : u.error();
            });
            if (!s)
                return s.error();
            m.failedLogins = 0;
            m.lockedUntil = {};
        }
        return m;
    }
    // A wrong password: count it, lock at the limit, and audit both.
    const int failures = (m.lockedUntil.isValid() ? 0 : m.failedLogins) + 1;
    const bool lock = failures >= kMaxFailedLogins;
    Status s = m_db.transact(actor, [&](UnitOfWork& uow) -> Status {
        auto u = uow.exec(u"UPDATE staff SET failed_logins = ?, locked_until = ? WHERE id = ?"_s,
                          {lock ? 0 : failures, lock ? QVariant(toIsoUtc(now.addSecs(kLockoutMinutes * 60))) : QVariant(),
                           m.id});
        if (!u)
            return u.error();
        return uow.audit(lock ? u"staff.locked_out"_s : u"staff.login_failed"_s, u"staff"_s, m.username,
                         {{u"failures"_s, failures}});
    });
    if (!s)
        return s.error();
    if (lock)
        return Error::denied(QCoreApplication::translate("StaffService", "Too many failed sign-ins: this account is locked for %1 minutes, "
                                            "or until an administrator resets its password.").arg(kLockoutMinutes));
    return Error::denied(refused);
}

Status StaffService::disable(const Actor& actor, const QString& rawUsername)
{
    if (!actor.has(Role::Administrator))
        return Error::denied(u"Only an administrator can disable staff."_s);
    auto m = find(rawUsername);
    if (!m)
        return m.error();
    if (m->username == actor.staffId)
        return Error::badInput(u"You cannot disable your own account."_s);
    return m_db.transact(actor, [&](UnitOfWork& uow) -> Status {
        // Counted inside the change: two administrators disabling each other at once cannot
        // both succeed and leave the kiosk with nobody to run it.
        if (m->roles.testFlag(Role::Administrator) && !m->disabled) {
            auto others = otherEnabledAdministrators(uow, m->id);
            if (!others)
                return others.error();
            if (*others == 0)
                return Error::conflict(QCoreApplication::translate("StaffService",
                    "%1 is the last enabled administrator and cannot be disabled: add another administrator "
                    "first.").arg(m->username));
        }
        auto u = uow.exec(u"UPDATE staff SET disabled = 1 WHERE id = ?"_s, {m->id});
        if (!u)
            return u.error();
        return uow.audit(u"staff.disabled"_s, u"staff"_s, m->username);
    });
}

Status StaffService::resetPassword(const Actor& actor, const QString& rawUsername, const QString& newPassword)
{
    if (!actor.has(Role::Administrator))
        return Error::denied(u"Only an administrator can reset a password."_s);
    auto m = find(rawUsername);
    if (!m)
        return m.error();
    if (const QString p = passwordProblem(m->username, newPassword); !p.isEmpty())
        return Error::badInput(p);
    auto hash = crypto::hashPassword(newPassword);
    if (!hash)
        return hash.error();
    Status done = m_db.transact(actor, [&](UnitOfWork& uow) -> Status {
        auto u = uow.exec(u"UPDATE staff SET password_hash = ?, failed_logins = 0, locked_until = NULL, "
                          "password_changed_at = ? WHERE id = ?"_s,
                          {*hash, uow.now(), m->id});
        if (!u)
            return u.error();
        return uow.audit(u"staff.password_reset"_s, u"staff"_s, m->username);
    });
    if (done)
        m_db.forgetOldCopies();   // the old password's hash leaves no copy in the log
    return done;
}

Result<QList<StaffMember>> StaffService::list(const Actor& actor) const
{
    if (!actor.has(Role::Administrator))
        return Error::denied(u"Only an administrator can list staff."_s);
    auto q = m_db.exec(kSelect + u" ORDER BY username"_s);
    if (!q)
        return q.error();
    QList<StaffMember> out;
    while (q->next())
        out.append(memberFrom(*q));
    return out;
}

} // namespace gd
