#pragma once

#include <QDate>
#include <QString>

namespace gd {

// How the district writes a date, whatever the machine's locale: month first (US, the
// default), day first, or ISO. Staff type dates this way and the kiosk shows them this way, so
// 11/08/2016 means the same thing on every front-desk PC of a district.
enum class DateStyle { Us, DayFirst, Iso };

// From the kiosk.date_format setting ("us", "dmy", "iso"); anything else is the US order.
DateStyle dateStyleFromSetting(const QString& value);

// The numeric form: 03/04/2015 (US), 04/03/2015 (day first), 2015-03-04 (ISO). Empty for an
// invalid date.
QString formatDate(const QDate& date, DateStyle style);

// The QDate format string of formatDate ("MM/dd/yyyy" ...).
QString dateFormatPattern(DateStyle style);

// A typed date in the district's order, with a four-digit year; one-digit days and months and
// "-", "." or "/" between the parts are accepted, and an ISO date (2015-03-04) always is.
// Invalid (a null QDate) for anything else, including impossible dates such as 02/30/2015.
QDate parseDate(const QString& text, DateStyle style);

} // namespace gd
