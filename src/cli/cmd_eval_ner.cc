// dyad eval ner: exact-span precision, recall and F1 of the recognizer on gold entities.
#include <cmath>
#include <cstdio>
#include <iostream>
#include <nlohmann/json.hpp>

#include "base/file.h"
#include "cli/commands.h"
#include "eval/ner_eval.h"
#include "io/iob.h"
#include "nlp/entity_recognizer.h"
#include "nlp/tagger.h"

namespace dyad::cli {
namespace {

struct EvalNerArgs {
  std::string gold;
  std::string models;
  bool json = false;
  std::string predictions;  // where to write word, gold and predicted tag (error analysis)
};

double Round2(double v) { return std::round(v * 100) / 100; }

Status RunEvalNer(const EvalNerArgs& args) {
  const std::string dir = args.models.empty() ? DefaultModelDir() : args.models;
  ASSIGN_OR_RETURN(Tagger tagger, Tagger::Load(dir + "/tagger.bin"));
  ASSIGN_OR_RETURN(EntityRecognizer recognizer, EntityRecognizer::Load(dir + "/ner.bin"));
  ASSIGN_OR_RETURN(std::vector<Sentence> gold, ReadEntityFile(args.gold));
  NerScores scores;
  std::string listing;
  for (const Sentence& g : gold) {
    Sentence s = g;
    s.entities.clear();
    tagger.Tag(&s);
    recognizer.Recognize(&s);
    scores.Add(g.entities, s.entities);
    if (!args.predictions.empty()) {
      const std::vector<std::string> gold_tags = EntityTags(g), tags = EntityTags(s);
      for (size_t i = 0; i < s.words.size(); ++i) {
        listing += s.words[i].form + "\t" + gold_tags[i] + "\t" + tags[i] + "\n";
      }
      listing += "\n";
    }
  }
  if (!args.predictions.empty()) RETURN_IF_ERROR(WriteFile(args.predictions, listing));
  if (args.json) {
    nlohmann::ordered_json out;
    out["precision"] = Round2(scores.all.Precision());
    out["recall"] = Round2(scores.all.Recall());
    out["f1"] = Round2(scores.all.F1());
    for (const auto& [type, c] : scores.by_type) {
      out[type] = {{"precision", Round2(c.Precision())},
                   {"recall", Round2(c.Recall())},
                   {"f1", Round2(c.F1())}};
    }
    std::cout << out.dump() << std::endl;
  } else {
    std::printf("precision %.2f\nrecall    %.2f\nf1        %.2f\n", scores.all.Precision(),
                scores.all.Recall(), scores.all.F1());
    for (const auto& [type, c] : scores.by_type) {
      std::printf("%-4s P %.2f R %.2f F1 %.2f (gold %zu)\n", type.c_str(), c.Precision(),
                  c.Recall(), c.F1(), c.gold);
    }
  }
  return Status::Ok();
}

}  // namespace

void RegisterEvalNer(CLI::App& eval) {
  static EvalNerArgs args;
  auto* ner = eval.add_subcommand("ner", "named-entity recognizer against .iob2 gold");
  ner->add_option("--gold", args.gold, "gold entity file (.iob2 or CoNLL word/tag)")->required();
  ner->add_option("--models", args.models, "model folder (tagger.bin, ner.bin)");
  ner->add_option("--predictions", args.predictions,
                  "write 'word gold predicted' per line, a blank line after each sentence");
  ner->add_flag("--json", args.json, "one JSON object: precision, recall, f1 and per type");
  ner->callback([] { std::exit(Report(RunEvalNer(args))); });
}

}  // namespace dyad::cli
