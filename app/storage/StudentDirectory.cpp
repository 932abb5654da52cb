#include "storage/StudentDirectory.h"

#include "core/DateStyle.h"
#include "storage/Settings.h"

#include "core/NameNormalizer.h"
#include "storage/Database.h"

#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace gd {

namespace {

// The columns guardianFrom() reads, in its order (alias g).
const QString kGuardianColumns =
    QStringLiteral("g.guardian_id, g.first_name, g.last_name, g.email, g.phone, g.address_line1, g.address_line2, "
                   "g.address_city, g.address_state, g.address_postal_code, g.preferred_language");

Guardian guardianFrom(const QSqlQuery& q)
{
    Guardian g;
    g.guardianId = q.value(0).toString();
    g.firstName = q.value(1).toString();
    g.lastName = q.value(2).toString();
    g.email = q.value(3).toString();
    g.phone = q.value(4).toString();
    g.address = {q.value(5).toString(), q.value(6).toString(), q.value(7).toString(), q.value(8).toString(),
                 q.value(9).toString()};
    g.preferredLanguage = q.value(10).toString();
    return g;
}


// The smallest string greater than every string that starts with `prefix`.
QString prefixUpperBound(const QString& prefix)
{
    static const char32_t kLast = 0x10FFFF;
    return prefix + QString::fromUcs4(&kLast, 1);
}

const QString kHitColumns = u"s.id, s.student_id, s.first_name, s.last_name, s.date_of_birth, s.grade, s.school_code, s.active"_s;

StudentHit hitFrom(const QSqlQuery& q, int offset = 1)
{
    StudentHit h;
    h.studentId = q.value(offset).toString();
    h.firstName = q.value(offset + 1).toString();
    h.lastName = q.value(offset + 2).toString();
    h.dateOfBirth = QDate::fromString(q.value(offset + 3).toString(), Qt::ISODate);
    h.grade = q.value(offset + 4).toString();
    h.schoolCode = q.value(offset + 5).toString();
    h.active = q.value(offset + 6).toInt() != 0;
    return h;
}

// An FTS5 prefix term for a folded word: letters and digits only, quoted.
QString ftsTerm(const QString& word)
{
    QString clean;
    for (const QChar c : word) {
        if (c.isLetterOrNumber())
            clean.append(c);
    }
    return clean.isEmpty() ? QString() : u"\""_s + clean + u"\"*"_s;
}

} // namespace

StudentDirectory::StudentDirectory(Database& db)
    : m_db(db)
{
}

qint64 StudentDirectory::studentCount()
{
    auto q = m_db.exec(u"SELECT count(*) FROM students"_s);
    return q && q->next() ? q->value(0).toLongLong() : 0;
}

Result<QList<StudentHit>> StudentDirectory::search(const QString& rawQuery, int limit)
{
    QList<StudentHit> hits;
    QSet<qint64> seen;
    const QString query = rawQuery.trimmed().left(100);
    limit = std::clamp(limit, 1, 200);
    if (query.isEmpty())
        return hits;

    const auto collect = [&](Result<QSqlQuery>& q) -> Status {
        if (!q)
            return q.error();
        while (q->next() && hits.size() < limit) {
            const qint64 rowid = q->value(0).toLongLong();
            if (seen.contains(rowid))
                continue;
            seen.insert(rowid);
            hits.append(hitFrom(*q));
        }
        return {};
    };

    // A student id, whole or its beginning.
    static const QRegularExpression digits(u"^[0-9]{3,}$"_s);
    if (digits.match(query).hasMatch()) {
        auto q = m_db.exec(u"SELECT %1 FROM students s WHERE s.student_id >= ? AND s.student_id < ? "
                           "ORDER BY s.student_id LIMIT ?"_s.arg(kHitColumns),
                           {query, prefixUpperBound(query), limit});
        if (auto s = collect(q); !s)
            return s.error();
        return hits;
    }

    // A date of birth, in the district's order (kiosk.date_format), or ISO.
    const auto dateOfBirth = [&] {
        return query.front().isDigit() ? parseDate(query, dateStyleFromSetting(Settings(m_db).value(Settings::DateFormat)))
                                       : QDate();
    };
    if (const QDate dob = dateOfBirth(); dob.isValid()) {
        auto q = m_db.exec(u"SELECT %1 FROM students s WHERE s.date_of_birth = ? "
                           "ORDER BY s.last_name, s.first_name LIMIT ?"_s.arg(kHitColumns),
                           {dob.toString(Qt::ISODate), limit});
        if (auto s = collect(q); !s)
            return s.error();
        return hits;
    }

    // Names: a prefix of any rotation of the student's name words ("lopez ana" finds
    // "Ana García López" through "lopez ana garcia").
    const QStringList words = NameNormalizer::tokens(query);
    if (words.isEmpty())
        return hits;
    const QString prefix = words.join(u' ');
    {
        auto q = m_db.exec(u"SELECT %1 FROM (SELECT DISTINCT student_rowid FROM student_name_keys "
                           "WHERE key >= ? AND key < ? LIMIT ?) k JOIN students s ON s.id = k.student_rowid"_s
                               .arg(kHitColumns),
                           {prefix, prefixUpperBound(prefix), limit});
        if (auto s = collect(q); !s)
            return s.error();
    }
    if (hits.size() >= limit)
        return hits;

    // Any order, and the adults' names: every word must start a word of the student's or an
    // adult's name.
    QStringList terms;
    for (const QString& w : words) {
        const QString t = ftsTerm(w);
        if (!t.isEmpty())
            terms.append(t);
    }
    if (terms.isEmpty())
        return hits;
    const QString match = u"{student_names guardian_names} : (%1)"_s.arg(terms.join(u" AND "_s));
    auto q = m_db.exec(u"SELECT %1, f.student_names, f.guardian_names FROM (SELECT rowid, student_names, guardian_names "
                       "FROM student_search WHERE student_search MATCH ? LIMIT ?) f JOIN students s ON s.id = f.rowid"_s
                           .arg(kHitColumns),
                       {match, limit * 2});
    if (!q)
        return q.error();
    while (q->next() && hits.size() < limit) {
        const qint64 rowid = q->value(0).toLongLong();
        if (seen.contains(rowid))
            continue;
        seen.insert(rowid);
        StudentHit h = hitFrom(*q);
        // Say which adult matched when the student's own name does not hold every word.
        const QStringList studentWords = q->value(8).toString().split(u' ', Qt::SkipEmptyParts);
        const auto holdsAll = [&words](const QStringList& nameWords) {
            for (const QString& w : words) {
                if (std::none_of(nameWords.begin(), nameWords.end(), [&w](const QString& n) { return n.startsWith(w); }))
                    return false;
            }
            return true;
        };
        if (!holdsAll(studentWords)) {
            // The index holds folded names; show the adult's name as the roster spells it.
            auto adults = m_db.exec(u"SELECT g.first_name, g.last_name FROM relationships r JOIN guardians g "
                                    "ON g.guardian_id = r.guardian_id WHERE r.student_id = ?"_s, {h.studentId});
            if (!adults)
                return adults.error();
            while (adults->next()) {
                const QString name = adults->value(0).toString() + u' ' + adults->value(1).toString();
                if (holdsAll(NameNormalizer::tokens(name))) {
                    h.matchedGuardian = name;
                    break;
                }
            }
        }
        hits.append(h);
    }
    return hits;
}

Result<Guardian> StudentDirectory::guardian(const QString& guardianId)
{
    auto q = m_db.exec(u"SELECT %1 FROM guardians g WHERE g.guardian_id = ?"_s.arg(kGuardianColumns), {guardianId});
    if (!q)
        return q.error();
    if (!q->next())
        return Error::notFound(u"No adult with id %1."_s.arg(guardianId));
    return guardianFrom(*q);
}

Result<StudentCard> StudentDirectory::card(const QString& studentId)
{
    auto q = m_db.exec(u"SELECT %1 FROM students s WHERE s.student_id = ?"_s.arg(kHitColumns), {studentId});
    if (!q)
        return q.error();
    if (!q->next())
        return Error::notFound(u"No student with id %1."_s.arg(studentId));
    const StudentHit h = hitFrom(*q);
    StudentCard card;
    card.student = {h.studentId, h.firstName, h.lastName, h.dateOfBirth, h.grade, h.schoolCode, h.active};

    auto a = m_db.exec(u"SELECT "_s + kGuardianColumns + u", r.relationship, r.custodial, r.educational_rights, r.portal_eligible, r.no_contact_order "
                       "FROM relationships r JOIN guardians g ON g.guardian_id = r.guardian_id "
                       "WHERE r.student_id = ? ORDER BY r.custodial DESC, g.last_name, g.first_name"_s,
                       {studentId});
    if (!a)
        return a.error();
    while (a->next()) {
        GuardianLink link;
        link.guardian = guardianFrom(*a);
        const Guardian& g = link.guardian;
        Relationship& r = link.relationship;
        r.studentId = studentId;
        r.guardianId = g.guardianId;
        r.relationship = relationshipKindFromString(a->value(11).toString()).value_or(RelationshipKind::Other);
        r.custodial = a->value(12).toInt() != 0;
        r.educationalRights = a->value(13).toInt() != 0;
        r.portalEligible = a->value(14).toInt() != 0;
        r.noContactOrder = a->value(15).toInt() != 0;
        card.adults.append(link);
    }
    return card;
}

} // namespace gd
