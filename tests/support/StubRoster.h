#pragma once

#include "core/Roster.h"

#include <QHash>

#include <optional>

namespace gd::test {

// The district stub's roster: a DemoRosterGenerator roster served in pages of students, each
// page carrying those students' relationships and every guardian they name (a guardian of
// children on two pages comes twice: records are upserts).
class StubRoster {
public:
    StubRoster(quint64 seed, qint64 studentCount);

    qint64 studentCount() const { return m_all.students.size(); }
    qint64 guardianCount() const { return m_all.guardians.size(); }

    // Students [offset, offset + limit); next_cursor points past them.
    RosterPage page(qint64 offset, int limit) const;

    QString cursorFor(qint64 offset) const;
    // The offset behind a cursor this roster issued; nullopt for anything else.
    std::optional<qint64> offsetOf(const QString& cursor) const;

private:
    quint64 m_seed;
    RosterPage m_all;
    QHash<QString, qsizetype> m_guardianIndex;
    QHash<QString, QList<qsizetype>> m_relationshipsByStudent;
};

} // namespace gd::test
