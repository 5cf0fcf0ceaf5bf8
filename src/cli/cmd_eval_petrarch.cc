// dyad eval petrarch: runs a PETRARCH validation suite's <Text>s through dyad's own
// pipeline and compares the coded (source, target, code) triples with the expected ones.
#include <cstdio>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>

#include "base/file.h"
#include "cli/commands.h"
#include "eval/event_runner.h"
#include "eval/petrarch_eval.h"
#include "io/petrarch_xml.h"

namespace dyad::cli {
namespace {

struct EvalPetrarchArgs {
  std::string suite;
  bool own_tables_only = false;
  bool with_dyad_actors = false;
  bool dyad_patterns = false;
  std::string verbs;
  std::string dictionaries;
  std::string dump;
  std::string models;
  std::string tables;
  bool json = false;
};

std::string Triples(const std::vector<PetrarchEvent>& events) {
  std::string out;
  for (const PetrarchEvent& e : events) {
    if (!out.empty()) out += ' ';
    out += e.source + "/" + e.target + "/" + e.code;
  }
  return out.empty() ? "-" : out;
}

Status RunEvalPetrarch(const EvalPetrarchArgs& args) {
  std::vector<std::string> warnings;
  ASSIGN_OR_RETURN(PetrarchSuite suite, ReadPetrarchValidation(args.suite, &warnings));
  EventRunnerOptions options;
  options.model_dir = args.models.empty() ? DefaultModelDir() : args.models;
  options.tables_dir = args.tables.empty() ? DefaultTablesDir() : args.tables;
  options.min_actors = 2;  // PETRARCH codes full dyads only
  // PETRARCH codes with the suite's dictionaries only; dyad's tables of the same kind join
  // them on request.
  options.replace_dyad_actors = !args.with_dyad_actors;
  // A dictionary the environment names: beside the suite, else in --dictionaries.
  auto locate = [&](const std::string& name) {
    const std::string beside = suite.Resolve(name);
    if (FileExists(beside) || args.dictionaries.empty()) return beside;
    return args.dictionaries + "/" + name;
  };
  if (!args.own_tables_only) {
    for (const std::string& f : suite.environment.actor_files) {
      options.actor_dictionaries.push_back(locate(f));
    }
    if (!suite.environment.agent_file.empty()) {
      options.agent_dictionaries.push_back(locate(suite.environment.agent_file));
    }
  }
  if (!args.dyad_patterns) {
    options.petrarch_verbs = args.verbs;
    if (options.petrarch_verbs.empty() && !suite.environment.verb_file.empty()) {
      options.petrarch_verbs = locate(suite.environment.verb_file);
      if (!FileExists(options.petrarch_verbs)) {
        std::fprintf(stderr, "warning: %s not found; coding with dyad's own patterns\n",
                     options.petrarch_verbs.c_str());
        options.petrarch_verbs.clear();
      }
    }
  }
  if (!options.petrarch_verbs.empty() && !suite.environment.discard_file.empty() &&
      FileExists(locate(suite.environment.discard_file))) {
    options.petrarch_discards = locate(suite.environment.discard_file);
  }
  std::vector<std::string> verb_warnings;
  options.verb_warnings = &verb_warnings;
  ASSIGN_OR_RETURN(std::unique_ptr<EventRunner> runner, EventRunner::Load(options));
  const std::string verbs =
      runner->uses_petrarch_verbs() ? options.petrarch_verbs : std::string("dyad patterns");
  std::ofstream dump;
  if (!args.dump.empty()) {
    dump.open(args.dump);
    if (!dump) return Status::IOError(args.dump + ": cannot write");
  }
  PetrarchScores s;
  runner->ApplyPetrarchConfig(suite.environment.config);
  for (const PetrarchRecord& r : suite.records) {
    runner->ApplyPetrarchConfig(r.config);
    // A record whose own parse is malformed is bad input to PETRARCH, which codes nothing
    // from it; dyad parses the text itself but scores the record as PETRARCH reads it.
    std::vector<PetrarchEvent> coded;
    if (const std::string problem = PennParseProblem(r.parse); !problem.empty()) {
      std::fprintf(stderr, "warning: %s:%d: record %s: <Parse> %s; not coded\n", args.suite.c_str(),
                   r.line, r.id.c_str(), problem.c_str());
    } else {
      coded = AsPetrarchEvents(runner->Code(r.id, r.text, r.date).events);
    }
    const size_t exact_before = s.exact_records;
    s.Add(r.events, coded);
    if (dump.is_open()) {
      dump << r.id << '\t' << (s.exact_records > exact_before ? "ok" : "miss") << '\t'
           << Triples(r.events) << '\t' << Triples(coded) << '\t' << r.text << '\n';
    }
  }
  const char* actors = !runner->uses_dictionaries() ? "dyad tables only"
                       : args.with_dyad_actors      ? "dyad tables + suite dictionaries"
                                                    : "suite dictionaries (dyad's places)";
  if (args.json) {
    nlohmann::ordered_json out;
    out["records"] = s.records;
    out["exact_records"] = s.exact_records;
    out["expected"] = s.expected;
    out["correct"] = s.correct;
    out["uncoded"] = s.uncoded;
    out["extra"] = s.extra;
    out["actors"] = actors;
    out["verbs"] = verbs;
    out["verb_warnings"] = verb_warnings.size();
    std::cout << out.dump() << std::endl;
  } else {
    std::printf("records        %zu (exactly right %zu, %.1f%%)\n", s.records, s.exact_records,
                s.records ? 100.0 * s.exact_records / s.records : 0);
    std::printf("expected       %zu\ncorrect        %zu\nuncoded        %zu\nextra          %zu\n",
                s.expected, s.correct, s.uncoded, s.extra);
    std::printf("actors         %s\n", actors);
    std::printf("verbs          %s (%zu load warnings)\n", verbs.c_str(), verb_warnings.size());
  }
  return Status::Ok();
}

}  // namespace

void RegisterEvalPetrarch(CLI::App& eval) {
  static EvalPetrarchArgs args;
  auto* cmd = eval.add_subcommand("petrarch", "a PETRARCH validation suite (XML) through dyad");
  cmd->add_option("suite", args.suite, "PETR.UnitTest.records.xml or PETR2_GSR_validation.xml")
      ->required();
  cmd->add_flag("--own-tables-only", args.own_tables_only,
                "ignore the actor and agent dictionaries the suite's <Environment> names");
  cmd->add_flag("--with-dyad-actors", args.with_dyad_actors,
                "code actors with dyad's tables beside the suite's dictionaries (default: the "
                "dictionaries replace dyad's tables of the same kind, as in PETRARCH)");
  cmd->add_option("--verbs", args.verbs,
                  "PETRARCH verb dictionary to code with instead of the one the suite names");
  cmd->add_flag("--dyad-patterns", args.dyad_patterns,
                "code with dyad's own patterns, not a PETRARCH verb dictionary");
  cmd->add_option("--dictionaries", args.dictionaries,
                  "folder holding dictionaries the suite names but its folder lacks");
  cmd->add_option("--dump", args.dump, "write id, ok/miss, expected, coded, text per record");
  cmd->add_option("--models", args.models, "model folder");
  cmd->add_option("--tables", args.tables, "dyad's tables folder (with kb/ and events/)");
  cmd->add_flag("--json", args.json, "one JSON object");
  cmd->callback([] { std::exit(Report(RunEvalPetrarch(args))); });
}

}  // namespace dyad::cli
