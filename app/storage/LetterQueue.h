#pragma once

#include "core/AccessKeyGenerator.h"
#include "core/Result.h"
#include "core/Roster.h"
#include "core/Staff.h"

#include <QDateTime>
#include <QList>

#include <vector>

namespace gd {

class Database;

// A letter's number as it is printed on the letter and shown in the kiosk: the school code and
// the serial, "1234-000042" ("000042" without a school code).
QString letterSerialText(const QString& schoolCode, qint64 serial);

// A letter as the queue shows it: who it is for and what it holds, never a secret.
struct QueuedLetter {
    QString letterId;
    qint64 serial = 0;
    QString guardianId;
    QString guardianName;
    QString language;
    QString layout;
    QString delivery;          // "in_person" | "mail"
    QString state;             // "queued" | "printed" | "voided"
    QDateTime createdAt;
    QStringList studentNames;
    int keys = 0;
    bool secretsHeld = false;  // false: the keys were reissued or revoked since; void it
};

// A letter opened for printing: the keys' secrets, unsealed from the device store.
struct LetterToPrint {
    QueuedLetter letter;
    Guardian guardian;
    std::vector<std::pair<Student, GeneratedKey>> keys;
};

// The letter printer's queue. Printing is once only: a printed letter's secrets are deleted, and
// a reprint is a reissue (verify again, new keys, old keys revoked). A misprint is voided: its
// keys are revoked. letter.printed and the revocations go to the district in the same
// transaction as the change.
class LetterQueue {
public:
    explicit LetterQueue(Database& db);

    // Who prints letters (letter printers and front desk) and who voids them (those and
    // administrators). The services check; screens ask the same question to offer the buttons.
    static bool mayPrint(const Actor& actor) { return actor.has(Role::LetterPrinter) || actor.has(Role::FrontDesk); }
    static bool mayVoid(const Actor& actor) { return mayPrint(actor) || actor.has(Role::Administrator); }

    Result<QList<QueuedLetter>> list(const Actor& actor, const QString& state = QStringLiteral("queued"));

    // Opens a queued letter's secrets for rendering (letter printer, or front desk for a
    // letter it just issued). The caller renders, then calls markPrinted() or voidLetter().
    Result<LetterToPrint> open(const Actor& actor, const QString& letterId);

    // The letter came out of the printer: its secrets are forgotten and the district is told.
    Status markPrinted(const Actor& actor, const QString& letterId);

    // A misprint or a letter that must not go out: its keys are revoked (staff_error).
    Status voidLetter(const Actor& actor, const QString& letterId, const QString& reason);

private:
    Result<QueuedLetter> load(const QString& letterId);
    Database& m_db;
};

} // namespace gd
