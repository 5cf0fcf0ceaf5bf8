// dyad query: filtered, deduplicated events from the store, as a table on a terminal or in one
// of the event formats (docs/formats/outputs.md).
#include <unistd.h>

#include <iostream>

#include "cli/commands.h"
#include "cli/query_flags.h"

namespace dyad::cli {
namespace {

struct QueryArgs {
  QueryFlags flags;
  std::string format;  // "" = table on a terminal, jsonl otherwise
  int64_t limit = 100;
  int64_t offset = 0;
};

Status RunQuery(QueryArgs& args) {
  RETURN_IF_ERROR(FinishQueryFlags(&args.flags));
  args.flags.query.limit = args.limit;
  args.flags.query.offset = args.offset;
  std::string format = args.format;
  if (format.empty()) format = isatty(STDOUT_FILENO) ? "table" : "jsonl";
  Result<EventFormat> event_format = EventFormat::kJsonl;
  if (format != "table") {
    event_format = ParseEventFormat(format);
    if (!event_format.ok())
      return Status::InvalidArgument("--format: " + event_format.status().message());
  }
  ASSIGN_OR_RETURN(std::unique_ptr<Store> store, OpenForQuery(args.flags.db));
  ASSIGN_OR_RETURN(std::vector<StoredEvent> events, store->Events(args.flags.query));
  if (format == "table") {
    WriteEventTable(events, std::cout);
    ASSIGN_OR_RETURN(int64_t total, store->CountEvents(args.flags.query));
    std::cout << events.size() << " of " << total << " events (--dedup " << args.flags.dedup
              << ")\n";
    return Status::Ok();
  }
  WriteHeader(*event_format, std::cout);
  WriteStoredEvents(*event_format, events, std::cout);
  return Status::Ok();
}

}  // namespace

void RegisterQuery(CLI::App& app) {
  static QueryArgs args;
  auto* cmd = app.add_subcommand("query", "events from the store, filtered and deduplicated");
  AddQueryFlags(cmd, &args.flags);
  cmd->add_option("--format", args.format,
                  "table, jsonl, csv, gdelt, phoenix, icews or plover (default: table on a "
                  "terminal, else jsonl)");
  cmd->add_option("--limit", args.limit, "at most this many events")->capture_default_str();
  cmd->add_option("--offset", args.offset, "skip this many first")->capture_default_str();
  cmd->callback([] { std::exit(Report(RunQuery(args))); });
}

}  // namespace dyad::cli
