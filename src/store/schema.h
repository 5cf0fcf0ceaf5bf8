// The store's schema as an ordered list of migrations. Version N is reached by applying
// migrations 1..N in order, each in its own transaction; schema_version records the last one.
// Never edit a released migration: add a new one.
#ifndef DYAD_STORE_SCHEMA_H_
#define DYAD_STORE_SCHEMA_H_

#include <string>

#include "dyad/status.h"
#include "store/sqlite.h"

namespace dyad {

// The version this build writes and reads.
int CurrentSchemaVersion();

// Ingest-time deduplication modes: "story" (one-a-story) and "day" (one-a-day). Each has a
// first-record flag and counts on events (<mode>_first, _mentions, _articles, _sources) and a
// rollup table per dyad and day.
std::string DedupDaysTable(const std::string& mode);
// SQL that recomputes a mode's flags and counts of all events (the migrations that add a mode
// run it, as does the synthetic bench generator after its bulk load).
std::string DedupGroupsSql(const std::string& mode);
// SQL that rebuilds a mode's rollup table from its first records ("all": from every record,
// the rollup of queries without deduplication).
std::string DedupDaysSql(const std::string& mode);
// Both modes' groups and every rollup.
std::string RegroupAllSql();

// Applies the missing migrations. A database newer than this build is refused (Corruption
// would be wrong: it is simply from the future). A read-only connection is only checked.
Result<int> MigrateSchema(sql::Connection& db, bool read_only);

}  // namespace dyad

#endif  // DYAD_STORE_SCHEMA_H_
