#pragma once

#include "core/SyncStore.h"

#include <QByteArray>
#include <QDateTime>

#include <optional>

namespace gd {

// When to try the district again after a failure: exponential back-off from `base`, doubled
// for each failure in a row, capped, with jitter so a district's kiosks do not return in step
// after an outage. A server's Retry-After is a floor, never shortened by the jitter.
class RetryPolicy {
public:
    qint64 baseSeconds = 30;
    qint64 capSeconds = 3600;
    static constexpr qint64 kLongestRetryAfterSeconds = 24 * 3600;

    // The schedule after one more failure. `jitter` is in [0, 1): the delay is drawn from
    // [half, all] of the exponential step.
    BackoffState afterFailure(const BackoffState& previous, const QDateTime& now, const QString& error,
                              std::optional<qint64> retryAfterSeconds, double jitter) const;

    // Retry-After as delta-seconds or an HTTP-date (RFC 9110, 10.2.3); nullopt when absent or
    // unreadable.
    static std::optional<qint64> parseRetryAfter(const QByteArray& value, const QDateTime& now);
};

} // namespace gd
