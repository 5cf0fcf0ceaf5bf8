// The event evaluators' gold readers and scorers (docs/formats/event-gold.md), on small
// hand-written inputs.
#include "eval/event_eval.h"

#include <gtest/gtest.h>

#include "base/file.h"
#include "eval/petrarch_eval.h"

namespace dyad {
namespace {

std::string WriteTemp(const std::string& name, const std::string& text) {
  // Named after the test too: ctest runs tests in parallel processes.
  const std::string path = testing::TempDir() + "/" +
                           testing::UnitTest::GetInstance()->current_test_info()->name() + "-" +
                           name;
  EXPECT_TRUE(WriteFile(path, text).ok());
  return path;
}

TEST(CameoClass, RootsToFiveClasses) {
  EXPECT_EQ(CameoClass("01"), 0);
  EXPECT_EQ(CameoClass("02"), 0);
  EXPECT_EQ(CameoClass("03"), 1);
  EXPECT_EQ(CameoClass("05"), 1);
  EXPECT_EQ(CameoClass("06"), 2);
  EXPECT_EQ(CameoClass("08"), 2);
  EXPECT_EQ(CameoClass("09"), 3);
  EXPECT_EQ(CameoClass("13"), 3);
  EXPECT_EQ(CameoClass("14"), 4);
  EXPECT_EQ(CameoClass("16"), 3);  // reduce relations: verbal conflict, as ConfliBERT labels it
  EXPECT_EQ(CameoClass("17"), 4);
  EXPECT_EQ(CameoClass("20"), 4);
  EXPECT_EQ(CameoClass("00"), -1);
  EXPECT_EQ(CameoClass("21"), -1);
  EXPECT_EQ(CameoClass("x1"), -1);
  EXPECT_EQ(CameoClass(""), -1);
}

TEST(EventClass, NegationAndIntentFollowCameo) {
  Event e;
  e.root = "08";
  EXPECT_EQ(EventClass(e), 2);
  e.negated = true;  // "will not release the hostages": a rejection
  EXPECT_EQ(EventClass(e), 3);
  e.negated = false;
  e.modality = "intended";  // "is willing to withdraw": intent to cooperate
  EXPECT_EQ(EventClass(e), 1);
  e.root = "19";  // "vowed to attack": a threat
  EXPECT_EQ(EventClass(e), 3);
  e.modality = "asserted";
  e.negated = true;  // a negated attack keeps its class
  EXPECT_EQ(EventClass(e), 4);
}

TEST(ReadClassGold, ReadsSentencesAndLabels) {
  auto gold = ReadClassGold(
      WriteTemp("class.tsv", "Rebels shelled the town.\t4\n\nThe minister said so.\t0\r\n"));
  ASSERT_TRUE(gold.ok()) << gold.status().ToString();
  ASSERT_EQ(gold->size(), 2u);
  EXPECT_EQ((*gold)[0].text, "Rebels shelled the town.");
  EXPECT_EQ((*gold)[0].label, "4");
  EXPECT_EQ((*gold)[1].label, "0");
  EXPECT_EQ((*gold)[1].line, 3);
}

TEST(ReadClassGold, BadLinesNameFileAndLine) {
  auto no_tab = ReadClassGold(WriteTemp("class_bad1.tsv", "ok\t1\nno tab here\n"));
  ASSERT_FALSE(no_tab.ok());
  EXPECT_NE(no_tab.status().message().find("class_bad1.tsv:2"), std::string::npos);
  auto empty_label = ReadClassGold(WriteTemp("class_bad2.tsv", "text\t\n"));
  ASSERT_FALSE(empty_label.ok());
  EXPECT_NE(empty_label.status().message().find("class_bad2.tsv:1"), std::string::npos);
  EXPECT_FALSE(ReadClassGold(WriteTemp("class_bad3.tsv", " \t1\n")).ok());
  EXPECT_FALSE(ReadClassGold(WriteTemp("class_empty.tsv", "\n\n")).ok());
}

TEST(ReadSpanGold, BuildsTextAndRoleSpans) {
  auto gold = ReadSpanGold(WriteTemp("spans.txt",
                                     "A B-S\ncourt I-S\nrejected O\nthe O\nplea I-T\n.  O\n\n"
                                     "Iran B-R\nand O\nIraq B-R\nmet O\n"));
  ASSERT_TRUE(gold.ok()) << gold.status().ToString();
  ASSERT_EQ(gold->size(), 2u);
  const SpanGold& a = (*gold)[0];
  EXPECT_EQ(a.text, "A court rejected the plea .");
  ASSERT_EQ(a.sources.size(), 1u);
  EXPECT_EQ(a.text.substr(a.sources[0].begin, a.sources[0].end - a.sources[0].begin), "A court");
  ASSERT_EQ(a.targets.size(), 1u);  // an I- after O starts a span
  EXPECT_EQ(a.text.substr(a.targets[0].begin, a.targets[0].end - a.targets[0].begin), "plea");
  const SpanGold& b = (*gold)[1];
  EXPECT_EQ(b.line, 8);
  EXPECT_EQ(b.sources.size(), 2u);  // reciprocal spans are both roles
  EXPECT_EQ(b.targets.size(), 2u);
}

TEST(ReadSpanGold, UnknownTagIsAnError) {
  auto bad = ReadSpanGold(WriteTemp("spans_bad.txt", "A O\nB B-X\n"));
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.status().message().find("spans_bad.txt:2"), std::string::npos);
  EXPECT_FALSE(ReadSpanGold(WriteTemp("spans_bad2.txt", "lonely\n")).ok());
}

TEST(ReadPloverGold, SkipsDocumentationAndMapsFight) {
  auto gold = ReadPloverGold(WriteTemp("plover.json", R"([
    {"id": "d", "event": "DOCUMENT", "eventText": "notes"},
    {"id": "a", "event": "AGREE", "text": "They agreed.",
     "source": [{"actorText": "Hungarian", "code": "HUN"}, {"actorText": "R", "code": "ROU"}],
     "target": ""},
    {"id": "f", "event": "FIGHT", "mode": "troops", "text": "They fought.", "target": null,
     "source": [{"actorText": "rebels"}]}
  ])"));
  ASSERT_TRUE(gold.ok()) << gold.status().ToString();
  ASSERT_EQ(gold->size(), 2u);
  EXPECT_EQ((*gold)[0].source_codes, (std::vector<std::string>{"HUN", "ROU"}));
  EXPECT_TRUE((*gold)[0].target_codes.empty());
  EXPECT_EQ((*gold)[1].event, "ASSAULT");
  EXPECT_EQ((*gold)[1].mode, "troops");
  EXPECT_TRUE((*gold)[1].source_codes.empty());  // an actor without code
}

TEST(ReadPloverGold, Errors) {
  EXPECT_FALSE(ReadPloverGold(WriteTemp("plover_bad1.json", "[{\"event\": ")).ok());
  EXPECT_FALSE(ReadPloverGold(WriteTemp("plover_bad2.json", "{}")).ok());
  auto no_text = ReadPloverGold(WriteTemp("plover_bad3.json", R"([{"event": "AGREE"}])"));
  ASSERT_FALSE(no_text.ok());
  EXPECT_NE(no_text.status().message().find("record 1"), std::string::npos);
}

TEST(ScoreClasses, AccuracyMacroF1AndConfusion) {
  const std::vector<std::string> gold = {"0", "0", "1", "1", "2"};
  const std::vector<std::string> pred = {"0", "1", "1", "none", "2"};
  const ClassScores s = ScoreClasses(gold, pred);
  EXPECT_EQ(s.labels, (std::vector<std::string>{"0", "1", "2", "none"}));
  EXPECT_EQ(s.gold_labels, 3u);
  EXPECT_EQ(s.total, 5u);
  EXPECT_EQ(s.correct, 3u);
  EXPECT_DOUBLE_EQ(s.accuracy, 0.6);
  // 0: P 1/1 R 1/2 F 2/3; 1: P 1/2 R 1/2 F 1/2; 2: F 1; none is not averaged.
  EXPECT_NEAR(s.per_label[0].f1, 2.0 / 3, 1e-12);
  EXPECT_NEAR(s.per_label[1].precision, 0.5, 1e-12);
  EXPECT_NEAR(s.macro_f1, (2.0 / 3 + 0.5 + 1.0) / 3, 1e-12);
  EXPECT_EQ(s.confusion[0][1], 1u);
  EXPECT_EQ(s.confusion[1][3], 1u);
  EXPECT_EQ(s.per_label[3].predicted, 1u);
}

TEST(ScoreClasses, NoneIsAClassWhenGoldHasIt) {
  const ClassScores s = ScoreClasses({"none", "4"}, {"none", "none"});
  EXPECT_EQ(s.gold_labels, 2u);
  EXPECT_EQ(s.correct, 1u);
  EXPECT_NEAR(s.per_label[1].f1, 2.0 / 3, 1e-12);  // labels sorted: "4", "none"
}

// "Officials said rebels attacked the town": words with heads, and two events.
Document SaidAttacked() {
  Document doc;
  Sentence s;
  const char* forms[] = {"Officials", "said", "rebels", "attacked", "town"};
  const int heads[] = {2, 0, 4, 2, 4};
  uint32_t pos = 0;
  for (int i = 0; i < 5; ++i) {
    Word w;
    w.form = forms[i];
    w.head = heads[i];
    w.span = {pos, pos + static_cast<uint32_t>(w.form.size())};
    pos += w.form.size() + 1;
    s.words.push_back(w);
  }
  doc.sentences.push_back(s);
  auto event = [&](int word, const char* root, bool both) {
    Event e;
    e.root = root;
    e.cameo = std::string(root) + "0";
    e.trigger_begin = doc.sentences[0].words[word].span.begin;
    e.source.code = "XXX";
    if (both) e.target.code = "YYY";
    return e;
  };
  doc.events.push_back(event(1, "01", true));
  doc.events.push_back(event(3, "18", false));
  return doc;
}

TEST(MainEvent, StatementsLastThenHighestTrigger) {
  const Document doc = SaidAttacked();
  MainEventOptions options;
  EXPECT_EQ(MainEvent(doc, options), 1);
  options.statements = MainEventOptions::kStatementsFirst;
  EXPECT_EQ(MainEvent(doc, options), 0);  // "said" is the root
  options.min_actors = 2;
  options.statements = MainEventOptions::kGenericLast;
  EXPECT_EQ(MainEvent(doc, options), 0);  // the attack has one coded actor
  options.min_actors = 0;
  Document none;
  EXPECT_EQ(MainEvent(none, options), -1);
}

TEST(SpanScores, OverlapWithGoldSpans) {
  SpanGold gold;
  gold.text = "A court rejected the plea";
  gold.sources = {{0, 7}};
  gold.targets = {{17, 25}};
  Event e;
  e.source.code = "XXXJUD";
  e.source.begin = 2;
  e.source.end = 7;
  e.target.code = "YYY";
  e.target.begin = 0;
  e.target.end = 1;
  SpanScores s;
  s.Add(gold, &e);
  s.Add(gold, nullptr);
  EXPECT_EQ(s.sentences, 2u);
  EXPECT_EQ(s.with_event, 1u);
  EXPECT_EQ(s.source_match, 1u);
  EXPECT_EQ(s.target_coded, 1u);
  EXPECT_EQ(s.target_match, 0u);
  EXPECT_EQ(s.gold_sources, 2u);
}

TEST(PloverActorMatches, PrefixOrCountry) {
  EventActor a;
  a.code = "IGOUNO";
  EXPECT_TRUE(PloverActorMatches({"IGO"}, a));
  a.code = "HUNGOV";
  a.country = "HUN";
  EXPECT_TRUE(PloverActorMatches({"ROU", "HUN"}, a));
  EXPECT_FALSE(PloverActorMatches({"ROU"}, a));
  EXPECT_FALSE(PloverActorMatches({"HUN"}, EventActor()));
}

TEST(PetrarchScores, MultisetComparison) {
  PetrarchScores s;
  const PetrarchEvent a{"ARN", "GON", "042"}, b{"GON", "ARN", "043"}, c{"ARN", "GON", "190"};
  s.Add({a, b}, {b, a});  // exact, order aside
  s.Add({a, b}, {a, c});  // one right, one missed, one extra
  s.Add({}, {});          // noevents, nothing coded
  s.Add({}, {c});         // noevents, something coded
  EXPECT_EQ(s.records, 4u);
  EXPECT_EQ(s.exact_records, 2u);
  EXPECT_EQ(s.expected, 4u);
  EXPECT_EQ(s.correct, 3u);
  EXPECT_EQ(s.uncoded, 1u);
  EXPECT_EQ(s.extra, 2u);
}

TEST(AsPetrarchEvents, FullDyadsOnceEach) {
  std::vector<Event> events(3);
  for (Event& e : events) {
    e.source.code = "ARNGOV";
    e.target.code = "GON";
    e.cameo = "042";
  }
  events[2].target.code = "";
  EXPECT_EQ(AsPetrarchEvents(events), (std::vector<PetrarchEvent>{{"ARNGOV", "GON", "042"}}));
}

}  // namespace
}  // namespace dyad
