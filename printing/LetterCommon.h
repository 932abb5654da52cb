#pragma once

#include "core/Roster.h"
#include "printing/LetterContent.h"
#include "printing/LetterLanguage.h"
#include "printing/PageCanvas.h"

#include <QDate>
#include <QString>
#include <QStringList>

namespace gd {
class LetterTexts;
}

namespace gd::letters {

// A merged field made safe to print: plain text only (never markup), control and bidirectional
// override characters removed so a name cannot reorder the text around it, runs of white space
// collapsed. `<b>Ana</b> & "Lopez"` prints exactly so.
QString plain(const QString& field);

// A merged field inside a sentence: plain(), isolated so that a left-to-right name in a
// right-to-left sentence (or the reverse) keeps its own order and does not pull punctuation.
QString inSentence(const QString& field);

// A date in the language: month names from its locale, the order from the translated format.
QString formatDate(const LetterTexts& texts, const LetterLanguageInfo& language, QDate date);

// "line 1", "line 2", "City, ST 12345" (empty lines left out).
QStringList addressLines(const Address& address);

// A relationship as the reader says it: a kind from the roster ("mother", "legal_guardian", ...)
// in the letter's language; anything else (the adult's own words) as written.
QString relationshipLabel(const LetterTexts& texts, const QString& relationship);

// The district and school heading of a form: school name, district, address, phone. Returns the
// height used.
qreal drawSchoolHeading(PageCanvas& canvas, const LetterTexts& texts, const SchoolHeader& school,
                        const QRectF& area, bool paint = true);

// A label with a line to write on, or the pre-filled value on the line. Returns the height used.
// `labelHeight`: the tallest label of the row, so fields side by side share one writing line.
qreal drawField(PageCanvas& canvas, const QString& label, const QString& value, QPointF topLeft, qreal width,
                qreal labelPoints = 7.5, qreal valuePoints = 10.5, qreal labelHeight = 0);
// The height of a field's label laid out in `width`.
qreal fieldLabelHeight(PageCanvas& canvas, const QString& label, qreal width, qreal labelPoints = 7.5);

// The paper in points.
QSizeF paperPoints(PaperSize paper);

} // namespace gd::letters

namespace gd::letters {

// English text for the school office (left to right, whatever the page's language).
qreal officeText(PageCanvas& canvas, const QString& text, QPointF topLeft, qreal width, qreal points, bool bold = false);

// The "FOR SCHOOL OFFICE USE ONLY" heading: English for the office, and the page's language
// beside it so the reader leaves the block alone. Returns the height used.
qreal drawOfficeHeading(PageCanvas& canvas, const LetterTexts& texts, QPointF topLeft, qreal width);

// An English label with a line to write on (office block); `value` pre-fills it.
qreal officeField(PageCanvas& canvas, const QString& label, const QString& value, QPointF topLeft, qreal width);

} // namespace gd::letters
