#include "sync/RetryPolicy.h"

#include <QLocale>

#include <algorithm>

namespace gd {

BackoffState RetryPolicy::afterFailure(const BackoffState& previous, const QDateTime& now, const QString& error,
                                       std::optional<qint64> retryAfterSeconds, double jitter) const
{
    BackoffState next;
    next.failures = previous.failures + 1;
    next.lastError = error;
    // 2^(n-1) steps, computed without overflow: past the cap the exponent no longer matters.
    qint64 step = baseSeconds;
    for (int i = 1; i < next.failures && step < capSeconds; ++i)
        step *= 2;
    step = std::min(step, capSeconds);
    const double clampedJitter = std::clamp(jitter, 0.0, 1.0);
    qint64 delay = std::max<qint64>(1, qint64(double(step) * (0.5 + 0.5 * clampedJitter)));
    if (retryAfterSeconds)
        delay = std::max(delay, std::clamp<qint64>(*retryAfterSeconds, 0, kLongestRetryAfterSeconds));
    // Whole seconds, rounded up: the schedule is stored to the second and never comes early.
    QDateTime at = now.toUTC().addSecs(delay);
    if (const int ms = at.time().msec(); ms > 0)
        at = at.addMSecs(1000 - ms);
    next.nextAttemptAt = at;
    return next;
}

std::optional<qint64> RetryPolicy::parseRetryAfter(const QByteArray& value, const QDateTime& now)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    bool ok = false;
    const qint64 seconds = trimmed.toLongLong(&ok);
    if (ok)
        return seconds >= 0 ? std::optional<qint64>(seconds) : std::nullopt;
    // IMF-fixdate: "Sun, 06 Nov 1994 08:49:37 GMT".
    const QDateTime at = QLocale::c().toDateTime(QString::fromLatin1(trimmed), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!at.isValid())
        return std::nullopt;
    QDateTime utc = at;
    utc.setTimeSpec(Qt::UTC);
    return std::max<qint64>(0, now.secsTo(utc));
}

} // namespace gd
