#include "core/rules/TextChecks.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace gd::TextChecks {

namespace {

constexpr char32_t kZwnj = 0x200C;
constexpr char32_t kZwj = 0x200D;

bool isBidiControl(char32_t c)
{
    // Embeddings, overrides and isolates reorder the text around them; the marks (LRM, RLM,
    // ALM) are invisible too and are refused with them.
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F
           || c == 0x061C;
}

bool isLetterOrMark(char32_t c)
{
    switch (QChar::category(c)) {
    case QChar::Letter_Uppercase:
    case QChar::Letter_Lowercase:
    case QChar::Letter_Titlecase:
    case QChar::Letter_Modifier:
    case QChar::Letter_Other:
    case QChar::Mark_NonSpacing:
    case QChar::Mark_SpacingCombining:
    case QChar::Mark_Enclosing:
        return true;
    default:
        return false;
    }
}

// `previous` is the code point before `c`, 0 at the start of the text.
Hazard classify(char32_t c, char32_t previous, LineBreaks lineBreaks)
{
    if (lineBreaks == AllowLineBreaks && (c == u'\n' || c == u'\r' || c == u'\t'))
        return Hazard::None;
    if (c == kZwnj || c == kZwj)
        return isLetterOrMark(previous) ? Hazard::None : Hazard::StrayJoiner;
    if (isBidiControl(c))
        return Hazard::BidiControl;
    switch (QChar::category(c)) {
    case QChar::Other_Control:
        return Hazard::Control;
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
        return Hazard::LineSeparator;
    case QChar::Other_Format:
        return Hazard::InvisibleFormat;
    case QChar::Other_NotAssigned:
        return Hazard::Unassigned;
    case QChar::Other_Surrogate:
        return Hazard::BrokenSurrogate;
    default:
        return Hazard::None;
    }
}

} // namespace

Finding firstHazard(QStringView text, LineBreaks lineBreaks)
{
    char32_t previous = 0;
    qsizetype position = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t c = text[i].unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text[i].unicode(), text[i + 1].unicode());
            ++i;
        }
        ++position;
        // A lone half of a pair reads as Other_Surrogate here, so it is refused as broken.
        if (const Hazard hazard = classify(c, previous, lineBreaks); hazard != Hazard::None)
            return Finding{hazard, c, position};
        previous = c;
    }
    return {};
}

QString describe(const Finding& finding)
{
    QString what;
    switch (finding.hazard) {
    case Hazard::None:
        return {};
    case Hazard::Control:
        what = QCoreApplication::translate("Rules", "a control character (%1)");
        break;
    case Hazard::LineSeparator:
        what = QCoreApplication::translate("Rules", "a line or paragraph separator (%1)");
        break;
    case Hazard::BidiControl:
        what = QCoreApplication::translate("Rules", "an invisible text-direction control (%1)");
        break;
    case Hazard::InvisibleFormat:
        what = QCoreApplication::translate("Rules", "an invisible formatting character (%1)");
        break;
    case Hazard::StrayJoiner:
        what = QCoreApplication::translate("Rules", "a zero-width joiner that follows no letter (%1)");
        break;
    case Hazard::Unassigned:
        what = QCoreApplication::translate("Rules", "a code point that is not a character (%1)");
        break;
    case Hazard::BrokenSurrogate:
        what = QCoreApplication::translate("Rules", "a broken character (%1)");
        break;
    }
    const QString codePoint = u"U+%1"_s.arg(QString::number(quint32(finding.codePoint), 16).toUpper(), 4, u'0');
    return QCoreApplication::translate("Rules", "%1 at character %2").arg(what.arg(codePoint)).arg(finding.position);
}

bool hasControlCharacters(QStringView text, LineBreaks lineBreaks)
{
    return static_cast<bool>(firstHazard(text, lineBreaks));
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
