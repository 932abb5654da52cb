#include "support/EventValidator.h"

#include <QDateTime>
#include <QStringList>

#include <span>

using namespace Qt::Literals::StringLiterals;

namespace gd::test {

namespace {

// One required member of an event's data: a non-empty string, from `allowed` when given.
struct Requirement {
    const char* member;
    std::span<const char* const> allowed;
};

constexpr const char* kMethods[] = {"in_person", "video", "mail_waiver"};
constexpr const char* kNameMatch[] = {"exact", "staff_override"};
constexpr const char* kRefusalReasons[] = {"expired_id", "name_mismatch", "not_eligible", "no_contact_order",
                                           "failed_questions", "other"};
constexpr const char* kKeyKinds[] = {"pin", "access_id_password", "creation_code"};
constexpr const char* kRevocationReasons[] = {"reissued", "lost", "staff_error"};
constexpr const char* kWaiverForms[] = {"mail_email_waiver", "parent_access_request"};
constexpr const char* kIdDocumentTypes[] = {"drivers_license", "state_id", "passport", "passport_card",
                                            "consular_id", "idnyc", "military_id", "permanent_resident_card",
                                            "tribal_id", "other"};
constexpr const char* kCapturedBy[] = {"barcode", "manual"};

constexpr Requirement kVerified[] = {{"method", kMethods}, {"name_match", kNameMatch}};
constexpr Requirement kRefused[] = {{"method", kMethods}, {"reason", kRefusalReasons}};
constexpr Requirement kKeyIssued[] = {{"key_id", {}}, {"kind", kKeyKinds}, {"sealed_secret", {}}};
constexpr Requirement kKeyRevoked[] = {{"key_id", {}}, {"reason", kRevocationReasons}};
constexpr Requirement kLetterPrinted[] = {{"key_id", {}}, {"letter_id", {}}, {"language", {}}};
constexpr Requirement kWaiver[] = {{"waiver_id", {}}, {"form", kWaiverForms}};

struct EventType {
    const char* name;
    std::span<const Requirement> data;
};

constexpr EventType kEventTypes[] = {
    {"guardian.verified", kVerified},
    {"verification.refused", kRefused},
    {"access_key.issued", kKeyIssued},
    {"access_key.revoked", kKeyRevoked},
    {"letter.printed", kLetterPrinted},
    {"waiver.issued", kWaiver},
    {"waiver.received", kWaiver},
};

EventValidator::Problem missing(const QString& member)
{
    return {u"missing_member"_s, u"%1 is missing"_s.arg(member)};
}

std::optional<EventValidator::Problem> checkString(const QJsonObject& o, const char* member, const QString& prefix,
                                                   std::span<const char* const> allowed = {})
{
    const QString name = QLatin1StringView(member);
    const QJsonValue value = o.value(name);
    if (value.isUndefined() || value.isNull() || (value.isString() && value.toString().isEmpty()))
        return missing(prefix + name);
    if (!value.isString())
        return EventValidator::Problem{u"invalid_member"_s, u"%1 must be a string"_s.arg(prefix + name)};
    if (allowed.empty())
        return std::nullopt;
    for (const char* candidate : allowed) {
        if (value.toString() == QLatin1StringView(candidate))
            return std::nullopt;
    }
    return EventValidator::Problem{u"invalid_member"_s,
                                   u"%1 \"%2\" is not one of the allowed values"_s.arg(prefix + name, value.toString())};
}

} // namespace

Result<QJsonArray> EventValidator::eventsOf(const QJsonDocument& batch)
{
    if (!batch.isObject())
        return Error::badInput(u"the batch must be a JSON object"_s);
    const QJsonObject o = batch.object();
    if (!o.value(u"device_id"_s).isString() || o.value(u"device_id"_s).toString().isEmpty())
        return Error::badInput(u"device_id is missing"_s);
    if (o.contains(u"school_code"_s) && !o.value(u"school_code"_s).isString())
        return Error::badInput(u"school_code must be a string"_s);
    if (!o.value(u"events"_s).isArray())
        return Error::badInput(u"events must be an array"_s);
    const QJsonArray events = o.value(u"events"_s).toArray();
    for (qsizetype i = 0; i < events.size(); ++i) {
        if (!events[i].isObject())
            return Error::badInput(u"events[%1] is not an object"_s.arg(i));
    }
    return events;
}

std::optional<EventValidator::Problem> EventValidator::problemWith(const QJsonObject& event)
{
    for (const char* member : {"event_id", "type", "staff_id"}) {
        if (auto problem = checkString(event, member, {}))
            return problem;
    }
    const QString type = event.value(u"type"_s).toString();
    const EventType* known = nullptr;
    for (const EventType& candidate : kEventTypes) {
        if (type == QLatin1StringView(candidate.name))
            known = &candidate;
    }
    if (!known)
        return Problem{u"unknown_type"_s, u"unknown event type \"%1\""_s.arg(type)};

    if (auto problem = checkString(event, "occurred_at", {}))
        return problem;
    const QDateTime occurredAt = QDateTime::fromString(event.value(u"occurred_at"_s).toString(), Qt::ISODate);
    if (!occurredAt.isValid() || occurredAt.timeSpec() == Qt::LocalTime)
        return Problem{u"invalid_member"_s, u"occurred_at must be an RFC 3339 instant with a zone"_s};

    if (!event.value(u"data"_s).isObject())
        return event.contains(u"data"_s) ? Problem{u"invalid_member"_s, u"data must be an object"_s} : missing(u"data"_s);
    const QJsonObject data = event.value(u"data"_s).toObject();
    for (const Requirement& requirement : known->data) {
        if (auto problem = checkString(data, requirement.member, u"data."_s, requirement.allowed))
            return problem;
    }

    if (type == u"guardian.verified") {
        for (const char* member : {"student_id", "guardian_id"}) {
            if (auto problem = checkString(event, member, {}))
                return problem;
        }
        const QJsonValue document = data.value(u"id_document"_s);
        if (data.value(u"method"_s).toString() != u"mail_waiver") {
            if (!document.isObject())
                return missing(u"data.id_document"_s);
            const QJsonObject doc = document.toObject();
            if (auto problem = checkString(doc, "type", u"data.id_document."_s, kIdDocumentTypes))
                return problem;
            if (doc.contains(u"captured_by"_s)) {
                if (auto problem = checkString(doc, "captured_by", u"data.id_document."_s, kCapturedBy))
                    return problem;
            }
        }
        if (data.value(u"name_match"_s).toString() == u"staff_override") {
            if (auto problem = checkString(data, "override_reason", u"data."_s))
                return problem;
        }
    } else if (type == u"verification.refused") {
        if (auto problem = checkString(event, "student_id", {}))
            return problem;
    }
    return std::nullopt;
}

} // namespace gd::test
