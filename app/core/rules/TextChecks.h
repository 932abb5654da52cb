#pragma once

#include <QString>

namespace gd {

// Small checks on typed text shared by the rules: printable text, and no ID numbers where only
// words belong (the kiosk never keeps a full ID number).
namespace TextChecks {

enum LineBreaks { RejectLineBreaks, AllowLineBreaks };

// A run this long of digits looks like a document or account number.
inline constexpr int IdNumberDigits = 5;

bool hasControlCharacters(const QString& text, LineBreaks lineBreaks = RejectLineBreaks);
bool hasLetter(const QString& text);
int longestDigitRun(const QString& text);

} // namespace TextChecks

} // namespace gd
