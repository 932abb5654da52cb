#include "ui/wizard/WizardText.h"

#include "ui/DisplayText.h"

#include "printing/LetterCommon.h"

#include <QLocale>
#include <QStringList>

using namespace Qt::Literals::StringLiterals;

namespace gd {

QString WizardText::method(VerificationMethod method)
{
    switch (method) {
    case VerificationMethod::InPerson:
        return tr("In person");
    case VerificationMethod::Video:
        return tr("Video call");
    case VerificationMethod::MailWaiver:
        return tr("Key by mail (returned request form)");
    }
    return {};
}

QString WizardText::idType(IdType type)
{
    switch (type) {
    case IdType::DriversLicense:
        return tr("Driver's license");
    case IdType::StateId:
        return tr("State ID card");
    case IdType::Passport:
        return tr("Passport");
    case IdType::PassportCard:
        return tr("Passport card");
    case IdType::ConsularId:
        return tr("Consular ID (matrícula consular)");
    case IdType::Idnyc:
        return tr("IDNYC");
    case IdType::MilitaryId:
        return tr("Military ID");
    case IdType::PermanentResidentCard:
        return tr("Permanent resident card");
    case IdType::TribalId:
        return tr("Tribal ID");
    case IdType::Other:
        return tr("Other (describe it)");
    }
    return {};
}

QString WizardText::question(SecurityQuestion question)
{
    switch (question) {
    case SecurityQuestion::StudentDateOfBirth:
        return tr("What is the student's date of birth?");
    case SecurityQuestion::StudentFirstName:
        return tr("What is the student's first name?");
    case SecurityQuestion::StudentLastName:
        return tr("What is the student's last name?");
    case SecurityQuestion::StudentGrade:
        return tr("What grade is the student in?");
    case SecurityQuestion::HomeAddress:
        return tr("What is your home address?");
    case SecurityQuestion::Phone:
        return tr("What is your phone number?");
    case SecurityQuestion::EmergencyContact:
        return tr("Who is the student's emergency contact?");
    }
    return {};
}

QString WizardText::refusalHeadline(RefusalReason reason)
{
    switch (reason) {
    case RefusalReason::ExpiredId:
        return tr("Refused: the ID has expired");
    case RefusalReason::NameMismatch:
        return tr("Refused: the name on the ID does not match the record");
    case RefusalReason::NotEligible:
        return tr("Refused: this adult cannot get portal access for this student");
    case RefusalReason::NoContactOrder:
        return tr("Refused: refer the adult to the school office");
    case RefusalReason::FailedQuestions:
        return tr("Refused: not enough security questions answered correctly");
    case RefusalReason::Other:
        break;
    }
    return tr("Refused");
}

QString WizardText::nameMatch(NameMatch match)
{
    return match == NameMatch::Exact ? tr("matches the record") : tr("differs from the record (accepted with a reason)");
}

QString WizardText::address(const Address& a)
{
    // The lines the envelope window will show, on one line.
    return letters::addressLines(a).join(u", "_s);
}

QString WizardText::dateInputFormat()
{
    return dateFormatPattern(DisplayText::dateStyle());
}

QString WizardText::dateInputHint()
{
    switch (DisplayText::dateStyle()) {
    case DateStyle::DayFirst:
        //: How a date is typed: day, month, year. Translate the letters, keep the order and slashes.
        return tr("DD/MM/YYYY");
    case DateStyle::Iso:
        //: How a date is typed: year, month, day. Translate the letters, keep the order and hyphens.
        return tr("YYYY-MM-DD");
    case DateStyle::Us:
        break;
    }
    //: How a date is typed: month, day, year. Translate the letters, keep the order and slashes.
    return tr("MM/DD/YYYY");
}

QDate WizardText::parseDate(const QString& text)
{
    return gd::parseDate(text, DisplayText::dateStyle());
}

} // namespace gd
