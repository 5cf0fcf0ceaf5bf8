// Each subcommand lives in its own file and registers itself on the app.
#ifndef DYAD_CLI_COMMANDS_H_
#define DYAD_CLI_COMMANDS_H_

#include <CLI/CLI.hpp>
#include <cstdint>
#include <string>
#include <vector>

#include "cli/actor_flags.h"
#include "dyad/document.h"
#include "dyad/pipeline.h"
#include "dyad/status.h"

namespace dyad::cli {

void RegisterParse(CLI::App& app);
void RegisterTrain(CLI::App& app);
void RegisterEval(CLI::App& app);
// Adds `ner` under the `eval` subcommand.
void RegisterEvalNer(CLI::App& eval);
// Adds `timex` under the `eval` subcommand.
void RegisterEvalTimex(CLI::App& eval);
// Adds `places` under the `eval` subcommand.
void RegisterEvalPlaces(CLI::App& eval);
// Adds `events` (gold sentence sets) under the `eval` subcommand.
void RegisterEvalEvents(CLI::App& eval);
// Adds `petrarch` (PETRARCH validation suites) under the `eval` subcommand.
void RegisterEvalPetrarch(CLI::App& eval);
void RegisterBench(CLI::App& app);
// Adds `code` under the `bench` subcommand.
void RegisterBenchCode(CLI::App& bench);
void RegisterCode(CLI::App& app);
// Adds `store` (query latency on a synthetic database) under the `bench` subcommand.
void RegisterBenchStore(CLI::App& bench);
// Adds `ingest` (pipeline alone vs pipeline + store) under the `bench` subcommand.
void RegisterBenchIngest(CLI::App& bench);
// dyad demo: ingests the seed and examples/, then serves them.
void RegisterDemo(CLI::App& app);
void RegisterIngest(CLI::App& app);
void RegisterQuery(CLI::App& app);
void RegisterSeries(CLI::App& app);
void RegisterActors(CLI::App& app);
void RegisterExport(CLI::App& app);
void RegisterServe(CLI::App& app);

struct IngestArgs {
  std::string db = "dyad.db";
  std::vector<std::string> inputs;
  std::string date;
  std::string models;
  int threads = 0;
  ActorFlags dictionaries;  // PETRARCH actor and agent files
};
// `dyad ingest`: the pipeline over the inputs, each article stored in its own transaction.
Status RunIngest(const IngestArgs& args);
// SIGINT/SIGTERM make a running RunIngest stop reading and commit what it holds.
void CatchStopSignals();

struct ServeArgs {
  std::string db = "dyad.db";
  std::string host = "127.0.0.1";
  int port = 8080;
  std::string web;
  std::string ingest_token;
  std::string models;
  int64_t max_limit = 1000;
};
// `dyad serve`: the HTTP API and web page until SIGINT/SIGTERM.
Status RunServe(const ServeArgs& args);

// True for a path ending in ".conllu".
bool IsConllu(const std::string& path);

// "file:line: reason" for a skipped input (reader messages may already name their file).
std::string SkippedMessage(const Diagnostic& e);

// CPU seconds this process has used, all threads together: benchmarks report work per CPU
// second beside wall-clock rates, since it varies less on a shared host.
double ProcessCpuSeconds();

// Prints "dyad: <message>" to stderr and returns the process exit code (0 for OK).
int Report(const Status& status);

// Default model directory: $DYAD_MODELS, else ./models, else the source tree's models/.
std::string DefaultModelDir();
// Default data directory: $DYAD_DATA_DIR, else ../shared/data.
std::string DefaultDataDir();
// dyad's own tables (kb/, events/): $DYAD_TABLES, else ./data when it has kb/, else the
// source tree's data/.
std::string DefaultTablesDir();
// Options for the whole coding pipeline (models, tables, places; actors and events on);
// `models` "" means DefaultModelDir().
PipelineOptions CodingPipelineOptions(const std::string& models);
// Default place table: $DYAD_PLACES, else the one this build generated (data/places.tsv).
std::string DefaultPlacesFile();

}  // namespace dyad::cli

#endif  // DYAD_CLI_COMMANDS_H_
