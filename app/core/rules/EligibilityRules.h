#pragma once

#include "core/Result.h"
#include "core/Roster.h"
#include "core/rules/Refusal.h"

#include <QList>
#include <QString>

#include <optional>

namespace gd {

// Step 3 of the verification flow: may this adult be verified for this student at all?
struct Eligibility {
    std::optional<Refusal> refusal;   // empty when eligible
    bool eligible() const { return !refusal.has_value(); }
};

// A child of the adult for whom no key is issued in this session, and why.
struct LeftOutChild {
    enum class Why {
        NotEligible,       // `refusal` says which rule
        OverCap,           // the district cap was reached
        StudentNotFound,   // the link names a student the kiosk does not hold
    };
    QString studentId;
    Why why = Why::NotEligible;
    std::optional<Refusal> refusal;
    QString explanation;   // plain words for the staff member
};

struct ChildSelection {
    QList<Student> children;      // eligible, at most the cap, in the order of the links
    QList<LeftOutChild> leftOut;  // in the order of the links
};

class EligibilityRules {
public:
    static constexpr int DefaultChildCap = 7;
    static constexpr int MaxChildCap = 50;

    // `link` is the adult's relationship to `student`; std::nullopt (or a deleted link) means
    // the adult is not on record. Refusals in this order: not on record, no_contact_order,
    // then not_eligible for not portal-eligible, no educational rights, inactive student.
    // A link that belongs to another student is bad input.
    static Result<Eligibility> check(const Student& student, const std::optional<Relationship>& link);

    // Every child of one adult that may get a key now: `links` are the adult's relationships
    // (put the student at the counter first: when more children are eligible than `cap`, the
    // first ones in `links` are kept), `students` the records they point to. Links of
    // different adults, or a cap outside 1..MaxChildCap, are bad input. A repeated link for
    // the same student counts once.
    static Result<ChildSelection> eligibleChildren(const QList<Relationship>& links, const QList<Student>& students,
                                                   int cap = DefaultChildCap);
};

} // namespace gd
