#include "storage/SealedLetterRecord.h"

#include "storage/Database.h"

using namespace Qt::Literals::StringLiterals;

namespace gd {

Result<std::optional<SealedLetterRecord>> SealedLetterRecord::find(Database& db, const QString& letterId)
{
    auto letter = db.exec(u"SELECT l.serial, l.state, g.first_name, g.last_name FROM letters l "
                          "JOIN guardians g ON g.guardian_id = l.guardian_id WHERE l.letter_id = ?"_s,
                          {letterId});
    if (!letter)
        return letter.error();
    if (!letter->next())
        return std::optional<SealedLetterRecord>();
    SealedLetterRecord r;
    r.serial = letter->value(0).toLongLong();
    r.state = letter->value(1).toString();
    r.guardianName = letter->value(2).toString() + u' ' + letter->value(3).toString();
    letter->finish();
    auto students = db.exec(u"SELECT s.first_name, s.last_name FROM letter_links k "
                            "JOIN students s ON s.student_id = k.student_id "
                            "WHERE k.letter_id = ? AND k.state = 'issued' ORDER BY k.position"_s,
                            {letterId});
    if (!students)
        return students.error();
    while (students->next())
        r.studentNames.append(students->value(0).toString() + u' ' + students->value(1).toString());
    return std::optional<SealedLetterRecord>(std::move(r));
}

} // namespace gd
