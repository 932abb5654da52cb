#pragma once

#include "core/Roster.h"

#include <QtGlobal>

namespace gd {

// One household group as the generator makes it: the adults, their children and every
// adult-child link. A family may span two households (shared custody).
struct DemoFamily {
    QList<Guardian> guardians;
    QList<Student> students;
    QList<Relationship> relationships;
};

// A deterministic, realistic demo roster: the same seed and size always give the same roster,
// on every machine (its own PRNG, no std:: distributions). Names come from the languages a
// large US district serves; about 1% of links carry a no-contact order and about 2% of
// students are inactive. Generation is streaming: a million students need no more memory
// than one family.
class DemoRosterGenerator {
public:
    DemoRosterGenerator(quint64 seed, qint64 studentCount, QString schoolCode = QStringLiteral("1234"));

    // Fills the next family; false once studentCount students have been produced.
    bool next(DemoFamily& family);

    qint64 studentsProduced() const { return m_students; }
    qint64 guardiansProduced() const { return m_guardians; }

    // Everything at once, for small rosters (tests, the district stub's pages).
    static RosterPage generate(quint64 seed, qint64 studentCount);

private:
    quint64 nextRandom();
    int below(int n);                 // uniform in [0, n)
    bool chance(int perTenThousand);  // true with probability perTenThousand / 10000

    quint64 m_state;
    qint64 m_target;
    qint64 m_students = 0;
    qint64 m_guardians = 0;
    QString m_schoolCode;
};

} // namespace gd
