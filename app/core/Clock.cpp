#include "core/Clock.h"


namespace gd {

QString toIsoUtc(const QDateTime& t)
{
    return t.toUTC().toString(Qt::ISODate);
}

QString Clock::nowIso() const
{
    return toIsoUtc(now());
}

const Clock& Clock::system()
{
    static const SystemClock clock;
    return clock;
}

QDateTime SystemClock::now() const
{
    return QDateTime::currentDateTimeUtc();
}

ManualClock::ManualClock(QDateTime start)
    : m_now(start.toUTC())
{
}

} // namespace gd
