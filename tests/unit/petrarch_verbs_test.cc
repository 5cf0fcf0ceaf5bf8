// The PETRARCH-2 verb dictionary reader on tests/data/petrarch/verbs.txt and broken files.
#include "events/petrarch_verbs.h"

#include <gtest/gtest.h>

#include "base/file.h"

namespace dyad {
namespace {

const std::string kVerbs = std::string(DYAD_TEST_DATA) + "/petrarch/verbs.txt";

class VerbsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto dict = ReadPetrarchVerbs(kVerbs, &warnings_);
    ASSERT_TRUE(dict.ok()) << dict.status().ToString();
    dict_ = std::move(dict).value();
  }
  const VerbWord* Verb(const std::string& head_form) {
    auto it = dict_.by_head.find(head_form);
    if (it == dict_.by_head.end()) return nullptr;
    const auto& r = it->second[0];
    return &dict_.blocks[r.block].verbs[r.verb];
  }
  std::vector<std::string> warnings_;
  VerbDictionary dict_;
};

TEST_F(VerbsTest, BlocksSynsetsAndTransformations) {
  ASSERT_EQ(dict_.blocks.size(), 3u);
  EXPECT_EQ(dict_.blocks[0].name, "ACCELERATE");
  EXPECT_EQ(dict_.blocks[0].code, "---");
  EXPECT_EQ(dict_.blocks[1].code, "070");
  EXPECT_EQ(dict_.pattern_count(), 10u);
  ASSERT_EQ(dict_.synsets.size(), 5u);
  const VerbSynset* currency = dict_.FindSynset("&CURRENCY");
  ASSERT_NE(currency, nullptr);
  // DOLLAR(S) MONEY(S) CASH RUPEE(S): a trailing '_' asks for no plural.
  EXPECT_EQ(currency->members.size(), 7u);
  EXPECT_EQ(dict_.FindSynset("&AUXVERB1")->members.size(), 2u);  // '_' label: no plurals
  ASSERT_EQ(dict_.transformations.size(), 1u);
  EXPECT_EQ(dict_.transformations[0].result.back(), "015");
  EXPECT_TRUE(warnings_.empty());
}

TEST_F(VerbsTest, VerbFormsRegularIrregularAndMultiword) {
  const VerbWord* accelerate = Verb("ACCELERATING");
  ASSERT_NE(accelerate, nullptr);
  EXPECT_EQ(accelerate->forms.size(), 4u);  // ACCELERATE + S, D, ING
  EXPECT_EQ(accelerate->code, "---");
  EXPECT_NE(Verb("HURRIED"), nullptr);
  EXPECT_EQ(Verb("HURRYED"), nullptr);  // {...} lists every form: nothing generated
  const VerbWord* speed_up = Verb("SPEEDING");
  ASSERT_NE(speed_up, nullptr);
  EXPECT_EQ(speed_up->forms[2].words, (std::vector<std::string>{"SPEEDED", "UP"}));
  const VerbWord* rearrest = Verb("ARRESTED");
  ASSERT_NE(rearrest, nullptr);
  EXPECT_EQ(rearrest->forms[2].head, 1u);
  EXPECT_EQ(rearrest->code, "070");
  EXPECT_EQ(Verb("ANGERED")->forms.size(), 1u);  // "{}": no other forms
  EXPECT_EQ(Verb("CONSULT")->code, "040");
  EXPECT_NE(Verb("SCRAPPED"), nullptr);  // ";shan ..." comment dropped
  const VerbWord* determined = Verb("IS");
  ASSERT_NE(determined, nullptr);
  EXPECT_EQ(determined->code, "030");
  EXPECT_EQ(determined->forms.size(), 3u);  // commas between forms
}

TEST_F(VerbsTest, Patterns) {
  const std::vector<VerbPattern>& accelerate = dict_.blocks[0].patterns;
  EXPECT_EQ(accelerate[0].code, "042");
  EXPECT_EQ(accelerate[0].reciprocal, "043");
  ASSERT_EQ(accelerate[0].after.preps.size(), 1u);
  EXPECT_EQ(accelerate[0].after.preps[0].preps, (std::vector<std::string>{"TO"}));
  EXPECT_TRUE(accelerate[0].after.preps[0].objects.empty());
  EXPECT_EQ(accelerate[1].after.nouns[0].words, (std::vector<std::string>{"ARMS", "SHIPMENT"}));
  EXPECT_EQ(accelerate[1].after.nouns[0].head(), "SHIPMENT");
  EXPECT_EQ(accelerate[3].before.nouns[0].words[0], "&MILITARY");
  EXPECT_TRUE(accelerate[3].after.empty());
  EXPECT_EQ(accelerate[4].after.nouns[0].head(), "POLICE");
  EXPECT_EQ(accelerate[4].after.preps[0].objects[0].head(), "BORDER");
  EXPECT_EQ(accelerate[4].line, 21);

  const std::vector<VerbPattern>& grant = dict_.blocks[1].patterns;
  EXPECT_EQ(grant[0].code, "");
  EXPECT_EQ(grant[0].reciprocal, "071");
  EXPECT_EQ(grant[1].before.nouns[0].head(), "$");
  EXPECT_EQ(grant[1].after.preps[0].objects[0].words,
            (std::vector<std::string>{"&MILITARY", "NEGOTIATOR"}));
  EXPECT_EQ(grant[1].after.preps[1].objects[0].head(), "+");
  EXPECT_EQ(grant[2].after.preps[0].preps, (std::vector<std::string>{"TO", "FOR"}));
  EXPECT_EQ(grant[3].after.nouns[0].words, (std::vector<std::string>{"DEBT", "RELIEF"}));
  EXPECT_EQ(grant[3].after.preps[0].objects[0].head(), "^");
  EXPECT_EQ(grant[4].before.nouns[0].head(), "%");
  EXPECT_EQ(grant[4].code, "---");
}

struct BadCase {
  const char* text;
  const char* message;
};

std::string WriteVerbs(const char* text) {
  // Named after the test: ctest runs tests in parallel processes.
  const std::string path = testing::TempDir() + "/" +
                           testing::UnitTest::GetInstance()->current_test_info()->name() +
                           "-bad.verbs";
  EXPECT_TRUE(WriteFile(path, text).ok());
  return path;
}

TEST(PetrarchVerbsErrors, ReportedWithFileLine) {
  for (const BadCase& c :
       {BadCase{"GRANT\n", "bad.verbs:1: verb or pattern before the first"},
        BadCase{"--- G [070] ---\nCORDON_OFF\n", "bad.verbs:2: multi-word verb \"CORDON_OFF\""},
        BadCase{"--- G [070] ---\nGIVE {GAVE\n", "bad.verbs:2: '{' without '}'"},
        BadCase{"~ a b SAY\n", "bad.verbs:1: transformation without '='"}}) {
    auto r = ReadPetrarchVerbs(WriteVerbs(c.text), nullptr);
    ASSERT_FALSE(r.ok()) << c.text;
    EXPECT_NE(r.status().message().find(c.message), std::string::npos)
        << r.status().message() << " vs " << c.message;
  }
}

// Patterns that can never match are skipped with a warning, as PETRARCH skips them.
TEST(PetrarchVerbsErrors, BadPatternsSkippedWithWarning) {
  for (const BadCase& c :
       {BadCase{"--- G [070] ---\n- * AID\n", "bad.verbs:2: pattern without [code]"},
        BadCase{"--- G [070] ---\n- AID [071]\n", "bad.verbs:2: pattern without '*'"},
        BadCase{"--- G [070] ---\n- * * AID [071]\n", "bad.verbs:2: pattern with more than one"},
        BadCase{"--- G [070] ---\n- * (TO AID [071]\n", "bad.verbs:2: '(' without ')'"},
        BadCase{"--- G [070] ---\n- * AID) [071]\n", "bad.verbs:2: unbalanced ')'"},
        BadCase{"--- G [070] ---\n- * {ARMS (TO)} [071]\n", "bad.verbs:2: nested '('"},
        BadCase{"--- G [070] ---\n- * () [071]\n", "bad.verbs:2: '(' needs a preposition"},
        BadCase{"--- G [070] ---\n- * AID [7]\n", "bad.verbs:2: bad event code"},
        BadCase{"--- G [070] ---\n- * &NOPE [071]\n", "bad.verbs:2: synset &NOPE is never"}}) {
    std::vector<std::string> warnings;
    auto r = ReadPetrarchVerbs(WriteVerbs(c.text), &warnings);
    ASSERT_TRUE(r.ok()) << r.status().ToString();
    EXPECT_EQ(r->skipped_patterns, 1) << c.text;
    EXPECT_EQ(r->pattern_count(), 0u) << c.text;
    ASSERT_EQ(warnings.size(), 1u) << c.text;
    EXPECT_NE(warnings[0].find(c.message), std::string::npos) << warnings[0] << " vs " << c.message;
    EXPECT_NE(warnings[0].find("pattern skipped"), std::string::npos);
  }
}

TEST(PetrarchVerbsErrors, RepeatedSynsetMerges) {
  std::vector<std::string> warnings;
  auto r = ReadPetrarchVerbs(WriteVerbs("&A_\n+B\n&A_\n+C\n"), &warnings);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  ASSERT_EQ(r->synsets.size(), 1u);
  EXPECT_EQ(r->synsets[0].members.size(), 2u);
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_NE(warnings[0].find("bad.verbs:3: synset &A of line 1 is defined again"),
            std::string::npos);
}

// PETRARCH-1 files (the petrarch2 validation verbs): multi-word verbs written with spaces,
// lower-case TABARI codes, a header code that is no code.
TEST(PetrarchVerbsErrors, PetrarchOneQuirksTolerated) {
  std::vector<std::string> warnings;
  auto r = ReadPetrarchVerbs(
      WriteVerbs("--- LASH OUT [122] ---\nLASH OUT\n- * AT + [210a]\n--- REPORT [025?] ---\n"
                 "REPORT\n- * ON + [025]\n"),
      &warnings);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  ASSERT_EQ(r->blocks.size(), 2u);
  const VerbForm& lash = r->blocks[0].verbs[0].forms[0];
  EXPECT_EQ(lash.words, (std::vector<std::string>{"LASH", "OUT"}));
  EXPECT_EQ(lash.head, 0u);
  EXPECT_EQ(r->blocks[0].patterns[0].code, "210a");
  EXPECT_EQ(r->blocks[1].code, "---");
  EXPECT_EQ(r->blocks[1].patterns.size(), 1u);
  ASSERT_EQ(warnings.size(), 2u);
  EXPECT_NE(warnings[0].find("bad.verbs:2: verb \"LASH OUT\" with spaces read as +LASH_OUT"),
            std::string::npos)
      << warnings[0];
  EXPECT_NE(warnings[1].find("bad.verbs:4: bad event code \"[025?]\""), std::string::npos)
      << warnings[1];
}

// "--- ARRIVE [032:033] ---": the block's reciprocal goes to its verbs without a code of their
// own; a verb line's "[031:032]" is its own.
TEST(PetrarchVerbsErrors, ReciprocalCodesOfBlocksAndVerbs) {
  auto r = ReadPetrarchVerbs(WriteVerbs("--- ARRIVE [032:033] ---\nARRIVE\nCOME {CAME} [031]\n"
                                        "MEET {MET} [031:032]\n"),
                             nullptr);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  ASSERT_EQ(r->blocks.size(), 1u);
  const VerbBlock& b = r->blocks[0];
  EXPECT_EQ(b.reciprocal, "033");
  ASSERT_EQ(b.verbs.size(), 3u);
  EXPECT_EQ(b.verbs[0].code + ":" + b.verbs[0].reciprocal, "032:033");
  EXPECT_EQ(b.verbs[1].code + ":" + b.verbs[1].reciprocal, "031:");
  EXPECT_EQ(b.verbs[2].code + ":" + b.verbs[2].reciprocal, "031:032");
}

TEST(PetrarchVerbsForms, Regular) {
  EXPECT_EQ(RegularVerbForms("PRESS"),
            (std::vector<std::string>{"PRESSES", "PRESSED", "PRESSING"}));
  EXPECT_EQ(RegularVerbForms("CARRY"),
            (std::vector<std::string>{"CARRIES", "CARRIED", "CARRYING"}));
  EXPECT_EQ(RegularVerbForms("PLAY"), (std::vector<std::string>{"PLAYS", "PLAYED", "PLAYING"}));
  EXPECT_EQ(RegularVerbForms("REACH"),
            (std::vector<std::string>{"REACHES", "REACHED", "REACHING"}));
  EXPECT_EQ(RegularVerbForms("MOVE"), (std::vector<std::string>{"MOVES", "MOVED", "MOVING"}));
  EXPECT_EQ(RegularVerbForms("SEE"), (std::vector<std::string>{"SEES", "SEED", "SEEING"}));
}

}  // namespace
}  // namespace dyad
