// The PETRARCH verb-pattern coder on hand-made parses: pattern choice, default roles,
// '$'/'+' slots, compounds, reciprocal codes and the "---"/"+++" codes.
#include "events/petrarch_coder.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "base/file.h"
#include "hand_document.h"

namespace dyad {
namespace {

const char* kVerbs =
    "&TIES\n+TIES\n+RELATIONS\n"
    "--- RESTORE [064] ---\nRESTORE\n"
    "- * FXLL DIPLOMATIC [+++]\n"
    "- * DIPLOMATIC &TIES [065]\n"
    "- * CALM [---]\n"
    "--- VISIT [---] ---\nVISIT\n"
    "- $ * + [042:043]\n"
    "--- MEET [040] ---\nMEET {MET MEETS MEETING}\n"
    "- * (WITH +) ABOUT TRADE [046]\n"
    "--- AGREE [081] ---\nAGREE\n"
    "- % * [030:030]\n"
    "- * WITH % [031]\n"
    "--- WELCOME [041] ---\nWELCOME\n"
    "--- ACT [100] ---\nACT\n"
    "- INDICATED WOULD * NOW [1010]\n"
    "--- ARRIVE [032:033] ---\nARRIVE\n"
    "--- CELEBRATE [181] ---\nCELEBRATE\n"
    "- * IFTAR AT ^ ^ + [044]\n";

struct W {
  const char* form;
  const char* lemma;
  const char* upos;
  int head;
  const char* deprel;
};

struct M {
  int first, end;
  const char* code;
  const char* type = "LOC";  // "" for a nominal ("the ambassadors")
  const char* country = "";  // the code's root, "" for an agent alone ("clerics")
};

Document MakeDoc(const std::vector<W>& words, const std::vector<M>& mentions) {
  Document doc;
  doc.id = "t";
  doc.date = "2020-01-01";
  Sentence s;
  for (const W& w : words) {
    Word& word = AppendWord(&doc, &s, w.form);
    word.lemma = w.lemma;
    word.upos = w.upos;
    word.xpos = std::string(w.upos) == "VERB" ? "VBD" : "NN";
    word.head = w.head;
    word.deprel = w.deprel;
  }
  doc.sentences.push_back(s);
  for (const M& m : mentions) {
    ActorMention am;
    am.first_word = m.first;
    am.end_word = m.end;
    am.head_word = m.end - 1;
    am.code = m.code;
    am.type = m.type;
    am.country = m.country;
    for (size_t at = am.country.size(); at + 3 <= am.code.size(); at += 3) {
      am.sectors.push_back(am.code.substr(at, 3));
    }
    am.text = s.words[m.first].form;
    doc.mentions.push_back(am);
  }
  return doc;
}

std::vector<std::string> Triples(const Document& doc) {
  std::vector<std::string> out;
  for (const Event& e : doc.events) {
    out.push_back(e.source.code + "/" + e.target.code + "/" + e.cameo);
  }
  return out;
}

class PetrarchCoderTest : public ::testing::Test {
 protected:
  void SetUp() override {
    // One file per test: ctest runs the tests of this fixture in parallel processes.
    const std::string path = testing::TempDir() + "/coder-" +
                             testing::UnitTest::GetInstance()->current_test_info()->name() +
                             ".verbs";
    ASSERT_TRUE(WriteFile(path, kVerbs).ok());
    auto coder = PetrarchCoder::Load(path, nullptr, nullptr);
    ASSERT_TRUE(coder.ok()) << coder.status().ToString();
    coder_ = std::move(coder).value();
  }
  std::vector<std::string> Code(const std::vector<W>& words, const std::vector<M>& mentions) {
    Document doc = MakeDoc(words, mentions);
    coder_->Code(&doc);
    return Triples(doc);
  }
  std::unique_ptr<PetrarchCoder> coder_;
};

using V = std::vector<std::string>;

TEST_F(PetrarchCoderTest, PatternWithSynsetBeatsVerbCode) {
  // Arnor restored diplomatic relations with Gondor
  EXPECT_EQ(Code({{"Arnor", "Arnor", "PROPN", 2, "nsubj"},
                  {"restored", "restore", "VERB", 0, "root"},
                  {"diplomatic", "diplomatic", "ADJ", 4, "amod"},
                  {"relations", "relation", "NOUN", 2, "obj"},
                  {"with", "with", "ADP", 6, "case"},
                  {"Gondor", "Gondor", "PROPN", 4, "nmod"}},
                 {{0, 1, "ARN"}, {5, 6, "GON"}}),
            V{"ARN/GON/065"});
}

TEST_F(PetrarchCoderTest, VerbCodeWhenNoPatternAndStopCodes) {
  // Arnor restored order in Gondor: no pattern, the verb's 064.
  const std::vector<W> order = {{"Arnor", "Arnor", "PROPN", 2, "nsubj"},
                                {"restored", "restore", "VERB", 0, "root"},
                                {"order", "order", "NOUN", 2, "obj"},
                                {"in", "in", "ADP", 5, "case"},
                                {"Gondor", "Gondor", "PROPN", 2, "obl"}};
  EXPECT_EQ(Code(order, {{0, 1, "ARN"}, {4, 5, "GON"}}), V{"ARN/GON/064"});
  // "calm" matches a [---] pattern: nothing is coded.
  std::vector<W> calm = order;
  calm[2] = {"calm", "calm", "NOUN", 2, "obj"};
  EXPECT_EQ(Code(calm, {{0, 1, "ARN"}, {4, 5, "GON"}}), V{});
  // "fxll diplomatic" matches a [+++] pattern: the verb's code stays.
  EXPECT_EQ(Code({{"Arnor", "Arnor", "PROPN", 2, "nsubj"},
                  {"restored", "restore", "VERB", 0, "root"},
                  {"fxll", "fxll", "ADJ", 4, "amod"},
                  {"diplomatic", "diplomatic", "ADJ", 4, "amod"},
                  {"ties", "tie", "NOUN", 2, "obj"},
                  {"with", "with", "ADP", 7, "case"},
                  {"Gondor", "Gondor", "PROPN", 5, "nmod"}},
                 {{0, 1, "ARN"}, {6, 7, "GON"}}),
            V{"ARN/GON/064"});
}

TEST_F(PetrarchCoderTest, SlotsAndReciprocal) {
  // Arnor visited Gondor: '$' and '+' slots, [042:043] both ways; VISIT alone codes nothing.
  EXPECT_EQ(Code({{"Arnor", "Arnor", "PROPN", 2, "nsubj"},
                  {"visited", "visit", "VERB", 0, "root"},
                  {"Gondor", "Gondor", "PROPN", 2, "obj"}},
                 {{0, 1, "ARN"}, {2, 3, "GON"}}),
            (V{"ARN/GON/042", "GON/ARN/043"}));
  // Arnor visited: no target, no event.
  EXPECT_EQ(Code({{"Arnor", "Arnor", "PROPN", 2, "nsubj"}, {"visited", "visit", "VERB", 0, "root"}},
                 {{0, 1, "ARN"}}),
            V{});
}

TEST_F(PetrarchCoderTest, PrepositionSlotAndCompoundSubject) {
  // Arnor met with Gondor about trade: (WITH +) binds the target.
  EXPECT_EQ(Code({{"Arnor", "Arnor", "PROPN", 2, "nsubj"},
                  {"met", "meet", "VERB", 0, "root"},
                  {"with", "with", "ADP", 4, "case"},
                  {"Gondor", "Gondor", "PROPN", 2, "obl"},
                  {"about", "about", "ADP", 6, "case"},
                  {"trade", "trade", "NOUN", 2, "obl"}},
                 {{0, 1, "ARN"}, {3, 4, "GON"}}),
            V{"ARN/GON/046"});
  // Arnor and Gondor met: each acts on the other.
  EXPECT_EQ(Code({{"Arnor", "Arnor", "PROPN", 4, "nsubj"},
                  {"and", "and", "CCONJ", 3, "cc"},
                  {"Gondor", "Gondor", "PROPN", 1, "conj"},
                  {"met", "meet", "VERB", 0, "root"}},
                 {{0, 1, "ARN"}, {2, 3, "GON"}}),
            (V{"ARN/GON/040", "GON/ARN/040"}));
}

TEST_F(PetrarchCoderTest, CompoundSlotOnAnyConjunct) {
  // The Philippines and France agree: '%' falls on "France", the conjunct nearest the verb.
  EXPECT_EQ(Code({{"Philippines", "Philippines", "PROPN", 4, "nsubj"},
                  {"and", "and", "CCONJ", 3, "cc"},
                  {"France", "France", "PROPN", 1, "conj"},
                  {"agree", "agree", "VERB", 0, "root"}},
                 {{0, 1, "PHL"}, {2, 3, "FRA"}}),
            (V{"PHL/FRA/030", "FRA/PHL/030"}));
}

TEST_F(PetrarchCoderTest, CompoundAfterTheVerbIsTheTarget) {
  // Eriador agrees with the Philippines and France.
  EXPECT_EQ(Code({{"Eriador", "Eriador", "PROPN", 2, "nsubj"},
                  {"agrees", "agree", "VERB", 0, "root"},
                  {"with", "with", "ADP", 4, "case"},
                  {"Philippines", "Philippines", "PROPN", 2, "obl"},
                  {"and", "and", "CCONJ", 6, "cc"},
                  {"France", "France", "PROPN", 4, "conj"}},
                 {{0, 1, "ERI"}, {3, 4, "PHL"}, {5, 6, "FRA"}}),
            (V{"ERI/PHL/031", "ERI/FRA/031"}));
}

TEST_F(PetrarchCoderTest, TwoSubjectsOfOneVerbAreACoordination) {
  // Arnor and the evil Gondor welcomed Osgiliath, parsed with "evil" as the conjunct and
  // "Gondor" as a second subject.
  EXPECT_EQ(Code({{"Arnor", "Arnor", "PROPN", 6, "nsubj"},
                  {"and", "and", "CCONJ", 4, "cc"},
                  {"the", "the", "DET", 4, "det"},
                  {"evil", "evil", "NOUN", 1, "conj"},
                  {"Gondor", "Gondor", "PROPN", 6, "nsubj"},
                  {"welcomed", "welcome", "VERB", 0, "root"},
                  {"Osgiliath", "Osgiliath", "PROPN", 6, "obj"}},
                 {{0, 1, "ARN"}, {4, 5, "GON"}, {6, 7, "OSG"}}),
            (V{"ARN/OSG/041", "GON/OSG/041"}));
}

TEST_F(PetrarchCoderTest, TargetInsideAMultiWordConjunct) {
  // Bree welcomed ties between Minas Tirith and Osgiliath: the first actor after the verb
  // is "Minas", a compound under "Tirith", whose conjunct is Osgiliath.
  EXPECT_EQ(Code({{"Bree", "Bree", "PROPN", 2, "nsubj"},
                  {"welcomed", "welcome", "VERB", 0, "root"},
                  {"ties", "tie", "NOUN", 2, "obj"},
                  {"between", "between", "ADP", 6, "case"},
                  {"Minas", "Minas", "PROPN", 6, "compound"},
                  {"Tirith", "Tirith", "PROPN", 3, "nmod"},
                  {"and", "and", "CCONJ", 8, "cc"},
                  {"Osgiliath", "Osgiliath", "PROPN", 6, "conj"}},
                 {{0, 1, "BRE"}, {4, 6, "GON"}, {7, 8, "OSG"}}),
            (V{"BRE/GON/041", "BRE/OSG/041"}));
}

TEST_F(PetrarchCoderTest, UncodedPronounIsTheGoverningSubject) {
  // Ethiopia indicated it would act now with Libya.
  const std::vector<W> words = {{"Ethiopia", "Ethiopia", "PROPN", 2, "nsubj"},
                                {"indicated", "indicate", "VERB", 0, "root"},
                                {"it", "it", "PRON", 5, "nsubj"},
                                {"would", "would", "AUX", 5, "aux"},
                                {"act", "act", "VERB", 2, "ccomp"},
                                {"now", "now", "ADV", 5, "advmod"},
                                {"with", "with", "ADP", 8, "case"},
                                {"Libya", "Libya", "PROPN", 5, "obl"}};
  EXPECT_EQ(Code(words, {{0, 1, "ETH"}, {7, 8, "LBY"}}), V{"ETH/LBY/1010"});
  // A coded pronoun (a mention) stays the subject.
  EXPECT_EQ(Code(words, {{0, 1, "ETH"}, {2, 3, "ERI"}, {7, 8, "LBY"}}), V{"ERI/LBY/1010"});
}

TEST_F(PetrarchCoderTest, NominalsTakeTheRootsTheyAreOfOrUnknown) {
  // The ambassadors of Arnor and Gondor welcomed clerics.
  EXPECT_EQ(Code({{"ambassadors", "ambassador", "NOUN", 6, "nsubj"},
                  {"of", "of", "ADP", 3, "case"},
                  {"Arnor", "Arnor", "PROPN", 1, "nmod"},
                  {"and", "and", "CCONJ", 5, "cc"},
                  {"Gondor", "Gondor", "PROPN", 3, "conj"},
                  {"welcomed", "welcome", "VERB", 0, "root"},
                  {"clerics", "cleric", "NOUN", 6, "obj"}},
                 {{0, 1, "ARNGOV", "", "ARN"}, {2, 3, "ARN"}, {4, 5, "GON"}, {6, 7, "REL", ""}}),
            (V{"ARNGOV/---REL/041", "GONGOV/---REL/041"}));
  // Lawmakers and clerics in Arnor welcomed Gondor: both nominals are in Arnor.
  EXPECT_EQ(Code({{"Lawmakers", "lawmaker", "NOUN", 6, "nsubj"},
                  {"and", "and", "CCONJ", 3, "cc"},
                  {"clerics", "cleric", "NOUN", 1, "conj"},
                  {"in", "in", "ADP", 5, "case"},
                  {"Arnor", "Arnor", "PROPN", 1, "nmod"},
                  {"welcomed", "welcome", "VERB", 0, "root"},
                  {"Gondor", "Gondor", "PROPN", 6, "obj"}},
                 {{0, 1, "LEG", ""}, {2, 3, "REL", ""}, {4, 5, "ARN"}, {6, 7, "GON"}}),
            (V{"ARNLEG/GON/041", "ARNREL/GON/041"}));
}

TEST_F(PetrarchCoderTest, NominalInABodyKeepsTheBodysCodeOnce) {
  // Officials in the White House [USAGOV] welcomed Gondor: USAGOV, the agent's GOV once.
  EXPECT_EQ(Code({{"Officials", "official", "NOUN", 5, "nsubj"},
                  {"in", "in", "ADP", 4, "case"},
                  {"White", "White", "PROPN", 4, "compound"},
                  {"House", "House", "PROPN", 1, "nmod"},
                  {"welcomed", "welcome", "VERB", 0, "root"},
                  {"Gondor", "Gondor", "PROPN", 5, "obj"}},
                 {{0, 1, "GOV", ""}, {2, 4, "USAGOV", "ORG", "USA"}, {5, 6, "GON"}}),
            (V{"USAGOV/GON/041"}));
}

TEST_F(PetrarchCoderTest, FormerOfficialsAreElitesInPetrarch1) {
  // "Arnor former officials restored ties with former Gondor prosecutors": TABARI's and
  // PETRARCH-1's ELI for a former agent; PETRARCH-2 files keep the agent.
  const std::vector<W> words = {{"Arnor", "Arnor", "PROPN", 3, "compound"},
                                {"former", "former", "ADJ", 3, "amod"},
                                {"officials", "official", "NOUN", 4, "nsubj"},
                                {"restored", "restore", "VERB", 0, "root"},
                                {"ties", "tie", "NOUN", 4, "obj"},
                                {"with", "with", "ADP", 9, "case"},
                                {"former", "former", "ADJ", 9, "amod"},
                                {"Gondor", "Gondor", "PROPN", 9, "compound"},
                                {"prosecutors", "prosecutor", "NOUN", 5, "nmod"}};
  const std::vector<M> mentions = {{0, 3, "ARNGOV", "", "ARN"}, {6, 9, "GONJUD", "", "GON"}};
  EXPECT_EQ(Code(words, mentions), V{"ARNGOV/GONJUD/064"});
  coder_->set_petrarch1(true);
  EXPECT_EQ(Code(words, mentions), V{"ARNELI/GONELI/064"});
}

V Sorted(V v) {
  std::sort(v.begin(), v.end());
  return v;
}

TEST_F(PetrarchCoderTest, ListMembersTheParserMisattached) {
  // "Mordor, Fornost, and Gondor welcomed Osgiliath": Fornost parsed as an appositive.
  EXPECT_EQ(Sorted(Code({{"Mordor", "Mordor", "PROPN", 7, "nsubj"},
                         {",", ",", "PUNCT", 3, "punct"},
                         {"Fornost", "Fornost", "PROPN", 1, "appos"},
                         {",", ",", "PUNCT", 6, "punct"},
                         {"and", "and", "CCONJ", 6, "cc"},
                         {"Gondor", "Gondor", "PROPN", 1, "conj"},
                         {"welcomed", "welcome", "VERB", 0, "root"},
                         {"Osgiliath", "Osgiliath", "PROPN", 7, "obj"}},
                        {{0, 1, "MOR"}, {2, 3, "FOR"}, {5, 6, "GON"}, {7, 8, "OSG"}})),
            (V{"FOR/OSG/041", "GON/OSG/041", "MOR/OSG/041"}));
  // Without a conjunct after it an appositive renames: "Mordor, the Dark Land, welcomed".
  EXPECT_EQ(Code({{"Mordor", "Mordor", "PROPN", 5, "nsubj"},
                  {",", ",", "PUNCT", 3, "punct"},
                  {"Land", "Land", "PROPN", 1, "appos"},
                  {",", ",", "PUNCT", 3, "punct"},
                  {"welcomed", "welcome", "VERB", 0, "root"},
                  {"Osgiliath", "Osgiliath", "PROPN", 5, "obj"}},
                 {{0, 1, "MOR"}, {2, 3, "DLA"}, {5, 6, "OSG"}}),
            V{"MOR/OSG/041"});
  // "Ithilen sheep and goats of Gondor welcomed Osgiliath": the goats are Gondor's.
  EXPECT_EQ(Code({{"Ithilen", "Ithilen", "PROPN", 2, "compound"},
                  {"sheep", "sheep", "NOUN", 7, "nsubj"},
                  {"and", "and", "CCONJ", 4, "cc"},
                  {"goats", "goat", "NOUN", 2, "conj"},
                  {"of", "of", "ADP", 6, "case"},
                  {"Gondor", "Gondor", "PROPN", 4, "nmod"},
                  {"welcomed", "welcome", "VERB", 0, "root"},
                  {"Osgiliath", "Osgiliath", "PROPN", 7, "obj"}},
                 {{0, 2, "ITH"}, {5, 6, "GON"}, {7, 8, "OSG"}}),
            (V{"ITH/OSG/041", "GON/OSG/041"}));
  // "Bree welcomed Eriadori and Calenardhon leaders": coordinated modifiers, two actors.
  EXPECT_EQ(Code({{"Bree", "Bree", "PROPN", 2, "nsubj"},
                  {"welcomed", "welcome", "VERB", 0, "root"},
                  {"Eriadori", "Eriadori", "PROPN", 6, "compound"},
                  {"and", "and", "CCONJ", 5, "cc"},
                  {"Calenardhon", "Calenardhon", "PROPN", 3, "conj"},
                  {"leaders", "leader", "NOUN", 2, "obj"}},
                 {{0, 1, "BRE"}, {2, 3, "ERI"}, {4, 6, "CAL"}}),
            (V{"BRE/CAL/041", "BRE/ERI/041"}));
}

TEST_F(PetrarchCoderTest, NewActorsAreShortUncodedNounPhrases) {
  // "Gryffindor's head Minerva McGonagall arrived in the Ministry of Magic on Wednesday":
  // no dictionary knows them; with new_actor_length 4 both phrases are actors (the parser's
  // two subjects one phrase, no 's, no time), with 3 neither (nor "Magic" inside one).
  const std::vector<W> words = {{"Gryffindor", "Gryffindor", "PROPN", 3, "nmod:poss"},
                                {"'s", "'s", "PART", 1, "case"},
                                {"head", "head", "NOUN", 6, "nsubj"},
                                {"Minerva", "Minerva", "PROPN", 6, "nsubj"},
                                {"McGonagall", "McGonagall", "PROPN", 4, "flat"},
                                {"arrived", "arrive", "VERB", 0, "root"},
                                {"in", "in", "ADP", 9, "case"},
                                {"the", "the", "DET", 9, "det"},
                                {"Ministry", "Ministry", "PROPN", 6, "obl"},
                                {"of", "of", "ADP", 11, "case"},
                                {"Magic", "Magic", "PROPN", 9, "nmod"},
                                {"on", "on", "ADP", 13, "case"},
                                {"Wednesday", "Wednesday", "PROPN", 9, "nmod"}};
  EXPECT_EQ(Code(words, {}), V{});
  coder_->set_new_actor_length(4);
  EXPECT_EQ(Code(words, {}),
            (V{"\"GRYFFINDOR HEAD MINERVA MCGONAGALL\"/\"THE MINISTRY OF MAGIC\"/032",
               "\"THE MINISTRY OF MAGIC\"/\"GRYFFINDOR HEAD MINERVA MCGONAGALL\"/033"}));
  // A phrase holding a coded actor is that actor's: "the Ministry of Gondor".
  EXPECT_EQ(Code(words, {{10, 11, "GON"}}), (V{"\"GRYFFINDOR HEAD MINERVA MCGONAGALL\"/GON/032",
                                               "GON/\"GRYFFINDOR HEAD MINERVA MCGONAGALL\"/033"}));
  coder_->set_new_actor_length(3);
  EXPECT_EQ(Code(words, {}), V{});
}

TEST_F(PetrarchCoderTest, CaretSkipsANounPhrase) {
  // "Arnor celebrated Iftar at Osgiliath with the parliament of Gondor": each '^' skips an
  // actor (Osgiliath, the parliament), '+' is Gondor.
  EXPECT_EQ(Code({{"Arnor", "Arnor", "PROPN", 2, "nsubj"},
                  {"celebrated", "celebrate", "VERB", 0, "root"},
                  {"Iftar", "Iftar", "PROPN", 2, "obj"},
                  {"at", "at", "ADP", 5, "case"},
                  {"Osgiliath", "Osgiliath", "PROPN", 2, "obl"},
                  {"with", "with", "ADP", 8, "case"},
                  {"the", "the", "DET", 8, "det"},
                  {"parliament", "parliament", "NOUN", 2, "obl"},
                  {"of", "of", "ADP", 10, "case"},
                  {"Gondor", "Gondor", "PROPN", 8, "nmod"}},
                 {{0, 1, "ARN"}, {4, 5, "OSG"}, {6, 8, "LEG", ""}, {9, 10, "GON"}}),
            V{"ARN/GON/044"});
}

TEST_F(PetrarchCoderTest, ResolvedPronounIsNoTarget) {
  // "Arnor welcomed talks with him about Gondor", "him" resolved to Elrond by coreference:
  // PETRARCH reads no pronouns, the first actor after the verb is Gondor.
  EXPECT_EQ(Code({{"Arnor", "Arnor", "PROPN", 2, "nsubj"},
                  {"welcomed", "welcome", "VERB", 0, "root"},
                  {"talks", "talk", "NOUN", 2, "obj"},
                  {"with", "with", "ADP", 5, "case"},
                  {"him", "he", "PRON", 3, "nmod"},
                  {"about", "about", "ADP", 7, "case"},
                  {"Gondor", "Gondor", "PROPN", 3, "nmod"}},
                 {{0, 1, "ARN"}, {4, 5, "ELF", "PER"}, {6, 7, "GON"}}),
            V{"ARN/GON/041"});
}

TEST_F(PetrarchCoderTest, VerbTaggedAsNounAfterTheFirstActor) {
  // "Bree arrives in Gondor", "arrives" tagged a noun with "Bree" its compound: a verb.
  EXPECT_EQ(Code({{"Bree", "Bree", "PROPN", 2, "compound"},
                  {"arrives", "arrive", "NOUN", 0, "root"},
                  {"in", "in", "ADP", 4, "case"},
                  {"Gondor", "Gondor", "PROPN", 2, "nmod"}},
                 {{0, 2, "BRE"}, {3, 4, "GON"}}),
            (V{"BRE/GON/032", "GON/BRE/033"}));
  // Not after a determiner: "the Bree arrival in Gondor" names no event.
  EXPECT_EQ(Code({{"The", "the", "DET", 3, "det"},
                  {"Bree", "Bree", "PROPN", 3, "compound"},
                  {"arrives", "arrive", "NOUN", 0, "root"},
                  {"in", "in", "ADP", 5, "case"},
                  {"Gondor", "Gondor", "PROPN", 3, "nmod"}},
                 {{1, 3, "BRE"}, {4, 5, "GON"}}),
            V{});
}

TEST_F(PetrarchCoderTest, VerbCodeWithReciprocal) {
  // Bree arrived in Gondor: the block's [032:033] codes the host's side too.
  EXPECT_EQ(Code({{"Bree", "Bree", "PROPN", 2, "nsubj"},
                  {"arrived", "arrive", "VERB", 0, "root"},
                  {"in", "in", "ADP", 4, "case"},
                  {"Gondor", "Gondor", "PROPN", 2, "obl"}},
                 {{0, 1, "BRE"}, {3, 4, "GON"}}),
            (V{"BRE/GON/032", "GON/BRE/033"}));
}

TEST_F(PetrarchCoderTest, DiscardsDropSentencesAndStories) {
  const std::string path = testing::TempDir() + "/coder-" +
                           testing::UnitTest::GetInstance()->current_test_info()->name() +
                           ".discards";
  ASSERT_TRUE(WriteFile(path, "# sport\nBASEBALL ;AB 13 JUN 2005\n+WORLD_GOLF   # story\n").ok());
  auto discards = ReadPetrarchDiscards(path);
  ASSERT_TRUE(discards.ok()) << discards.status().ToString();
  ASSERT_EQ(discards->phrases.size(), 2u);
  EXPECT_FALSE(discards->phrases[0].story);
  EXPECT_EQ(discards->phrases[1].words, (std::vector<std::string>{"WORLD", "GOLF"}));
  EXPECT_TRUE(discards->phrases[1].story);
  coder_->set_discards(*discards);
  const std::vector<W> visit = {{"Arnor", "Arnor", "PROPN", 2, "nsubj"},
                                {"visited", "visit", "VERB", 0, "root"},
                                {"Gondor", "Gondor", "PROPN", 2, "obj"},
                                {"for", "for", "ADP", 5, "case"},
                                {"baseball", "baseball", "NOUN", 2, "obl"}};
  EXPECT_EQ(Code(visit, {{0, 1, "ARN"}, {2, 3, "GON"}}), V{});
  std::vector<W> golf = visit;
  golf[4] = {"world", "world", "NOUN", 6, "compound"};
  golf.push_back({"golf", "golf", "NOUN", 2, "obl"});
  EXPECT_EQ(Code(golf, {{0, 1, "ARN"}, {2, 3, "GON"}}), V{});
  golf[4] = {"world", "world", "NOUN", 2, "obl"};
  golf.pop_back();
  EXPECT_EQ(Code(golf, {{0, 1, "ARN"}, {2, 3, "GON"}}), (V{"ARN/GON/042", "GON/ARN/043"}));
  // An empty '+' line is an error naming file:line.
  ASSERT_TRUE(WriteFile(path, "BASEBALL\n+\n").ok());
  auto bad = ReadPetrarchDiscards(path);
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.status().message().find(".discards:2: empty phrase"), std::string::npos)
      << bad.status().message();
}

TEST_F(PetrarchCoderTest, RequireDyadOffCodesOneSidedEventsWithNullSide) {
  // "officials welcomed": a source without a target; "---" roots an agent alone.
  const std::vector<W> words = {{"officials", "official", "NOUN", 2, "nsubj"},
                                {"welcomed", "welcome", "VERB", 0, "root"}};
  const std::vector<M> mentions = {{0, 1, "GOV", "", ""}};
  EXPECT_EQ(Code(words, mentions), V{});
  coder_->set_require_dyad(false);
  EXPECT_EQ(Code(words, mentions), V{"---GOV/---/041"});
  // Only a target: "---" for the source; the reciprocal codes the other way.
  EXPECT_EQ(Code({{"arrived", "arrive", "VERB", 0, "root"},
                  {"in", "in", "ADP", 3, "case"},
                  {"Gondor", "Gondor", "PROPN", 1, "obl"}},
                 {{2, 3, "GON"}}),
            (V{"---/GON/032", "GON/---/033"}));
  // Neither side coded: still nothing.
  EXPECT_EQ(
      Code({{"it", "it", "PRON", 2, "nsubj"}, {"welcomed", "welcome", "VERB", 0, "root"}}, {}),
      V{});
  // A full dyad is unchanged.
  EXPECT_EQ(Code({{"Arnor", "Arnor", "PROPN", 2, "nsubj"},
                  {"welcomed", "welcome", "VERB", 0, "root"},
                  {"Gondor", "Gondor", "PROPN", 2, "obj"}},
                 {{0, 1, "ARN"}, {2, 3, "GON"}}),
            V{"ARN/GON/041"});
}

TEST_F(PetrarchCoderTest, SubjectAfterAnotherClausesVerb) {
  // "Bree crowds burned its embassy , an official welcomed Gondor": the parser gives
  // "welcomed" both "crowds" and "official" as subjects; with "burned" between them the
  // nearer one is the subject. Without a verb between them the first one stays.
  const std::vector<W> words = {{"Bree", "Bree", "PROPN", 2, "compound"},
                                {"crowds", "crowd", "NOUN", 8, "nsubj"},
                                {"burned", "burn", "VERB", 2, "acl"},
                                {"its", "its", "PRON", 5, "nmod:poss"},
                                {"embassy", "embassy", "NOUN", 3, "obj"},
                                {",", ",", "PUNCT", 8, "punct"},
                                {"an", "a", "DET", 8, "det"},
                                {"official", "official", "NOUN", 9, "nsubj"},
                                {"welcomed", "welcome", "VERB", 0, "root"},
                                {"Gondor", "Gondor", "PROPN", 9, "obj"}};
  EXPECT_EQ(Code(words, {{0, 2, "BRE"}, {6, 8, "GOV", "", ""}, {9, 10, "GON"}}),
            V{"---GOV/GON/041"});
  EXPECT_EQ(Code({{"Bree", "Bree", "PROPN", 2, "compound"},
                  {"centre", "centre", "NOUN", 5, "nsubj"},
                  {"the", "the", "DET", 4, "det"},
                  {"official", "official", "NOUN", 5, "nsubj"},
                  {"welcomed", "welcome", "VERB", 0, "root"},
                  {"Gondor", "Gondor", "PROPN", 5, "obj"}},
                 {{0, 2, "BRE"}, {2, 4, "GOV", "", ""}, {5, 6, "GON"}}),
            V{"BRE/GON/041"});
}

TEST_F(PetrarchCoderTest, AgentlessPassiveAsWrittenInPetrarch1Dictionaries) {
  // "Arnor was welcomed over its dispute with Gondor": PETRARCH-2 (a dictionary with
  // preposition groups, as this fixture's) keeps Arnor the target and finds no source.
  const std::vector<W> words = {
      {"Arnor", "Arnor", "PROPN", 3, "nsubj:pass"}, {"was", "be", "AUX", 3, "aux:pass"},
      {"welcomed", "welcome", "VERB", 0, "root"},   {"over", "over", "ADP", 6, "case"},
      {"its", "its", "PRON", 6, "nmod:poss"},       {"dispute", "dispute", "NOUN", 3, "obl"},
      {"with", "with", "ADP", 8, "case"},           {"Gondor", "Gondor", "PROPN", 6, "nmod"}};
  const std::vector<M> mentions = {{0, 1, "ARN"}, {7, 8, "GON"}};
  EXPECT_FALSE(coder_->petrarch1());
  EXPECT_EQ(Code(words, mentions), V{});
  // PETRARCH-1 reads it as written: the subject acts on the first actor after the verb.
  coder_->set_petrarch1(true);
  EXPECT_EQ(Code(words, mentions), V{"ARN/GON/041"});
  // A "by" agent is the source either way.
  std::vector<W> by = words;
  by[3] = {"by", "by", "ADP", 8, "case"};
  by[5] = {"today", "today", "NOUN", 3, "obl:tmod"};
  by[7] = {"Gondor", "Gondor", "PROPN", 3, "obl:agent"};
  EXPECT_EQ(Code(by, mentions), V{"GON/ARN/041"});
  // A flat dictionary (no preposition group) is PETRARCH-1's: on by default.
  const std::string path = testing::TempDir() + "/coder-flat.verbs";
  ASSERT_TRUE(WriteFile(path, "--- WELCOME [041] ---\nWELCOME\n- SAID * [042]\n").ok());
  auto flat = PetrarchCoder::Load(path, nullptr, nullptr);
  ASSERT_TRUE(flat.ok()) << flat.status().ToString();
  EXPECT_TRUE((*flat)->petrarch1());
}

TEST_F(PetrarchCoderTest, NounWithAuxiliaryIsAVerb) {
  // "Bree will welcome Gondor" with "welcome" tagged NOUN: an auxiliary makes it the verb.
  std::vector<W> words = {{"Bree", "Bree", "PROPN", 3, "nsubj"},
                          {"will", "will", "AUX", 3, "aux"},
                          {"welcome", "welcome", "NOUN", 0, "root"},
                          {"Gondor", "Gondor", "PROPN", 3, "obj"}};
  const std::vector<M> mentions = {{0, 1, "BRE"}, {3, 4, "GON"}};
  EXPECT_EQ(Code(words, mentions), V{"BRE/GON/041"});
  // With a copula it is a noun ("Bree will be a welcome ..."); without an auxiliary too.
  words[1] = {"be", "be", "AUX", 3, "cop"};
  EXPECT_EQ(Code(words, mentions), V{});
  words[1] = {"the", "the", "DET", 3, "det"};
  EXPECT_EQ(Code(words, mentions), V{});
}

TEST(PetrarchCoderDialect, Petrarch1PatternWordsMatchTheFormAsWritten) {
  const std::string path = testing::TempDir() + "/coder-forms.verbs";
  ASSERT_TRUE(WriteFile(path, "--- ABANDON [345] ---\nABANDON\n- * EFFORT [987]\n").ok());
  auto coder = PetrarchCoder::Load(path, nullptr, nullptr);
  ASSERT_TRUE(coder.ok()) << coder.status().ToString();
  ASSERT_TRUE((*coder)->petrarch1());
  auto code = [&](const char* form, const char* lemma) {
    // "Arnor abandoned <form> with Gondor"
    Document doc = MakeDoc({{"Arnor", "Arnor", "PROPN", 2, "nsubj"},
                            {"abandoned", "abandon", "VERB", 0, "root"},
                            {form, lemma, "NOUN", 2, "obj"},
                            {"with", "with", "ADP", 5, "case"},
                            {"Gondor", "Gondor", "PROPN", 3, "nmod"}},
                           {{0, 1, "ARN"}, {4, 5, "GON"}});
    (*coder)->Code(&doc);
    return Triples(doc);
  };
  EXPECT_EQ(code("effort", "effort"), V{"ARN/GON/987"});
  EXPECT_EQ(code("efforts", "effort"), V{"ARN/GON/345"});  // no lemma match
  (*coder)->set_petrarch1(false);
  EXPECT_EQ(code("efforts", "effort"), V{"ARN/GON/987"});  // PETRARCH-2: lemma matches
}

TEST(PetrarchCoderDialect, Petrarch1VerbInTwoBlocksHasBothBlocksPatterns) {
  const std::string path = testing::TempDir() + "/coder-two-blocks.verbs";
  ASSERT_TRUE(WriteFile(path,
                        "--- SHOT [---] ---\nSHOT\n- * AND_WOUND [223]\n"
                        "--- SHOT [223] ---\nSHOT\n- * DEAD IN $ [224]\n")
                  .ok());
  std::vector<std::string> warnings;
  auto coder = PetrarchCoder::Load(path, nullptr, &warnings);
  ASSERT_TRUE(coder.ok()) << coder.status().ToString();
  ASSERT_TRUE((*coder)->petrarch1());
  // "Arnor shot Gondor dead in Osgiliath": the second block's pattern, Osgiliath the source.
  const std::vector<W> words = {
      {"Arnor", "Arnor", "PROPN", 2, "nsubj"}, {"shot", "shoot", "VERB", 0, "root"},
      {"Gondor", "Gondor", "PROPN", 2, "obj"}, {"dead", "dead", "ADJ", 2, "xcomp"},
      {"in", "in", "ADP", 6, "case"},          {"Osgiliath", "Osgiliath", "PROPN", 2, "obl"}};
  const std::vector<M> mentions = {{0, 1, "ARN"}, {2, 3, "GON"}, {5, 6, "OSG"}};
  Document doc = MakeDoc(words, mentions);
  (*coder)->Code(&doc);
  EXPECT_EQ(Triples(doc), V{"OSG/GON/224"});
  // PETRARCH-2 reading: the first block only, whose verb codes nothing.
  (*coder)->set_petrarch1(false);
  doc = MakeDoc(words, mentions);
  (*coder)->Code(&doc);
  EXPECT_EQ(Triples(doc), V{});
}

TEST(PetrarchCoderDialect, VerbAfterAModalTaggedAsAModifier) {
  const std::string path = testing::TempDir() + "/coder-modal.verbs";
  ASSERT_TRUE(
      WriteFile(path, "--- ABANDON [345] ---\nABANDON\n- * IMPROVED RELATIONS [904]\n").ok());
  auto coder = PetrarchCoder::Load(path, nullptr, nullptr);
  ASSERT_TRUE(coder.ok()) << coder.status().ToString();
  // "Arnor will abandon improved relations with Gondor", "abandon" tagged an adverb of
  // "improved": after "will" it is the verb, its clause the one of "improved".
  Document doc = MakeDoc({{"Arnor", "Arnor", "PROPN", 4, "nsubj"},
                          {"will", "will", "AUX", 4, "aux"},
                          {"abandon", "abandon", "ADV", 4, "advmod"},
                          {"improved", "improve", "VERB", 0, "root"},
                          {"relations", "relation", "NOUN", 4, "obj"},
                          {"with", "with", "ADP", 7, "case"},
                          {"Gondor", "Gondor", "PROPN", 5, "nmod"}},
                         {{0, 1, "ARN"}, {6, 7, "GON"}});
  doc.sentences[0].words[1].xpos = "MD";
  (*coder)->Code(&doc);
  EXPECT_EQ(Triples(doc), V{"ARN/GON/904"});
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(doc.events[0].trigger_text, "abandon");
}

TEST(PetrarchCoderDialect, UnderscoreJoinsANounToTheVerb) {
  const std::string path = testing::TempDir() + "/coder-connector.verbs";
  ASSERT_TRUE(
      WriteFile(path, "--- ALLOW [080] ---\nALLOW\n- RECENTLY_* [025]\n- *_IN [026]\n").ok());
  auto coder = PetrarchCoder::Load(path, nullptr, nullptr);
  ASSERT_TRUE(coder.ok()) << coder.status().ToString();
  const VerbPattern& recently = (*coder)->verbs().blocks[0].patterns[0];
  EXPECT_TRUE(recently.before_adjacent);
  EXPECT_FALSE(recently.after_adjacent);
  EXPECT_TRUE((*coder)->verbs().blocks[0].patterns[1].after_adjacent);
  auto code = [&](std::vector<W> words) {
    Document doc = MakeDoc(
        words, {{0, 1, "ARN"},
                {static_cast<int>(words.size()) - 1, static_cast<int>(words.size()), "GON"}});
    (*coder)->Code(&doc);
    return Triples(doc);
  };
  // "Arnor recently allowed Gondor": next to the verb.
  EXPECT_EQ(code({{"Arnor", "Arnor", "PROPN", 3, "nsubj"},
                  {"recently", "recently", "ADV", 3, "advmod"},
                  {"allowed", "allow", "VERB", 0, "root"},
                  {"Gondor", "Gondor", "PROPN", 3, "obj"}}),
            V{"ARN/GON/025"});
  // "Arnor recently did allow Gondor": a word between, the verb's own code.
  EXPECT_EQ(code({{"Arnor", "Arnor", "PROPN", 4, "nsubj"},
                  {"recently", "recently", "ADV", 4, "advmod"},
                  {"did", "do", "AUX", 4, "aux"},
                  {"allow", "allow", "VERB", 0, "root"},
                  {"Gondor", "Gondor", "PROPN", 4, "obj"}}),
            V{"ARN/GON/080"});
}

TEST_F(PetrarchCoderTest, AdverbialClauseSubjectPerDialect) {
  // "Arnor welcomed Bree after arriving in Gondor": PETRARCH-2 (this fixture) gives the
  // adverbial clause the governing subject; PETRARCH-1 codes nothing from it.
  const std::vector<W> words = {
      {"Arnor", "Arnor", "PROPN", 2, "nsubj"},    {"welcomed", "welcome", "VERB", 0, "root"},
      {"Bree", "Bree", "PROPN", 2, "obj"},        {"after", "after", "SCONJ", 5, "mark"},
      {"arriving", "arrive", "VERB", 2, "advcl"}, {"in", "in", "ADP", 7, "case"},
      {"Gondor", "Gondor", "PROPN", 5, "obl"}};
  const std::vector<M> mentions = {{0, 1, "ARN"}, {2, 3, "BRE"}, {6, 7, "GON"}};
  EXPECT_EQ(Code(words, mentions), (V{"ARN/BRE/041", "ARN/GON/032", "GON/ARN/033"}));
  coder_->set_petrarch1(true);
  EXPECT_EQ(Code(words, mentions), V{"ARN/BRE/041"});
}

}  // namespace
}  // namespace dyad
