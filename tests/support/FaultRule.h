#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QString>

namespace gd::test {

// A fault the district stub injects for requests to one path (and optionally one method):
// what the kiosk must survive, from a 503 with Retry-After to a reply that never comes.
struct FaultRule {
    enum class Action {
        Status,         // answer `status` (with Retry-After when retryAfterSeconds >= 0)
        Delay,          // answer normally, late
        Reset,          // abort the connection with a TCP reset, no answer
        Hang,           // read the request, never answer
        ExpireToken,    // answer 401 invalid_token as if the access token had expired
        LoseAnswer,     // handle the request (events are stored), then drop the connection unanswered
        Body,           // answer `status` with `body` as it is (a bad roster page, ...); tests only
    };

    QString path;                 // exact, or a prefix ending in '*'; "*" matches every path
    QByteArray method;            // empty: any method
    Action action = Action::Status;
    int status = 503;
    int retryAfterSeconds = -1;   // -1: no Retry-After header
    int delayMs = 0;              // waited before any action (Delay: before the normal answer)
    int count = -1;               // how many requests it applies to; -1: all of them
    QByteArray body;              // for Body

    bool matches(const QByteArray& requestMethod, const QString& requestPath) const;

    // Parses "path=/v1/events,method=POST,status=503,retry-after=5,count=2",
    // "path=/v1/roster,delay=1500", "path=/v1/events,reset", "path=/v1/health,hang",
    // "path=/v1/roster,expire-token", "path=/v1/events,lose-answer" (the --fault flag of
    // district-stub).
    static Result<FaultRule> parse(const QString& spec);
    QString toString() const;

    static QString actionName(Action action);
};

} // namespace gd::test
