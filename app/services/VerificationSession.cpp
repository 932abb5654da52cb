#include "services/VerificationSession.h"

#include "storage/AccessKeyIssuer.h"

#include "core/Logging.h"
#include "storage/Database.h"
#include "storage/LetterQueue.h"
#include "storage/Settings.h"

namespace gd {

VerificationSession::VerificationSession(Database& db, const Actor& actor, const StudentCard& card,
                                         const QString& guardianId)
    : m_db(db)
    , m_actor(actor)
    , m_card(card)
{
    if (!guardianId.isEmpty()) {
        for (const GuardianLink& link : m_card.adults) {
            if (link.guardian.guardianId == guardianId && !link.relationship.deleted)
                m_adult = link;
        }
    }
}

VerificationSession::~VerificationSession()
{
    clear();
}

QDate VerificationSession::today() const
{
    return m_db.clock().now().date();
}

Result<Eligibility> VerificationSession::checkEligibility() const
{
    std::optional<Relationship> link;
    if (m_adult)
        link = m_adult->relationship;
    return EligibilityRules::check(m_card.student, link);
}

bool VerificationSession::expiredOverrideAllowed() const
{
    return VerificationService(m_db).expiredOverrideAllowed();
}

IdCheckPolicy VerificationSession::idPolicy() const
{
    IdCheckPolicy policy;
    policy.expiredOverrideAllowed = expiredOverrideAllowed();
    return policy;
}

Result<NameCheck> VerificationSession::compareNames(const IdDocument& document) const
{
    if (!m_adult)
        return Error::badInput(tr("Choose an adult on the student's record first."));
    return NameMatcher::compare(document, m_adult->guardian.firstName, m_adult->guardian.lastName);
}

Status VerificationSession::setIdDocument(const IdDocument& document)
{
    auto id = IdDocumentRules::check(document, today(), idPolicy());
    if (!id)
        return id.error();
    auto name = compareNames(document);
    if (!name)
        return name.error();
    m_id = document;
    m_idCheck = std::move(id).value();
    m_nameCheck = std::move(name).value();
    // A new ID is checked afresh: overrides given for the previous one do not carry over.
    if (!m_idCheck->expired)
        m_expiredOverride.reset();
    if (m_nameCheck->match == NameMatch::Exact)
        m_nameOverride.reset();
    return {};
}

void VerificationSession::setExpiredOverride(const std::optional<QString>& reason, const QString& supervisor,
                                             const QString& supervisorPassword)
{
    m_expiredOverride = reason;
    m_supervisor = reason ? supervisor : QString();
    m_supervisorPassword.fill(u'\0');
    m_supervisorPassword = reason ? supervisorPassword : QString();
}

Result<QList<SecurityQuestion>> VerificationSession::askableQuestions() const
{
    if (!m_adult)
        return QList<SecurityQuestion>{};
    return VerificationService(m_db).askableQuestions(m_card.student.studentId, m_adult->guardian.guardianId);
}

Result<KeyCandidates> VerificationSession::keyCandidates() const
{
    if (!m_adult)
        return KeyCandidates{};
    return AccessKeyIssuer(m_db).childrenForKeys(m_adult->guardian.guardianId, m_card.student.studentId);
}

int VerificationSession::requiredPasses() const
{
    return m_method == VerificationMethod::Video ? videoQuestionsRequired() : 1;
}

int VerificationSession::videoQuestionsRequired() const
{
    return VerificationService(m_db).questionsRequired();
}

QList<SecurityAnswer> VerificationSession::answersSent() const
{
    return questionsAllowed() ? m_answers : QList<SecurityAnswer>{};
}

VerificationRequest VerificationSession::request() const
{
    VerificationRequest r;
    r.studentId = m_card.student.studentId;
    r.guardianId = m_adult ? m_adult->guardian.guardianId : QString();
    r.method = m_method;
    r.id = m_id;
    r.expiredOverrideReason = m_expiredOverride;
    r.supervisorUsername = m_supervisor;
    r.supervisorPassword = m_supervisorPassword;
    r.nameOverrideReason = m_nameOverride;
    r.answers = answersSent();
    r.photoMatches = m_photoMatches;
    return r;
}

Result<VerificationOutcome> VerificationSession::verify()
{
    if (m_outcome)
        return *m_outcome;   // recorded already: never twice for one visit
    if (!m_adult)
        return Error::badInput(tr("This adult is not on record: give them the Parent Access Request form. Nothing is recorded."));
    VerificationRequest r = request();
    auto outcome = VerificationService(m_db).verify(m_actor, r);
    r.supervisorPassword.fill(u'\0');
    if (!outcome)
        return outcome.error();
    m_supervisorPassword.fill(u'\0');
    m_supervisorPassword.clear();
    m_outcome = outcome.value();
    qCInfo(lcServices) << "verification recorded:" << (m_outcome->verified() ? "verified" : "refused");
    return outcome;
}

bool VerificationSession::hasMailingAddress() const
{
    return m_adult && m_adult->guardian.address.isMailable();
}

Address VerificationSession::mailingAddress() const
{
    return m_adult ? m_adult->guardian.address : Address{};
}

Result<IssuedSummary> VerificationSession::issue(KeyDelivery delivery, const PrintNow& printNow)
{
    if (m_issued && (m_issued->printed || !printNow))
        return *m_issued;
    if (!m_issued) {
        if (!m_outcome || !m_outcome->verified())
            return Error::badInput(tr("Keys are issued only after the adult is verified."));
        IssueOptions options;
        options.delivery = delivery;
        auto issuance = AccessKeyIssuer(m_db).issue(m_actor, m_outcome->verificationId, options);
        if (!issuance)
            return issuance.error();
        // Only what the staff member may read is kept: names and the letter's number.
        IssuedSummary summary;
        summary.keyCount = int(issuance->children.size());
        for (const Student& child : std::as_const(issuance->children))
            summary.children << child.firstName + u' ' + child.lastName;
        summary.leftOut = issuance->leftOut;
        summary.letterSerial = issuance->serial;
        summary.letterNumber = letterSerialText(Settings(m_db).value(Settings::SchoolCode), issuance->serial);
        summary.delivery = issuance->delivery;
        summary.letterId = issuance->letterId;
        m_issued = summary;
        qCInfo(lcServices) << "letter queued at the counter:" << summary.letterSerial;
    }
    if (printNow) {
        if (Status printed = printNow(m_issued->letterId, m_issued->letterSerial); !printed) {
            return Error{printed.error().kind,
                         tr("The letter did not print: %1\nNo key was issued. Print it again, or choose to queue the "
                            "letter for the letter printer.")
                             .arg(printed.message())};
        }
        m_issued->printed = true;
        qCInfo(lcServices) << "letter printed at the counter:" << m_issued->letterSerial;
    }
    return *m_issued;
}

void VerificationSession::clear()
{
    m_card = StudentCard{};
    m_adult.reset();
    m_id = IdDocument{};
    m_idCheck.reset();
    m_nameCheck.reset();
    m_expiredOverride.reset();
    m_supervisor.clear();
    m_supervisorPassword.fill(u'\0');
    m_supervisorPassword.clear();
    m_nameOverride.reset();
    m_answers.clear();
    m_photoMatches = false;
    m_outcome.reset();
    m_issued.reset();
}

} // namespace gd
