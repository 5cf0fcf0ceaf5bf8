// PETRARCH actor/agent readers and PhraseDictionary on hand-written snippets in
// tests/data/petrarch/ and on small broken files.
#include "kb/petrarch_actors.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <map>

#include "base/file.h"
#include "kb/petrarch_text.h"
#include "kb/phrase_dictionary.h"

namespace dyad {
namespace {

const std::string kDir = std::string(DYAD_TEST_DATA) + "/petrarch/";

const ActorEntry* Find(const std::vector<ActorEntry>& entries, const std::string& joined) {
  for (const ActorEntry& e : entries) {
    std::string j;
    for (const std::string& w : e.words) j += (j.empty() ? "" : " ") + w;
    if (j == joined) return &e;
  }
  return nullptr;
}

bool HasWarning(const std::vector<std::string>& warnings, const std::string& part) {
  return std::any_of(warnings.begin(), warnings.end(),
                     [&](const std::string& w) { return w.find(part) != std::string::npos; });
}

std::string WriteTemp(const std::string& name, const std::string& text) {
  // Named after the test too: ctest runs tests in parallel processes.
  const std::string path = testing::TempDir() + "/" +
                           testing::UnitTest::GetInstance()->current_test_info()->name() + "-" +
                           name;
  EXPECT_TRUE(WriteFile(path, text).ok());
  return path;
}

class ActorsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto actors = ReadPetrarchActors(kDir + "actors.txt", &warnings_);
    ASSERT_TRUE(actors.ok()) << actors.status().ToString();
    actors_ = std::move(actors).value();
    dict_.AddActors(actors_);
  }
  PhraseMatch Match(std::vector<std::string_view> words, const std::string& date) {
    return dict_.Match(words, 0, date);
  }
  std::vector<std::string> warnings_;
  std::vector<ActorEntry> actors_;
  PhraseDictionary dict_;
};

TEST_F(ActorsTest, PhrasesSynonymsAndComments) {
  EXPECT_EQ(actors_.size(), 20u);
  const ActorEntry* kabul = Find(actors_, "KABUL");
  ASSERT_NE(kabul, nullptr);
  EXPECT_EQ(kabul->canonical, "AFGHANISTAN");
  ASSERT_EQ(kabul->codes.size(), 1u);
  EXPECT_EQ(kabul->codes[0].code, "AFG");
  EXPECT_EQ(kabul->line, 7);
  EXPECT_EQ(Find(actors_, "over two lines -->"), nullptr);
  ASSERT_NE(Find(actors_, "UN Secy Gen"), nullptr);  // lower case kept as written
}

TEST_F(ActorsTest, SpacingBeforeCodeAndSeveralCodesOnALine) {
  for (const char* phrase : {"ONE SPACE", "TWO SPACES", "TAB BEFORE"}) {
    const ActorEntry* e = Find(actors_, phrase);
    ASSERT_NE(e, nullptr) << phrase;
    EXPECT_EQ(e->codes.size(), 1u) << phrase;
  }
  const ActorEntry* annan = Find(actors_, "KOFI ANNAN");
  ASSERT_NE(annan, nullptr);
  ASSERT_EQ(annan->codes.size(), 2u);
  EXPECT_EQ(annan->codes[0].start, "1997-01-01");
  EXPECT_EQ(annan->codes[0].end, "2006-12-31");
  EXPECT_EQ(annan->codes[1].code, "ELI");
}

TEST_F(ActorsTest, DatesInEveryShape) {
  const ActorEntry* e = Find(actors_, "SPACED DATES");
  ASSERT_NE(e, nullptr);
  ASSERT_EQ(e->codes.size(), 3u);
  EXPECT_EQ(e->codes[0].start, "2014-06-08");  // "> 140608"
  EXPECT_EQ(e->codes[0].end, "");
  EXPECT_EQ(e->codes[1].end, "1995-06-01");  // "< 950601"
  EXPECT_EQ(e->codes[2].start, "1995-06-01");
  EXPECT_EQ(e->codes[2].end, "1999-08-15");
  const ActorEntry* seven = Find(actors_, "SEVEN DIGITS");
  ASSERT_NE(seven, nullptr);
  EXPECT_EQ(seven->codes[0].start, "1990-08-22");  // PETRARCH reads 9008223 as YYMMDD
  EXPECT_TRUE(HasWarning(warnings_, "actors.txt:25: date \"9008223\" has 7 digits"));
  const ActorEntry* bare = Find(actors_, "BARE DATE");
  ASSERT_NE(bare, nullptr);
  EXPECT_EQ(bare->codes[0].start, "2012-12-04");
  EXPECT_TRUE(HasWarning(warnings_, "actors.txt:27: date \"20121204\" has no '<'"));
}

TEST_F(ActorsTest, NullAndMissingCodes) {
  EXPECT_EQ(Find(actors_, "NULL ACTOR")->codes[0].code, "---");
  EXPECT_TRUE(Find(actors_, "NO CODE AT ALL")->codes.empty());
  EXPECT_TRUE(HasWarning(warnings_, "actors.txt:30: \"NO CODE AT ALL\" has no code"));
}

TEST_F(ActorsTest, RepeatedPhraseKeepsAllCodesAndWarns) {
  EXPECT_TRUE(HasWarning(warnings_, "actors.txt:32: \"REPEATED\" [YYY] repeats line 31 [XXX]"));
  PhraseMatch m = Match({"repeated"}, "2000-01-01");
  EXPECT_EQ(m.codes, (std::vector<std::string>{"XXX", "YYY"}));
}

TEST_F(ActorsTest, DateRestrictionsResolveByArticleDate) {
  EXPECT_EQ(Match({"Hugo", "Chavez"}, "1985-05-05").code, "VENELI");
  EXPECT_EQ(Match({"Hugo", "Chavez"}, "2000-05-05").code, "VENGOV");
  EXPECT_EQ(Match({"Hugo", "Chavez"}, "2002-04-13").code, "VENELI");  // the coup gap: default
  EXPECT_EQ(Match({"Chavez"}, "2010-01-01").code, "VENGOV");
  EXPECT_EQ(Match({"Ban", "Ki-moon"}, "2008-01-01").code, "IGOUNO");
  EXPECT_EQ(Match({"Ban", "Ki-moon"}, "2005-01-01").code, "");  // no default: no code
  EXPECT_EQ(Match({"Ban", "Ki-moon"}, "").code, "IGOUNO");      // no date: restrictions ignored
  EXPECT_EQ(Match({"Kofi", "Annan"}, "2010-01-01").code, "ELI");
}

TEST_F(ActorsTest, LongestMatchCaseAndAccents) {
  std::vector<std::string_view> text = {"the", "islamic", "REPUBLIC", "of", "Afghanistan", "."};
  PhraseMatch m = dict_.Match(text, 1, "2010-01-01");
  EXPECT_EQ(m.length, 4u);
  EXPECT_EQ(m.code, "AFG");
  EXPECT_EQ(dict_.Match(text, 0, "2010-01-01").length, 0u);
  EXPECT_EQ(dict_.Match(text, 99, "2010-01-01").length, 0u);
  EXPECT_EQ(Match({"Nicolás", "Maduro"}, "2020-01-01").code, "VENGOV");
  EXPECT_EQ(Match({"NICOLAS", "MADURO"}, "2020-01-01").code, "VENGOV");
  EXPECT_EQ(Match({"nicolás"}, "2020-01-01").length, 0u);
}

TEST_F(ActorsTest, UnderscoreJoinsWordsInTheText) {
  // A text word "Islamic_Republic" stands for two dictionary words, as in PETRARCH's texts.
  std::vector<std::string_view> text = {"the", "Islamic_REPUBLIC", "of", "Afghanistan"};
  PhraseMatch m = dict_.Match(text, 1, "2010-01-01");
  EXPECT_EQ(m.length, 3u);
  EXPECT_EQ(m.code, "AFG");
  EXPECT_EQ(Match({"Nicolás_Maduro"}, "2020-01-01").code, "VENGOV");
  EXPECT_EQ(Match({"Nicolás_"}, "2020-01-01").length, 0u);
}

TEST(PhraseDictionaryHyphens, HyphenatedPhraseMatchesSplitTokens) {
  // dyad's tokenizer splits "Al-Qaeda" into Al - Qaeda; the phrase matches either way.
  PhraseDictionary dict;
  dict.Add({"AL-QAEDA"}, {DictCode{"IMGMOSALQ", "", ""}});
  dict.Add({"BARAD-DUR", "GATE"}, {DictCode{"MOR", "", ""}});
  dict.Add({"ANTI-", "WAR"}, {DictCode{"PEA", "", ""}});
  std::vector<std::string_view> text = {"the", "Al", "-", "Qaeda", "group"};
  PhraseMatch m = dict.Match(text, 1, "");
  EXPECT_EQ(m.length, 3u);
  EXPECT_EQ(m.code, "IMGMOSALQ");
  EXPECT_EQ(m.record, 0);
  std::vector<std::string_view> whole = {"al-qaeda"};
  EXPECT_EQ(dict.Match(whole, 0, "").length, 1u);
  std::vector<std::string_view> gate = {"Barad", "-", "dur", "gate"};
  EXPECT_EQ(dict.Match(gate, 0, "").code, "MOR");
  EXPECT_EQ(dict.Match(gate, 0, "").length, 4u);
  // A trailing hyphen is no word boundary; a lone "Al" is no match.
  std::vector<std::string_view> anti = {"anti-", "war"};
  EXPECT_EQ(dict.Match(anti, 0, "").code, "PEA");
  std::vector<std::string_view> al = {"Al", "Jazeera"};
  EXPECT_EQ(dict.Match(al, 0, "").length, 0u);
}

// The fast lookup agrees with a linear scan over every entry (longest phrase wins).
TEST_F(ActorsTest, MatchAgreesWithLinearScan) {
  for (const ActorEntry& probe : actors_) {
    std::vector<std::string_view> text(probe.words.begin(), probe.words.end());
    text.push_back("TAIL");
    size_t best = 0;
    for (const ActorEntry& e : actors_) {
      if (e.words.size() > text.size()) continue;
      bool same = true;
      for (size_t i = 0; i < e.words.size() && same; ++i) {
        std::string a(e.words[i]), b(text[i]);
        std::transform(a.begin(), a.end(), a.begin(), ::tolower);
        std::transform(b.begin(), b.end(), b.begin(), ::tolower);
        same = a == b;
      }
      if (same) best = std::max(best, e.words.size());
    }
    EXPECT_EQ(dict_.Match(text, 0, "2000-01-01").length, best) << probe.canonical;
  }
}

TEST(PetrarchActorsErrors, TextAfterCodeIsIgnoredWithWarning) {
  std::vector<std::string> warnings;
  auto r = ReadPetrarchActors(WriteTemp("junk.actors", "A_BELO_CORP_\t[MNCMED]\tNewspapers\n"),
                              &warnings);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->at(0).codes[0].code, "MNCMED");
  EXPECT_TRUE(HasWarning(warnings, "junk.actors:1: text \"Newspapers\" after the code ignored"));
}

TEST(PetrarchActorsErrors, MalformedLinesStopWithFileLine) {
  struct Case {
    const char* text;
    const char* message;
  };
  for (const Case& c : {Case{"A [AFG\n", "bad.actors:1: '[' without ']'"},
                        Case{"\t[AFG]\n", "bad.actors:1: code line before any phrase"},
                        Case{"+X\n", "bad.actors:1: '+' synonym before any phrase"},
                        Case{"A\n\t[AFG 9913]\n", "bad.actors:2: date \"9913\" has fewer"},
                        Case{"A\n\t[AFG >990231]\n", "bad.actors:2: date \"990231\" is not a"},
                        Case{"A [A-B]\n", "bad.actors:1: bad code \"A-B\""},
                        Case{"A\n<!-- open\n", "bad.actors:2: '<!--' is never closed"}}) {
    const std::string path = WriteTemp("bad.actors", c.text);
    auto r = ReadPetrarchActors(path, nullptr);
    ASSERT_FALSE(r.ok()) << c.text;
    EXPECT_NE(r.status().message().find(c.message), std::string::npos)
        << r.status().message() << " vs " << c.message;
  }
}

TEST(PetrarchAgents, FormsPluralsMarkersAndQuirks) {
  std::vector<std::string> warnings;
  auto agents = ReadPetrarchAgents(kDir + "agents.txt", &warnings);
  ASSERT_TRUE(agents.ok()) << agents.status().ToString();
  std::map<std::string, std::pair<std::string, bool>> forms;  // phrase -> code, plural
  for (const AgentEntry& a : *agents) {
    std::string j;
    for (const std::string& w : a.words) j += (j.empty() ? "" : " ") + w;
    forms[j] = {a.code, a.plural};
  }
  EXPECT_EQ(forms["AMBASSADORS"], std::make_pair(std::string("~GOV"), true));
  EXPECT_EQ(forms["SECRETARIES"].first, "~GOV");
  EXPECT_EQ(forms["BOSSES"].first, "~BUS");
  EXPECT_EQ(forms.count("POLICES"), 0u);
  EXPECT_EQ(forms["ATTORNEYS GENERAL"], std::make_pair(std::string("~GOVATG"), true));
  EXPECT_EQ(forms["CONGRESSWOMEN"].first, "~LEG");
  EXPECT_EQ(forms.count("CONGRESSWOMENS"), 0u);
  EXPECT_EQ(forms["HUSBANDPERSON"].first, "~AGR");
  EXPECT_EQ(forms["FOREIGN MINISTRY"].first, "~GOV");
  EXPECT_EQ(forms["HUMAN RIGHTS BODY"].first, "NGO~");
  EXPECT_EQ(forms["TROOPS"].first, "~MIL");
  EXPECT_EQ(forms.count("MINISTRYS"), 0u);
  EXPECT_EQ(forms.count("MINISTRIES"), 0u);  // trailing '_': no generated plural
  EXPECT_EQ(forms["DEPARMENT OF ENVIRONMENT"].first, "~ENV");
  EXPECT_EQ(forms["SNEAK THIEVES"].first, "~CRM");
  EXPECT_TRUE(HasWarning(warnings, "agents.txt:16: code closed by '}'"));
  EXPECT_TRUE(HasWarning(warnings, "agents.txt:17: agent \"ISLAMIC_EXTREMIST\" has no [code]"));
  EXPECT_TRUE(HasWarning(warnings, "agents.txt:20: \"GUARD\" [~COP] repeats line 19 [~MIL]"));

  PhraseDictionary dict;
  dict.AddAgents(*agents);
  std::vector<std::string_view> text = {"foreign", "ministry", "officials"};
  PhraseMatch m = dict.Match(text, 0, "2001-01-01");
  EXPECT_EQ(m.length, 2u);
  EXPECT_EQ(m.code, "~GOV");
}

TEST(PetrarchAgents, MalformedLines) {
  struct Case {
    const char* text;
    const char* message;
  };
  for (const Case& c : {Case{"A [GOV]\n", "bad.agents:1: bad agent code \"GOV\""},
                        Case{"A {AS [~GOV]\n", "bad.agents:1: '{' without '}'"},
                        Case{"!X!MAN [~GOV]\n", "bad.agents:1: substitution marker !X!"},
                        Case{"A [~GOV\n", "bad.agents:1: '[' without ']'"},
                        Case{"!P! = A,,B\n", "bad.agents:1: empty item"}}) {
    const std::string path = WriteTemp("bad.agents", c.text);
    auto r = ReadPetrarchAgents(path, nullptr);
    ASSERT_FALSE(r.ok()) << c.text;
    EXPECT_NE(r.status().message().find(c.message), std::string::npos)
        << r.status().message() << " vs " << c.message;
  }
}

TEST(PetrarchText, Dates) {
  std::string date, error;
  bool quirk = false;
  ASSERT_TRUE(ParseDictDate("300101", &date, &quirk, &error));
  EXPECT_EQ(date, "2030-01-01");
  ASSERT_TRUE(ParseDictDate("310101", &date, &quirk, &error));
  EXPECT_EQ(date, "1931-01-01");
  ASSERT_TRUE(ParseDictDate("20120229", &date, &quirk, &error));
  EXPECT_FALSE(quirk);
  EXPECT_FALSE(ParseDictDate("20110229", &date, &quirk, &error));
  ASSERT_TRUE(ParseDictDate("1920030320", &date, &quirk, &error));
  EXPECT_EQ(date, "1920-03-03");  // PETRARCH's reading of a 10-digit typo
  EXPECT_TRUE(quirk);
}

}  // namespace
}  // namespace dyad
