#pragma once

#include "core/Roster.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

namespace gd {

// How a spoken answer, typed by staff, is compared with a record value (step 7). Each function
// answers only "same or not" or gives a canonical form of the typed text, never of the record.
namespace AnswerNormalizer {

// "3/9/2014", "03-09-14", "2014-03-09", "March 9, 2014", "9 de marzo de 2014", "mar 9th 2014".
// Numeric dates are read month first (US) and also day first (as most of the world says
// them); a two-digit year must equal the last two digits of the year.
bool sameDate(const QDate& expected, const QString& answer);

// "5", "5th", "fifth", "grade 5", "quinto grado", "5to" -> "5"; "K", "kinder", "kindergarten"
// -> "K"; "TK", "transitional kindergarten" -> "TK". std::nullopt when not a grade.
std::optional<QString> grade(const QString& text);

// The digits of a phone number, a leading US country code 1 dropped from 11 digits.
QString phoneDigits(const QString& text);
// Same number: the same digits, at least 7 of them. "+1 (213) 555-0142" = "213.555.0142".
bool samePhone(const QString& expectedDigits, const QString& answer);

// Folded words of an address with the usual abbreviations (Street -> st, Avenue -> ave,
// North -> n, Fourth -> 4th, California -> ca) and unit words (apt, unit, #) dropped.
QStringList addressWords(const QString& text);
// The answer names the record's address: the same house number first, every word of the
// street name, and no word that the record does not have (city, state and ZIP may be given
// or left out; a street type or direction, when given, must be the record's).
bool sameAddress(const Address& expected, const QString& answer);

} // namespace AnswerNormalizer

} // namespace gd
