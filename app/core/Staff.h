#pragma once

#include <QDateTime>
#include <QFlags>
#include <QString>
#include <QStringList>

#include <optional>

namespace gd {

// Roles of design/product.md. A staff member may hold several.
enum class Role {
    FrontDesk = 0x1,       // verifies adults and issues keys
    LetterPrinter = 0x2,   // prints queued letters, voids misprints, mails waivers
    Administrator = 0x4,   // staff, settings, revocation, exports, audit checks
};
Q_DECLARE_FLAGS(Roles, Role)
Q_DECLARE_OPERATORS_FOR_FLAGS(Roles)

QString roleToString(Role r);
QStringList rolesToStrings(Roles roles);
// "front_desk,administrator" -> roles; std::nullopt names an unknown role in *bad.
std::optional<Roles> rolesFromString(const QString& csv, QString* bad = nullptr);

struct StaffMember {
    qint64 id = 0;
    QString username;
    QString displayName;
    Roles roles;
    bool disabled = false;
    int failedLogins = 0;
    QDateTime lockedUntil;   // invalid when not locked
    QDateTime createdAt;
};

// Who is acting, from where: every change records both. The CLI acts as a named system actor
// (someone with shell access to the kiosk's database already holds every power it grants).
struct Actor {
    QString staffId;      // username, or "cli" for the headless tool
    QString deviceId;
    Roles roles;

    bool has(Role r) const { return roles.testFlag(r); }
};

} // namespace gd
