#pragma once

#include "core/Result.h"
#include "core/Roster.h"

#include <QList>
#include <QString>

namespace gd {

class Database;

// One row of a type-ahead search.
struct StudentHit {
    QString studentId;
    QString firstName;
    QString lastName;
    QDate dateOfBirth;
    QString grade;
    QString schoolCode;
    bool active = true;
    QString matchedGuardian;   // the adult's name as on record, when the hit came through it
};

// An adult on a student's card: who they are and how they relate to the student.
struct GuardianLink {
    Guardian guardian;
    Relationship relationship;
};

struct StudentCard {
    Student student;
    QList<GuardianLink> adults;
};

// Finds students (type-ahead: names in any order, student id, date of birth; tolerant of case,
// accents, hyphens) and reads a student's card. Read-only.
class StudentDirectory {
public:
    explicit StudentDirectory(Database& db);

    // Best first: exact id, then date of birth, then names by prefix of any rotation of the
    // words, then any-order matches of every word (including the adults' names).
    Result<QList<StudentHit>> search(const QString& query, int limit = 20);

    Result<StudentCard> card(const QString& studentId);
    // An adult as on record (name, address, language), whatever their links.
    Result<Guardian> guardian(const QString& guardianId);

    qint64 studentCount();

private:
    Database& m_db;
};

} // namespace gd
