#include "core/rules/AnswerNormalizer.h"

#include "core/NameNormalizer.h"

#include <QHash>
#include <QSet>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace gd::AnswerNormalizer {

namespace {

// Folded (case, accents) and split at anything that is neither a letter nor a digit.
QStringList words(const QString& text)
{
    const QString folded = NameNormalizer::fold(text);
    QStringList out;
    QString current;
    for (const QChar c : folded) {
        if (c.isLetterOrNumber()) {
            current.append(c);
        } else if (!current.isEmpty()) {
            out << current;
            current.clear();
        }
    }
    if (!current.isEmpty())
        out << current;
    return out;
}

// The number at the start of "9th", "5to", "1er", "3o"; std::nullopt when the word is not a
// number with an optional ordinal ending.
std::optional<int> leadingNumber(const QString& w, int* digits = nullptr)
{
    qsizetype n = 0;
    while (n < w.size() && w[n] >= u'0' && w[n] <= u'9')
        ++n;
    if (n == 0 || n > 4)
        return std::nullopt;
    static const QSet<QString> endings = {u"st"_s, u"nd"_s, u"rd"_s, u"th"_s, u"o"_s, u"a"_s, u"er"_s, u"ro"_s,
                                          u"do"_s, u"to"_s, u"vo"_s, u"no"_s, u"mo"_s};
    const QString rest = w.mid(n);
    if (!rest.isEmpty() && !endings.contains(rest))
        return std::nullopt;
    if (digits)
        *digits = int(n);
    return w.left(n).toInt();
}

const QHash<QString, int>& monthNames()
{
    static const QHash<QString, int> months = {
        {u"january"_s, 1}, {u"jan"_s, 1}, {u"enero"_s, 1}, {u"ene"_s, 1},
        {u"february"_s, 2}, {u"feb"_s, 2}, {u"febrero"_s, 2},
        {u"march"_s, 3}, {u"mar"_s, 3}, {u"marzo"_s, 3},
        {u"april"_s, 4}, {u"apr"_s, 4}, {u"abril"_s, 4}, {u"abr"_s, 4},
        {u"may"_s, 5}, {u"mayo"_s, 5},
        {u"june"_s, 6}, {u"jun"_s, 6}, {u"junio"_s, 6},
        {u"july"_s, 7}, {u"jul"_s, 7}, {u"julio"_s, 7},
        {u"august"_s, 8}, {u"aug"_s, 8}, {u"agosto"_s, 8}, {u"ago"_s, 8},
        {u"september"_s, 9}, {u"sep"_s, 9}, {u"sept"_s, 9}, {u"septiembre"_s, 9}, {u"setiembre"_s, 9},
        {u"set"_s, 9},
        {u"october"_s, 10}, {u"oct"_s, 10}, {u"octubre"_s, 10},
        {u"november"_s, 11}, {u"nov"_s, 11}, {u"noviembre"_s, 11},
        {u"december"_s, 12}, {u"dec"_s, 12}, {u"diciembre"_s, 12}, {u"dic"_s, 12}};
    return months;
}

struct DateReading {
    int year = 0;
    bool twoDigitYear = false;
    int month = 0;
    int day = 0;
};

struct Number {
    int value = 0;
    int digits = 0;
};

bool yearMatches(const QDate& expected, const Number& year)
{
    if (year.digits == 4)
        return year.value == expected.year();
    if (year.digits == 2)
        return year.value == expected.year() % 100;
    return false;
}

QList<DateReading> dateReadings(const QString& answer)
{
    static const QSet<QString> fillers = {u"de"_s, u"del"_s, u"of"_s, u"the"_s, u"el"_s};
    QList<Number> numbers;
    QList<int> months;
    for (const QString& w : words(answer)) {
        if (fillers.contains(w))
            continue;
        if (const auto m = monthNames().find(w); m != monthNames().end()) {
            months << *m;
            continue;
        }
        int digits = 0;
        const auto n = leadingNumber(w, &digits);
        if (!n)
            return {};   // a word that has no place in a date
        numbers << Number{*n, digits};
    }

    QList<DateReading> out;
    auto add = [&out](const Number& y, int m, int d) {
        if (y.digits == 2 || y.digits == 4)
            out << DateReading{y.value, y.digits == 2, m, d};
    };
    if (months.size() == 1 && numbers.size() == 2) {
        // "March 9 2014", "9 de marzo de 2014", "2014 March 9"
        if (numbers[0].digits == 4)
            add(numbers[0], months[0], numbers[1].value);
        else
            add(numbers[1], months[0], numbers[0].value);
    } else if (months.isEmpty() && numbers.size() == 3) {
        if (numbers[0].digits == 4) {
            add(numbers[0], numbers[1].value, numbers[2].value);          // 2014-03-09
        } else {
            add(numbers[2], numbers[0].value, numbers[1].value);          // 3/9/2014
            add(numbers[2], numbers[1].value, numbers[0].value);          // 9/3/2014
        }
    }
    return out;
}

const QHash<QString, QString>& gradeWords()
{
    static const QHash<QString, QString> grades = [] {
        QHash<QString, QString> g;
        const char* const english[] = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                                       "ten", "eleven", "twelve"};
        const char* const englishOrdinal[] = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh",
                                              "eighth", "ninth", "tenth", "eleventh", "twelfth"};
        const char* const spanish[] = {"uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve",
                                       "diez", "once", "doce"};
        const char* const spanishOrdinal[] = {"primero", "segundo", "tercero", "cuarto", "quinto", "sexto",
                                              "septimo", "octavo", "noveno", "decimo", "undecimo", "duodecimo"};
        for (int i = 0; i < 12; ++i) {
            const QString n = QString::number(i + 1);
            for (const char* w : {english[i], englishOrdinal[i], spanish[i], spanishOrdinal[i]})
                g.insert(QString::fromLatin1(w), n);
        }
        g.insert(u"primer"_s, u"1"_s);
        g.insert(u"tercer"_s, u"3"_s);
        g.insert(u"setimo"_s, u"7"_s);
        g.insert(u"onceavo"_s, u"11"_s);
        g.insert(u"doceavo"_s, u"12"_s);
        g.insert(u"decimoprimero"_s, u"11"_s);
        g.insert(u"decimosegundo"_s, u"12"_s);
        return g;
    }();
    return grades;
}

const QHash<QString, QString>& addressAbbreviations()
{
    static const QHash<QString, QString> map = [] {
        QHash<QString, QString> m = {
            {u"street"_s, u"st"_s}, {u"str"_s, u"st"_s}, {u"avenue"_s, u"ave"_s}, {u"av"_s, u"ave"_s},
            {u"boulevard"_s, u"blvd"_s}, {u"drive"_s, u"dr"_s}, {u"road"_s, u"rd"_s}, {u"lane"_s, u"ln"_s},
            {u"court"_s, u"ct"_s}, {u"place"_s, u"pl"_s}, {u"parkway"_s, u"pkwy"_s}, {u"highway"_s, u"hwy"_s},
            {u"circle"_s, u"cir"_s}, {u"terrace"_s, u"ter"_s}, {u"square"_s, u"sq"_s}, {u"trail"_s, u"trl"_s},
            {u"plaza"_s, u"plz"_s}, {u"north"_s, u"n"_s}, {u"south"_s, u"s"_s}, {u"east"_s, u"e"_s},
            {u"west"_s, u"w"_s}, {u"northeast"_s, u"ne"_s}, {u"northwest"_s, u"nw"_s}, {u"southeast"_s, u"se"_s},
            {u"southwest"_s, u"sw"_s}, {u"mount"_s, u"mt"_s}, {u"saint"_s, u"st"_s}, {u"fort"_s, u"ft"_s}};
        const char* const ordinals[] = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh",
                                        "eighth", "ninth", "tenth", "eleventh", "twelfth"};
        const char* const suffix[] = {"st", "nd", "rd", "th", "th", "th", "th", "th", "th", "th", "th", "th"};
        for (int i = 0; i < 12; ++i)
            m.insert(QString::fromLatin1(ordinals[i]), QString::number(i + 1) + QString::fromLatin1(suffix[i]));
        // US states and territories by name, so "California" = "CA".
        const char* const states[][2] = {
            {"alabama", "al"}, {"alaska", "ak"}, {"arizona", "az"}, {"arkansas", "ar"}, {"california", "ca"},
            {"colorado", "co"}, {"connecticut", "ct"}, {"delaware", "de"}, {"florida", "fl"}, {"georgia", "ga"},
            {"hawaii", "hi"}, {"idaho", "id"}, {"illinois", "il"}, {"indiana", "in"}, {"iowa", "ia"},
            {"kansas", "ks"}, {"kentucky", "ky"}, {"louisiana", "la"}, {"maine", "me"}, {"maryland", "md"},
            {"massachusetts", "ma"}, {"michigan", "mi"}, {"minnesota", "mn"}, {"mississippi", "ms"},
            {"missouri", "mo"}, {"montana", "mt"}, {"nebraska", "ne"}, {"nevada", "nv"}, {"ohio", "oh"},
            {"oklahoma", "ok"}, {"oregon", "or"}, {"pennsylvania", "pa"}, {"tennessee", "tn"}, {"texas", "tx"},
            {"utah", "ut"}, {"vermont", "vt"}, {"virginia", "va"}, {"washington", "wa"}, {"wisconsin", "wi"},
            {"wyoming", "wy"}};
        for (const auto& s : states)
            m.insert(QString::fromLatin1(s[0]), QString::fromLatin1(s[1]));
        return m;
    }();
    return map;
}

// Two-word state names, joined before the abbreviation table is consulted.
const QHash<QString, QString>& twoWordStates()
{
    static const QHash<QString, QString> map = {
        {u"new hampshire"_s, u"nh"_s}, {u"new jersey"_s, u"nj"_s}, {u"new mexico"_s, u"nm"_s},
        {u"new york"_s, u"ny"_s}, {u"north carolina"_s, u"nc"_s}, {u"north dakota"_s, u"nd"_s},
        {u"rhode island"_s, u"ri"_s}, {u"south carolina"_s, u"sc"_s}, {u"south dakota"_s, u"sd"_s},
        {u"west virginia"_s, u"wv"_s}, {u"puerto rico"_s, u"pr"_s}, {u"district columbia"_s, u"dc"_s},
        {u"united states"_s, QString()}};
    return map;
}

bool isUnitWord(const QString& w)
{
    static const QSet<QString> units = {u"apt"_s, u"apartment"_s, u"unit"_s, u"suite"_s, u"ste"_s, u"no"_s,
                                        u"number"_s, u"num"_s, u"usa"_s, u"of"_s};
    return units.contains(w);
}

bool isStreetTypeOrDirection(const QString& w)
{
    static const QSet<QString> kinds = {u"st"_s, u"ave"_s, u"blvd"_s, u"dr"_s, u"rd"_s, u"ln"_s, u"ct"_s,
                                        u"pl"_s, u"pkwy"_s, u"hwy"_s, u"cir"_s, u"ter"_s, u"sq"_s, u"trl"_s,
                                        u"plz"_s, u"way"_s, u"n"_s, u"s"_s, u"e"_s, u"w"_s, u"ne"_s, u"nw"_s,
                                        u"se"_s, u"sw"_s};
    return kinds.contains(w);
}

bool startsWithDigit(const QString& w) { return !w.isEmpty() && w[0].isDigit(); }

bool isAllDigits(const QString& w)
{
    return !w.isEmpty() && std::all_of(w.cbegin(), w.cend(), [](QChar c) { return c.isDigit(); });
}

} // namespace

bool sameDate(const QDate& expected, const QString& answer)
{
    if (!expected.isValid())
        return false;
    for (const DateReading& r : dateReadings(answer)) {
        const Number year{r.year, r.twoDigitYear ? 2 : 4};
        if (r.month == expected.month() && r.day == expected.day() && yearMatches(expected, year))
            return true;
    }
    return false;
}

std::optional<QString> grade(const QString& text)
{
    static const QSet<QString> fillers = {u"grade"_s, u"grado"_s, u"year"_s, u"ano"_s, u"the"_s, u"in"_s,
                                          u"el"_s, u"de"_s, u"en"_s, u"class"_s, u"gr"_s};
    QStringList rest;
    for (const QString& w : words(text)) {
        if (!fillers.contains(w))
            rest << w;
    }
    const QString joinedWords = rest.join(u' ');
    static const QSet<QString> tk = {u"tk"_s, u"t k"_s, u"transitional kindergarten"_s, u"transitional kinder"_s,
                                     u"kinder transicional"_s, u"kinder transicion"_s};
    static const QSet<QString> k = {u"k"_s, u"kn"_s, u"kg"_s, u"kinder"_s, u"kindergarten"_s, u"kindergarden"_s,
                                    u"kinder garten"_s, u"kinder garden"_s};
    if (tk.contains(joinedWords))
        return u"TK"_s;
    if (k.contains(joinedWords))
        return u"K"_s;
    if (rest.size() != 1)
        return std::nullopt;
    if (const auto n = leadingNumber(rest.first())) {
        if (*n >= 1 && *n <= 12)
            return QString::number(*n);
        return std::nullopt;
    }
    if (const auto g = gradeWords().find(rest.first()); g != gradeWords().end())
        return *g;
    return std::nullopt;
}

QString phoneDigits(const QString& text)
{
    QString digits;
    for (const QChar c : text) {
        if (const int v = c.digitValue(); v >= 0)
            digits.append(QChar(u'0' + v));
    }
    if (digits.size() == 11 && digits.startsWith(u'1'))
        digits.remove(0, 1);
    return digits;
}

bool samePhone(const QString& expectedDigits, const QString& answer)
{
    return expectedDigits.size() >= 7 && phoneDigits(answer) == expectedDigits;
}

QStringList addressWords(const QString& text)
{
    const QStringList raw = words(text);
    QStringList out;
    for (qsizetype i = 0; i < raw.size(); ++i) {
        if (i + 1 < raw.size()) {
            const auto two = twoWordStates().find(raw[i] + u' ' + raw[i + 1]);
            if (two != twoWordStates().end()) {
                if (!two->isEmpty())
                    out << *two;
                ++i;
                continue;
            }
            // "District of Columbia"
            if (raw[i] == u"district" && i + 2 < raw.size() && raw[i + 1] == u"of" && raw[i + 2] == u"columbia") {
                out << u"dc"_s;
                i += 2;
                continue;
            }
        }
        if (isUnitWord(raw[i]))
            continue;
        out << addressAbbreviations().value(raw[i], raw[i]);
    }
    return out;
}

bool sameAddress(const Address& expected, const QString& answer)
{
    const QStringList line1 = addressWords(expected.line1);
    if (line1.isEmpty())
        return false;
    QSet<QString> known;
    for (const QString& part : {expected.line1, expected.line2, expected.city, expected.state, expected.postalCode}) {
        for (const QString& w : addressWords(part))
            known.insert(w);
    }
    const QStringList given = addressWords(answer);
    if (given.isEmpty())
        return false;

    qsizetype streetStart = 0;
    if (startsWithDigit(line1.first())) {
        if (given.first() != line1.first())
            return false;   // the house number must be the record's
        streetStart = 1;
    }
    // The street name must be said; its type, direction and a unit number (digits only, after the
    // house number) may be left out like the city and ZIP.
    for (qsizetype i = streetStart; i < line1.size(); ++i) {
        if (isStreetTypeOrDirection(line1[i]) || isAllDigits(line1[i]))
            continue;
        if (!given.contains(line1[i]))
            return false;
    }
    for (const QString& w : given) {
        if (!known.contains(w))
            return false;
    }
    return true;
}

} // namespace gd::AnswerNormalizer
