#pragma once

#include "core/Result.h"
#include "core/Verification.h"
#include "core/rules/ExpectedAnswers.h"
#include "core/rules/Refusal.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace gd {

// What the staff member typed for one question.
struct SecurityAnswer {
    SecurityQuestion question = SecurityQuestion::StudentDateOfBirth;
    QString answer;   // blank when the adult did not know: counts as failed
};

// Pass or fail only: the result never says what was expected or how close the answer was.
struct QuestionResult {
    SecurityQuestion question = SecurityQuestion::StudentDateOfBirth;
    bool passed = false;
};

struct SecurityCheck {
    QList<QuestionResult> results;    // in the order asked
    int required = 0;
    std::optional<Refusal> refusal;   // failed_questions when fewer than `required` passed

    int passedCount() const;
    bool thresholdMet() const { return passedCount() >= required; }
    QStringList questionsPassed() const;   // wire names, for guardian.verified "questions_passed"
};

// Step 7: the security questions of the video method (optional in person).
class SecurityQuestions {
public:
    static constexpr int DefaultRequired = 3;
    static constexpr int MaxAnswerLength = 200;

    // Video needs the questions; in person they are optional; a mail waiver has none.
    static bool requiredFor(VerificationMethod method);

    // `required` is the district setting: how many of the asked questions must pass. Bad input:
    // no answers, a question asked twice, a question the record cannot answer, fewer questions
    // asked than must pass, an answer longer than MaxAnswerLength.
    static Result<SecurityCheck> check(const ExpectedAnswers& expected, const QList<SecurityAnswer>& answers,
                                       int required = DefaultRequired);
};

} // namespace gd
