#include "core/rules/TextChecks.h"

#include <algorithm>

namespace gd::TextChecks {

bool hasControlCharacters(const QString& text, LineBreaks lineBreaks)
{
    for (const QChar c : text) {
        if (lineBreaks == AllowLineBreaks && (c == u'\n' || c == u'\r' || c == u'\t'))
            continue;
        const auto cat = c.category();
        // Format characters (zero-width, bidi overrides) can hide or reorder what staff see.
        if (cat == QChar::Other_Control || cat == QChar::Other_Format || cat == QChar::Other_NotAssigned
            || cat == QChar::Separator_Line || cat == QChar::Separator_Paragraph)
            return true;
    }
    return false;
}

bool hasLetter(const QString& text)
{
    for (const QChar c : text) {
        if (c.isLetter())
            return true;
    }
    return false;
}

int longestDigitRun(const QString& text)
{
    int longest = 0;
    int run = 0;
    for (const QChar c : text) {
        if (c.isDigit())
            longest = std::max(longest, ++run);
        else
            run = 0;
    }
    return longest;
}

} // namespace gd::TextChecks
