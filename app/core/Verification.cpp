#include "core/Verification.h"

using namespace Qt::Literals::StringLiterals;

namespace gd {

namespace {

template <typename E, std::size_t N>
std::optional<E> fromTable(const std::pair<E, QStringView> (&table)[N], const QString& s)
{
    for (const auto& [e, name] : table) {
        if (name == s)
            return e;
    }
    return std::nullopt;
}

template <typename E, std::size_t N>
QString toTable(const std::pair<E, QStringView> (&table)[N], E e)
{
    for (const auto& [v, name] : table) {
        if (v == e)
            return name.toString();
    }
    return {};
}

const std::pair<VerificationMethod, QStringView> kMethods[] = {
    {VerificationMethod::InPerson, u"in_person"}, {VerificationMethod::Video, u"video"},
    {VerificationMethod::MailWaiver, u"mail_waiver"}};

const std::pair<IdType, QStringView> kIdTypes[] = {
    {IdType::DriversLicense, u"drivers_license"}, {IdType::StateId, u"state_id"}, {IdType::Passport, u"passport"},
    {IdType::PassportCard, u"passport_card"}, {IdType::ConsularId, u"consular_id"}, {IdType::Idnyc, u"idnyc"},
    {IdType::MilitaryId, u"military_id"}, {IdType::PermanentResidentCard, u"permanent_resident_card"},
    {IdType::TribalId, u"tribal_id"}, {IdType::Other, u"other"}};

const std::pair<RefusalReason, QStringView> kReasons[] = {
    {RefusalReason::ExpiredId, u"expired_id"}, {RefusalReason::NameMismatch, u"name_mismatch"},
    {RefusalReason::NotEligible, u"not_eligible"}, {RefusalReason::NoContactOrder, u"no_contact_order"},
    {RefusalReason::FailedQuestions, u"failed_questions"}, {RefusalReason::Other, u"other"}};

const std::pair<SecurityQuestion, QStringView> kQuestions[] = {
    {SecurityQuestion::StudentDateOfBirth, u"student_dob"}, {SecurityQuestion::StudentFirstName, u"student_first_name"},
    {SecurityQuestion::StudentLastName, u"student_last_name"}, {SecurityQuestion::StudentGrade, u"student_grade"},
    {SecurityQuestion::HomeAddress, u"home_address"}, {SecurityQuestion::Phone, u"phone"},
    {SecurityQuestion::EmergencyContact, u"emergency_contact"}};

const std::pair<KeyKind, QStringView> kKeyKinds[] = {
    {KeyKind::Pin, u"pin"}, {KeyKind::AccessIdPassword, u"access_id_password"},
    {KeyKind::CreationCode, u"creation_code"}};

} // namespace

QString toWire(VerificationMethod m) { return toTable(kMethods, m); }
std::optional<VerificationMethod> methodFromWire(const QString& s) { return fromTable(kMethods, s); }
QString toWire(IdType t) { return toTable(kIdTypes, t); }
std::optional<IdType> idTypeFromWire(const QString& s) { return fromTable(kIdTypes, s); }

QString idTypeName(IdType t)
{
    switch (t) {
    case IdType::DriversLicense: return QStringLiteral("Driver's license");
    case IdType::StateId: return QStringLiteral("State ID card");
    case IdType::Passport: return QStringLiteral("Passport");
    case IdType::PassportCard: return QStringLiteral("Passport card");
    case IdType::ConsularId: return QStringLiteral("Consular ID");
    case IdType::Idnyc: return QStringLiteral("IDNYC");
    case IdType::MilitaryId: return QStringLiteral("Military ID");
    case IdType::PermanentResidentCard: return QStringLiteral("Permanent resident card");
    case IdType::TribalId: return QStringLiteral("Tribal ID");
    case IdType::Other: return QStringLiteral("Other");
    }
    return {};
}
QList<IdType> allIdTypes()
{
    QList<IdType> out;
    for (const auto& [t, name] : kIdTypes)
        out.append(t);
    return out;
}
QString toWire(CapturedBy c) { return c == CapturedBy::Barcode ? u"barcode"_s : u"manual"_s; }
QString toWire(NameMatch n) { return n == NameMatch::Exact ? u"exact"_s : u"staff_override"_s; }
QString toWire(RefusalReason r) { return toTable(kReasons, r); }
QString toWire(SecurityQuestion q) { return toTable(kQuestions, q); }
std::optional<SecurityQuestion> securityQuestionFromWire(const QString& s) { return fromTable(kQuestions, s); }
QString toWire(KeyKind k) { return toTable(kKeyKinds, k); }
std::optional<KeyKind> keyKindFromWire(const QString& s) { return fromTable(kKeyKinds, s); }

} // namespace gd
