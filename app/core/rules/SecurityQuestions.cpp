#include "core/rules/SecurityQuestions.h"

#include "core/rules/AnswerNormalizer.h"
#include "core/rules/NameMatcher.h"
#include "core/rules/TextChecks.h"

#include <QCoreApplication>

namespace gd {

namespace {

QString questionLabel(SecurityQuestion q)
{
    switch (q) {
    case SecurityQuestion::StudentDateOfBirth: return QCoreApplication::translate("Rules", "student's date of birth");
    case SecurityQuestion::StudentFirstName: return QCoreApplication::translate("Rules", "student's first name");
    case SecurityQuestion::StudentLastName: return QCoreApplication::translate("Rules", "student's last name");
    case SecurityQuestion::StudentGrade: return QCoreApplication::translate("Rules", "student's grade");
    case SecurityQuestion::HomeAddress: return QCoreApplication::translate("Rules", "home address");
    case SecurityQuestion::Phone: return QCoreApplication::translate("Rules", "phone number");
    case SecurityQuestion::EmergencyContact: return QCoreApplication::translate("Rules", "emergency contact");
    }
    return {};
}

// The name part of "Rosa Diaz (213) 555-0199": letters and the marks, hyphens and apostrophes
// of names; the phone's digits and punctuation become spaces.
QString namePart(const QString& text)
{
    QString out;
    for (const QChar c : text) {
        const bool keep = c.isLetter() || c.isMark() || c == u'-' || c == u'\'' || c == u'\u2019' || c == u'.';
        out.append(keep ? c : QChar(u' '));
    }
    return out;
}

} // namespace

int SecurityCheck::passedCount() const
{
    int n = 0;
    for (const QuestionResult& r : results)
        n += r.passed ? 1 : 0;
    return n;
}

QStringList SecurityCheck::questionsPassed() const
{
    QStringList out;
    for (const QuestionResult& r : results) {
        if (r.passed)
            out << toWire(r.question);
    }
    return out;
}

bool SecurityQuestions::requiredFor(VerificationMethod method)
{
    return method == VerificationMethod::Video;
}

Result<SecurityCheck> SecurityQuestions::check(const ExpectedAnswers& expected, const QList<SecurityAnswer>& answers,
                                               int required)
{
    if (required < 1 || required > 7)
        return Error::badInput(QCoreApplication::translate("Rules",
            "The district's number of questions that must pass must be between 1 and 7."));
    if (answers.isEmpty())
        return Error::badInput(QCoreApplication::translate("Rules", "Ask at least %1 security questions.").arg(required));

    QList<SecurityQuestion> asked;
    for (const SecurityAnswer& a : answers) {
        if (asked.contains(a.question))
            return Error::badInput(QCoreApplication::translate("Rules",
                "The question about the %1 was asked twice; ask a different one.").arg(questionLabel(a.question)));
        asked.append(a.question);
        if (!expected.canAsk(a.question))
            return Error::badInput(QCoreApplication::translate("Rules",
                "The record has no %1 to check; ask a different question.").arg(questionLabel(a.question)));
        if (a.answer.size() > MaxAnswerLength)
            return Error::badInput(QCoreApplication::translate("Rules",
                "The answer about the %1 is too long; type only what the adult says.").arg(questionLabel(a.question)));
        if (TextChecks::hasControlCharacters(a.answer))
            return Error::badInput(QCoreApplication::translate("Rules",
                "The answer about the %1 contains characters that cannot be typed; retype it.")
                .arg(questionLabel(a.question)));
    }
    if (answers.size() < required)
        return Error::badInput(QCoreApplication::translate("Rules",
            "Ask at least %1 security questions; %2 asked so far.").arg(required).arg(answers.size()));

    SecurityCheck out;
    out.required = required;
    for (const SecurityAnswer& a : answers) {
        bool passed = false;
        const QString& answer = a.answer;
        switch (a.question) {
        case SecurityQuestion::StudentDateOfBirth:
            passed = AnswerNormalizer::sameDate(expected.m_dateOfBirth, answer);
            break;
        case SecurityQuestion::StudentFirstName:
            passed = NameMatcher::sameGivenName(answer, expected.m_firstName);
            break;
        case SecurityQuestion::StudentLastName:
            passed = NameMatcher::sameFamilyName(answer, expected.m_lastName);
            break;
        case SecurityQuestion::StudentGrade:
            passed = AnswerNormalizer::grade(answer) == expected.m_grade;
            break;
        case SecurityQuestion::HomeAddress:
            passed = AnswerNormalizer::sameAddress(expected.m_homeAddress, answer);
            break;
        case SecurityQuestion::Phone:
            passed = AnswerNormalizer::samePhone(expected.m_phoneDigits, answer);
            break;
        case SecurityQuestion::EmergencyContact:
            passed = NameMatcher::sameFullName(namePart(answer), expected.m_contactName)
                && (expected.m_contactPhoneDigits.isEmpty()
                    || AnswerNormalizer::samePhone(expected.m_contactPhoneDigits, answer));
            break;
        }
        out.results.append({a.question, passed});
    }
    if (!out.thresholdMet()) {
        out.refusal = Refusal{RefusalReason::FailedQuestions, NextStep::VerifyInPerson,
            QCoreApplication::translate("Rules", "Not enough answers matched the student's record."),
            QCoreApplication::translate("Rules",
                "The adult can come to the school office with a photo ID to be verified in person.")};
    }
    return out;
}

} // namespace gd
