#pragma once

#include "core/AccessKeyGenerator.h"
#include "core/Result.h"
#include "core/Roster.h"
#include "core/Staff.h"

#include <QDateTime>
#include <QList>

#include <functional>
#include <optional>

namespace gd {

class Database;

// A letter's number as it is printed on the letter and shown in the kiosk: the school code and
// the serial, "1234-000042" ("000042" without a school code).
QString letterSerialText(const QString& schoolCode, qint64 serial);

// A letter as the queue shows it: who it is for and whom it covers. A queued letter holds no
// key; a printed one lists the keys it carried (ids only).
struct QueuedLetter {
    QString letterId;
    qint64 serial = 0;
    QString guardianId;
    QString guardianName;
    QString language;
    QString layout;
    QString delivery;          // "in_person" | "mail"
    QString state;             // "queued" | "printed" | "voided"
    QString staffId;           // who queued it
    QDateTime createdAt;
    QStringList studentNames;  // the children it still covers (queued) or carried keys for
    int links = 0;             // queued: links it will print a key for; printed: keys it carried
    int superseded = 0;        // queued: links a newer letter took over
    bool printable() const { return state == QStringLiteral("queued") && links > 0; }
};

// One guardian-student link of a queued letter, as the roster has it now: the print re-checks
// eligibility against it.
struct LetterLinkToPrint {
    Student student;                            // empty studentId: no longer in the roster
    QString studentId;
    std::optional<Relationship> relationship;   // std::nullopt: no longer linked
    QString verificationId;
};

// A queued letter opened for printing: who it is for and which links it covers. No secret.
struct LetterToPrint {
    QueuedLetter letter;
    Guardian guardian;
    QList<LetterLinkToPrint> links;
};

// What printing a letter writes: the keys made for it (their secrets already sealed for the
// district, the clear secret never passed here) and the links it printed nothing for, and why.
struct PrintedKey {
    QString studentId;
    QString keyId;
    KeyKind kind = KeyKind::CreationCode;
    QDate expiresOn;
    QString sealedSecret;   // base64 RSA-OAEP ciphertext for the access_key.issued event
};
struct PrintRecord {
    QList<PrintedKey> keys;
    QList<std::pair<QString, QString>> skipped;   // student id, why
};

// The letter printer's queue. A queued letter records which guardian-student links it covers and
// holds no key; printing makes the keys, and a letter prints once (a reprint is a reissue).
// A misprint is voided; voiding a printed letter revokes its keys and is an administrator's act.
// Every change goes to the district with its audit entry in the same transaction.
class LetterQueue {
public:
    explicit LetterQueue(Database& db);

    // Who sees the queue; who prints from it (letter printers only: front desk prints only the
    // letter it just issued, at the counter); who voids a letter in a given state (a queued one:
    // letter printers and administrators; a printed one revokes keys: administrators only).
    static bool mayView(const Actor& actor);
    static bool mayPrint(const Actor& actor) { return actor.has(Role::LetterPrinter); }
    static bool mayVoid(const Actor& actor, const QString& state);

    Result<QList<QueuedLetter>> list(const Actor& actor, const QString& state = QStringLiteral("queued"));

    // How a letter is opened: from the queue (letter printer), or at the counter by the front
    // desk staff member who queued it, while the verification is still fresh.
    enum class Purpose { Queue, Counter };
    Result<LetterToPrint> open(const Actor& actor, const QString& letterId, Purpose purpose = Purpose::Queue);

    // The letter printed: in ONE transaction, each key replaces any key still active for its
    // link, the keys and their access_key.issued and letter.printed events and audit entries are
    // written, the skipped links noted, and the letter marked printed; `draw` runs last, inside
    // the transaction, and its failure (or any other) leaves the letter queued with no key.
    Status recordPrinted(const Actor& actor, const QString& letterId, Purpose purpose, const PrintRecord& record,
                         const std::function<Status()>& draw);

    // A letter that must not go out: queued, it just leaves the queue (and any key a letter
    // from before keys-on-paper noted for it is revoked); printed, its keys are revoked
    // (staff_error).
    Status voidLetter(const Actor& actor, const QString& letterId, const QString& reason);

    // What the kiosk knows of a sealed letter, for checking its seal: 0 serial when unknown.
    struct Facts {
        qint64 serial = 0;
        QString state;
        QList<std::pair<QString, QString>> keyStatus;   // key id -> active | revoked | expired | unknown
    };
    Result<Facts> facts(const QString& letterId, const QStringList& keyIds);

private:
    Result<QueuedLetter> load(const QString& letterId);
    Status checkOpen(const Actor& actor, const QueuedLetter& letter, Purpose purpose);
    Database& m_db;
};

} // namespace gd
