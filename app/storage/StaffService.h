#pragma once

#include "core/Result.h"
#include "core/Staff.h"

#include <QList>

namespace gd {

class Database;

// Staff accounts, passwords (scrypt) and lock-out. Roles are enforced here, not in screens.
class StaffService {
public:
    static constexpr int kMaxFailedLogins = 5;
    static constexpr int kLockoutMinutes = 15;
    static constexpr int kMinPasswordLength = 10;

    explicit StaffService(Database& db);

    // True until the first administrator exists: the kiosk then asks for one (no default
    // password exists anywhere).
    bool needsFirstAdministrator() const;
    Result<StaffMember> createFirstAdministrator(const QString& username, const QString& displayName,
                                                 const QString& password);

    // Checks the password; counts failures; after kMaxFailedLogins the account is locked for
    // kLockoutMinutes. The message never tells whether the user name exists.
    Result<StaffMember> authenticate(const QString& username, const QString& password);

    Result<StaffMember> add(const Actor& actor, const QString& username, const QString& displayName,
                            Roles roles, const QString& password);
    Status disable(const Actor& actor, const QString& username);
    Status resetPassword(const Actor& actor, const QString& username, const QString& newPassword);
    Result<QList<StaffMember>> list(const Actor& actor) const;
    Result<StaffMember> find(const QString& username) const;

    // The actor a signed-in staff member acts as on this device.
    Actor actorFor(const StaffMember& member) const;

    // Empty when acceptable, else why not (length, same as user name, one repeated character).
    static QString passwordProblem(const QString& username, const QString& password);

private:
    Database& m_db;
};

} // namespace gd
