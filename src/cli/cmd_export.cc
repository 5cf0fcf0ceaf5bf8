// dyad export: whole tables out of the store. events: every record (no deduplication unless
// --dedup) in an event format; articles: JSONL that `dyad ingest` reads back.
#include <iostream>
#include <nlohmann/json.hpp>

#include "cli/commands.h"
#include "cli/query_flags.h"

namespace dyad::cli {
namespace {

constexpr int64_t kPage = 10000;

struct ExportArgs {
  QueryFlags flags;
  std::string table = "events";
  std::string format = "jsonl";
};

Status ExportEvents(Store& store, EventQuery query, EventFormat format) {
  WriteHeader(format, std::cout);
  query.limit = kPage;
  for (query.offset = 0;; query.offset += kPage) {
    ASSIGN_OR_RETURN(std::vector<StoredEvent> events, store.Events(query));
    WriteStoredEvents(format, events, std::cout);
    if (static_cast<int64_t>(events.size()) < kPage) return Status::Ok();
  }
}

Status ExportArticles(Store& store) {
  for (int64_t offset = 0;; offset += kPage) {
    ASSIGN_OR_RETURN(std::vector<std::string> ids, store.ArticleIds(kPage, offset));
    for (const std::string& id : ids) {
      ASSIGN_OR_RETURN(Document doc, store.Article(id));
      nlohmann::ordered_json json = {{"id", doc.id},   {"date", doc.date},     {"title", doc.title},
                                     {"url", doc.url}, {"source", doc.source}, {"text", doc.text}};
      std::cout << json.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
    }
    if (static_cast<int64_t>(ids.size()) < kPage) return Status::Ok();
  }
}

Status RunExport(ExportArgs& args) {
  RETURN_IF_ERROR(FinishQueryFlags(&args.flags));
  ASSIGN_OR_RETURN(std::unique_ptr<Store> store, OpenForQuery(args.flags.db));
  if (args.table == "articles") {
    if (args.format != "jsonl")
      return Status::InvalidArgument("--format: articles export as jsonl");
    return ExportArticles(*store);
  }
  if (args.table != "events") {
    return Status::InvalidArgument("--table: expected events or articles, got '" + args.table +
                                   "'");
  }
  Result<EventFormat> format = ParseEventFormat(args.format);
  if (!format.ok()) return Status::InvalidArgument("--format: " + format.status().message());
  return ExportEvents(*store, args.flags.query, *format);
}

}  // namespace

void RegisterExport(CLI::App& app) {
  static ExportArgs args;
  args.flags.dedup = "none";
  auto* cmd = app.add_subcommand("export", "write a whole table of the store");
  AddQueryFlags(cmd, &args.flags);
  cmd->add_option("--table", args.table, "events or articles")->capture_default_str();
  cmd->add_option("--format", args.format, "jsonl, csv, gdelt, phoenix, icews or plover")
      ->capture_default_str();
  cmd->callback([] { std::exit(Report(RunExport(args))); });
}

}  // namespace dyad::cli
