// The PETRARCH readers on the real PETRARCH-2 dictionaries and validation suites
// (../shared/data or $DYAD_DATA_DIR); skipped where the data is absent. The counts pin
// what the readers take from each file; the warnings are the documented quirks.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <iostream>

#include "events/petrarch_verbs.h"
#include "io/petrarch_xml.h"
#include "kb/petrarch_actors.h"
#include "kb/phrase_dictionary.h"

namespace dyad {
namespace {

std::string DataDir() {
  const char* env = std::getenv("DYAD_DATA_DIR");
  return env ? env : DYAD_DEFAULT_DATA;
}
std::string Dict(const std::string& file) { return DataDir() + "/petrarch2-dictionaries/" + file; }

#define SKIP_IF_ABSENT(path) \
  if (!std::filesystem::exists(path)) GTEST_SKIP() << "no " << (path)

void Print(const std::string& what, const std::vector<std::string>& warnings) {
  std::cout << what << ": " << warnings.size() << " warnings\n";
  for (size_t i = 0; i < warnings.size() && i < 5; ++i) std::cout << "  " << warnings[i] << "\n";
}

std::vector<std::string_view> Words(const std::vector<std::string>& words) {
  return std::vector<std::string_view>(words.begin(), words.end());
}

TEST(PetrarchDictionaries, CountriesActors) {
  const std::string path = Dict("Phoenix.Countries.actors.txt");
  SKIP_IF_ABSENT(path);
  std::vector<std::string> warnings;
  auto actors = ReadPetrarchActors(path, &warnings);
  ASSERT_TRUE(actors.ok()) << actors.status().ToString();
  Print("countries", warnings);
  EXPECT_EQ(actors->size(), 18175u + 215u + 7527u);  // primaries (with and without code) + synonyms
  PhraseDictionary dict;
  dict.AddActors(*actors);
  const std::vector<std::string> chavez = {"HUGO", "CHAVEZ"};
  EXPECT_EQ(dict.Match(Words(chavez), 0, "2005-06-01").code, "VENGOV");
  EXPECT_EQ(dict.Match(Words(chavez), 0, "1980-06-01").code, "VENELI");
  const std::vector<std::string> text = {"the", "Islamic", "Republic", "of", "Afghanistan", "said"};
  PhraseMatch m = dict.Match(Words(text), 1, "2010-01-01");
  EXPECT_EQ(m.length, 4u);
  EXPECT_EQ(m.code, "AFG");
}

TEST(PetrarchDictionaries, OtherActorFiles) {
  for (const char* file : {"Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt"}) {
    const std::string path = Dict(file);
    SKIP_IF_ABSENT(path);
    std::vector<std::string> warnings;
    auto actors = ReadPetrarchActors(path, &warnings);
    ASSERT_TRUE(actors.ok()) << actors.status().ToString();
    Print(file, warnings);
    EXPECT_GT(actors->size(), 1000u);
  }
  for (const char* suite : {"petrarch2-validation", "universalpetrarch-validation"}) {
    const std::string path = DataDir() + "/" + suite + "/PETR.Validate.actors.txt";
    SKIP_IF_ABSENT(path);
    auto actors = ReadPetrarchActors(path, nullptr);
    ASSERT_TRUE(actors.ok()) << actors.status().ToString();
    EXPECT_GT(actors->size(), 150u);
  }
}

TEST(PetrarchDictionaries, Agents) {
  const std::string path = Dict("Phoenix.agents.txt");
  SKIP_IF_ABSENT(path);
  std::vector<std::string> warnings;
  auto agents = ReadPetrarchAgents(path, &warnings);
  ASSERT_TRUE(agents.ok()) << agents.status().ToString();
  Print("agents", warnings);
  EXPECT_GT(agents->size(), 2000u);
  PhraseDictionary dict;
  dict.AddAgents(*agents);
  const std::vector<std::string> text = {"police"};
  EXPECT_EQ(dict.Match(Words(text), 0, "").code, "~COP");
}

TEST(PetrarchDictionaries, CameoVerbs) {
  const std::string path = Dict("CAMEO.2.0.txt");
  SKIP_IF_ABSENT(path);
  std::vector<std::string> warnings;
  auto verbs = ReadPetrarchVerbs(path, &warnings);
  ASSERT_TRUE(verbs.ok()) << verbs.status().ToString();
  Print("verbs", warnings);
  EXPECT_EQ(verbs->blocks.size(), 397u);
  // 4,668 pattern lines; 5 can never match (two unbalanced ')', code "080!", two
  // undefined synsets) and are skipped with warnings.
  EXPECT_EQ(verbs->pattern_count(), 4663u);
  EXPECT_EQ(verbs->skipped_patterns, 5);
  EXPECT_EQ(verbs->synsets.size(), 40u);
  EXPECT_EQ(verbs->transformations.size(), 8u);
}

TEST(PetrarchValidation, Suites) {
  struct Case {
    std::string path;
    size_t records, events;
  };
  for (const Case& c :
       {Case{DataDir() + "/petrarch2-validation/PETR.UnitTest.records.xml", 284, 359},
        Case{DataDir() + "/universalpetrarch-validation/"
                         "PETR.UnitTest.records.parsing_parsed_udpipe_2.0.xml",
             284, 349},
        Case{DataDir() + "/universalpetrarch-validation/PETR2_GSR_validation.xml", 78, 80}}) {
    SKIP_IF_ABSENT(c.path);
    std::vector<std::string> warnings;
    auto suite = ReadPetrarchValidation(c.path, &warnings);
    ASSERT_TRUE(suite.ok()) << suite.status().ToString();
    Print(c.path, warnings);
    EXPECT_EQ(suite->records.size(), c.records);
    size_t events = 0;
    for (const PetrarchRecord& r : suite->records) events += r.events.size();
    std::cout << "  records " << suite->records.size() << ", events " << events << "\n";
    EXPECT_EQ(events, c.events);
  }
}

}  // namespace
}  // namespace dyad
