#pragma once

#include "core/Roster.h"

#include <QCoreApplication>
#include <QString>

namespace gd {

// How roster values read on screen, in the kiosk's language. Display only: no rule lives here.
class DisplayText {
    Q_DECLARE_TR_FUNCTIONS(gd::DisplayText)
public:
    static QString relationship(RelationshipKind kind);
    static QString grade(const QString& grade);        // "K" -> "Kindergarten", "3" -> "3"
    static QString yesNo(bool value);
    static QString activeState(bool active);
    static QString date(const QDate& date);             // long, unambiguous ("March 4, 2015")
    static QString shortDate(const QDate& date);        // for tables: ISO 8601, sorts and reads the same everywhere
    static QString personName(const QString& first, const QString& last);   // "Last, First"
    static QString fullName(const QString& first, const QString& last);     // "First Last"
};

} // namespace gd
