// dyad code: articles in, event records out (JSONL as DESIGN.md section 5 shows, or GDELT,
// Phoenix, ICEWS, PLOVER or CSV layouts).
#include <iostream>

#include "cli/actor_flags.h"
#include "cli/commands.h"
#include "dyad/pipeline.h"
#include "events/event_coder.h"
#include "io/article_reader.h"
#include "io/event_formats.h"

namespace dyad::cli {
namespace {

struct CodeArgs {
  std::vector<std::string> inputs;
  std::string date;
  std::string models;
  std::string tables;
  std::string format = "jsonl";
  bool keep_duplicates = false;
  bool allow_single_actor = false;
  ActorFlags dictionaries;
};

Status RunCode(const CodeArgs& args) {
  ASSIGN_OR_RETURN(EventFormat format, ParseEventFormat(args.format));
  PipelineOptions options = CodingPipelineOptions(args.models);
  if (!args.tables.empty()) options.tables_dir = args.tables;
  options.allow_single_actor = args.allow_single_actor;
  RETURN_IF_ERROR(ApplyActorFlags(args.dictionaries, &options));
  ASSIGN_OR_RETURN(std::unique_ptr<Pipeline> pipeline, Pipeline::Load(options));
  ReadOptions read_options;
  read_options.default_date = args.date;
  std::vector<Diagnostic> errors;
  WriteHeader(format, std::cout);
  for (const std::string& input : args.inputs) {
    Status st = ReadArticles(
        input, read_options,
        [&](Document&& doc) {
          pipeline->Annotate(&doc);
          for (const Diagnostic& w : doc.warnings) {
            std::cerr << "dyad: warning: " << w.where << ": " << w.message << "\n";
          }
          if (!args.keep_duplicates) KeepOneAStory(&doc.events);
          WriteEvents(format, doc, doc.events, std::cout);
        },
        &errors);
    if (!st.ok()) errors.push_back({input, st.message()});
  }
  std::cout.flush();
  for (const Diagnostic& e : errors) std::cerr << "dyad: skipped: " << SkippedMessage(e) << "\n";
  if (!errors.empty()) {
    return Status::InvalidArgument(std::to_string(errors.size()) + " input(s) skipped");
  }
  return Status::Ok();
}

}  // namespace

void RegisterCode(CLI::App& app) {
  static CodeArgs args;
  auto* cmd = app.add_subcommand("code", "code the events of articles (who did what to whom)");
  cmd->add_option("inputs", args.inputs, "article files or folders (.txt, .jsonl)")->required();
  cmd->add_option("--date", args.date, "article date for plain text without a 'date' line");
  cmd->add_option("--format", args.format, "jsonl, csv, gdelt, phoenix, icews or plover")
      ->capture_default_str();
  cmd->add_flag("--keep-duplicates", args.keep_duplicates,
                "keep repeated (source, target, code, date) records of one article");
  cmd->add_flag("--allow-single-actor", args.allow_single_actor,
                "keep events with only one coded actor");
  cmd->add_option("--models", args.models, "model folder");
  cmd->add_option("--tables", args.tables, "dyad's tables folder (with kb/ and events/)");
  AddActorFlags(cmd, &args.dictionaries);
  cmd->callback([] { std::exit(Report(RunCode(args))); });
}

}  // namespace dyad::cli
