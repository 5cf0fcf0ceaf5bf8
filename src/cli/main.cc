// dyad: political event data from news text. See README.md.
#include <cstdlib>
#include <iostream>

#include "base/file.h"
#include "cli/commands.h"

namespace dyad::cli {

int Report(const Status& status) {
  if (status.ok()) return 0;
  std::cerr << "dyad: " << status.message() << std::endl;
  return status.code() == StatusCode::kInvalidArgument ? 2 : 1;
}

bool IsConllu(const std::string& path) {
  return path.size() > 7 && path.compare(path.size() - 7, 7, ".conllu") == 0;
}

std::string SkippedMessage(const Diagnostic& e) {
  return e.message.rfind(e.where, 0) == 0 ? e.message : e.where + ": " + e.message;
}

std::string DefaultModelDir() {
  if (const char* env = std::getenv("DYAD_MODELS")) return env;
  if (IsDirectory("models")) return "models";
  return DYAD_SOURCE_DIR "/models";
}

std::string DefaultDataDir() {
  if (const char* env = std::getenv("DYAD_DATA_DIR")) return env;
  return "../shared/data";
}

std::string DefaultTablesDir() {
  if (const char* env = std::getenv("DYAD_TABLES")) return env;
  if (IsDirectory("data/kb")) return "data";
  return DYAD_SOURCE_DIR "/data";
}

PipelineOptions CodingPipelineOptions(const std::string& models) {
  PipelineOptions options;
  options.model_dir = models.empty() ? DefaultModelDir() : models;
  options.tables_dir = DefaultTablesDir();
  options.places_file = DefaultPlacesFile();
  options.actors = true;
  options.events = true;
  return options;
}

std::string DefaultPlacesFile() {
  if (const char* env = std::getenv("DYAD_PLACES")) return env;
  return DYAD_PLACES_TSV;
}

}  // namespace dyad::cli

int main(int argc, char** argv) {
  CLI::App app{"dyad: who did what to whom, when and where, from news text"};
  app.require_subcommand(1);
  dyad::cli::RegisterParse(app);
  dyad::cli::RegisterTrain(app);
  dyad::cli::RegisterEval(app);
  dyad::cli::RegisterBench(app);
  dyad::cli::RegisterCode(app);
  dyad::cli::RegisterIngest(app);
  dyad::cli::RegisterQuery(app);
  dyad::cli::RegisterSeries(app);
  dyad::cli::RegisterActors(app);
  dyad::cli::RegisterExport(app);
  dyad::cli::RegisterServe(app);
  dyad::cli::RegisterDemo(app);
  CLI11_PARSE(app, argc, argv);
  return 0;
}
