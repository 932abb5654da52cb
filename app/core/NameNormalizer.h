#pragma once

#include <QString>
#include <QStringList>

namespace gd {

// The one place where names become comparable: search keys, type-ahead queries and (later) the
// ID-to-record name check all go through here, so "García-López", "garcia lopez" and
// "GARCIA LÓPEZ" are the same name everywhere.
namespace NameNormalizer {

// Case-folded, accents removed (NFKD without marks, plus letters that do not decompose:
// ß ø đ ł æ œ ı), hyphens, apostrophes, dots and commas read as spaces, spaces collapsed.
// Scripts without case or accents (Han, Hangul, Armenian, Arabic...) pass through folded.
QString fold(const QString& text);

// fold() split into words.
QStringList tokens(const QString& text);

// Every rotation of the words ("ana garcia lopez", "garcia lopez ana", "lopez ana garcia"), so
// that a prefix range scan finds a name typed from any of its words.
QStringList rotations(const QStringList& words);

} // namespace NameNormalizer

} // namespace gd
