#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

namespace gd {

// The vocabulary of a verification, named as district-api.md names it on the wire.

enum class VerificationMethod { InPerson, Video, MailWaiver };
QString toWire(VerificationMethod m);                       // "in_person" | "video" | "mail_waiver"
std::optional<VerificationMethod> methodFromWire(const QString& s);

enum class IdType {
    DriversLicense, StateId, Passport, PassportCard, ConsularId, Idnyc, MilitaryId,
    PermanentResidentCard, TribalId, Other
};
QString toWire(IdType t);                                   // "drivers_license" ... "other"
std::optional<IdType> idTypeFromWire(const QString& s);
// The English name printed on forms and reports ("Driver's license"); screens use WizardText.
QString idTypeName(IdType t);
QList<IdType> allIdTypes();

enum class CapturedBy { Barcode, Manual };
QString toWire(CapturedBy c);                               // "barcode" | "manual"

enum class NameMatch { Exact, StaffOverride };
QString toWire(NameMatch n);                                // "exact" | "staff_override"

// verification.refused reasons of district-api.md.
enum class RefusalReason { ExpiredId, NameMismatch, NotEligible, NoContactOrder, FailedQuestions, Other };
QString toWire(RefusalReason r);

// Which ID was checked: never the full number, never an image.
struct IdDocument {
    IdType type = IdType::DriversLicense;
    QString otherDescription;   // required for IdType::Other
    QString issuer;             // "CA", "Mexico", "US Department of State" ...
    QString numberLast4;        // exactly four characters
    QDate expiresOn;
    CapturedBy capturedBy = CapturedBy::Manual;
    // The name printed on the document, for the name check (not stored after the check).
    QString givenNames;
    QString familyNames;
};

// The security questions of the video method (product.md, step 7).
enum class SecurityQuestion {
    StudentDateOfBirth, StudentFirstName, StudentLastName, StudentGrade, HomeAddress, Phone, EmergencyContact
};
QString toWire(SecurityQuestion q);   // "student_dob", "student_first_name", "student_last_name",
                                      // "student_grade", "home_address", "phone", "emergency_contact"
std::optional<SecurityQuestion> securityQuestionFromWire(const QString& s);

// Access-key kinds of the district profile.
enum class KeyKind { Pin, AccessIdPassword, CreationCode };
QString toWire(KeyKind k);            // "pin" | "access_id_password" | "creation_code"
std::optional<KeyKind> keyKindFromWire(const QString& s);

} // namespace gd
