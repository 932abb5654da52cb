#pragma once

#include "printing/LetterContent.h"
#include "printing/PageCanvas.h"

namespace gd {
class LetterTexts;
}

namespace gd::letters {

// The key panel of a sealed letter: a shaded header bar, then one row per key with the student,
// the key and the date to use it by, mirrored in a right-to-left language.
//
// When every key on the letter is of one kind (the usual case: the district sets the kind), the
// kind's label ("Access ID", "Access password", "PIN") heads its column once and a row holds
// only the codes, so seven keys of the longest kind keep readable type. Keys of mixed kinds carry
// their label in each row. The date column is left out when no key on the letter expires.
class LetterKeyTable {
public:
    LetterKeyTable(PageCanvas& canvas, const LetterTexts& texts, const LetterContent& letter, bool maskSecrets,
                   bool companion);

    // Lays the table out at type scale `s` across `area`, starting at `top`, and paints it when
    // asked; returns its height. A key's size comes from a stand-in of its length, never from the
    // secret, and the secret's text is wiped once drawn.
    qreal draw(qreal s, bool paint, qreal top, const QRectF& area) const;

private:
    // A fixed text (a heading) laid out in `width`; returns its height.
    qreal para(const QString& text, const QFont& font, qreal x, qreal y, qreal width, bool paint) const;
    qreal header(qreal s, bool paint, qreal top, const QRectF& area) const;
    qreal companionNote(qreal s, bool paint, qreal top, const QRectF& area) const;

    PageCanvas& c;
    const LetterTexts& tx;
    const LetterContent& letter;
    bool mask = false;
    bool companion = false;
};

} // namespace gd::letters
