#pragma once

#include "core/Result.h"
#include "core/Staff.h"
#include "storage/RosterStore.h"

#include <functional>

namespace gd {

class Database;

// Brings roster records into the database: from a file of roster pages (import-roster), or
// from the deterministic demo generator (seed-demo).
class RosterImport {
public:
    // (done, total) -> false to cancel.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    explicit RosterImport(Database& db);

    // A JSON file holding one roster page, an array of pages, or {"pages": [...]}, in the
    // district-api shape. Every record is checked first; a bad record names the file, page
    // and record, and nothing is written. The whole file is one transaction.
    Result<RosterStore::Counts> importFile(const Actor& actor, const QString& path);

    // Checks a parsed set of pages against each other and the database (every link must name a
    // student and an adult that exist) and writes them in one transaction.
    Result<RosterStore::Counts> importPages(const Actor& actor, const QList<RosterPage>& pages,
                                            const QString& source);

    // The demo roster: `students` students from `seed`, written in chunks (one transaction and
    // one audit entry each) so progress shows and a cancel keeps whole families only.
    Result<RosterStore::Counts> seedDemo(const Actor& actor, qint64 students, quint64 seed,
                                         const Progress& progress = {});

    // What in this database is not demo data, in words (empty when it holds demo data only):
    // roster records that came from an import or the district rather than seed-demo, and
    // verifications made by staff rather than the demo accounts. seed-demo refuses such a
    // database unless forced, so made-up families never mix with real ones.
    Result<QStringList> nonDemoRecords();

private:
    Database& m_db;
};

} // namespace gd
