#include "core/rules/NameMatcher.h"

#include "core/NameNormalizer.h"
#include "core/rules/TextChecks.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace gd {

namespace {

// Family-name particles that may be present on one side only, longest first so that "de la"
// is taken as one particle before "de".
const QList<QStringList>& particles()
{
    static const QList<QStringList> list = {
        {u"de"_s, u"la"_s}, {u"de"_s, u"las"_s}, {u"de"_s, u"los"_s}, {u"van"_s, u"der"_s}, {u"van"_s, u"den"_s},
        {u"von"_s, u"der"_s}, {u"de"_s}, {u"del"_s}, {u"van"_s}, {u"von"_s}, {u"da"_s}, {u"dos"_s}, {u"bin"_s},
        {u"ibn"_s}, {u"bint"_s}, {u"al"_s}, {u"el"_s}};
    return list;
}

// Words of a name part, with the joined Tagalog particles written out ("dela" -> "de la").
QStringList nameWords(const QString& text)
{
    QStringList out;
    for (const QString& w : NameNormalizer::tokens(text)) {
        if (w == u"dela")
            out << u"de"_s << u"la"_s;
        else if (w == u"delas")
            out << u"de"_s << u"las"_s;
        else if (w == u"delos")
            out << u"de"_s << u"los"_s;
        else
            out << w;
    }
    return out;
}

QStringList withoutParticles(const QStringList& words)
{
    QStringList out;
    for (qsizetype i = 0; i < words.size();) {
        qsizetype taken = 0;
        for (const QStringList& p : particles()) {
            if (i + p.size() <= words.size() && words.mid(i, p.size()) == p) {
                taken = p.size();
                break;
            }
        }
        if (taken) {
            i += taken;
        } else {
            out << words[i];
            ++i;
        }
    }
    // A name that is nothing but a particle keeps its words.
    return out.isEmpty() ? words : out;
}

QString joined(const QStringList& words) { return words.join(QString()); }

QStringList sorted(QStringList words)
{
    words.sort();
    return words;
}

bool isLatinInitial(const QString& w)
{
    return w.size() == 1 && w[0] >= u'a' && w[0] <= u'z';
}

// What an exact match allowed, for the explanation.
struct Allowed {
    bool extraGiven = false;
    bool initial = false;
    bool reordered = false;
    bool extraFamily = false;
    bool particle = false;
    bool swapped = false;
    bool resplit = false;
};

enum class Part { Given, Family };

// Walks the record's words through the ID's words: equal words, a word written as two ("Minjun"
// and "Min Jun"), a record initial spelled out on the ID (given names, not the first), extra
// ID words (given names: anywhere; family names: only after the record's). `failed` remembers
// positions that cannot succeed, which keeps long names linear.
class Walker {
public:
    Walker(const QStringList& record, const QStringList& id, Part part) : m_rec(record), m_id(id), m_part(part) {}

    std::optional<Allowed> run() { return walk(0, 0); }

private:
    std::optional<Allowed> walk(qsizetype i, qsizetype j)
    {
        if (i == m_rec.size()) {
            Allowed a;
            if (j < m_id.size())
                (m_part == Part::Given ? a.extraGiven : a.extraFamily) = true;
            return a;
        }
        if (j == m_id.size())
            return std::nullopt;
        const qsizetype key = i * (m_id.size() + 1) + j;
        if (m_failed.contains(key))
            return std::nullopt;

        if (m_rec[i] == m_id[j]) {
            if (auto a = walk(i + 1, j + 1))
                return a;
        }
        if (j + 1 < m_id.size() && m_rec[i] == m_id[j] + m_id[j + 1]) {
            if (auto a = walk(i + 1, j + 2))
                return a;
        }
        if (i + 1 < m_rec.size() && m_rec[i] + m_rec[i + 1] == m_id[j]) {
            if (auto a = walk(i + 2, j + 1))
                return a;
        }
        if (m_part == Part::Given) {
            if (i > 0 && isLatinInitial(m_rec[i]) && m_id[j].size() > 1 && m_id[j].startsWith(m_rec[i])) {
                if (auto a = walk(i + 1, j + 1)) {
                    a->initial = true;
                    return a;
                }
            }
            if (auto a = walk(i, j + 1)) {
                a->extraGiven = true;
                return a;
            }
        }
        m_failed.insert(key);
        return std::nullopt;
    }

    const QStringList& m_rec;
    const QStringList& m_id;
    Part m_part;
    QSet<qsizetype> m_failed;
};

std::optional<Allowed> givenMatch(const QStringList& id, const QStringList& rec)
{
    if (rec.isEmpty() || id.isEmpty())
        return rec.isEmpty() && id.isEmpty() ? std::optional<Allowed>(Allowed{}) : std::nullopt;
    if (joined(id) == joined(rec))
        return Allowed{};
    if (sorted(id) == sorted(rec)) {
        Allowed a;
        a.reordered = true;
        return a;
    }
    return Walker(rec, id, Part::Given).run();
}

std::optional<Allowed> familyMatchWords(const QStringList& id, const QStringList& rec)
{
    if (rec.isEmpty() || id.isEmpty())
        return rec.isEmpty() && id.isEmpty() ? std::optional<Allowed>(Allowed{}) : std::nullopt;
    if (joined(id) == joined(rec))
        return Allowed{};
    return Walker(rec, id, Part::Family).run();
}

std::optional<Allowed> familyMatch(const QStringList& id, const QStringList& rec)
{
    if (auto a = familyMatchWords(id, rec))
        return a;
    if (auto a = familyMatchWords(withoutParticles(id), withoutParticles(rec))) {
        a->particle = true;
        return a;
    }
    return std::nullopt;
}

std::optional<Allowed> merge(std::optional<Allowed> g, std::optional<Allowed> f)
{
    if (!g || !f)
        return std::nullopt;
    g->extraFamily = f->extraFamily;
    g->particle = f->particle;
    return g;
}

QString quoted(const QString& a) { return u"\u201C"_s + a + u"\u201D"_s; }

QString exactExplanation(const Allowed& a)
{
    QStringList notes;
    if (a.swapped)
        notes << QCoreApplication::translate("Rules", "The ID gives the given and family names in the other order.");
    if (a.resplit)
        notes << QCoreApplication::translate("Rules", "The ID splits the same names differently between given and family name.");
    if (a.reordered)
        notes << QCoreApplication::translate("Rules", "The ID gives the given names in another order.");
    if (a.extraGiven)
        notes << QCoreApplication::translate("Rules", "The ID adds a middle name.");
    if (a.initial)
        notes << QCoreApplication::translate("Rules", "The ID spells out a middle initial of the record.");
    if (a.extraFamily)
        notes << QCoreApplication::translate("Rules", "The ID adds a second family name.");
    if (a.particle)
        notes << QCoreApplication::translate("Rules", "The names differ only in a particle such as \"de la\" or \"al\".");
    if (notes.isEmpty())
        return QCoreApplication::translate("Rules", "The name on the ID matches the record.");
    return QCoreApplication::translate("Rules", "The name on the ID matches the record.") + u' ' + notes.join(u' ');
}

bool allIn(const QStringList& some, const QStringList& all)
{
    for (const QString& w : some) {
        if (!all.contains(w))
            return false;
    }
    return true;
}

// The ID gives an initial where the record has a whole word starting with it.
bool idUsesInitial(const QStringList& id, const QStringList& rec)
{
    for (const QString& w : id) {
        if (!isLatinInitial(w) || rec.contains(w))
            continue;
        for (const QString& r : rec) {
            if (r.size() > 1 && r.startsWith(w))
                return true;
        }
    }
    return false;
}

QString overrideExplanation(const QStringList& idGiven, const QStringList& idFamily, const QStringList& recFirst,
                            const QStringList& recLast, const QString& rawIdGiven, const QString& rawIdFamily,
                            const QString& rawFirst, const QString& rawLast)
{
    const bool givenOk = givenMatch(idGiven, recFirst).has_value();
    const bool familyOk = familyMatch(idFamily, recLast).has_value();
    if (!givenOk && !familyOk) {
        return QCoreApplication::translate("Rules", "The name on the ID (%1) is not the name on record (%2).")
            .arg(quoted(QString(rawIdGiven + u' ' + rawIdFamily).simplified()),
                 quoted(QString(rawFirst + u' ' + rawLast).simplified()));
    }
    if (!givenOk) {
        if (idUsesInitial(idGiven, recFirst))
            return QCoreApplication::translate("Rules",
                "The ID shows only an initial where the record has a given name: ID %1, record %2.")
                .arg(quoted(rawIdGiven), quoted(rawFirst));
        if (!idGiven.isEmpty() && idGiven.size() < recFirst.size() && allIn(idGiven, recFirst))
            return QCoreApplication::translate("Rules",
                "The record has a given name that is not on the ID: ID %1, record %2.")
                .arg(quoted(rawIdGiven), quoted(rawFirst));
        return QCoreApplication::translate("Rules", "The given names differ: ID %1, record %2.")
            .arg(quoted(rawIdGiven), quoted(rawFirst));
    }
    const QStringList id = withoutParticles(idFamily);
    const QStringList rec = withoutParticles(recLast);
    if (!id.isEmpty() && id.size() < rec.size() && allIn(id, rec))
        return QCoreApplication::translate("Rules",
            "The ID does not show every family name on the record: ID %1, record %2.")
            .arg(quoted(rawIdFamily), quoted(rawLast));
    return QCoreApplication::translate("Rules", "The family names differ: ID %1, record %2.")
        .arg(quoted(rawIdFamily), quoted(rawLast));
}

std::optional<Error> badName(const QString& text)
{
    if (TextChecks::hasControlCharacters(text))
        return Error::badInput(QCoreApplication::translate("Rules",
            "The name contains characters that cannot be printed; retype it as printed on the ID."));
    if (text.simplified().size() > NameMatcher::MaxNameLength)
        return Error::badInput(QCoreApplication::translate("Rules",
            "The name is longer than %1 characters; type it as printed on the ID.").arg(NameMatcher::MaxNameLength));
    for (const QChar c : text) {
        if (c.isDigit())
            return Error::badInput(QCoreApplication::translate("Rules",
                "A name cannot contain digits; type only the name as printed on the ID."));
    }
    return std::nullopt;
}

} // namespace

Result<NameCheck> NameMatcher::compare(const QString& idGivenNames, const QString& idFamilyNames,
                                       const QString& recordFirstName, const QString& recordLastName)
{
    for (const QString* part : {&idGivenNames, &idFamilyNames}) {
        if (auto e = badName(*part))
            return *e;
    }
    const QStringList idGiven = nameWords(idGivenNames);
    const QStringList idFamily = nameWords(idFamilyNames);
    const QStringList recFirst = nameWords(recordFirstName);
    const QStringList recLast = nameWords(recordLastName);
    if (idGiven.isEmpty() && idFamily.isEmpty())
        return Error::badInput(QCoreApplication::translate("Rules", "Type the name as printed on the ID."));
    if (recFirst.isEmpty() && recLast.isEmpty())
        return Error::badInput(QCoreApplication::translate("Rules", "The record has no name to compare with."));

    std::optional<Allowed> allowed = merge(givenMatch(idGiven, recFirst), familyMatch(idFamily, recLast));
    if (!allowed) {
        allowed = merge(givenMatch(idFamily, recFirst), familyMatch(idGiven, recLast));
        if (allowed)
            allowed->swapped = true;
    }
    if (!allowed) {
        // The same words in the same order, only split differently between the fields (or all in
        // one field), read given-first or family-first.
        const QStringList idWords = idGiven + idFamily;
        const QStringList idFamilyFirst = idFamily + idGiven;
        const QStringList recWords = recFirst + recLast;
        const QStringList recFamilyFirst = recLast + recFirst;
        if (idWords == recWords || idWords == recFamilyFirst || idFamilyFirst == recWords
            || idFamilyFirst == recFamilyFirst) {
            allowed = Allowed{};
            allowed->resplit = true;
        }
    }
    if (allowed)
        return NameCheck{NameMatch::Exact, exactExplanation(*allowed)};
    return NameCheck{NameMatch::StaffOverride,
                     overrideExplanation(idGiven, idFamily, recFirst, recLast, idGivenNames.simplified(),
                                         idFamilyNames.simplified(), recordFirstName.simplified(),
                                         recordLastName.simplified())};
}

Refusal NameMatcher::mismatchRefusal()
{
    return {RefusalReason::NameMismatch, NextStep::CorrectName,
            QCoreApplication::translate("Rules", "The name on the ID does not match the name on record."),
            QCoreApplication::translate("Rules",
                "The adult can ask the school office to correct the name on record, or come back with an ID that "
                "shows the name on record.")};
}

bool NameMatcher::sameGivenName(const QString& a, const QString& b)
{
    const QStringList x = nameWords(a);
    const QStringList y = nameWords(b);
    return !x.isEmpty() && joined(x) == joined(y);
}

bool NameMatcher::sameFamilyName(const QString& a, const QString& b)
{
    const QStringList x = nameWords(a);
    const QStringList y = nameWords(b);
    if (x.isEmpty() || y.isEmpty())
        return false;
    return familyMatch(x, y).has_value() || familyMatch(y, x).has_value();
}

bool NameMatcher::sameFullName(const QString& a, const QString& b)
{
    const QStringList x = nameWords(a);
    const QStringList y = nameWords(b);
    if (x.isEmpty() || y.isEmpty())
        return false;
    return joined(x) == joined(y) || sorted(x) == sorted(y)
        || sorted(withoutParticles(x)) == sorted(withoutParticles(y));
}

} // namespace gd
