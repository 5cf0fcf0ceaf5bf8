// The event coder scored on the gold sets of ../shared/data (or $DYAD_DATA_DIR), with the
// committed models and dyad's own tables; skipped where the data is absent. Floors sit just
// below the measured values (docs/formats/event-gold.md) so a regression fails.
#include "eval/event_eval.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <iostream>

#include "eval/event_runner.h"
#include "eval/petrarch_eval.h"
#include "io/petrarch_xml.h"

namespace dyad {
namespace {

std::string DataDir() {
  const char* env = std::getenv("DYAD_DATA_DIR");
  return env ? env : DYAD_DEFAULT_DATA;
}

#define SKIP_IF_ABSENT(path) \
  if (!std::filesystem::exists(path)) GTEST_SKIP() << "no " << (path)

std::unique_ptr<EventRunner> Runner(int min_actors) {
  EventRunnerOptions options;
  options.model_dir = DYAD_MODELS;
  options.tables_dir = DYAD_SOURCE_DIR "/data";
  options.min_actors = min_actors;
  auto runner = EventRunner::Load(options);
  EXPECT_TRUE(runner.ok()) << runner.status().ToString();
  return runner.ok() ? std::move(*runner) : nullptr;
}

TEST(EventEvalData, ConfliBertClasses) {
  const std::string path = DataDir() + "/conflibert-cameo-train/cameo_class/train.tsv";
  SKIP_IF_ABSENT(path);
  auto gold = ReadClassGold(path);
  ASSERT_TRUE(gold.ok()) << gold.status().ToString();
  ASSERT_EQ(gold->size(), 1349u);
  auto runner = Runner(0);
  ASSERT_NE(runner, nullptr);
  std::vector<std::string> labels, predicted;
  for (const ClassGold& g : *gold) {
    const Document doc = runner->Code("s", g.text, "2019-01-01");
    const int m = MainEvent(doc, MainEventOptions());
    labels.push_back(g.label);
    predicted.push_back(m >= 0 ? std::to_string(EventClass(doc.events[m])) : kNoEvent);
  }
  const ClassScores s = ScoreClasses(labels, predicted);
  std::cout << "ConfliBERT train: accuracy " << s.accuracy << ", macro-F1 " << s.macro_f1 << "\n";
  EXPECT_GE(s.accuracy, 0.76);  // measured 0.7769
  EXPECT_GE(s.macro_f1, 0.79);  // measured 0.8052
}

TEST(EventEvalData, ConfliBertSpans) {
  const std::string path = DataDir() + "/conflibert-cameo-train/cameo_ner/train.txt";
  SKIP_IF_ABSENT(path);
  auto gold = ReadSpanGold(path);
  ASSERT_TRUE(gold.ok()) << gold.status().ToString();
  ASSERT_EQ(gold->size(), 1153u);
  auto runner = Runner(0);
  ASSERT_NE(runner, nullptr);
  SpanScores s;
  for (const SpanGold& g : *gold) {
    const Document doc = runner->Code("s", g.text, "2019-01-01");
    const int m = MainEvent(doc, MainEventOptions());
    s.Add(g, m >= 0 ? &doc.events[m] : nullptr);
  }
  const double source_precision = static_cast<double>(s.source_match) / s.source_coded;
  std::cout << "spans: source precision " << source_precision << ", matches " << s.source_match
            << ", target matches " << s.target_match << "\n";
  EXPECT_GE(source_precision, 0.92);  // measured 0.9346
  EXPECT_GE(s.source_match, 600u);    // measured 614
  EXPECT_GE(s.target_match, 175u);    // measured 189
}

TEST(EventEvalData, PloverGold) {
  const std::string path = DataDir() + "/plover-gsr-cameo/PLOVER_GSR_CAMEO.txt";
  SKIP_IF_ABSENT(path);
  auto gold = ReadPloverGold(path);
  ASSERT_TRUE(gold.ok()) << gold.status().ToString();
  ASSERT_EQ(gold->size(), 322u);
  auto runner = Runner(0);
  ASSERT_NE(runner, nullptr);
  std::vector<std::string> events, predicted;
  for (const PloverGold& g : *gold) {
    const Document doc = runner->Code(g.id, g.text, "2019-01-01");
    const int m = MainEvent(doc, MainEventOptions());
    events.push_back(g.event);
    const bool typed =
        m >= 0 && !doc.events[m].plover_event.empty() && doc.events[m].plover_event != "-";
    predicted.push_back(typed ? doc.events[m].plover_event : kNoEvent);
  }
  const ClassScores s = ScoreClasses(events, predicted);
  std::cout << "PLOVER GSR: event type accuracy " << s.accuracy << "\n";
  EXPECT_GE(s.accuracy, 0.44);  // measured 0.4565
}

TEST(EventEvalData, PetrarchGsrSuite) {
  const std::string path = DataDir() + "/universalpetrarch-validation/PETR2_GSR_validation.xml";
  SKIP_IF_ABSENT(path);
  std::vector<std::string> warnings;
  auto suite = ReadPetrarchValidation(path, &warnings);
  ASSERT_TRUE(suite.ok()) << suite.status().ToString();
  auto runner = Runner(2);
  ASSERT_NE(runner, nullptr);
  PetrarchScores s;
  for (const PetrarchRecord& r : suite->records) {
    s.Add(r.events, AsPetrarchEvents(runner->Code(r.id, r.text, r.date).events));
  }
  std::cout << "PETR2 GSR: " << s.exact_records << " of " << s.records << " records exact, "
            << s.correct << " correct, " << s.extra << " extra\n";
  EXPECT_EQ(s.records, 78u);
  EXPECT_EQ(s.expected, 80u);
  EXPECT_GE(s.correct, 4u);  // measured 5 with dyad's own actor tables
}

TEST(EventEvalData, PetrarchUnitSuiteWithItsDictionaries) {
  // As `dyad eval petrarch` runs it: the suite's own actor, agent, verb and discard files,
  // its <Config> options in file order, a record with a broken <Parse> coded as nothing.
  const std::string path = DataDir() + "/petrarch2-validation/PETR.UnitTest.records.xml";
  SKIP_IF_ABSENT(path);
  std::vector<std::string> warnings;
  auto suite = ReadPetrarchValidation(path, &warnings);
  ASSERT_TRUE(suite.ok()) << suite.status().ToString();
  const PetrarchEnvironment& env = suite->environment;
  EventRunnerOptions options;
  options.model_dir = DYAD_MODELS;
  options.tables_dir = DYAD_SOURCE_DIR "/data";
  options.replace_dyad_actors = true;
  for (const std::string& f : env.actor_files)
    options.actor_dictionaries.push_back(suite->Resolve(f));
  options.agent_dictionaries.push_back(suite->Resolve(env.agent_file));
  options.petrarch_verbs = suite->Resolve(env.verb_file);
  options.petrarch_discards = suite->Resolve(env.discard_file);
  auto runner = EventRunner::Load(options);
  ASSERT_TRUE(runner.ok()) << runner.status().ToString();
  (*runner)->ApplyPetrarchConfig(env.config);
  PetrarchScores s;
  for (const PetrarchRecord& r : suite->records) {
    (*runner)->ApplyPetrarchConfig(r.config);
    std::vector<PetrarchEvent> coded;
    if (PennParseProblem(r.parse).empty()) {
      coded = AsPetrarchEvents((*runner)->Code(r.id, r.text, r.date).events);
    }
    s.Add(r.events, coded);
  }
  std::cout << "PETR unit suite: " << s.exact_records << " of " << s.records << " records exact, "
            << s.correct << " correct, " << s.extra << " extra\n";
  EXPECT_EQ(s.records, 284u);
  EXPECT_GE(s.exact_records, 257u);  // measured 258 (90.8%); issue 4's target is 90%
}

}  // namespace
}  // namespace dyad
