#pragma once

#include "core/Result.h"

#include <QDateTime>
#include <QString>

namespace gd {

// The answer to DistrictClient::checkHealth().
struct HealthResult {
    // district-api.md: the kiosk shows the skew when it exceeds two minutes.
    static constexpr qint64 kNoteworthySkewSeconds = 120;

    bool ok = false;
    QString message;                       // for staff: what happened, what to do
    ErrorKind errorKind = ErrorKind::Failed;   // when !ok: Io is transient, the rest need a person
    QDateTime serverTime;                  // UTC, when ok
    qint64 clockSkewSeconds = 0;           // server time minus kiosk time: > 0, the kiosk is behind

    bool skewIsNoteworthy() const { return ok && qAbs(clockSkewSeconds) > kNoteworthySkewSeconds; }
};

} // namespace gd
