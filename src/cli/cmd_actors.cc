// dyad actors: the people and organisations in the store, with their titles and the dates
// they appear.
#include <iostream>
#include <nlohmann/json.hpp>

#include "cli/commands.h"
#include "cli/query_flags.h"

namespace dyad::cli {
namespace {

struct ActorsArgs {
  std::string db = "dyad.db";
  ActorQuery query;
};

Status RunActors(const ActorsArgs& args) {
  ASSIGN_OR_RETURN(std::unique_ptr<Store> store, OpenForQuery(args.db));
  ASSIGN_OR_RETURN(std::vector<ActorSummary> actors, store->Actors(args.query));
  for (const ActorSummary& a : actors) {
    nlohmann::ordered_json json = {{"name", a.name},           {"type", a.type},
                                   {"code", a.code},           {"country", a.country},
                                   {"titles", a.titles},       {"first_date", a.first_date},
                                   {"last_date", a.last_date}, {"articles", a.articles}};
    std::cout << json.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
  }
  return Status::Ok();
}

}  // namespace

void RegisterActors(CLI::App& app) {
  static ActorsArgs args;
  auto* cmd = app.add_subcommand("actors", "people and organisations with their titles (JSONL)");
  cmd->add_option("--db", args.db, "database file")->capture_default_str();
  cmd->add_option("--name", args.query.name, "part of the name");
  cmd->add_option("--country", args.query.country, "country code");
  cmd->add_option("--type", args.query.type, "PER or ORG");
  cmd->add_option("--limit", args.query.limit, "at most this many")->capture_default_str();
  cmd->add_option("--offset", args.query.offset, "skip this many first");
  cmd->callback([] { std::exit(Report(RunActors(args))); });
}

}  // namespace dyad::cli
