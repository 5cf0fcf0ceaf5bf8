// The store's schema as an ordered list of migrations. Version N is reached by applying
// migrations 1..N in order, each in its own transaction; schema_version records the last one.
// Never edit a released migration: add a new one.
#ifndef DYAD_STORE_SCHEMA_H_
#define DYAD_STORE_SCHEMA_H_

#include "dyad/status.h"
#include "store/sqlite.h"

namespace dyad {

// The version this build writes and reads.
int CurrentSchemaVersion();

// SQL that recomputes the one-a-story flags and counts of all events (migration 2 runs it; so
// does the synthetic bench generator after its bulk load).
extern const char* const kStoryGroupsSql;
// SQL that rebuilds the story_days rollup from the story_first records (migration 3; the
// bench generator after kStoryGroupsSql).
extern const char* const kStoryDaysSql;

// Applies the missing migrations. A database newer than this build is refused (Corruption
// would be wrong: it is simply from the future). A read-only connection is only checked.
Result<int> MigrateSchema(sql::Connection& db, bool read_only);

}  // namespace dyad

#endif  // DYAD_STORE_SCHEMA_H_
