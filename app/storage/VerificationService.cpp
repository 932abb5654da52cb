#include "storage/VerificationService.h"

#include "core/rules/EligibilityRules.h"
#include "core/rules/ExpectedAnswers.h"
#include "core/rules/IdDocumentRules.h"
#include "core/rules/NameMatcher.h"
#include "core/rules/OverrideReason.h"
#include "storage/Database.h"
#include "storage/Settings.h"
#include "storage/StaffService.h"
#include "storage/StudentDirectory.h"
#include "storage/UnitOfWork.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace gd {

namespace {

struct Context {
    StudentCard card;
    std::optional<GuardianLink> link;
};

Result<Context> load(Database& db, const QString& studentId, const QString& guardianId)
{
    auto card = StudentDirectory(db).card(studentId);
    if (!card)
        return card.error();
    Context c{std::move(card).value(), std::nullopt};
    for (const GuardianLink& l : c.card.adults) {
        if (l.guardian.guardianId == guardianId)
            c.link = l;
    }
    if (!c.link) {
        auto exists = db.exec(u"SELECT 1 FROM guardians WHERE guardian_id = ?"_s, {guardianId});
        if (!exists)
            return exists.error();
        if (!exists->next())
            return Error::notFound(u"This adult is not on record: give them the Parent Access Request form so the "
                                   "school can update the student information system first."_s);
    }
    return c;
}

} // namespace

VerificationService::VerificationService(Database& db)
    : m_db(db)
{
}

int VerificationService::questionsRequired() const
{
    return Settings(m_db).intValue(Settings::QuestionsRequired);
}

bool VerificationService::expiredOverrideAllowed() const
{
    return Settings(m_db).value(Settings::AllowExpiredOverride) == u"true";
}

Result<QList<SecurityQuestion>> VerificationService::askableQuestions(const QString& studentId, const QString& guardianId)
{
    auto c = load(m_db, studentId, guardianId);
    if (!c)
        return c.error();
    if (!c->link)
        return QList<SecurityQuestion>{};
    return ExpectedAnswers(c->card.student, c->link->guardian).askable();
}

Result<QString> VerificationService::confirmSupervisor(const Actor& actor, const QString& username,
                                                       const QString& password)
{
    if (username.trimmed().isEmpty() || password.isEmpty())
        return Error::badInput(QCoreApplication::translate(
            "Rules", "An expired ID is accepted only when an administrator confirms it with their user name and "
                     "password."));
    if (username.trimmed().compare(actor.staffId, Qt::CaseInsensitive) == 0)
        return Error::denied(QCoreApplication::translate(
            "Rules", "A second staff member must confirm the expired ID: you cannot confirm your own override."));
    auto member = StaffService(m_db).authenticate(username.trimmed(), password);
    if (!member)
        return member.error();
    if (!member->roles.testFlag(Role::Administrator))
        return Error::denied(QCoreApplication::translate(
            "Rules", "%1 is not an administrator: only an administrator confirms an expired ID.")
                                 .arg(member->username));
    return member->username;
}

Result<VerificationOutcome> VerificationService::verify(const Actor& actor, const VerificationRequest& request)
{
    if (!mayVerify(actor))
        return Error::denied(u"Only front desk staff verify adults."_s);
    auto loaded = load(m_db, request.studentId, request.guardianId);
    if (!loaded)
        return loaded.error();
    const Context& c = *loaded;
    const QDate today = m_db.clock().now().date();

    VerificationOutcome outcome;
    outcome.verificationId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::optional<IdCheck> idCheck;

    // Each check either passes, refuses (recorded), or is bad input (nothing recorded).
    const auto decide = [&]() -> Result<std::optional<Refusal>> {
        std::optional<Relationship> rel;
        if (c.link)
            rel = c.link->relationship;
        auto eligibility = EligibilityRules::check(c.card.student, rel);
        if (!eligibility)
            return eligibility.error();
        if (!eligibility->eligible())
            return eligibility->refusal;

        IdCheckPolicy policy;
        policy.expiredOverrideAllowed = expiredOverrideAllowed();
        auto id = IdDocumentRules::check(request.id, today, policy, request.expiredOverrideReason, request.idIssuedOn);
        if (!id)
            return id.error();
        idCheck = *id;
        if (!id->accepted())
            return id->refusal;

        auto name = NameMatcher::compare(request.id, c.link->guardian.firstName, c.link->guardian.lastName);
        if (!name)
            return name.error();
        outcome.nameMatch = name->match;
        if (name->match == NameMatch::StaffOverride) {
            if (!request.nameOverrideReason)
                return std::optional<Refusal>(NameMatcher::mismatchRefusal());
            auto reason = OverrideReason::validate(*request.nameOverrideReason);
            if (!reason)
                return reason.error();
        }

        const bool asked = !request.answers.isEmpty();
        if (SecurityQuestions::requiredFor(request.method) || (asked && request.method == VerificationMethod::InPerson)) {
            ExpectedAnswers expected(c.card.student, c.link->guardian);
            auto check = SecurityQuestions::check(expected, request.answers,
                                                  request.method == VerificationMethod::Video ? questionsRequired()
                                                                                              : 1);
            if (!check)
                return check.error();
            if (check->refusal)
                return check->refusal;
            outcome.questionsPassed = check->questionsPassed();
        }

        if (!request.photoMatches)
            return std::optional<Refusal>(IdDocumentRules::photoMismatchRefusal());
        return std::optional<Refusal>();
    };
    auto decision = decide();
    if (!decision)
        return decision.error();
    outcome.refusal = *decision;

    // An expired ID counts only when a second staff member, an administrator, confirms it with
    // their own password: one person alone cannot wave an expired ID through.
    QString supervisor;
    if (idCheck && idCheck->overridden()) {
        auto confirmed = confirmSupervisor(actor, request.supervisorUsername, request.supervisorPassword);
        if (!confirmed)
            return confirmed.error();
        supervisor = *confirmed;
    }

    const QString method = toWire(request.method);
    Status s = m_db.transact(actor, [&](UnitOfWork& uow) -> Status {
        QJsonObject data{{u"method"_s, method}};
        QVariantList row{outcome.verificationId, request.studentId, request.guardianId, actor.staffId, uow.actor().deviceId,
                         method, outcome.verified() ? u"verified"_s : u"refused"_s,
                         outcome.refusal ? QVariant(toWire(outcome.refusal->reason)) : QVariant()};
        if (idCheck) {
            const IdDocument& d = idCheck->document;
            row << toWire(d.type) << (d.type == IdType::Other ? QVariant(d.otherDescription) : QVariant()) << d.issuer
                << d.numberLast4 << d.expiresOn.toString(Qt::ISODate) << toWire(d.capturedBy);
        } else {
            row << QVariant() << QVariant() << QVariant() << QVariant() << QVariant() << QVariant();
        }
        const bool nameChecked = outcome.verified() || (outcome.refusal && outcome.refusal->reason == RefusalReason::NameMismatch);
        row << (supervisor.isEmpty() ? QVariant() : QVariant(supervisor));
        row << (nameChecked && idCheck ? QVariant(toWire(outcome.nameMatch)) : QVariant())
            << (outcome.nameMatch == NameMatch::StaffOverride && request.nameOverrideReason
                    ? QVariant(OverrideReason::validate(*request.nameOverrideReason).value())
                    : QVariant())
            << QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(outcome.questionsPassed)).toJson(QJsonDocument::Compact))
            << uow.now();
        auto w = uow.exec(u"INSERT INTO verifications(verification_id, student_id, guardian_id, staff_id, device_id, method, "
                          "outcome, refusal_reason, id_type, id_other_description, id_issuer, id_last4, id_expires_on, "
                          "id_captured_by, expired_override_by, name_match, override_reason, questions_passed, "
                          "occurred_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                          row);
        if (!w)
            return w.error();
        if (outcome.verified()) {
            const IdDocument& d = idCheck->document;
            QJsonObject doc{{u"type"_s, toWire(d.type)}, {u"issuer"_s, d.issuer}, {u"number_last4"_s, d.numberLast4},
                            {u"expires_on"_s, d.expiresOn.toString(Qt::ISODate)}, {u"captured_by"_s, toWire(d.capturedBy)}};
            if (d.type == IdType::Other)
                doc.insert(u"other_description"_s, d.otherDescription);
            data.insert(u"id_document"_s, doc);
            data.insert(u"name_match"_s, toWire(outcome.nameMatch));
            if (outcome.nameMatch == NameMatch::StaffOverride)
                data.insert(u"override_reason"_s, OverrideReason::validate(*request.nameOverrideReason).value());
            if (request.method == VerificationMethod::Video)
                data.insert(u"questions_passed"_s, QJsonArray::fromStringList(outcome.questionsPassed));
        } else {
            data.insert(u"reason"_s, toWire(outcome.refusal->reason));
            data.insert(u"note"_s, outcome.refusal->explanation);
        }
        const QString type = outcome.verified() ? u"guardian.verified"_s : u"verification.refused"_s;
        if (auto e = uow.emitEvent({{}, type, {}, {}, request.studentId, request.guardianId, data}); !e)
            return e.error();
        QJsonObject audit{{u"student_id"_s, request.studentId}, {u"guardian_id"_s, request.guardianId},
                          {u"method"_s, method}};
        if (outcome.refusal)
            audit.insert(u"reason"_s, toWire(outcome.refusal->reason));
        if (idCheck && idCheck->overridden()) {
            audit.insert(u"expired_id_override_reason"_s, idCheck->overrideReason);
            audit.insert(u"expired_id_override_by"_s, supervisor);
        }
        if (outcome.nameMatch == NameMatch::StaffOverride && outcome.verified())
            audit.insert(u"name_override"_s, true);
        return uow.audit(type, u"verification"_s, outcome.verificationId, audit);
    });
    if (!s)
        return s.error();
    return outcome;
}

} // namespace gd
