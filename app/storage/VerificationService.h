#pragma once

#include "core/Result.h"
#include "core/Staff.h"
#include "core/Verification.h"
#include "core/rules/Refusal.h"
#include "core/rules/SecurityQuestions.h"

#include <QList>
#include <optional>

namespace gd {

class Database;

// Everything the wizard gathered about one adult at the counter (or on the video call).
struct VerificationRequest {
    QString studentId;
    QString guardianId;
    VerificationMethod method = VerificationMethod::InPerson;
    IdDocument id;
    QDate idIssuedOn;                                  // optional
    std::optional<QString> expiredOverrideReason;      // a supervisor accepts an expired ID (if allowed)
    // That supervisor: a second staff member, an administrator, who confirms with their own
    // password at the counter. Required with expiredOverrideReason.
    QString supervisorUsername;
    QString supervisorPassword;
    std::optional<QString> nameOverrideReason;         // the staff member accepts a name difference
    QList<SecurityAnswer> answers;                     // video: required; in person: optional
    bool photoMatches = false;                         // the attestation (step 8)
};

struct VerificationOutcome {
    QString verificationId;
    std::optional<Refusal> refusal;    // set when the adult was refused (and that was recorded)
    NameMatch nameMatch = NameMatch::Exact;
    QStringList questionsPassed;       // wire names
    bool verified() const { return !refusal.has_value(); }
};

// Runs steps 3-8 of the verification flow with the core rules and records the result: a
// verification (guardian.verified) or a refusal (verification.refused), each in one transaction
// with its audit entry and outbox event. Bad input (a malformed ID entry, an override without a
// reason) records nothing and says what to fix. Only front desk staff verify.
class VerificationService {
public:
    explicit VerificationService(Database& db);

    // Front desk staff verify adults.
    static bool mayVerify(const Actor& actor) { return actor.has(Role::FrontDesk); }

    Result<VerificationOutcome> verify(const Actor& actor, const VerificationRequest& request);

    // The questions the record can answer for this adult and student (the wizard asks these).
    Result<QList<SecurityQuestion>> askableQuestions(const QString& studentId, const QString& guardianId);
    int questionsRequired() const;
    bool expiredOverrideAllowed() const;

private:
    // The administrator who confirms an expired ID (signs in with their password); their name.
    Result<QString> confirmSupervisor(const Actor& actor, const QString& username, const QString& password);
    Database& m_db;
};

} // namespace gd
