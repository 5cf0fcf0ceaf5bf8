// dyad eval parse: scores the NLP pipeline against gold CoNLL-U.
#include <cmath>
#include <cstdio>
#include <iostream>
#include <nlohmann/json.hpp>

#include "cli/commands.h"
#include "dyad/pipeline.h"
#include "eval/ud_eval.h"
#include "io/conllu_file.h"

namespace dyad::cli {
namespace {

struct EvalParseArgs {
  std::string gold;
  std::string models;
  bool raw = false;
  bool json = false;
};

Status RunEvalParse(const EvalParseArgs& args) {
  PipelineOptions options;
  options.model_dir = args.models.empty() ? DefaultModelDir() : args.models;
  ASSIGN_OR_RETURN(std::unique_ptr<Pipeline> pipeline, Pipeline::Load(options));
  ASSIGN_OR_RETURN(std::vector<Document> gold_docs, ReadConlluFile(args.gold));
  UdScores scores = EvaluatePipeline(*pipeline, gold_docs, args.raw);
  auto metrics = MetricList(scores, args.raw);
  if (args.json) {
    nlohmann::ordered_json out;
    for (const auto& [name, value] : metrics) out[name] = std::round(value * 100) / 100;
    std::cout << out.dump() << std::endl;
  } else {
    for (const auto& [name, value] : metrics) {
      std::printf("%-9s %.2f\n", name.c_str(), value);
    }
  }
  return Status::Ok();
}

}  // namespace

void RegisterEval(CLI::App& app) {
  auto* eval = app.add_subcommand("eval", "score models against gold data");
  eval->require_subcommand(1);
  static EvalParseArgs parse_args;
  auto* parse = eval->add_subcommand(
      "parse", "tagger, lemmatizer and parser (with --raw also tokenizer and splitter)");
  parse->add_option("--gold", parse_args.gold, "gold CoNLL-U file")->required();
  parse->add_option("--models", parse_args.models, "model folder");
  parse->add_flag("--raw", parse_args.raw, "start from the raw text of the # text lines");
  parse->add_flag("--json", parse_args.json, "one JSON object instead of one metric a line");
  parse->callback([] { std::exit(Report(RunEvalParse(parse_args))); });
  RegisterEvalNer(*eval);
  RegisterEvalTimex(*eval);
  RegisterEvalPlaces(*eval);
  RegisterEvalEvents(*eval);
  RegisterEvalPetrarch(*eval);
}

}  // namespace dyad::cli
