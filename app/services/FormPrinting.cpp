#include "services/FormPrinting.h"

#include "core/rules/EligibilityRules.h"
#include "printing/AccessRequestFormRenderer.h"
#include "services/Letterhead.h"
#include "printing/WaiverFormRenderer.h"
#include "storage/AccessKeyIssuer.h"
#include "storage/Database.h"
#include "storage/StudentDirectory.h"

using namespace Qt::Literals::StringLiterals;

namespace gd {

FormPrinting::FormPrinting(Database& db)
    : m_db(db)
{
}

Result<Waiver> FormPrinting::printWaiver(const Actor& actor, const QString& studentId, const QString& guardianId,
                                         const QString& language, LetterDocument& document)
{
    StudentDirectory directory(m_db);
    auto card = directory.card(studentId);
    if (!card)
        return card.error();
    const GuardianLink* link = nullptr;
    for (const GuardianLink& l : card->adults) {
        if (l.guardian.guardianId == guardianId)
            link = &l;
    }
    if (!link)
        return Error::notFound(u"This adult is not on record for the student: use the Parent Access Request form."_s);
    // The adult must be one a key may go to for this student: a no-contact order or missing
    // rights mean no waiver either. The form lists the children a key would go to, never one
    // the rules leave out.
    auto eligibility = EligibilityRules::check(card->student, link->relationship);
    if (!eligibility)
        return eligibility.error();
    if (!eligibility->eligible())
        return Error::badInput(eligibility->refusal->explanation);
    auto candidates = AccessKeyIssuer(m_db).childrenForKeys(guardianId, studentId);
    if (!candidates)
        return candidates.error();
    QStringList children;
    for (const Student& child : std::as_const(candidates->children))
        children.append(child.firstName + u' ' + child.lastName);

    WaiverFormContent form;
    form.school = schoolHeaderFrom(m_db);
    form.language = language;
    form.guardianName = link->guardian.firstName + u' ' + link->guardian.lastName;
    form.address = link->guardian.address;
    form.phone = link->guardian.phone;
    form.email = link->guardian.email;
    form.studentNames = children;
    form.relationship = relationshipKindToString(link->relationship.relationship);
    form.issuedOn = m_db.clock().now().date();
    // The case code must be on the form before the form is issued: check it can be drawn with a
    // placeholder, issue, then draw with the real code.
    form.caseCode = WaiverService::casePayload(u"00000000-0000-4000-8000-000000000000"_s);
    form.caseReference = u"-"_s;
    if (auto ok = letters::WaiverFormRenderer::validate(form); !ok)
        return ok.error();
    auto waiver = WaiverService(m_db).issue(actor, WaiverForm::MailEmailWaiver, studentId, guardianId, language);
    if (!waiver)
        return waiver.error();
    form.caseCode = WaiverService::casePayload(waiver->waiverId);
    form.caseReference = waiver->waiverId.left(8).toUpper();
    auto drawn = document.addWaiverForm(form);
    if (!drawn)
        return drawn.error();
    return waiver;
}

Result<Waiver> FormPrinting::printAccessRequest(const Actor& actor, const QString& studentId, const QString& language,
                                                LetterDocument& document)
{
    AccessRequestContent form;
    form.school = schoolHeaderFrom(m_db);
    form.language = language;
    if (!studentId.isEmpty()) {
        auto card = StudentDirectory(m_db).card(studentId);
        if (!card)
            return card.error();
        form.students.append({card->student.studentId, card->student.firstName, {}, card->student.lastName});
    }
    // As for the request to mail the key: the case code is checked with a placeholder, the case
    // issued, then the form drawn with its real code.
    form.caseCode = WaiverService::casePayload(u"00000000-0000-4000-8000-000000000000"_s);
    form.caseReference = u"-"_s;
    if (auto ok = letters::AccessRequestFormRenderer::validate(form); !ok)
        return ok.error();
    auto waiver = WaiverService(m_db).issue(actor, WaiverForm::ParentAccessRequest, studentId, {}, language);
    if (!waiver)
        return waiver.error();
    form.caseCode = WaiverService::casePayload(waiver->waiverId);
    form.caseReference = waiver->waiverId.left(8).toUpper();
    auto drawn = document.addAccessRequestForm(form);
    if (!drawn)
        return drawn.error();
    return waiver;
}

} // namespace gd
