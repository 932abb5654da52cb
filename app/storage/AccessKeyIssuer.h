#pragma once

#include "core/AccessKeyGenerator.h"
#include "core/Result.h"
#include "core/Roster.h"
#include "core/Staff.h"

#include <QList>

#include <vector>

namespace gd {

class Database;

// How the keys reach the adult: handed over at the counter, or mailed to the address on record
// (never by phone, e-mail or fax).
enum class KeyDelivery { InPerson, Mail };

struct IssueOptions {
    KeyDelivery delivery = KeyDelivery::InPerson;
    bool queueForPrinter = false;   // false: the caller prints now and the secrets die with it
    QString language;               // BCP 47; empty: the adult's preferred language
    QString layout;                 // empty: the district's setting
};

// A key ready for its letter: which child it opens, and (print now only) its secret.
struct IssuedKey {
    Student student;
    GeneratedKey key;
};

struct Issuance {
    QString letterId;
    qint64 serial = 0;
    Guardian guardian;
    QString language;
    QString layout;
    KeyDelivery delivery = KeyDelivery::InPerson;
    std::vector<IssuedKey> keys;    // queued: secrets already sealed away and wiped here (move-only)
    QStringList leftOut;            // children not given a key this visit, and why
};

// The children of one adult that may get a key now, the student at the counter first, and the
// others with the reason ("name: why").
struct KeyCandidates {
    QList<Student> children;
    QStringList leftOut;
};

// Issues one access key per guardian-student link, for every eligible child of a verified
// adult at once (up to the district cap). A new key for a link revokes the previous one. The
// keys, their revocations, the letter, the audit entries and the events for the district are
// one transaction. Only front desk staff issue.
class AccessKeyIssuer {
public:
    explicit AccessKeyIssuer(Database& db);

    Result<Issuance> issue(const Actor& actor, const QString& verificationId, const IssueOptions& options);

    // Which of the adult's children would get a key: EligibilityRules::eligibleChildren over the
    // roster, with the district's cap. Used by issue() and by the forms that list the children.
    Result<KeyCandidates> childrenForKeys(const QString& guardianId, const QString& studentAtCounter);

    // An administrator revokes a key (lost, staff_error); front desk revokes through reissue.
    Status revoke(const Actor& actor, const QString& keyId, const QString& reason);

    // The district profile from settings.
    KeyFormat keyFormat() const;

private:
    Database& m_db;
};

QString toWire(KeyDelivery d);   // "in_person" | "mail"

class UnitOfWork;
// Inside a change: the key stops working (`reason`: reissued, lost or staff_error), a queued
// letter's sealed copy of its secret is dropped, the district is told (access_key.revoked) and
// the audit log says why. Every revocation goes through here.
Status revokeKey(UnitOfWork& uow, const QString& keyId, const QString& studentId, const QString& guardianId,
                 const QString& reason);

} // namespace gd
