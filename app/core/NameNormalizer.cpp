#include "core/NameNormalizer.h"

using namespace Qt::Literals::StringLiterals;

namespace gd::NameNormalizer {

namespace {

bool isSeparator(QChar c)
{
    switch (c.unicode()) {
    case u'-': case u'\'': case u'.': case u',': case u'_': case u'/':
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: // hyphens and dashes
    case 0x2018: case 0x2019: case 0x02BC: case 0x0060: case 0x00B4: // apostrophes
    case 0x00B7: case 0x30FB:                                        // middle dots
        return true;
    default:
        return c.isSpace();
    }
}

// Letters that NFKD leaves alone but a clerk types without the stroke.
QStringView foldedLetter(QChar c)
{
    switch (c.unicode()) {
    case 0x00DF: return u"ss";  // ß
    case 0x00F8: return u"o";   // ø
    case 0x0111: return u"d";   // đ (Vietnamese)
    case 0x0142: return u"l";   // ł
    case 0x00E6: return u"ae";  // æ
    case 0x0153: return u"oe";  // œ
    case 0x0131: return u"i";   // dotless ı
    case 0x00F0: return u"d";   // ð
    case 0x00FE: return u"th";  // þ
    default: return {};
    }
}

} // namespace

QString fold(const QString& text)
{
    const QString decomposed = text.toCaseFolded().normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    bool pendingSpace = false;
    for (const QChar c : decomposed) {
        const auto cat = c.category();
        if (cat == QChar::Mark_NonSpacing || cat == QChar::Mark_Enclosing)
            continue;
        if (isSeparator(c) || cat == QChar::Other_Control || cat == QChar::Other_Format) {
            pendingSpace = !out.isEmpty();
            continue;
        }
        if (pendingSpace) {
            out.append(u' ');
            pendingSpace = false;
        }
        const QStringView replacement = foldedLetter(c);
        if (!replacement.isEmpty())
            out.append(replacement);
        else
            out.append(c);
    }
    // Case folding after decomposition can produce new upper-case-less forms; one more pass is
    // not needed for the scripts we serve, but the result must be in composed form so that
    // equal names compare equal byte for byte.
    return out.normalized(QString::NormalizationForm_C);
}

QStringList tokens(const QString& text)
{
    const QString f = fold(text);
    if (f.isEmpty())
        return {};
    return f.split(u' ', Qt::SkipEmptyParts);
}

QStringList rotations(const QStringList& words)
{
    QStringList out;
    out.reserve(words.size());
    for (qsizetype start = 0; start < words.size(); ++start) {
        QString key;
        for (qsizetype i = 0; i < words.size(); ++i) {
            if (i)
                key.append(u' ');
            key.append(words[(start + i) % words.size()]);
        }
        if (!out.contains(key))
            out.append(key);
    }
    return out;
}

} // namespace gd::NameNormalizer
