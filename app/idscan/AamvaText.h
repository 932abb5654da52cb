#pragma once

#include <QByteArrayView>
#include <QString>

// Byte-level helpers for AAMVA payloads (ASCII, with control characters as separators).
namespace gd::aamva {

inline bool isUpper(char c) { return c >= 'A' && c <= 'Z'; }
inline bool isDigit(char c) { return c >= '0' && c <= '9'; }
// Separators of the standard (LF, RS, CR) and whatever a wedge scanner types in their place.
inline bool isControl(char c) { return static_cast<unsigned char>(c) < 0x20 || c == 0x7f; }

inline bool allDigits(QByteArrayView v)
{
    if (v.isEmpty())
        return false;
    for (const char c : v) {
        if (!isDigit(c))
            return false;
    }
    return true;
}

// Decimal value of a run of digits checked by allDigits (at most 9 of them).
inline int toInt(QByteArrayView v)
{
    int n = 0;
    for (const char c : v)
        n = n * 10 + (c - '0');
    return n;
}

// An element's value as text: UTF-8 when it is valid UTF-8 (some Canadian cards), else Latin-1,
// trimmed of the padding spaces cards use for fixed-width fields.
QString valueText(QByteArrayView v);

} // namespace gd::aamva
