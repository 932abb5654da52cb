#pragma once

#include "core/AccessKeyGenerator.h"
#include "core/Result.h"
#include "core/Roster.h"
#include "core/Staff.h"
#include "core/rules/IssuanceRules.h"

#include <QList>

namespace gd {

class Database;
class UnitOfWork;

struct IssueOptions {
    KeyDelivery delivery = KeyDelivery::InPerson;
    QString language;               // BCP 47; empty: the adult's preferred language
    QString layout;                 // empty: the district's setting
    // Demo activity only: the RSA public key (PEM) the keys are sealed to instead of the
    // district's, so that a demo never needs (or uses) a real district key. Empty: the district's.
    QByteArray sealToKey;
};

// A letter queued for one verified adult: which children it will carry a key for. No key
// exists yet: the keys are made, sealed for the district and drawn in the one step that prints
// the letter (LetterPrinting in gd_services), at the counter or by the letter printer.
struct Issuance {
    QString letterId;
    qint64 serial = 0;
    Guardian guardian;
    QString language;
    QString layout;
    KeyDelivery delivery = KeyDelivery::InPerson;
    QList<Student> children;        // in the order of the letter, the student at the counter first
    QStringList leftOut;            // children not given a key this visit, and why
};

// A key as the administrator looks for it: who it is for, its state and the letter it was
// printed on. Never its secret (no copy exists).
struct IssuedKey {
    QString keyId;
    QString studentId;
    QString studentName;
    QString guardianId;
    QString guardianName;
    QString kind;
    QString status;         // active, revoked, expired
    QString issuedAt;
    QString expiresOn;      // empty: no expiry
    QString revokedAt;
    QString revokeReason;
    qint64 letterSerial = 0;
};

// The children of one adult that may get a key now, the student at the counter first, and the
// others with the reason ("name: why").
struct KeyCandidates {
    QList<Student> children;
    QStringList leftOut;
};

// Issues access keys for a verified adult: one letter that covers one guardian-student link per
// eligible child (up to the district cap). Queueing the letter revokes any older key for those
// links at once, and an older letter still waiting for the same link no longer prints it; the
// letter, the revocations, their audit entries and events are one transaction. The rules of
// which verification may issue are IssuanceRules'. Only front desk staff issue.
class AccessKeyIssuer {
public:
    explicit AccessKeyIssuer(Database& db);

    Result<Issuance> issue(const Actor& actor, const QString& verificationId, const IssueOptions& options);

    // Which of the adult's children would get a key: EligibilityRules::eligibleChildren over the
    // roster, with the district's cap. Used by issue(), by printing (the re-check) and by the
    // forms that list the children.
    Result<KeyCandidates> childrenForKeys(const QString& guardianId, const QString& studentAtCounter);

    // Every key of a student or of an adult (give one), newest first. Administrators only.
    Result<QList<IssuedKey>> keysFor(const Actor& actor, const QString& studentId, const QString& guardianId);

    // An administrator revokes a key (lost, staff_error); front desk revokes through reissue.
    Status revoke(const Actor& actor, const QString& keyId, const QString& reason);

    // The district profile from settings.
    KeyFormat keyFormat() const;
    // The district's RSA public key (PEM) that every secret is sealed to, or why it is missing.
    Result<QByteArray> districtPublicKey() const;

private:
    Database& m_db;
};

// Inside a change: the key stops working (`reason`: reissued, lost or staff_error), the
// district is told (access_key.revoked) and the audit log says why. Every revocation goes
// through here.
Status revokeKey(UnitOfWork& uow, const QString& keyId, const QString& studentId, const QString& guardianId,
                 const QString& reason);

// Inside a change: every key still active for this guardian-student link is revoked as
// reissued, because a newer letter replaces it.
Status revokeActiveKeys(UnitOfWork& uow, const QString& guardianId, const QString& studentId);

} // namespace gd
