#pragma once

#include "core/Result.h"
#include "core/Staff.h"

#include <QList>

#include <functional>

namespace gd {

class Database;
class UnitOfWork;

// Staff accounts, passwords (scrypt) and lock-out. Roles are enforced here, not in screens.
class StaffService {
public:
    static constexpr int kMaxFailedLogins = 5;
    static constexpr int kLockoutMinutes = 15;
    static constexpr int kMinPasswordLength = 10;

    explicit StaffService(Database& db);

    // True only while the database holds no staff account at all (the demo seeder's disabled
    // demo.* accounts aside): the kiosk then asks whoever starts it for the first administrator
    // (no default password exists anywhere). Once any account exists, an administrator who is
    // missing is added with the CLI (`staff add NAME --roles administrator`), never at the counter.
    bool needsFirstAdministrator() const;
    Result<StaffMember> createFirstAdministrator(const QString& username, const QString& displayName,
                                                 const QString& password);
    // At least one administrator who is not disabled (and so could sign in).
    bool hasEnabledAdministrator() const;

    // Checks the password; counts failures; after kMaxFailedLogins the account is locked for
    // kLockoutMinutes. The message never tells whether the user name exists.
    Result<StaffMember> authenticate(const QString& username, const QString& password);

    // User names that name the system's own actors (see reservedUsernameProblem) are refused.
    Result<StaffMember> add(const Actor& actor, const QString& username, const QString& displayName,
                            Roles roles, const QString& password);
    // The demo seeder's own accounts, and only those: the user name must start with "demo.",
    // which add() refuses, so no staff member can pass for the demo's activity.
    Result<StaffMember> addDemoAccount(const Actor& actor, const QString& username, const QString& displayName,
                                       Roles roles, const QString& password);
    // Refused for one's own account and for the last enabled administrator.
    Status disable(const Actor& actor, const QString& username);
    Status resetPassword(const Actor& actor, const QString& username, const QString& newPassword);
    Result<QList<StaffMember>> list(const Actor& actor) const;
    Result<StaffMember> find(const QString& username) const;

    // The actor a signed-in staff member acts as on this device.
    Actor actorFor(const StaffMember& member) const;

    // Empty when acceptable, else why not (length, same as user name, one repeated character).
    static QString passwordProblem(const QString& username, const QString& password);
    // Empty when `username` (trimmed, any case) may name a staff member, else why not: its form,
    // or a name the system acts as itself: cli, device, system, first-run, init, demo.*.
    static QString usernameProblem(const QString& username);

private:
    // Inserts the account and audits it in one change; `precondition` runs inside that change.
    Result<StaffMember> insert(const Actor& actor, const QString& username, const QString& displayName, Roles roles,
                               const QString& password, const std::function<Status(UnitOfWork&)>& precondition = {});

    Database& m_db;
};

} // namespace gd
