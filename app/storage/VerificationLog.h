#pragma once

#include "core/Result.h"

#include <QByteArrayView>
#include <QDate>
#include <QList>
#include <QString>

#include <array>
#include <functional>

namespace gd {

class Database;

// Reading the verification log for exports and reports. Read-only; the rows come from one
// snapshot of the database, so a count, the rows and the totals agree even while the kiosk
// goes on working. Dates are the kiosk's local calendar days.
namespace VerificationLog {

struct Filter {
    QDate from; // first day, inclusive (required)
    QDate to; // last day, inclusive (required)
    QString schoolCode; // each: empty means any
    QString staffId;
    QString method; // in_person, video, mail_waiver
    QString outcome; // verified, refused
    QString idType; // as stored (drivers_license, passport, ...)

    // Refuses a range that is empty, reversed or longer than ten years, and values outside
    // their sets, with the reason.
    Status check() const;
};

// The columns of an export, in order. Only what a district needs to account for a
// verification: ids and names, who and how, and no more of an ID than its type, issuer, last 4
// and expiry. Never a key, a password, a full ID number, an address or a phone.
inline constexpr std::array<const char*, 19> kColumns =
    {"verification_id", "occurred_at",    "school_code", "student_id",          "student_name",
     "guardian_id",     "guardian_name",  "staff_id",    "device_id",           "method",
     "outcome",         "refusal_reason", "id_type",     "id_issuer",           "id_last4",
     "id_expires_on",   "id_captured_by", "name_match",  "id_details_purged_at"};

// One row, as UTF-8 views valid only during the callback (no copies for a million rows).
using Row = std::array<QByteArrayView, kColumns.size()>;

// How many rows the filter selects.
Result<qint64> count(Database& db, const Filter& filter);

// Calls `onRow` for each row, oldest first. A non-ok Status from the callback (a write error,
// a cancel) stops the walk and is returned.
Status forEach(Database& db, const Filter& filter, const std::function<Status(const Row&)>& onRow);

struct Count {
    QString label; // a stored code (method, ID type, reason); "" when none was recorded
    qint64 count = 0;
};
struct Day {
    QDate date;
    qint64 verified = 0;
    qint64 refused = 0;
};
struct Summary {
    qint64 total = 0;
    qint64 verified = 0;
    qint64 refused = 0;
    QList<Day> perDay; // days with at least one verification, in order
    QList<Count> byMethod; // most first
    QList<Count> byIdType;
    QList<Count> refusalsByReason;
    QList<Count> bySchool;
};
Result<Summary> summarize(Database& db, const Filter& filter);

} // namespace VerificationLog
} // namespace gd
