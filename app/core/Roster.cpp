#include "core/Roster.h"

#include "core/rules/TextChecks.h"

#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace gd {

namespace {

constexpr int kMaxNameLength = 100;
constexpr int kMaxIdLength = 40;
constexpr int kMaxFreeTextLength = 200;

// Ids travel into file names, URLs and barcodes: printable ASCII without spaces only.
bool isValidId(const QString& id)
{
    static const QRegularExpression re(u"^[A-Za-z0-9._:-]{1,40}$"_s);
    return id.size() <= kMaxIdLength && re.match(id).hasMatch();
}

// An id as a message quotes it: cut to length, and a question mark for one that holds what
// TextChecks refuses (a hostile id could carry controls into a terminal).
QString quotableId(const QString& id)
{
    return TextChecks::hasControlCharacters(id) ? u"?"_s : id.left(kMaxIdLength);
}

// "students[3] (student_id 1002)": the record a message is about.
QString recordName(const QString& array, qsizetype i, const QString& idKey, const QString& id)
{
    const QString shown = quotableId(id);
    return shown.isEmpty() ? u"%1[%2]"_s.arg(array).arg(i) : u"%1[%2] (%3 %4)"_s.arg(array).arg(i).arg(idKey, shown);
}

// A name is text a person can read: not empty, bounded, and nothing that hides or reorders
// what staff see (TextChecks); ZWNJ and ZWJ inside a word are part of many names.
QString nameProblem(const QString& s)
{
    if (s.trimmed().isEmpty())
        return u"empty"_s;
    if (s.size() > kMaxNameLength)
        return u"longer than %1 characters"_s.arg(kMaxNameLength);
    if (const TextChecks::Finding f = TextChecks::firstHazard(s))
        return u"contains "_s + TextChecks::describe(f);
    return {};
}

QString freeTextProblem(const QString& s, int max)
{
    if (s.size() > max)
        return u"longer than %1 characters"_s.arg(max);
    if (const TextChecks::Finding f = TextChecks::firstHazard(s))
        return u"contains "_s + TextChecks::describe(f);
    return {};
}

Error fieldError(const QString& field, const QString& why)
{
    return Error::badInput(u"%1: %2"_s.arg(field, why));
}

// What students and adults share: an id and two names.
Status checkPerson(const QString& idField, const QString& id, const QString& firstName, const QString& lastName)
{
    if (!isValidId(id))
        return fieldError(idField, u"not a valid id"_s);
    if (const QString why = nameProblem(firstName); !why.isEmpty())
        return fieldError(u"first_name"_s, why);
    if (const QString why = nameProblem(lastName); !why.isEmpty())
        return fieldError(u"last_name"_s, why);
    return {};
}

struct Reader {
    const QJsonObject& o;
    QString error;

    QString string(const QString& key, bool required)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull()) {
            if (required && error.isEmpty())
                error = u"\"%1\" is missing"_s.arg(key);
            return {};
        }
        if (!v.isString()) {
            if (error.isEmpty())
                error = u"\"%1\" must be a string"_s.arg(key);
            return {};
        }
        return v.toString();
    }

    bool boolean(const QString& key, bool required, bool fallback = false)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull()) {
            if (required && error.isEmpty())
                error = u"\"%1\" is missing"_s.arg(key);
            return fallback;
        }
        if (!v.isBool()) {
            if (error.isEmpty())
                error = u"\"%1\" must be true or false"_s.arg(key);
            return fallback;
        }
        return v.toBool();
    }

    void fail(const QString& why)
    {
        if (error.isEmpty())
            error = why;
    }
};

} // namespace

QString relationshipKindToString(RelationshipKind k)
{
    switch (k) {
    case RelationshipKind::Mother: return u"mother"_s;
    case RelationshipKind::Father: return u"father"_s;
    case RelationshipKind::LegalGuardian: return u"legal_guardian"_s;
    case RelationshipKind::Caregiver: return u"caregiver"_s;
    case RelationshipKind::Other: return u"other"_s;
    }
    return u"other"_s;
}

std::optional<RelationshipKind> relationshipKindFromString(const QString& s)
{
    if (s == u"mother") return RelationshipKind::Mother;
    if (s == u"father") return RelationshipKind::Father;
    if (s == u"legal_guardian") return RelationshipKind::LegalGuardian;
    if (s == u"caregiver") return RelationshipKind::Caregiver;
    if (s == u"other") return RelationshipKind::Other;
    return std::nullopt;
}

QJsonObject toJson(const Student& s)
{
    return {
        {u"student_id"_s, s.studentId},
        {u"first_name"_s, s.firstName},
        {u"last_name"_s, s.lastName},
        {u"date_of_birth"_s, s.dateOfBirth.toString(Qt::ISODate)},
        {u"grade"_s, s.grade},
        {u"school_code"_s, s.schoolCode},
        {u"active"_s, s.active},
    };
}

QJsonObject toJson(const Guardian& g)
{
    return {
        {u"guardian_id"_s, g.guardianId},
        {u"first_name"_s, g.firstName},
        {u"last_name"_s, g.lastName},
        {u"email"_s, g.email},
        {u"phone"_s, g.phone},
        {u"address"_s, QJsonObject{
             {u"line1"_s, g.address.line1},
             {u"line2"_s, g.address.line2},
             {u"city"_s, g.address.city},
             {u"state"_s, g.address.state},
             {u"postal_code"_s, g.address.postalCode},
         }},
        {u"preferred_language"_s, g.preferredLanguage},
    };
}

QJsonObject toJson(const Relationship& r)
{
    return {
        {u"student_id"_s, r.studentId},
        {u"guardian_id"_s, r.guardianId},
        {u"relationship"_s, relationshipKindToString(r.relationship)},
        {u"custodial"_s, r.custodial},
        {u"educational_rights"_s, r.educationalRights},
        {u"portal_eligible"_s, r.portalEligible},
        {u"no_contact_order"_s, r.noContactOrder},
        {u"deleted"_s, r.deleted},
    };
}

QJsonObject toJson(const RosterPage& page)
{
    QJsonArray students, guardians, relationships;
    for (const auto& s : page.students)
        students.append(toJson(s));
    for (const auto& g : page.guardians)
        guardians.append(toJson(g));
    for (const auto& r : page.relationships)
        relationships.append(toJson(r));
    return {
        {u"students"_s, students},
        {u"guardians"_s, guardians},
        {u"relationships"_s, relationships},
        {u"next_cursor"_s, page.nextCursor},
        {u"has_more"_s, page.hasMore},
    };
}

Status checkStudent(const Student& s)
{
    if (Status person = checkPerson(u"student_id"_s, s.studentId, s.firstName, s.lastName); !person)
        return person;
    if (!s.dateOfBirth.isValid())
        return fieldError(u"date_of_birth"_s, u"not a date"_s);
    static const QRegularExpression gradeRe(u"^(TK|K|[1-9]|1[0-2])$"_s);
    if (!gradeRe.match(s.grade).hasMatch())
        return fieldError(u"grade"_s, u"\"%1\" is not a grade (TK, K, 1-12)"_s.arg(s.grade.left(10)));
    if (!isValidId(s.schoolCode))
        return fieldError(u"school_code"_s, u"not a valid school code"_s);
    return {};
}

Status checkGuardian(const Guardian& g)
{
    if (Status person = checkPerson(u"guardian_id"_s, g.guardianId, g.firstName, g.lastName); !person)
        return person;
    for (const auto& [field, value] : {std::pair{u"email"_s, g.email}, {u"phone"_s, g.phone},
                                       {u"address.line1"_s, g.address.line1},
                                       {u"address.line2"_s, g.address.line2},
                                       {u"address.city"_s, g.address.city},
                                       {u"address.state"_s, g.address.state},
                                       {u"address.postal_code"_s, g.address.postalCode}}) {
        if (const QString why = freeTextProblem(value, kMaxFreeTextLength); !why.isEmpty())
            return fieldError(field, why);
    }
    static const QRegularExpression langRe(u"^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$"_s);
    if (!g.preferredLanguage.isEmpty() && !langRe.match(g.preferredLanguage).hasMatch())
        return fieldError(u"preferred_language"_s, u"not a BCP 47 language tag"_s);
    return {};
}

Status checkRelationship(const Relationship& r)
{
    if (!isValidId(r.studentId))
        return fieldError(u"student_id"_s, u"not a valid id"_s);
    if (!isValidId(r.guardianId))
        return fieldError(u"guardian_id"_s, u"not a valid id"_s);
    return {};
}

Status checkRosterPage(const RosterPage& page)
{
    const auto named = [](const QString& array, qsizetype i, const QString& idKey, const QString& id,
                          const Status& s) {
        return Error::badInput(recordName(array, i, idKey, id) + u": "_s + s.message());
    };
    for (qsizetype i = 0; i < page.students.size(); ++i) {
        if (Status s = checkStudent(page.students[i]); !s)
            return named(u"students"_s, i, u"student_id"_s, page.students[i].studentId, s);
    }
    for (qsizetype i = 0; i < page.guardians.size(); ++i) {
        if (Status s = checkGuardian(page.guardians[i]); !s)
            return named(u"guardians"_s, i, u"guardian_id"_s, page.guardians[i].guardianId, s);
    }
    for (qsizetype i = 0; i < page.relationships.size(); ++i) {
        const Relationship& r = page.relationships[i];
        if (Status s = checkRelationship(r); !s)
            return Error::badInput(u"relationships[%1] (%2/%3): %4"_s.arg(i).arg(
                quotableId(r.studentId), quotableId(r.guardianId), s.message()));
    }
    return {};
}

Result<Student> studentFromJson(const QJsonObject& o)
{
    Reader r{o, {}};
    Student s;
    s.studentId = r.string(u"student_id"_s, true);
    s.firstName = r.string(u"first_name"_s, true);
    s.lastName = r.string(u"last_name"_s, true);
    const QString dob = r.string(u"date_of_birth"_s, true);
    s.grade = r.string(u"grade"_s, true);
    s.schoolCode = r.string(u"school_code"_s, true);
    s.active = r.boolean(u"active"_s, false, true);
    if (!r.error.isEmpty())
        return Error::badInput(r.error);
    s.dateOfBirth = QDate::fromString(dob, Qt::ISODate);
    if (!s.dateOfBirth.isValid() || dob.size() != 10)
        return fieldError(u"date_of_birth"_s, u"\"%1\" is not a date (YYYY-MM-DD)"_s.arg(dob.left(20)));
    if (Status checked = checkStudent(s); !checked)
        return checked.error();
    return s;
}

Result<Guardian> guardianFromJson(const QJsonObject& o)
{
    Reader r{o, {}};
    Guardian g;
    g.guardianId = r.string(u"guardian_id"_s, true);
    g.firstName = r.string(u"first_name"_s, true);
    g.lastName = r.string(u"last_name"_s, true);
    g.email = r.string(u"email"_s, false);
    g.phone = r.string(u"phone"_s, false);
    g.preferredLanguage = r.string(u"preferred_language"_s, false);
    const QJsonValue addr = o.value(u"address"_s);
    if (!addr.isUndefined() && !addr.isNull()) {
        if (!addr.isObject()) {
            r.fail(u"\"address\" must be an object"_s);
        } else {
            const QJsonObject a = addr.toObject();
            Reader ar{a, {}};
            g.address.line1 = ar.string(u"line1"_s, false);
            g.address.line2 = ar.string(u"line2"_s, false);
            g.address.city = ar.string(u"city"_s, false);
            g.address.state = ar.string(u"state"_s, false);
            g.address.postalCode = ar.string(u"postal_code"_s, false);
            if (!ar.error.isEmpty())
                r.fail(u"address: "_s + ar.error);
        }
    }
    if (!r.error.isEmpty())
        return Error::badInput(r.error);
    if (Status checked = checkGuardian(g); !checked)
        return checked.error();
    return g;
}

Result<Relationship> relationshipFromJson(const QJsonObject& o)
{
    Reader r{o, {}};
    Relationship rel;
    rel.studentId = r.string(u"student_id"_s, true);
    rel.guardianId = r.string(u"guardian_id"_s, true);
    rel.deleted = r.boolean(u"deleted"_s, false, false);
    const QString kind = r.string(u"relationship"_s, !rel.deleted);
    rel.custodial = r.boolean(u"custodial"_s, false);
    rel.educationalRights = r.boolean(u"educational_rights"_s, false);
    rel.portalEligible = r.boolean(u"portal_eligible"_s, false);
    rel.noContactOrder = r.boolean(u"no_contact_order"_s, false);
    if (!r.error.isEmpty())
        return Error::badInput(r.error);
    if (Status checked = checkRelationship(rel); !checked)
        return checked.error();
    if (!kind.isEmpty() || !rel.deleted) {
        const auto k = relationshipKindFromString(kind);
        if (!k)
            return fieldError(u"relationship"_s,
                              u"\"%1\" is not one of mother, father, legal_guardian, caregiver, other"_s
                                  .arg(kind.left(20)));
        rel.relationship = *k;
    }
    return rel;
}

Result<RosterPage> rosterPageFromJson(const QJsonObject& o)
{
    RosterPage page;
    const auto arrayOf = [&o](const QString& key, QJsonArray& out) -> std::optional<Error> {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull())
            return std::nullopt;
        if (!v.isArray())
            return Error::badInput(u"\"%1\" must be an array"_s.arg(key));
        out = v.toArray();
        return std::nullopt;
    };
    QJsonArray students, guardians, relationships;
    for (auto [key, arr] : {std::pair<QString, QJsonArray*>{u"students"_s, &students},
                            {u"guardians"_s, &guardians},
                            {u"relationships"_s, &relationships}}) {
        if (auto e = arrayOf(key, *arr))
            return *e;
    }
    const auto where = [](const QString& array, qsizetype i, const QJsonValue& v, const QString& idKey) {
        return recordName(array, i, idKey, v.toObject().value(idKey).toString());
    };
    for (qsizetype i = 0; i < students.size(); ++i) {
        if (!students[i].isObject())
            return Error::badInput(u"students[%1]: not an object"_s.arg(i));
        auto s = studentFromJson(students[i].toObject());
        if (!s)
            return Error::badInput(where(u"students"_s, i, students[i], u"student_id"_s) + u": "_s + s.message());
        page.students.append(std::move(s).value());
    }
    for (qsizetype i = 0; i < guardians.size(); ++i) {
        if (!guardians[i].isObject())
            return Error::badInput(u"guardians[%1]: not an object"_s.arg(i));
        auto g = guardianFromJson(guardians[i].toObject());
        if (!g)
            return Error::badInput(where(u"guardians"_s, i, guardians[i], u"guardian_id"_s) + u": "_s + g.message());
        page.guardians.append(std::move(g).value());
    }
    for (qsizetype i = 0; i < relationships.size(); ++i) {
        if (!relationships[i].isObject())
            return Error::badInput(u"relationships[%1]: not an object"_s.arg(i));
        auto r = relationshipFromJson(relationships[i].toObject());
        if (!r) {
            const QJsonObject ro = relationships[i].toObject();
            return Error::badInput(u"relationships[%1] (%2/%3): %4"_s.arg(i)
                                       .arg(quotableId(ro.value(u"student_id"_s).toString()),
                                            quotableId(ro.value(u"guardian_id"_s).toString()), r.message()));
        }
        page.relationships.append(std::move(r).value());
    }
    const QJsonValue cursor = o.value(u"next_cursor"_s);
    if (!cursor.isUndefined() && !cursor.isNull() && !cursor.isString())
        return Error::badInput(u"\"next_cursor\" must be a string"_s);
    page.nextCursor = cursor.toString();
    const QJsonValue more = o.value(u"has_more"_s);
    if (!more.isUndefined() && !more.isNull() && !more.isBool())
        return Error::badInput(u"\"has_more\" must be true or false"_s);
    page.hasMore = more.toBool();
    return page;
}

} // namespace gd
