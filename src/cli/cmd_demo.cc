// dyad demo: the main job in one command. Ingests the seed article(s) and the bundled
// examples/ into a database, then serves the web page over it. Rerunning it skips what is
// already stored and serves at once. examples/ holds short illustrative articles written for
// dyad (visits, agreements, protests, sanctions, clashes, mediation), not published reports;
// it has no README because every file in it is read as an article.
#include <iostream>

#include "base/file.h"
#include "cli/commands.h"

namespace dyad::cli {
namespace {

struct DemoArgs {
  std::string db = "dyad-demo.db";
  std::string host = "127.0.0.1";
  int port = 8080;
  std::string seeds;
  std::string examples;
  std::string models;
  bool no_serve = false;
};

// The seed articles: $DYAD_SEEDS, else ../shared/seeds beside the data folder.
std::string DefaultSeedsDir() {
  if (const char* env = std::getenv("DYAD_SEEDS")) return env;
  return "../shared/seeds";
}

std::string DefaultExamplesDir() {
  if (IsDirectory("examples")) return "examples";
  return DYAD_SOURCE_DIR "/examples";
}

Status RunDemo(const DemoArgs& args) {
  IngestArgs ingest;
  ingest.db = args.db;
  ingest.models = args.models;
  for (const std::string& dir : {args.seeds.empty() ? DefaultSeedsDir() : args.seeds,
                                 args.examples.empty() ? DefaultExamplesDir() : args.examples}) {
    if (IsDirectory(dir)) {
      ingest.inputs.push_back(dir);
    } else {
      std::cerr << "dyad: demo: " << dir << " not found, left out\n";
    }
  }
  if (ingest.inputs.empty()) {
    return Status::NotFound("no seed or example articles found (set --seeds or --examples)");
  }
  std::cerr << "dyad: demo: ingesting into " << args.db << "\n";
  CatchStopSignals();
  Status ingested = RunIngest(ingest);
  // A skipped bad article is reported but does not stop the demo; an interrupt does.
  if (!ingested.ok() && ingested.code() != StatusCode::kInvalidArgument) return ingested;
  if (!ingested.ok()) Report(ingested);
  if (args.no_serve) return Status::Ok();
  ServeArgs serve;
  serve.db = args.db;
  serve.host = args.host;
  serve.port = args.port;
  serve.models = args.models;
  return RunServe(serve);
}

}  // namespace

void RegisterDemo(CLI::App& app) {
  static DemoArgs args;
  auto* cmd = app.add_subcommand("demo", "ingest the seed and examples/, then serve them");
  cmd->add_option("--db", args.db, "database file")->capture_default_str();
  cmd->add_option("--host", args.host, "address to listen on")->capture_default_str();
  cmd->add_option("--port", args.port, "port (0: any free port)")->capture_default_str();
  cmd->add_option("--seeds", args.seeds, "seed articles folder (default: ../shared/seeds)");
  cmd->add_option("--examples", args.examples, "example articles folder (default: examples/)");
  cmd->add_option("--models", args.models, "model folder");
  cmd->add_flag("--no-serve", args.no_serve, "only ingest");
  cmd->callback([] { std::exit(Report(RunDemo(args))); });
}

}  // namespace dyad::cli
