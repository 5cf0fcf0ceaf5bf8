// The event filters shared by `dyad query`, `dyad series` and `dyad export`, so every command
// spells them the same way as the HTTP API.
#ifndef DYAD_CLI_QUERY_FLAGS_H_
#define DYAD_CLI_QUERY_FLAGS_H_

#include <CLI/CLI.hpp>
#include <string>

#include "dyad/store.h"
#include "io/event_formats.h"

namespace dyad::cli {

struct QueryFlags {
  std::string db = "dyad.db";
  EventQuery query;
  std::string dedup = "story";
};

// Adds --db, --source, --target, --dyad, --actor, --code, --root, --quad, --since, --until,
// --place, --text and --dedup to `cmd`.
void AddQueryFlags(CLI::App* cmd, QueryFlags* flags);

// Applies --dedup and checks the filters; errors name the flag.
Status FinishQueryFlags(QueryFlags* flags);

// Opens the store read-only: queries never create or migrate a database.
Result<std::unique_ptr<Store>> OpenForQuery(const std::string& db);

// Writes events in one of the event formats, keeping the store's counts (GDELT columns) and
// merging consecutive records of one article for plover.
void WriteStoredEvents(EventFormat format, const std::vector<StoredEvent>& events,
                       std::ostream& out);

// A fixed-width text table for a terminal: day, dyad, code, Goldstein, counts, trigger.
void WriteEventTable(const std::vector<StoredEvent>& events, std::ostream& out);

}  // namespace dyad::cli

#endif  // DYAD_CLI_QUERY_FLAGS_H_
