// Each subcommand lives in its own file and registers itself on the app.
#ifndef DYAD_CLI_COMMANDS_H_
#define DYAD_CLI_COMMANDS_H_

#include <CLI/CLI.hpp>

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
void RegisterCode(CLI::App& app);
void RegisterIngest(CLI::App& app);
void RegisterQuery(CLI::App& app);
void RegisterSeries(CLI::App& app);
void RegisterActors(CLI::App& app);
void RegisterExport(CLI::App& app);
void RegisterServe(CLI::App& app);

// Prints "dyad: <message>" to stderr and returns the process exit code (0 for OK).
int Report(const Status& status);

// Default model directory: $DYAD_MODELS, else ./models, else the source tree's models/.
std::string DefaultModelDir();
// Default data directory: $DYAD_DATA_DIR, else ../shared/data.
std::string DefaultDataDir();
// dyad's own tables (kb/, events/): $DYAD_TABLES, else ./data when it has kb/, else the
// source tree's data/.
std::string DefaultTablesDir();
// Default place table: $DYAD_PLACES, else the one this build generated (data/places.tsv).
std::string DefaultPlacesFile();

}  // namespace dyad::cli

#endif  // DYAD_CLI_COMMANDS_H_
