#pragma once

#include "core/Roster.h"
#include "core/Verification.h"

#include <QDate>
#include <QList>
#include <QString>

namespace gd {

class SecurityQuestions;

// The record values the security questions are checked against. Deliberately opaque: no
// getters, no printing; only SecurityQuestions compares answers with them, and what comes out is
// pass or fail per question. So the screen can never show the expected answer.
class ExpectedAnswers {
public:
    // The student's date of birth, names and grade; the home address and phone of the adult's
    // own record (the household the student lives in as the roster knows it).
    ExpectedAnswers(const Student& student, const Guardian& adult);

    // The emergency contact is not part of the district roster; the service sets it when the
    // school's record has one. A phone, when given, must be part of the answer too.
    void setEmergencyContact(const QString& name, const QString& phone = QString());

    // Which questions the record can answer (a record without a phone cannot check "phone").
    bool canAsk(SecurityQuestion question) const;
    QList<SecurityQuestion> askable() const;

private:
    friend class SecurityQuestions;

    QDate m_dateOfBirth;
    QString m_firstName;
    QString m_lastName;
    QString m_grade;          // canonical: "TK", "K", "1".."12"; empty when not a grade
    Address m_homeAddress;
    QString m_phoneDigits;
    QString m_contactName;
    QString m_contactPhoneDigits;
};

} // namespace gd
