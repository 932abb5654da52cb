#pragma once

#include "core/Result.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <optional>

namespace gd::test {

// The district's checks on POST /v1/events (district-api.md, "Event push").
class EventValidator {
public:
    struct Problem {
        QString code;      // "unknown_type", "missing_member", "invalid_member"
        QString message;
    };

    // The batch's events when its shape is right (an object with device_id and an array of
    // objects in "events"); otherwise why the whole batch is malformed (answered with 400).
    static Result<QJsonArray> eventsOf(const QJsonDocument& batch);

    // Why the district rejects this event, or nullopt when it accepts it.
    static std::optional<Problem> problemWith(const QJsonObject& event);
};

} // namespace gd::test
