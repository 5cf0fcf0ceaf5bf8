// dyad eval timex: finding and resolving dated time expressions, scored on TimeML (TempEval-3).
#include <cmath>
#include <cstdio>
#include <iostream>
#include <nlohmann/json.hpp>

#include "cli/commands.h"
#include "dyad/pipeline.h"
#include "eval/timex_eval.h"

namespace dyad::cli {
namespace {

struct EvalTimexArgs {
  std::string gold;
  std::string models;
  bool json = false;
  bool errors = false;
};

double Round2(double v) { return std::round(v * 100) / 100; }

Status RunEvalTimex(const EvalTimexArgs& args) {
  PipelineOptions options;
  options.model_dir = args.models.empty() ? DefaultModelDir() : args.models;
  ASSIGN_OR_RETURN(std::unique_ptr<Pipeline> pipeline, Pipeline::Load(options));
  ASSIGN_OR_RETURN(TimexScores scores, EvaluateTimexFolder(*pipeline, args.gold));
  if (args.errors) {
    for (const TimexError& e : scores.errors) {
      std::printf("%s\t%s\t%s\tgold=%s\tsystem=%s\n", e.document.c_str(), e.kind.c_str(),
                  e.text.c_str(), e.gold_value.c_str(), e.system_value.c_str());
    }
  }
  if (args.json) {
    nlohmann::ordered_json out;
    out["documents"] = scores.documents;
    out["gold"] = scores.gold;
    out["system"] = scores.system;
    out["precision"] = Round2(scores.Precision());
    out["recall"] = Round2(scores.Recall());
    out["f1"] = Round2(scores.F1());
    out["value_accuracy"] = Round2(scores.ValueAccuracy());
    out["value_accuracy_representable"] = Round2(scores.RepresentableAccuracy());
    std::cout << out.dump() << std::endl;
  } else {
    std::printf("documents %zu\ngold      %zu DATE\nsystem    %zu\n", scores.documents, scores.gold,
                scores.system);
    std::printf("precision %.2f\nrecall    %.2f\nf1        %.2f\n", scores.Precision(),
                scores.Recall(), scores.F1());
    std::printf("value     %.2f (%zu of %zu found)\n", scores.ValueAccuracy(), scores.value_correct,
                scores.gold_found);
    std::printf("value*    %.2f (%zu of %zu found with a value dyad can express)\n",
                scores.RepresentableAccuracy(), scores.representable_correct, scores.representable);
  }
  return Status::Ok();
}

}  // namespace

void RegisterEvalTimex(CLI::App& eval) {
  static EvalTimexArgs args;
  auto* timex = eval.add_subcommand("timex", "dated time expressions against TimeML gold");
  timex->add_option("--gold", args.gold, "folder of TimeML .tml files (searched recursively)")
      ->required();
  timex->add_option("--models", args.models, "model folder");
  timex->add_flag("--json", args.json, "one JSON object instead of one metric a line");
  timex->add_flag("--errors", args.errors,
                  "first list each miss, spurious expression and wrong value (tab-separated)");
  timex->callback([] { std::exit(Report(RunEvalTimex(args))); });
}

}  // namespace dyad::cli
