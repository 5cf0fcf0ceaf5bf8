// dyad eval events: the event coder against gold sentences (5-class files, source/target
// span files, PLOVER gold records); formats in docs/formats/event-gold.md.
#include <cmath>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>

#include "base/file.h"
#include "cli/commands.h"
#include "eval/event_eval.h"
#include "eval/event_runner.h"

namespace dyad::cli {
namespace {

struct EvalEventsArgs {
  std::string gold;
  std::string format = "auto";
  std::string date = "2019-01-01";
  int min_actors = 0;
  std::string main = "highest";
  std::string statements = "generic-last";
  std::string dump;
  std::string models;
  std::string tables;
  bool json = false;
};

double Round4(double v) { return std::round(v * 10000) / 10000; }
double Ratio(size_t part, size_t whole) { return whole ? static_cast<double>(part) / whole : 0; }

Result<std::string> DetectFormat(const std::string& path) {
  ASSIGN_OR_RETURN(std::string content, ReadFile(path));
  const size_t first = content.find_first_not_of(" \t\r\n");
  if (first == std::string::npos) return Status::InvalidArgument(path + ": empty gold file");
  if (content[first] == '[') return std::string("plover");
  const size_t eol = content.find('\n', first);
  const std::string line = content.substr(first, eol == std::string::npos ? eol : eol - first);
  return std::string(line.find('\t') != std::string::npos ? "class" : "spans");
}

nlohmann::ordered_json ClassJson(const ClassScores& s) {
  nlohmann::ordered_json out;
  out["sentences"] = s.total;
  out["accuracy"] = Round4(s.accuracy);
  out["macro_f1"] = Round4(s.macro_f1);
  nlohmann::ordered_json per;
  for (size_t l = 0; l < s.labels.size(); ++l) {
    const ClassScores::PerLabel& p = s.per_label[l];
    per[s.labels[l]] = {{"gold", p.gold},
                        {"predicted", p.predicted},
                        {"precision", Round4(p.precision)},
                        {"recall", Round4(p.recall)},
                        {"f1", Round4(p.f1)}};
  }
  out["per_class"] = per;
  out["labels"] = s.labels;
  out["confusion"] = s.confusion;
  return out;
}

void PrintClasses(const ClassScores& s) {
  std::printf("sentences  %zu\naccuracy   %.4f\nmacro-F1   %.4f\n\n", s.total, s.accuracy,
              s.macro_f1);
  std::printf("%-12s %6s %6s %9s %9s %9s\n", "class", "gold", "pred", "precision", "recall", "F1");
  for (size_t l = 0; l < s.labels.size(); ++l) {
    const ClassScores::PerLabel& p = s.per_label[l];
    std::printf("%-12s %6zu %6zu %9.4f %9.4f %9.4f\n", s.labels[l].c_str(), p.gold, p.predicted,
                p.precision, p.recall, p.f1);
  }
  std::printf("\nconfusion (rows gold, columns predicted)\n%-12s", "");
  for (const std::string& l : s.labels) std::printf(" %11.11s", l.c_str());
  std::printf("\n");
  for (size_t g = 0; g < s.gold_labels; ++g) {
    std::printf("%-12s", s.labels[g].c_str());
    for (size_t p = 0; p < s.labels.size(); ++p) std::printf(" %11zu", s.confusion[g][p]);
    std::printf("\n");
  }
}

// Per-sentence predictions for error analysis: gold, predicted, code, trigger, text.
class Dump {
 public:
  explicit Dump(const std::string& path) {
    if (!path.empty()) out_.open(path);
  }
  bool ok(const std::string& path) const { return path.empty() || out_.good(); }
  void Add(const std::string& gold, const std::string& predicted, const Event* e,
           const std::string& text) {
    if (!out_.is_open()) return;
    out_ << gold << '\t' << predicted << '\t' << (e ? e->cameo : "-") << '\t'
         << (e ? e->trigger_text : "-") << '\t' << text << '\n';
  }

 private:
  std::ofstream out_;
};

Status RunEvalEvents(const EvalEventsArgs& args) {
  if (args.main != "highest" && args.main != "first") {
    return Status::InvalidArgument("--main must be highest or first, got " + args.main);
  }
  if (args.min_actors < 0 || args.min_actors > 2) {
    return Status::InvalidArgument("--min-actors must be 0, 1 or 2");
  }
  std::string format = args.format;
  if (format == "auto") {
    ASSIGN_OR_RETURN(format, DetectFormat(args.gold));
  }
  EventRunnerOptions options;
  options.model_dir = args.models.empty() ? DefaultModelDir() : args.models;
  options.tables_dir = args.tables.empty() ? DefaultTablesDir() : args.tables;
  options.min_actors = args.min_actors;
  MainEventOptions main_options;
  main_options.min_actors = args.min_actors;
  main_options.highest = args.main == "highest";
  if (args.statements == "first") {
    main_options.statements = MainEventOptions::kStatementsFirst;
  } else if (args.statements == "generic-last") {
    main_options.statements = MainEventOptions::kGenericLast;
  } else if (args.statements == "last") {
    main_options.statements = MainEventOptions::kAllLast;
  } else {
    return Status::InvalidArgument("--statements must be first, generic-last or last");
  }
  Dump dump(args.dump);
  if (!dump.ok(args.dump)) return Status::IOError(args.dump + ": cannot write");

  nlohmann::ordered_json out;
  out["format"] = format;
  if (format == "class") {
    ASSIGN_OR_RETURN(std::vector<ClassGold> gold, ReadClassGold(args.gold));
    ASSIGN_OR_RETURN(std::unique_ptr<EventRunner> runner, EventRunner::Load(options));
    std::vector<std::string> gold_labels, predicted;
    for (const ClassGold& g : gold) {
      const Document doc = runner->Code(std::to_string(g.line), g.text, args.date);
      const int m = MainEvent(doc, main_options);
      const Event* e = m >= 0 ? &doc.events[m] : nullptr;
      gold_labels.push_back(g.label);
      predicted.push_back(e ? std::to_string(EventClass(*e)) : kNoEvent);
      dump.Add(g.label, predicted.back(), e, g.text);
    }
    const ClassScores s = ScoreClasses(gold_labels, predicted);
    if (!args.json) {
      PrintClasses(s);
      return Status::Ok();
    }
    out.update(ClassJson(s));
  } else if (format == "spans") {
    ASSIGN_OR_RETURN(std::vector<SpanGold> gold, ReadSpanGold(args.gold));
    ASSIGN_OR_RETURN(std::unique_ptr<EventRunner> runner, EventRunner::Load(options));
    SpanScores s;
    for (const SpanGold& g : gold) {
      const Document doc = runner->Code(std::to_string(g.line), g.text, args.date);
      const int m = MainEvent(doc, main_options);
      const Event* e = m >= 0 ? &doc.events[m] : nullptr;
      s.Add(g, e);
      // Gold and coded "source -> target" texts.
      auto texts = [&](const std::vector<Span>& spans) {
        std::string out;
        for (const Span& sp : spans) {
          if (!out.empty()) out += " | ";
          out += g.text.substr(sp.begin, sp.end - sp.begin);
        }
        return out;
      };
      std::string gold_texts = texts(g.sources);
      gold_texts.append(" -> ").append(texts(g.targets));
      std::string coded = "-";
      if (e != nullptr) coded = e->source.text + " -> " + e->target.text;
      dump.Add(gold_texts, coded, e, g.text);
    }
    out["sentences"] = s.sentences;
    out["with_event"] = s.with_event;
    out["source_precision"] = Round4(Ratio(s.source_match, s.source_coded));
    out["source_recall"] = Round4(Ratio(s.source_match, s.gold_sources));
    out["target_precision"] = Round4(Ratio(s.target_match, s.target_coded));
    out["target_recall"] = Round4(Ratio(s.target_match, s.gold_targets));
    if (!args.json) {
      std::printf("sentences          %zu\nwith a main event  %zu\n", s.sentences, s.with_event);
      std::printf("source  coded %zu, on a gold source span %zu: precision %.4f, recall %.4f\n",
                  s.source_coded, s.source_match, Ratio(s.source_match, s.source_coded),
                  Ratio(s.source_match, s.gold_sources));
      std::printf("target  coded %zu, on a gold target span %zu: precision %.4f, recall %.4f\n",
                  s.target_coded, s.target_match, Ratio(s.target_match, s.target_coded),
                  Ratio(s.target_match, s.gold_targets));
      return Status::Ok();
    }
  } else if (format == "plover") {
    ASSIGN_OR_RETURN(std::vector<PloverGold> gold, ReadPloverGold(args.gold));
    ASSIGN_OR_RETURN(std::unique_ptr<EventRunner> runner, EventRunner::Load(options));
    std::vector<std::string> gold_events, predicted;
    size_t source_gold = 0, source_match = 0, target_gold = 0, target_match = 0;
    for (const PloverGold& g : gold) {
      const Document doc = runner->Code(g.id, g.text, args.date);
      const int m = MainEvent(doc, main_options);
      const Event* e = m >= 0 ? &doc.events[m] : nullptr;
      gold_events.push_back(g.event);
      predicted.push_back(e && !e->plover_event.empty() && e->plover_event != "-" ? e->plover_event
                                                                                  : kNoEvent);
      dump.Add(g.event, predicted.back(), e, g.text);
      if (!g.source_codes.empty()) {
        ++source_gold;
        source_match += e && PloverActorMatches(g.source_codes, e->source);
      }
      if (!g.target_codes.empty()) {
        ++target_gold;
        target_match += e && PloverActorMatches(g.target_codes, e->target);
      }
    }
    const ClassScores s = ScoreClasses(gold_events, predicted);
    if (!args.json) {
      PrintClasses(s);
      std::printf("\nsource actor matches %zu of %zu (%.4f); target %zu of %zu (%.4f)\n",
                  source_match, source_gold, Ratio(source_match, source_gold), target_match,
                  target_gold, Ratio(target_match, target_gold));
      return Status::Ok();
    }
    out.update(ClassJson(s));
    out["source_actor_match"] = Round4(Ratio(source_match, source_gold));
    out["target_actor_match"] = Round4(Ratio(target_match, target_gold));
  } else {
    return Status::InvalidArgument("--format must be auto, class, spans or plover, got " + format);
  }
  std::cout << out.dump() << std::endl;
  return Status::Ok();
}

}  // namespace

void RegisterEvalEvents(CLI::App& eval) {
  static EvalEventsArgs args;
  auto* cmd = eval.add_subcommand("events", "event coder against gold sentences");
  cmd->add_option("--gold", args.gold, "gold file (docs/formats/event-gold.md)")->required();
  cmd->add_option("--format", args.format, "auto, class, spans or plover")->capture_default_str();
  cmd->add_option("--date", args.date, "article date of every sentence")->capture_default_str();
  cmd->add_option("--min-actors", args.min_actors,
                  "coded actors an event needs to count (0, 1 or 2)")
      ->capture_default_str();
  cmd->add_option("--main", args.main, "main event: highest in the tree, or first in the text")
      ->capture_default_str();
  cmd->add_option("--statements", args.statements,
                  "statements as main event: first, generic-last (010 after others) or last")
      ->capture_default_str();
  cmd->add_option("--dump", args.dump, "write gold, predicted, code, trigger, text per sentence");
  cmd->add_option("--models", args.models, "model folder");
  cmd->add_option("--tables", args.tables, "dyad's tables folder (with kb/ and events/)");
  cmd->add_flag("--json", args.json, "one JSON object");
  cmd->callback([] { std::exit(Report(RunEvalEvents(args))); });
}

}  // namespace dyad::cli
