#pragma once

#include "core/Result.h"
#include "core/Staff.h"

#include <QDateTime>
#include <QString>

namespace gd {

class Database;

// The district's retention period (setting retention.id_details_days): a verification older
// than that loses its ID details (issuer, last 4, expiry, how it was captured, the "other ID"
// description and a name-override note) in the log and in the copies of its event the district
// has already received. Its ID type, method and outcome stay, so counts and reports still add
// up. An event still waiting for the district keeps its details until it is delivered: a later
// purge takes them. One audited transaction; the write-ahead log keeps no old copy after it.
class Retention {
public:
    explicit Retention(Database& db);

    struct Report {
        int days = 0; // the period applied
        QString cutoff; // RFC 3339 UTC: verifications before it are due
        qint64 verifications = 0; // purged (or, for due(), to purge)
        qint64 events = 0; // delivered events stripped
        qint64 eventsWaiting = 0; // due, but not yet delivered: kept for now
    };

    // What a purge at `now` would take; changes nothing.
    Result<Report> due(const QDateTime& now);
    // Purges what is due at `now`. Administrators only.
    Result<Report> purge(const Actor& actor, const QDateTime& now);

private:
    Result<Report> count(const QDateTime& now);
    Database& m_db;
};

} // namespace gd
