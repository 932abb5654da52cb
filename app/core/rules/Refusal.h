#pragma once

#include "core/Verification.h"

#include <QString>

namespace gd {

// What the adult can do after a refusal; the screen offers the matching action (for example
// printing the Parent Access Request form).
enum class NextStep {
    ParentAccessRequestForm,   // not on record: the school updates the student information system first
    SchoolOffice,              // the principal or the office handles it in private; no detail at the counter
    UpdateStudentRecord,       // eligibility or educational rights must be recorded by the school first
    CurrentStudentSchool,      // the student is not enrolled here any more
    BringValidId,              // come back with a current photo ID
    VerifyInPerson,            // questions failed on video: come to the office with a photo ID
    CorrectName,               // the names differ and no override was given
};

// A rule's "no": the verification.refused reason plus words for the staff member to read out.
// The texts carry no personal data, so the service may use `explanation` as the event's note.
struct Refusal {
    RefusalReason reason = RefusalReason::Other;
    NextStep nextStep = NextStep::SchoolOffice;
    QString explanation;   // why, in plain words
    QString whatNext;      // what the adult can do now
};

} // namespace gd
