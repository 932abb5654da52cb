#pragma once

#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>

#include <optional>

namespace gd {

// The languages every letter and form is written in (product.md, "Letters and forms").
enum class LetterLanguage {
    English, Spanish, ChineseSimplified, ChineseTraditional, Korean, Vietnamese, Russian, Armenian,
    Persian, Tagalog, Arabic, Bengali, French, HaitianCreole, Urdu
};

struct LetterLanguageInfo {
    LetterLanguage language;
    QString tag;                 // BCP 47: "en", "zh-Hans", "ht"
    QString fileSuffix;          // of letters_<suffix>.ts/.qm: "en", "zh_Hans"
    QString englishName;         // "Persian"
    QString nativeName;          // "فارسی"
    QLocale locale;              // month names in dates
    Qt::LayoutDirection direction = Qt::LeftToRight;
    QString scriptFont;          // the face of the language's script ("Noto Sans Armenian")
    QStringList fontFamilies;    // the order fonts are tried in, with fallbacks for names in other scripts
    qreal fontScale = 1.0;       // Arabic and Bengali script read better a little larger
    qreal lineSpacing = 1.0;     // line height factor, for scripts that need taller lines
    QStringList monthNames;      // January..December where Qt has no locale for the language
};

QList<LetterLanguage> allLetterLanguages();
const LetterLanguageInfo& letterLanguageInfo(LetterLanguage language);

// The letter language for a guardian's BCP 47 preference: "es-MX" -> Spanish, "zh-TW" and
// "zh-Hant-HK" -> Traditional, "zh" and "zh-CN" -> Simplified, "fil" -> Tagalog, "prs" (Dari)
// -> Persian. Case and "_" or "-" do not matter. Unknown or empty -> nullopt.
std::optional<LetterLanguage> letterLanguageFromTag(QStringView tag);

// Which language(s) a letter is printed in.
struct LanguageChoice {
    LetterLanguage primary = LetterLanguage::English;
    // Set when the preference is not one of the letter languages: the letter is in English and a
    // companion sheet repeats its words (never its keys) in the district's second language.
    std::optional<LetterLanguage> companion;
    bool fellBack = false;
    QString notice;              // for staff, in English; empty when the preference was honoured
};

// `preferred` is the guardian's tag (or a staff override); `districtSecond` the district's
// second language ("es" in most districts). An unknown second language adds no companion.
LanguageChoice chooseLetterLanguage(const QString& preferred, const QString& districtSecond);

} // namespace gd
