#pragma once

#include "core/Result.h"
#include "core/Staff.h"
#include "printing/LetterDocument.h"
#include "storage/WaiverService.h"

namespace gd {

class Database;

// The forms that leave the office: the Mail/Email Waiver for an adult on record who cannot come
// in, and the Parent Access Request form for an adult the school must add first. Each printed
// form is issued through WaiverService (waiver.issued), and its code brings the case back.
class FormPrinting {
public:
    explicit FormPrinting(Database& db);

    // Pre-filled from the roster: the adult's name, address, phone, e-mail and their children.
    Result<Waiver> printWaiver(const Actor& actor, const QString& studentId, const QString& guardianId,
                               const QString& language, LetterDocument& document);

    // For an adult not on record: the student's line pre-filled when known, the adult's lines
    // blank for them to fill in.
    Result<Waiver> printAccessRequest(const Actor& actor, const QString& studentId, const QString& language,
                                      LetterDocument& document);

private:
    Database& m_db;
};

} // namespace gd
