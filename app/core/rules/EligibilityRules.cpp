#include "core/rules/EligibilityRules.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace gd {

namespace {

Refusal notOnRecord()
{
    return {RefusalReason::NotEligible, NextStep::ParentAccessRequestForm,
            QCoreApplication::translate("Rules", "This adult is not on record as a parent or guardian of the student."),
            QCoreApplication::translate("Rules",
                "Give the adult the Parent Access Request form. The school updates the student's record first; "
                "nothing is issued today.")};
}

// The adult must learn nothing about the order at the counter: the office explains in private.
Refusal noContactOrder()
{
    return {RefusalReason::NoContactOrder, NextStep::SchoolOffice,
            QCoreApplication::translate("Rules", "Portal access cannot be issued to this adult for this student."),
            QCoreApplication::translate("Rules",
                "Refer the adult to the principal or the school office. Do not discuss the reason at the counter.")};
}

Refusal notPortalEligible()
{
    return {RefusalReason::NotEligible, NextStep::UpdateStudentRecord,
            QCoreApplication::translate("Rules",
                "The student's record does not allow this adult to use the parent portal."),
            QCoreApplication::translate("Rules",
                "The school office can review the record with the adult. Once the record is updated, the adult "
                "can come back for a key.")};
}

Refusal noEducationalRights()
{
    return {RefusalReason::NotEligible, NextStep::UpdateStudentRecord,
            QCoreApplication::translate("Rules",
                "The student's record does not show educational rights for this adult."),
            QCoreApplication::translate("Rules",
                "The adult can bring the document that grants educational rights (for example a court order) to "
                "the school office, which updates the record.")};
}

Refusal inactiveStudent()
{
    return {RefusalReason::NotEligible, NextStep::CurrentStudentSchool,
            QCoreApplication::translate("Rules", "The student is not currently enrolled."),
            QCoreApplication::translate("Rules",
                "Ask the adult to contact the school where the student is enrolled now.")};
}

std::optional<Refusal> refusalFor(const Student& student, const std::optional<Relationship>& link)
{
    if (!link || link->deleted)
        return notOnRecord();
    if (link->noContactOrder)
        return noContactOrder();
    if (!link->portalEligible)
        return notPortalEligible();
    if (!link->educationalRights)
        return noEducationalRights();
    if (!student.active)
        return inactiveStudent();
    return std::nullopt;
}

} // namespace

Result<Eligibility> EligibilityRules::check(const Student& student, const std::optional<Relationship>& link)
{
    if (student.studentId.isEmpty())
        return Error::badInput(QCoreApplication::translate("Rules", "Choose a student first."));
    if (link && link->studentId != student.studentId)
        return Error::badInput(QCoreApplication::translate("Rules",
            "The chosen adult's record belongs to another student; choose the adult again from this student's card."));
    return Eligibility{refusalFor(student, link)};
}

Result<ChildSelection> EligibilityRules::eligibleChildren(const QList<Relationship>& links,
                                                          const QList<Student>& students, int cap)
{
    if (cap < 1 || cap > MaxChildCap)
        return Error::badInput(QCoreApplication::translate("Rules",
            "The district's limit of children per adult must be between 1 and %1.").arg(MaxChildCap));
    for (const Relationship& link : links) {
        if (link.guardianId != links.first().guardianId)
            return Error::badInput(QCoreApplication::translate("Rules",
                "Keys can be issued to one adult at a time."));
    }

    QHash<QString, const Student*> byId;
    for (const Student& s : students)
        byId.insert(s.studentId, &s);

    ChildSelection selection;
    QSet<QString> seen;
    for (const Relationship& link : links) {
        if (seen.contains(link.studentId))
            continue;
        seen.insert(link.studentId);

        const Student* student = byId.value(link.studentId);
        if (!student) {
            selection.leftOut.append({link.studentId, LeftOutChild::Why::StudentNotFound, std::nullopt,
                QCoreApplication::translate("Rules",
                    "The student's record is not on this kiosk yet; sync the roster and try again.")});
            continue;
        }
        if (auto refusal = refusalFor(*student, link)) {
            const QString why = refusal->explanation;
            selection.leftOut.append({link.studentId, LeftOutChild::Why::NotEligible, std::move(refusal), why});
            continue;
        }
        if (selection.children.size() >= cap) {
            selection.leftOut.append({link.studentId, LeftOutChild::Why::OverCap, std::nullopt,
                QCoreApplication::translate("Rules",
                    "The district allows keys for at most %1 children at once; issue this one in a new "
                    "verification.").arg(cap)});
            continue;
        }
        selection.children.append(*student);
    }
    return selection;
}

} // namespace gd
