#include "core/rules/ExpectedAnswers.h"

#include "core/NameNormalizer.h"
#include "core/rules/AnswerNormalizer.h"

namespace gd {

ExpectedAnswers::ExpectedAnswers(const Student& student, const Guardian& adult)
    : m_dateOfBirth(student.dateOfBirth)
    , m_firstName(student.firstName.simplified())
    , m_lastName(student.lastName.simplified())
    , m_grade(AnswerNormalizer::grade(student.grade).value_or(QString()))
    , m_homeAddress(adult.address)
    , m_phoneDigits(AnswerNormalizer::phoneDigits(adult.phone))
{
}

void ExpectedAnswers::setEmergencyContact(const QString& name, const QString& phone)
{
    m_contactName = name.simplified();
    m_contactPhoneDigits = AnswerNormalizer::phoneDigits(phone);
}

bool ExpectedAnswers::canAsk(SecurityQuestion question) const
{
    switch (question) {
    case SecurityQuestion::StudentDateOfBirth: return m_dateOfBirth.isValid();
    case SecurityQuestion::StudentFirstName: return !NameNormalizer::tokens(m_firstName).isEmpty();
    case SecurityQuestion::StudentLastName: return !NameNormalizer::tokens(m_lastName).isEmpty();
    case SecurityQuestion::StudentGrade: return !m_grade.isEmpty();
    case SecurityQuestion::HomeAddress: return !AnswerNormalizer::addressWords(m_homeAddress.line1).isEmpty();
    case SecurityQuestion::Phone: return m_phoneDigits.size() >= 7;
    case SecurityQuestion::EmergencyContact: return !NameNormalizer::tokens(m_contactName).isEmpty();
    }
    return false;
}

QList<SecurityQuestion> ExpectedAnswers::askable() const
{
    QList<SecurityQuestion> out;
    for (const auto q : {SecurityQuestion::StudentDateOfBirth, SecurityQuestion::StudentFirstName,
                         SecurityQuestion::StudentLastName, SecurityQuestion::StudentGrade,
                         SecurityQuestion::HomeAddress, SecurityQuestion::Phone, SecurityQuestion::EmergencyContact}) {
        if (canAsk(q))
            out << q;
    }
    return out;
}

} // namespace gd
