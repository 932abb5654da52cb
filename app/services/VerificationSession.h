#pragma once

#include "core/Result.h"
#include "core/Staff.h"
#include "core/Verification.h"
#include "core/rules/EligibilityRules.h"
#include "core/rules/IdDocumentRules.h"
#include "core/rules/NameMatcher.h"
#include "core/rules/SecurityQuestions.h"
#include "storage/AccessKeyIssuer.h"
#include "storage/StudentDirectory.h"
#include "storage/VerificationService.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace gd {

class Database;

// Prints a letter just queued at the counter, right away (the kiosk's print dialog; a test's PDF):
// the keys are made in that step, through LetterPrinting. Unset: the kiosk cannot print at the
// counter. An error means nothing was issued and the letter still waits in the queue.
using PrintNow = std::function<Status(const QString& letterId, qint64 serial)>;

// What the keys page tells the staff member after issuing: never a secret.
struct IssuedSummary {
    int keyCount = 0;
    QStringList children;   // full names, in the order of the letter
    QStringList leftOut;    // "name: why"
    qint64 letterSerial = 0;
    QString letterNumber;   // as printed on the letter and shown in the queue
    KeyDelivery delivery = KeyDelivery::InPerson;
    bool printed = false;   // false: queued for the letter printer
    QString letterId;
};

// Everything one verification gathers, shared by the wizard's pages: the student and adult from
// the card, the method, the ID, the overrides, the answers, the attestation and the outcome.
// The pages ask it; it asks the core rules and the services. It holds personal data, so the
// wizard clears it when it closes or the kiosk locks.
class VerificationSession {
    Q_DECLARE_TR_FUNCTIONS(gd::VerificationSession)
public:
    // `guardianId` empty: the adult at the counter is not on the student's record.
    VerificationSession(Database& db, const Actor& actor, const StudentCard& card, const QString& guardianId);
    ~VerificationSession();

    VerificationSession(const VerificationSession&) = delete;
    VerificationSession& operator=(const VerificationSession&) = delete;

    const Student& student() const { return m_card.student; }
    // The adult's link to the student; nullptr when the adult is not on record.
    const GuardianLink* adult() const { return m_adult ? &*m_adult : nullptr; }
    QDate today() const;

    // Step 3: may this adult be verified for this student at all?
    Result<Eligibility> checkEligibility() const;

    // Step 4.
    VerificationMethod method() const { return m_method; }
    void setMethod(VerificationMethod method) { m_method = method; }

    // Step 5: the ID as typed or scanned. Keeps the document and the rules' verdict on it
    // (expired or not) and on its name, or says what to fix.
    bool expiredOverrideAllowed() const;
    IdCheckPolicy idPolicy() const;
    Status setIdDocument(const IdDocument& document);
    const IdDocument& idDocument() const { return m_id; }
    const std::optional<IdCheck>& idCheck() const { return m_idCheck; }
    const std::optional<NameCheck>& nameCheck() const { return m_nameCheck; }
    Result<NameCheck> compareNames(const IdDocument& document) const;

    // Step 6: overrides (std::nullopt: none; the service then refuses).
    // An expired ID accepted: the reason, and the administrator who confirms it with their password.
    void setExpiredOverride(const std::optional<QString>& reason, const QString& supervisor = {},
                            const QString& supervisorPassword = {});
    void setNameOverride(const std::optional<QString>& reason) { m_nameOverride = reason; }

    // Step 7.
    Result<QList<SecurityQuestion>> askableQuestions() const;
    bool questionsMandatory() const { return SecurityQuestions::requiredFor(m_method); }
    bool questionsAllowed() const { return m_method != VerificationMethod::MailWaiver; }
    int requiredPasses() const;            // for the method chosen
    int videoQuestionsRequired() const;    // the district setting
    void setAnswers(const QList<SecurityAnswer>& answers) { m_answers = answers; }
    const QList<SecurityAnswer>& answers() const { return m_answers; }

    // Step 8.
    void setPhotoMatches(bool matches) { m_photoMatches = matches; }
    bool photoMatches() const { return m_photoMatches; }

    // Runs the verification with what was gathered and records its outcome (verified or
    // refused). Bad input records nothing and comes back as the error. Only once per session.
    Result<VerificationOutcome> verify();
    const std::optional<VerificationOutcome>& outcome() const { return m_outcome; }
    QList<SecurityAnswer> answersSent() const;

    // Step 9: mail goes only to the address on record.
    bool hasMailingAddress() const;
    Address mailingAddress() const;
    // The children a key would go to now and those left out with why ("name: why"), as
    // issue() will choose them: shown before keys are issued.
    Result<KeyCandidates> keyCandidates() const;
    // Issues the keys for every eligible child: queues one letter for them and, with `printNow`,
    // prints it at once (the keys are made then). Once per session: after a print that failed,
    // the same letter is printed again (or left in the queue without `printNow`).
    Result<IssuedSummary> issue(KeyDelivery delivery, const PrintNow& printNow);
    const std::optional<IssuedSummary>& issued() const { return m_issued; }

    // Forgets every personal detail gathered so far.
    void clear();

private:
    VerificationRequest request() const;

    Database& m_db;
    Actor m_actor;
    StudentCard m_card;
    std::optional<GuardianLink> m_adult;
    VerificationMethod m_method = VerificationMethod::InPerson;
    IdDocument m_id;
    std::optional<IdCheck> m_idCheck;
    std::optional<NameCheck> m_nameCheck;
    std::optional<QString> m_expiredOverride;
    QString m_supervisor;
    QString m_supervisorPassword;   // until the verification is recorded
    std::optional<QString> m_nameOverride;
    QList<SecurityAnswer> m_answers;
    bool m_photoMatches = false;
    std::optional<VerificationOutcome> m_outcome;
    std::optional<IssuedSummary> m_issued;
};

} // namespace gd
