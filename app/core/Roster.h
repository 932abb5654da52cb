#pragma once

#include "core/Result.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace gd {

// The roster records of the district API (district-api.md, "Roster pull"), field for field.
struct Address {
    QString line1;
    QString line2;
    QString city;
    QString state;
    QString postalCode;

    bool isEmpty() const { return line1.isEmpty() && city.isEmpty() && postalCode.isEmpty(); }
    // Enough for the postal service: street, city and postal code.
    bool isMailable() const
    {
        return !line1.trimmed().isEmpty() && !city.trimmed().isEmpty() && !postalCode.trimmed().isEmpty();
    }
    bool operator==(const Address&) const = default;
};

struct Student {
    QString studentId;
    QString firstName;
    QString lastName;
    QDate dateOfBirth;
    QString grade;          // "TK", "K", "1".."12"
    QString schoolCode;
    bool active = true;
    bool operator==(const Student&) const = default;
};

struct Guardian {
    QString guardianId;
    QString firstName;
    QString lastName;
    QString email;
    QString phone;
    Address address;
    QString preferredLanguage;   // BCP 47
    bool operator==(const Guardian&) const = default;
};

enum class RelationshipKind { Mother, Father, LegalGuardian, Caregiver, Other };

QString relationshipKindToString(RelationshipKind k);
std::optional<RelationshipKind> relationshipKindFromString(const QString& s);

struct Relationship {
    QString studentId;
    QString guardianId;
    RelationshipKind relationship = RelationshipKind::Other;
    bool custodial = false;
    bool educationalRights = false;
    bool portalEligible = false;
    bool noContactOrder = false;
    bool deleted = false;
    bool operator==(const Relationship&) const = default;
};

struct RosterPage {
    QList<Student> students;
    QList<Guardian> guardians;
    QList<Relationship> relationships;
    QString nextCursor;
    bool hasMore = false;
};

// JSON in the district-api shape. Parsing is strict about what the kiosk relies on (ids,
// names, types, dates) and names the first bad record ("students[3] (id 1002): ...").
QJsonObject toJson(const Student& s);
QJsonObject toJson(const Guardian& g);
QJsonObject toJson(const Relationship& r);
QJsonObject toJson(const RosterPage& page);

// The checks on a record's own fields that parsing applies, for records made in code too (a
// page built by hand or by the sync engine): names and addresses follow TextChecks, ids and
// codes their formats. A BadInput error names the field; checkRosterPage names the record too
// ("guardians[2] (guardian_id G-7): address.line1: contains ...").
Status checkStudent(const Student& s);
Status checkGuardian(const Guardian& g);
Status checkRelationship(const Relationship& r);
Status checkRosterPage(const RosterPage& page);

Result<Student> studentFromJson(const QJsonObject& o);
Result<Guardian> guardianFromJson(const QJsonObject& o);
Result<Relationship> relationshipFromJson(const QJsonObject& o);
Result<RosterPage> rosterPageFromJson(const QJsonObject& o);

} // namespace gd
