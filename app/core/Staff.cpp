#include "core/Staff.h"

using namespace Qt::Literals::StringLiterals;

namespace gd {

QString roleToString(Role r)
{
    switch (r) {
    case Role::FrontDesk: return u"front_desk"_s;
    case Role::LetterPrinter: return u"letter_printer"_s;
    case Role::Administrator: return u"administrator"_s;
    }
    return {};
}

QStringList rolesToStrings(Roles roles)
{
    QStringList out;
    for (Role r : {Role::FrontDesk, Role::LetterPrinter, Role::Administrator}) {
        if (roles.testFlag(r))
            out.append(roleToString(r));
    }
    return out;
}

std::optional<Roles> rolesFromString(const QString& csv, QString* bad)
{
    Roles roles;
    for (const QString& part : csv.split(u',', Qt::SkipEmptyParts)) {
        const QString name = part.trimmed();
        if (name == u"front_desk")
            roles |= Role::FrontDesk;
        else if (name == u"letter_printer")
            roles |= Role::LetterPrinter;
        else if (name == u"administrator")
            roles |= Role::Administrator;
        else {
            if (bad)
                *bad = name;
            return std::nullopt;
        }
    }
    return roles;
}

} // namespace gd
