#pragma once

#include "core/DateStyle.h"
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
    // Dates follow the district's style (kiosk.date_format), never the machine's locale. The
    // kiosk sets it from the settings when a staff member signs in; US order until then.
    static void setDateStyle(DateStyle style);
    static DateStyle dateStyle();
    static QString date(const QDate& date);             // long, unambiguous, in the district's order ("March 4, 2015")
    static QString shortDate(const QDate& date);        // for tables and typing: "03/04/2015" in the US
    static QString personName(const QString& first, const QString& last);   // "Last, First"
    static QString fullName(const QString& first, const QString& last);     // "First Last"
};

} // namespace gd
