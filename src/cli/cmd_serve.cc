// dyad serve: the HTTP API and the web page over a database. Read-only unless started with
// --ingest-token, which also loads the pipeline for POST /api/articles.
#include <csignal>
#include <iostream>

#include "base/file.h"
#include "cli/commands.h"
#include "cli/query_flags.h"
#include "server/server.h"

namespace dyad::cli {
namespace {

Server* g_server = nullptr;

void OnSignal(int) {
  if (g_server != nullptr) g_server->Stop();
}

std::string DefaultWebDir() {
  if (IsDirectory("web")) return "web";
  return DYAD_SOURCE_DIR "/web";
}

}  // namespace

Status RunServe(const ServeArgs& args) {
  std::unique_ptr<Store> store;
  std::unique_ptr<Pipeline> pipeline;
  if (args.ingest_token.empty()) {
    ASSIGN_OR_RETURN(store, OpenForQuery(args.db));
  } else {
    ASSIGN_OR_RETURN(store, Store::Open(args.db));
    PipelineOptions options;
    options.model_dir = args.models.empty() ? DefaultModelDir() : args.models;
    ASSIGN_OR_RETURN(pipeline, Pipeline::Load(options));
  }
  ServerOptions options;
  options.web_dir = args.web.empty() ? DefaultWebDir() : args.web;
  options.ingest_token = args.ingest_token;
  options.max_limit = args.max_limit;
  ASSIGN_OR_RETURN(std::unique_ptr<Server> server,
                   Server::Create(store.get(), pipeline.get(), options));
  ASSIGN_OR_RETURN(int port, server->Bind(args.host, args.port));
  std::cerr << "dyad: serving " << args.db << " at http://" << args.host << ":" << port << "/"
            << (args.ingest_token.empty() ? " (read-only)" : " (ingest enabled)") << std::endl;
  g_server = server.get();
  std::signal(SIGINT, OnSignal);
  std::signal(SIGTERM, OnSignal);
  Status st = server->Serve();
  g_server = nullptr;
  return st;
}

void RegisterServe(CLI::App& app) {
  static ServeArgs args;
  auto* cmd = app.add_subcommand("serve", "HTTP API and web page over a database");
  cmd->add_option("--db", args.db, "database file")->capture_default_str();
  cmd->add_option("--host", args.host, "address to listen on")->capture_default_str();
  cmd->add_option("--port", args.port, "port (0: any free port)")->capture_default_str();
  cmd->add_option("--web", args.web, "folder of the web page (default: web/)");
  cmd->add_option("--ingest-token", args.ingest_token,
                  "accept POST /api/articles carrying 'Authorization: Bearer TOKEN'");
  cmd->add_option("--models", args.models, "model folder (with --ingest-token)");
  cmd->add_option("--max-limit", args.max_limit, "largest ?limit= accepted")->capture_default_str();
  cmd->callback([] { std::exit(Report(RunServe(args))); });
}

}  // namespace dyad::cli
