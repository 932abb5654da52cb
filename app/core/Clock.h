#pragma once

#include <QDateTime>

namespace gd {

// Time is injected: services ask a Clock, tests hand them a ManualClock and never sleep.
class Clock {
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;          // always UTC
    QString nowIso() const;                     // RFC 3339, seconds, "Z"

    static const Clock& system();
};

class SystemClock final : public Clock {
public:
    QDateTime now() const override;
};

// A clock that stands still until told to move.
class ManualClock final : public Clock {
public:
    explicit ManualClock(QDateTime start = QDateTime(QDate(2026, 9, 1), QTime(15, 0), Qt::UTC));
    QDateTime now() const override { return m_now; }
    void set(const QDateTime& t) { m_now = t.toUTC(); }
    void advanceSeconds(qint64 s) { m_now = m_now.addSecs(s); }

private:
    QDateTime m_now;
};

QString toIsoUtc(const QDateTime& t);

} // namespace gd
