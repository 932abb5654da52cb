#include "printing/LetterLanguage.h"

#include <QHash>

using namespace Qt::Literals::StringLiterals;

namespace gd {

namespace {

// Faces from fonts-noto-core and fonts-noto-cjk. After the script's own face come the faces a
// name in another script needs, so no name prints as empty boxes. Han text must name its CJK
// face, or it falls back to the Japanese one.
QStringList families(const QString& first, const QString& cjk = u"Noto Sans CJK SC"_s)
{
    QStringList f{first};
    for (const QString& other : {u"Noto Sans"_s, u"Noto Sans Armenian"_s, u"Noto Naskh Arabic"_s,
                                 u"Noto Sans Bengali"_s, cjk}) {
        if (!f.contains(other))
            f << other;
    }
    return f;
}

// Arabic script: Noto Sans first, so Latin runs (a URL, a phone number, an English name) keep
// Latin punctuation; Naskh's "." is an Arabic-style mark that text extraction loses inside a URL.
QStringList arabicScript()
{
    QStringList f = families(u"Noto Sans"_s);
    f.move(f.indexOf(u"Noto Naskh Arabic"_s), 1);
    return f;
}

QList<LetterLanguageInfo> makeTable()
{
    using L = LetterLanguage;
    const auto ltr = Qt::LeftToRight;
    const auto rtl = Qt::RightToLeft;
    return {
        {L::English, u"en"_s, u"en"_s, u"English"_s, u"English"_s, QLocale(QLocale::English, QLocale::UnitedStates), ltr, u"Noto Sans"_s, families(u"Noto Sans"_s), 1.0, 1.0, {}},
        {L::Spanish, u"es"_s, u"es"_s, u"Spanish"_s, u"Español"_s, QLocale(QLocale::Spanish, QLocale::UnitedStates), ltr, u"Noto Sans"_s, families(u"Noto Sans"_s), 1.0, 1.0, {}},
        {L::ChineseSimplified, u"zh-Hans"_s, u"zh_Hans"_s, u"Chinese (Simplified)"_s, u"简体中文"_s,
         QLocale(QLocale::Chinese, QLocale::SimplifiedHanScript, QLocale::China), ltr, u"Noto Sans CJK SC"_s,
         families(u"Noto Sans CJK SC"_s, u"Noto Sans CJK SC"_s), 1.0, 1.0, {}},
        {L::ChineseTraditional, u"zh-Hant"_s, u"zh_Hant"_s, u"Chinese (Traditional)"_s, u"繁體中文"_s,
         QLocale(QLocale::Chinese, QLocale::TraditionalHanScript, QLocale::Taiwan), ltr, u"Noto Sans CJK TC"_s,
         families(u"Noto Sans CJK TC"_s, u"Noto Sans CJK TC"_s), 1.0, 1.0, {}},
        {L::Korean, u"ko"_s, u"ko"_s, u"Korean"_s, u"한국어"_s, QLocale(QLocale::Korean, QLocale::SouthKorea), ltr, u"Noto Sans CJK KR"_s,
         families(u"Noto Sans CJK KR"_s, u"Noto Sans CJK KR"_s), 1.0, 1.0, {}},
        {L::Vietnamese, u"vi"_s, u"vi"_s, u"Vietnamese"_s, u"Tiếng Việt"_s, QLocale(QLocale::Vietnamese, QLocale::Vietnam), ltr, u"Noto Sans"_s, families(u"Noto Sans"_s), 1.0, 1.0, {}},
        {L::Russian, u"ru"_s, u"ru"_s, u"Russian"_s, u"Русский"_s, QLocale(QLocale::Russian, QLocale::Russia), ltr, u"Noto Sans"_s, families(u"Noto Sans"_s), 1.0, 1.0, {}},
        {L::Armenian, u"hy"_s, u"hy"_s, u"Armenian"_s, u"Հայերեն"_s, QLocale(QLocale::Armenian, QLocale::Armenia), ltr, u"Noto Sans Armenian"_s, families(u"Noto Sans Armenian"_s), 1.0, 1.0, {}},
        {L::Persian, u"fa"_s, u"fa"_s, u"Persian"_s, u"فارسی"_s, QLocale(QLocale::Persian, QLocale::Iran), rtl, u"Noto Naskh Arabic"_s, arabicScript(), 1.12, 1.0, {}},
        {L::Tagalog, u"tl"_s, u"tl"_s, u"Tagalog"_s, u"Tagalog"_s, QLocale(QLocale::Filipino, QLocale::Philippines), ltr, u"Noto Sans"_s, families(u"Noto Sans"_s), 1.0, 1.0, {}},
        {L::Arabic, u"ar"_s, u"ar"_s, u"Arabic"_s, u"العربية"_s, QLocale(QLocale::Arabic, QLocale::UnitedStates), rtl, u"Noto Naskh Arabic"_s, arabicScript(), 1.12, 1.0, {}},
        {L::Bengali, u"bn"_s, u"bn"_s, u"Bengali"_s, u"বাংলা"_s, QLocale(QLocale::Bengali, QLocale::Bangladesh), ltr, u"Noto Sans Bengali"_s, families(u"Noto Sans Bengali"_s), 1.06, 1.0, {}},
        {L::French, u"fr"_s, u"fr"_s, u"French"_s, u"Français"_s, QLocale(QLocale::French, QLocale::France), ltr, u"Noto Sans"_s, families(u"Noto Sans"_s), 1.0, 1.0, {}},
        {L::HaitianCreole, u"ht"_s, u"ht"_s, u"Haitian Creole"_s, u"Kreyòl ayisyen"_s, QLocale(QLocale::French, QLocale::Haiti), ltr, u"Noto Sans"_s, families(u"Noto Sans"_s), 1.0, 1.0,
         // Qt has no Haitian Creole locale; its French one would print French month names.
         {u"janvye"_s, u"fevriye"_s, u"mas"_s, u"avril"_s, u"me"_s, u"jen"_s, u"jiyè"_s, u"out"_s, u"septanm"_s,
          u"oktòb"_s, u"novanm"_s, u"desanm"_s}},
        {L::Urdu, u"ur"_s, u"ur"_s, u"Urdu"_s, u"اردو"_s, QLocale(QLocale::Urdu, QLocale::Pakistan), rtl, u"Noto Naskh Arabic"_s, arabicScript(), 1.12, 1.0, {}},
    };
}

const QList<LetterLanguageInfo>& table()
{
    static const QList<LetterLanguageInfo> t = makeTable();
    return t;
}

} // namespace

QList<LetterLanguage> allLetterLanguages()
{
    QList<LetterLanguage> out;
    for (const auto& i : table())
        out << i.language;
    return out;
}

const LetterLanguageInfo& letterLanguageInfo(LetterLanguage language)
{
    return table().at(int(language));
}

std::optional<LetterLanguage> letterLanguageFromTag(QStringView tag)
{
    const QStringList parts = tag.trimmed().toString().toLower().replace(u'_', u'-').split(u'-', Qt::SkipEmptyParts);
    if (parts.isEmpty())
        return std::nullopt;
    const QString& lang = parts.front();
    using L = LetterLanguage;
    if (lang == u"zh" || lang == u"cmn" || lang == u"yue") {
        // Script subtag first; else the region; Cantonese (yue) is mostly written Traditional.
        for (const QString& p : parts.mid(1)) {
            if (p == u"hans")
                return L::ChineseSimplified;
            if (p == u"hant")
                return L::ChineseTraditional;
        }
        for (const QString& p : parts.mid(1)) {
            if (p == u"tw" || p == u"hk" || p == u"mo")
                return L::ChineseTraditional;
            if (p == u"cn" || p == u"sg" || p == u"my")
                return L::ChineseSimplified;
        }
        return lang == u"yue" ? L::ChineseTraditional : L::ChineseSimplified;
    }
    static const QHash<QString, LetterLanguage> byCode = {
        {u"en"_s, L::English}, {u"es"_s, L::Spanish}, {u"ko"_s, L::Korean}, {u"vi"_s, L::Vietnamese},
        {u"ru"_s, L::Russian}, {u"hy"_s, L::Armenian}, {u"fa"_s, L::Persian}, {u"prs"_s, L::Persian},
        {u"tl"_s, L::Tagalog}, {u"fil"_s, L::Tagalog}, {u"ar"_s, L::Arabic}, {u"bn"_s, L::Bengali},
        {u"fr"_s, L::French}, {u"ht"_s, L::HaitianCreole}, {u"ur"_s, L::Urdu},
        // ISO 639-2 codes that some student information systems export
        {u"eng"_s, L::English}, {u"spa"_s, L::Spanish}, {u"kor"_s, L::Korean}, {u"vie"_s, L::Vietnamese},
        {u"rus"_s, L::Russian}, {u"hye"_s, L::Armenian}, {u"arm"_s, L::Armenian}, {u"fas"_s, L::Persian},
        {u"per"_s, L::Persian}, {u"tgl"_s, L::Tagalog}, {u"ara"_s, L::Arabic}, {u"ben"_s, L::Bengali},
        {u"fra"_s, L::French}, {u"fre"_s, L::French}, {u"hat"_s, L::HaitianCreole}, {u"urd"_s, L::Urdu},
    };
    const auto it = byCode.constFind(lang);
    if (it == byCode.constEnd())
        return std::nullopt;
    return *it;
}

LanguageChoice chooseLetterLanguage(const QString& preferred, const QString& districtSecond)
{
    LanguageChoice c;
    if (const auto l = letterLanguageFromTag(preferred)) {
        c.primary = *l;
        return c;
    }
    c.primary = LetterLanguage::English;
    c.fellBack = true;
    const auto second = letterLanguageFromTag(districtSecond);
    if (second && *second != LetterLanguage::English)
        c.companion = *second;
    const QString asked = preferred.trimmed().isEmpty() ? u"no preferred language on record"_s
                                                        : u"no letter text in \u201c%1\u201d"_s.arg(preferred.trimmed());
    c.notice = c.companion ? u"%1: printed in English, with a %2 copy of the letter's words on a second sheet (the keys are only on the English sheet)."_s
                                 .arg(asked, letterLanguageInfo(*c.companion).englishName)
                           : u"%1: printed in English."_s.arg(asked);
    // Capitalise the first letter for display.
    c.notice[0] = c.notice[0].toUpper();
    return c;
}

} // namespace gd
