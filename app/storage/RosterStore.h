#pragma once

#include "core/Result.h"
#include "core/Roster.h"

#include <QSet>
#include "storage/SqliteStatement.h"

namespace gd {

class Database;

// Writes roster records (upserts keyed by the district's ids) and keeps the search index in
// step. Runs inside a transaction that the caller owns; statements are prepared once, so the
// same writer serves a 50-record page and a million-student demo roster.
class RosterStore {
public:
    enum class Mode {
        Upsert,    // records may already exist (roster pulls, imports)
        FreshBulk, // the caller guarantees the records are new (seeding an empty roster)
    };

    RosterStore(Database& db, Mode mode = Mode::Upsert);

    // What the search index holds for one student: every rotation of the folded name words,
    // the words themselves and the folded names of the student's adults.
    struct SearchRow {
        QStringList keys;
        QString studentWords;
        QString adultWords;
    };
    static SearchRow searchRow(const Student& s, const QStringList& adultNames);
    // The rows of a page whose records are all new (its students' adults are all in it), one
    // per page.students entry, in order.
    static QList<SearchRow> searchRows(const RosterPage& page);

    // `searchRows`, when given (FreshBulk only), holds one row per page.students entry, made
    // ahead of time (on another thread) with searchRow().
    Status write(const RosterPage& page, const QString& now, const QList<SearchRow>* searchRows = nullptr);

    // Rebuilds the search rows of these students (after their adults changed).
    Status reindex(const QSet<QString>& studentIds);

    struct Counts { qint64 students = 0, guardians = 0, relationships = 0, removed = 0; };
    const Counts& counts() const { return m_counts; }

private:
    Result<qint64> writeStudent(const Student& s, const QString& now);
    Status writeGuardian(const Guardian& g, const QString& now);
    Status writeRelationship(const Relationship& r, const QString& now);
    Status indexStudent(qint64 rowid, const Student& s, const SearchRow& row);
    Status prepareAll();

    Database& m_db;
    Mode m_mode;
    Counts m_counts;
    SqliteStatement m_upsertStudent, m_upsertGuardian, m_upsertRelationship, m_deleteRelationship;
    SqliteStatement m_deleteKeys, m_insertFts, m_deleteFts;
    // INSERT of 1..kMaxKeysPerStatement name keys in one statement: one step per student.
    static constexpr int kMaxKeysPerStatement = 8;
    SqliteStatement m_insertKeys[kMaxKeysPerStatement];
    SqliteStatement m_guardianNamesOf, m_studentsOfGuardian, m_studentById;
    bool m_prepared = false;
};

} // namespace gd
