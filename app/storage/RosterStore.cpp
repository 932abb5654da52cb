#include "storage/RosterStore.h"

#include "core/NameNormalizer.h"
#include "storage/Database.h"

#include <QHash>

using namespace Qt::Literals::StringLiterals;

namespace gd {

namespace {

QString fullName(const QString& first, const QString& last)
{
    return first + u' ' + last;
}

Status done(const Result<bool>& r)
{
    return r ? Status() : r.error();
}

} // namespace

RosterStore::RosterStore(Database& db, Mode mode)
    : m_db(db)
    , m_mode(mode)
{
}

Status RosterStore::prepareAll()
{
    const std::pair<SqliteStatement*, QString> statements[] = {
        {&m_upsertStudent,
         u"INSERT INTO students(student_id, first_name, last_name, date_of_birth, grade, school_code, active, updated_at) "
         "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(student_id) DO UPDATE SET first_name = excluded.first_name, "
         "last_name = excluded.last_name, date_of_birth = excluded.date_of_birth, grade = excluded.grade, "
         "school_code = excluded.school_code, active = excluded.active, updated_at = excluded.updated_at "
         "RETURNING id"_s},
        {&m_upsertGuardian,
         u"INSERT INTO guardians(guardian_id, first_name, last_name, email, phone, address_line1, address_line2, "
         "address_city, address_state, address_postal_code, preferred_language, updated_at) "
         "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(guardian_id) DO UPDATE SET "
         "first_name = excluded.first_name, last_name = excluded.last_name, email = excluded.email, "
         "phone = excluded.phone, address_line1 = excluded.address_line1, address_line2 = excluded.address_line2, "
         "address_city = excluded.address_city, address_state = excluded.address_state, "
         "address_postal_code = excluded.address_postal_code, preferred_language = excluded.preferred_language, "
         "updated_at = excluded.updated_at"_s},
        {&m_upsertRelationship,
         u"INSERT INTO relationships(student_id, guardian_id, relationship, custodial, educational_rights, "
         "portal_eligible, no_contact_order, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
         "ON CONFLICT(student_id, guardian_id) DO UPDATE SET relationship = excluded.relationship, "
         "custodial = excluded.custodial, educational_rights = excluded.educational_rights, "
         "portal_eligible = excluded.portal_eligible, no_contact_order = excluded.no_contact_order, "
         "updated_at = excluded.updated_at"_s},
        {&m_deleteRelationship, u"DELETE FROM relationships WHERE student_id = ? AND guardian_id = ?"_s},
        {&m_deleteKeys, u"DELETE FROM student_name_keys WHERE student_rowid = ?"_s},
        {&m_insertFts,
         u"INSERT INTO student_search(rowid, student_names, guardian_names, student_id, date_of_birth) "
         "VALUES (?, ?, ?, ?, ?)"_s},
        {&m_deleteFts, u"DELETE FROM student_search WHERE rowid = ?"_s},
        {&m_guardianNamesOf,
         u"SELECT g.first_name, g.last_name FROM relationships r JOIN guardians g ON g.guardian_id = r.guardian_id "
         "WHERE r.student_id = ?"_s},
        {&m_studentsOfGuardian, u"SELECT student_id FROM relationships WHERE guardian_id = ?"_s},
        {&m_studentById, u"SELECT id, first_name, last_name, date_of_birth FROM students WHERE student_id = ?"_s},
    };
    for (const auto& [statement, sql] : statements) {
        if (auto s = statement->prepare(m_db, sql); !s)
            return s;
    }
    for (int n = 1; n <= kMaxKeysPerStatement; ++n) {
        QStringList values;
        for (int i = 0; i < n; ++i)
            values.append(u"(?, ?)"_s);
        const QString sql = u"INSERT OR IGNORE INTO student_name_keys(key, student_rowid) VALUES "_s + values.join(u", "_s);
        if (auto s = m_insertKeys[n - 1].prepare(m_db, sql); !s)
            return s;
    }
    m_prepared = true;
    return {};
}

RosterStore::SearchRow RosterStore::searchRow(const Student& s, const QStringList& adultNames)
{
    SearchRow row;
    const QStringList words = NameNormalizer::tokens(fullName(s.firstName, s.lastName));
    row.keys = NameNormalizer::rotations(words);
    row.studentWords = words.join(u' ');
    QStringList folded;
    folded.reserve(adultNames.size());
    for (const QString& n : adultNames)
        folded.append(NameNormalizer::fold(n));
    row.adultWords = folded.join(u" ; "_s);
    return row;
}

QList<RosterStore::SearchRow> RosterStore::searchRows(const RosterPage& page)
{
    QHash<QString, const Guardian*> guardianById;
    for (const Guardian& g : page.guardians)
        guardianById.insert(g.guardianId, &g);
    QHash<QString, QStringList> adultNames;
    for (const Relationship& r : page.relationships) {
        if (const Guardian* g = guardianById.value(r.guardianId))
            adultNames[r.studentId].append(fullName(g->firstName, g->lastName));
    }
    QList<SearchRow> rows;
    rows.reserve(page.students.size());
    for (const Student& s : page.students)
        rows.append(searchRow(s, adultNames.value(s.studentId)));
    return rows;
}

Status RosterStore::write(const RosterPage& page, const QString& now, const QList<SearchRow>* searchRows)
{
    if (searchRows && (m_mode != Mode::FreshBulk || searchRows->size() != page.students.size()))
        return Error::failed(u"internal error: search rows do not match the page"_s);
    if (!m_prepared) {
        if (auto s = prepareAll(); !s)
            return s;
    }

    for (const Guardian& g : page.guardians) {
        if (auto s = writeGuardian(g, now); !s)
            return s;
    }
    QList<std::pair<qint64, const Student*>> written;
    written.reserve(page.students.size());
    for (const Student& s : page.students) {
        auto rowid = writeStudent(s, now);
        if (!rowid)
            return rowid.error();
        written.append({*rowid, &s});
    }
    for (const Relationship& r : page.relationships) {
        if (auto s = writeRelationship(r, now); !s)
            return s;
    }

    if (m_mode == Mode::FreshBulk) {
        // Everything is new: a student's adults are all in this page.
        const QList<SearchRow> made = searchRows ? QList<SearchRow>() : RosterStore::searchRows(page);
        const QList<SearchRow>& rows = searchRows ? *searchRows : made;
        for (qsizetype i = 0; i < written.size(); ++i) {
            if (auto st = indexStudent(written[i].first, *written[i].second, rows.at(i)); !st)
                return st;
        }
        return {};
    }
    // Upsert: a student's index row depends on its adults' names, so rebuild every student this
    // page touched: written students, new or removed links, and the children of every adult
    // written.
    QSet<QString> touched;
    for (const auto& [rowid, s] : written)
        touched.insert(s->studentId);
    for (const Relationship& r : page.relationships)
        touched.insert(r.studentId);
    for (const Guardian& g : page.guardians) {
        m_studentsOfGuardian.bind(g.guardianId);
        for (;;) {
            auto row = m_studentsOfGuardian.step();
            if (!row)
                return row.error();
            if (!*row)
                break;
            touched.insert(m_studentsOfGuardian.columnText(0));
        }
    }
    return reindex(touched);
}

Result<qint64> RosterStore::writeStudent(const Student& s, const QString& now)
{
    m_upsertStudent.bind(s.studentId).bind(s.firstName).bind(s.lastName)
        .bind(s.dateOfBirth.toString(Qt::ISODate)).bind(s.grade).bind(s.schoolCode).bind(s.active).bind(now);
    auto row = m_upsertStudent.step();
    if (!row)
        return row.error();
    if (!*row)
        return Error::io(u"database error: no row id for student %1"_s.arg(s.studentId));
    const qint64 rowid = m_upsertStudent.columnInt(0);
    m_upsertStudent.reset();
    ++m_counts.students;
    return rowid;
}

Status RosterStore::writeGuardian(const Guardian& g, const QString& now)
{
    m_upsertGuardian.bind(g.guardianId).bind(g.firstName).bind(g.lastName).bind(g.email).bind(g.phone)
        .bind(g.address.line1).bind(g.address.line2).bind(g.address.city).bind(g.address.state)
        .bind(g.address.postalCode).bind(g.preferredLanguage).bind(now);
    if (auto s = done(m_upsertGuardian.step()); !s)
        return s;
    ++m_counts.guardians;
    return {};
}

Status RosterStore::writeRelationship(const Relationship& r, const QString& now)
{
    if (r.deleted) {
        m_deleteRelationship.bind(r.studentId).bind(r.guardianId);
        if (auto s = done(m_deleteRelationship.step()); !s)
            return s;
        ++m_counts.removed;
        return {};
    }
    m_upsertRelationship.bind(r.studentId).bind(r.guardianId).bind(relationshipKindToString(r.relationship))
        .bind(r.custodial).bind(r.educationalRights).bind(r.portalEligible).bind(r.noContactOrder).bind(now);
    if (auto s = done(m_upsertRelationship.step()); !s)
        return s;
    ++m_counts.relationships;
    return {};
}

Status RosterStore::indexStudent(qint64 rowid, const Student& s, const SearchRow& row)
{
    if (m_mode == Mode::Upsert) {
        if (auto st = done(m_deleteKeys.bind(rowid).step()); !st)
            return st;
        if (auto st = done(m_deleteFts.bind(rowid).step()); !st)
            return st;
    }
    for (qsizetype start = 0; start < row.keys.size(); start += kMaxKeysPerStatement) {
        const qsizetype n = std::min<qsizetype>(kMaxKeysPerStatement, row.keys.size() - start);
        SqliteStatement& insert = m_insertKeys[n - 1];
        for (qsizetype i = start; i < start + n; ++i)
            insert.bind(row.keys[i]).bind(rowid);
        if (auto st = done(insert.step()); !st)
            return st;
    }
    m_insertFts.bind(rowid).bind(row.studentWords).bind(row.adultWords).bind(s.studentId)
        .bind(s.dateOfBirth.toString(Qt::ISODate));
    return done(m_insertFts.step());
}

Status RosterStore::reindex(const QSet<QString>& studentIds)
{
    if (!m_prepared) {
        if (auto s = prepareAll(); !s)
            return s;
    }
    for (const QString& id : studentIds) {
        auto row = m_studentById.bind(id).step();
        if (!row)
            return row.error();
        if (!*row)
            continue;   // a link to a student who has left the roster
        Student s;
        s.studentId = id;
        const qint64 rowid = m_studentById.columnInt(0);
        s.firstName = m_studentById.columnText(1);
        s.lastName = m_studentById.columnText(2);
        s.dateOfBirth = QDate::fromString(m_studentById.columnText(3), Qt::ISODate);
        m_studentById.reset();
        QStringList names;
        m_guardianNamesOf.bind(id);
        for (;;) {
            auto adult = m_guardianNamesOf.step();
            if (!adult)
                return adult.error();
            if (!*adult)
                break;
            names.append(fullName(m_guardianNamesOf.columnText(0), m_guardianNamesOf.columnText(1)));
        }
        if (auto st = indexStudent(rowid, s, searchRow(s, names)); !st)
            return st;
    }
    return {};
}

} // namespace gd
