#pragma once

#include "core/Result.h"

namespace gd {

class Database;

// The schema and its migrations. Versions are cumulative: a database at version n is brought
// to kCurrentVersion by running migrations n+1..current in ONE transaction; a database from a
// newer GuardianDesk is refused, never touched.
namespace Schema {

constexpr int kCurrentVersion = 2;
constexpr int kApplicationId = 0x47444B31;   // "GDK1" in the SQLite header: this file is ours

struct Identity {
    int version = 0;        // PRAGMA user_version
    bool foreign = false;   // holds tables but is not a GuardianDesk database
};

Result<Identity> inspect(Database& db);
Status migrate(Database& db, int fromVersion);

} // namespace Schema

} // namespace gd
