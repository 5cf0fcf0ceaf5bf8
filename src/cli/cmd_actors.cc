// dyad actors FILE...: one JSON line per distinct person, organisation or place of each
// article, with its CAMEO code, country, sectors, titles and the byte spans of its mentions.
// dyad actors --db PATH: the people and organisations in a store, with their titles and the
// dates they appear.
#include <iostream>
#include <nlohmann/json.hpp>

#include "cli/actor_flags.h"
#include "cli/commands.h"
#include "cli/query_flags.h"
#include "dyad/pipeline.h"
#include "io/article_reader.h"

namespace dyad::cli {
namespace {

struct ActorsArgs {
  std::vector<std::string> inputs;
  std::string date;
  std::string models;
  std::string tables;
  bool nominals = false;
  ActorFlags dictionaries;
  std::string db;
  ActorQuery query;
};

Status ListStoredActors(const ActorsArgs& args) {
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

void WriteActors(const Document& doc, bool nominals) {
  for (const Actor& a : doc.actors) {
    nlohmann::ordered_json j;
    j["article_id"] = doc.id;
    j["entity"] = a.name;
    j["type"] = a.type;
    j["code"] = a.code;
    j["country"] = a.country;
    j["sectors"] = a.sectors;
    j["titles"] = a.titles;
    nlohmann::json spans = nlohmann::json::array();
    for (int m : a.mentions) {
      spans.push_back({doc.mentions[m].span.begin, doc.mentions[m].span.end});
    }
    j["mentions"] = spans;
    std::cout << j.dump() << "\n";
  }
  if (!nominals) return;
  // Coded mentions that name no one ("the Chinese delegation").
  for (const ActorMention& m : doc.mentions) {
    if (m.actor >= 0 || (m.code.empty() && m.members.empty())) continue;
    nlohmann::ordered_json j;
    j["article_id"] = doc.id;
    j["mention"] = m.text;
    j["code"] = m.code;
    j["country"] = m.country;
    j["sectors"] = m.sectors;
    j["span"] = {m.span.begin, m.span.end};
    if (!m.members.empty()) {
      std::vector<std::string> names;
      for (int a : m.members) names.push_back(doc.actors[a].name);
      j["stands_for"] = names;
    }
    std::cout << j.dump() << "\n";
  }
}

Status RunActors(const ActorsArgs& args) {
  if (args.inputs.empty()) {
    if (args.db.empty()) return Status::InvalidArgument("actors: give article files or --db");
    return ListStoredActors(args);
  }
  PipelineOptions options;
  options.model_dir = args.models.empty() ? DefaultModelDir() : args.models;
  options.tables_dir = args.tables.empty() ? DefaultTablesDir() : args.tables;
  options.places_file = DefaultPlacesFile();
  options.actors = true;
  RETURN_IF_ERROR(ApplyActorFlags(args.dictionaries, &options));
  ASSIGN_OR_RETURN(std::unique_ptr<Pipeline> pipeline, Pipeline::Load(options));
  ReadOptions read_options;
  read_options.default_date = args.date;
  std::vector<Diagnostic> errors;
  for (const std::string& input : args.inputs) {
    Status st = ReadArticles(
        input, read_options,
        [&](Document&& doc) {
          pipeline->Annotate(&doc);
          WriteActors(doc, args.nominals);
        },
        &errors);
    if (!st.ok()) errors.push_back({input, st.message()});
  }
  for (const Diagnostic& e : errors) std::cerr << "dyad: skipped: " << SkippedMessage(e) << "\n";
  if (!errors.empty()) {
    return Status::InvalidArgument(std::to_string(errors.size()) + " input(s) skipped");
  }
  return Status::Ok();
}

}  // namespace

void RegisterActors(CLI::App& app) {
  static ActorsArgs args;
  auto* cmd = app.add_subcommand("actors", "list the people, organisations and places of articles");
  cmd->add_option("inputs", args.inputs, "article files or folders (.txt, .jsonl)");
  cmd->add_option("--date", args.date, "article date for plain text without a 'date' line");
  cmd->add_option("--models", args.models, "model folder");
  cmd->add_option("--tables", args.tables, "dyad's tables folder (with kb/ and events/)");
  cmd->add_flag("--nominals", args.nominals, "also list coded mentions that name no one");
  AddActorFlags(cmd, &args.dictionaries);
  cmd->add_option("--db", args.db, "list the actors of this database instead of files");
  cmd->add_option("--name", args.query.name, "with --db: part of the name");
  cmd->add_option("--country", args.query.country, "with --db: country code");
  cmd->add_option("--type", args.query.type, "with --db: PER or ORG");
  cmd->add_option("--limit", args.query.limit, "with --db: at most this many")
      ->capture_default_str();
  cmd->add_option("--offset", args.query.offset, "with --db: skip this many first");
  cmd->callback([] { std::exit(Report(RunActors(args))); });
}

}  // namespace dyad::cli
