#pragma once

#include <QString>
#include <QStringView>

namespace gd {

// Small checks on typed or imported text shared by the rules: printable text, and no ID numbers
// where only words belong (the kiosk never keeps a full ID number).
//
// One rule for every name, address and free text: it refuses what can hide or reorder what
// staff read on screen and paper (controls, line and paragraph separators, bidirectional
// embeddings, overrides and isolates, other invisible format characters, unassigned code
// points, broken UTF-16), and accepts ZWNJ and ZWJ (U+200C, U+200D) after a letter, which
// Persian and Indic names need.
namespace TextChecks {

enum LineBreaks { RejectLineBreaks, AllowLineBreaks };

// Why a character is refused.
enum class Hazard {
    None,
    Control,           // C0 and C1 controls (tab, CR and LF only where text has lines)
    LineSeparator,     // U+2028, U+2029: a line break where none may be
    BidiControl,       // U+202A-U+202E embeddings and overrides, U+2066-U+2069 isolates
    InvisibleFormat,   // other format characters: zero-width space, BOM, soft hyphen, marks...
    StrayJoiner,       // ZWNJ or ZWJ that does not follow a letter: joins nothing, hides a difference
    Unassigned,        // not a character in Unicode: no font draws it
    BrokenSurrogate,   // half of a UTF-16 surrogate pair
};

struct Finding {
    Hazard hazard = Hazard::None;
    char32_t codePoint = 0;
    qsizetype position = -1;   // 1-based, in characters as a person counts them (code points)

    explicit operator bool() const { return hazard != Hazard::None; }
};

// A run this long of digits looks like a document or account number.
inline constexpr int IdNumberDigits = 5;

// The first character `text` may not hold, or a Finding that converts to false.
Finding firstHazard(QStringView text, LineBreaks lineBreaks = RejectLineBreaks);
// What was found and where, for a message ("a right-to-left override (U+202E) at character 3").
// Never quotes the text itself, which may be personal.
QString describe(const Finding& finding);

bool hasControlCharacters(QStringView text, LineBreaks lineBreaks = RejectLineBreaks);
bool hasLetter(const QString& text);
int longestDigitRun(const QString& text);

} // namespace TextChecks

} // namespace gd
