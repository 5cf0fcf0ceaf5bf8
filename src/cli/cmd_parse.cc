// dyad parse: articles (dated text, JSONL, plain text with --date, folders) or CoNLL-U in,
// CoNLL-U out.
#include <cstdio>
#include <iostream>

#include "base/file.h"
#include "cli/commands.h"
#include "dyad/pipeline.h"
#include "io/article_reader.h"
#include "io/conllu.h"
#include "io/conllu_file.h"

namespace dyad::cli {
namespace {

struct ParseArgs {
  std::vector<std::string> inputs;
  std::string date;
  std::string models;
  std::string output;
};

Status RunParse(const ParseArgs& args) {
  if (!args.date.empty() && !IsIsoDate(args.date)) {
    return Status::InvalidArgument("--date: expected YYYY-MM-DD, got '" + args.date + "'");
  }
  PipelineOptions options;
  options.model_dir = args.models.empty() ? DefaultModelDir() : args.models;
  ASSIGN_OR_RETURN(std::unique_ptr<Pipeline> pipeline, Pipeline::Load(options));
  std::FILE* out = stdout;
  if (!args.output.empty()) {
    out = std::fopen(args.output.c_str(), "wb");
    if (out == nullptr) return Status::IOError(args.output + ": cannot open for writing");
  }
  std::vector<Diagnostic> errors;
  auto write = [&](const Document& doc) {
    for (const Diagnostic& w : doc.warnings)
      std::cerr << "dyad: warning: " << w.where << ": " << w.message << "\n";
    std::string text = FormatConllu(doc);
    std::fwrite(text.data(), 1, text.size(), out);
  };
  ReadOptions read_options;
  read_options.default_date = args.date;
  for (const std::string& input : args.inputs) {
    if (IsConllu(input)) {
      Result<std::vector<Document>> docs = ReadConlluFile(input);
      if (!docs.ok()) {
        errors.push_back({input, docs.status().message()});
        continue;
      }
      for (Document& doc : *docs) {
        for (Sentence& s : doc.sentences) pipeline->AnnotateSentence(&s);
        write(doc);
      }
      continue;
    }
    Status st = ReadArticles(
        input, read_options,
        [&](Document&& doc) {
          pipeline->Annotate(&doc);
          write(doc);
        },
        &errors);
    if (!st.ok()) errors.push_back({input, st.message()});
  }
  if (out != stdout) std::fclose(out);
  for (const Diagnostic& e : errors) {
    std::cerr << "dyad: skipped: " << SkippedMessage(e) << "\n";
  }
  if (!errors.empty()) {
    return Status::InvalidArgument(std::to_string(errors.size()) + " input(s) skipped");
  }
  return Status::Ok();
}

}  // namespace

void RegisterParse(CLI::App& app) {
  static ParseArgs args;
  auto* cmd = app.add_subcommand("parse", "tokenize, tag, lemmatize and parse; write CoNLL-U");
  cmd->add_option("inputs", args.inputs, "article files or folders (.txt, .jsonl, .conllu)")
      ->required();
  cmd->add_option("--date", args.date, "article date for plain text without a 'date' line");
  cmd->add_option("--models", args.models, "model folder");
  cmd->add_option("-o,--output", args.output, "write here instead of standard output");
  cmd->callback([] { std::exit(Report(RunParse(args))); });
}

}  // namespace dyad::cli
