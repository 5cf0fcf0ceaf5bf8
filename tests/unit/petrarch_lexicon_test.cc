// The actor coder with PETRARCH dictionaries (tests/data/petrarch/) on hand-tagged sentences:
// dictionary phrases become coded actors resolved by the article date, agents become sector
// nouns, the longest phrase wins, and --no-dyad-actors leaves dyad's own tables out.
#include "actors/petrarch_lexicon.h"

#include <gtest/gtest.h>

#include <sstream>

#include "actors/actor_coder.h"
#include "actors/sentence_actors.h"
#include "base/file.h"

namespace dyad {
namespace {

const std::string kDir = std::string(DYAD_TEST_DATA) + "/petrarch/";
const std::string kKb = std::string(DYAD_SOURCE_DIR) + "/data/kb";

// "Hugo/PROPN/NNP Chavez/PROPN/NNP ..." -> one sentence; a trailing "|PER" on a word marks a
// one-word PER entity.
Document MakeDoc(const std::string& date, const std::string& tagged) {
  Document doc;
  doc.date = date;
  Sentence s;
  std::istringstream in(tagged);
  std::string item;
  while (in >> item) {
    const size_t bar = item.find('|');
    const bool person = bar != std::string::npos;
    if (person) item.resize(bar);
    const size_t a = item.find('/'), b = item.rfind('/');
    Word w;
    w.form = item.substr(0, a);
    w.upos = item.substr(a + 1, b - a - 1);
    w.xpos = item.substr(b + 1);
    if (!doc.text.empty()) doc.text += ' ';
    w.span.begin = static_cast<uint32_t>(doc.text.size());
    doc.text += w.form;
    w.span.end = static_cast<uint32_t>(doc.text.size());
    if (person) {
      const int at = static_cast<int>(s.words.size());
      s.entities.push_back(Entity{at, at + 1, "PER"});
    }
    s.words.push_back(std::move(w));
  }
  s.span = {0, static_cast<uint32_t>(doc.text.size())};
  doc.sentences.push_back(std::move(s));
  return doc;
}

std::unique_ptr<ActorCoder> Load(bool replace, bool agents = true) {
  ActorDictionaryOptions options;
  options.actor_files = {kDir + "actors.txt"};
  if (agents) options.agent_files = {kDir + "agents.txt"};
  options.replace_dyad = replace;
  auto coder = ActorCoder::Load(kKb, "", "", options);
  EXPECT_TRUE(coder.ok()) << coder.status().ToString();
  return coder.ok() ? std::move(coder).value() : nullptr;
}

const Actor* FindActor(const Document& doc, const std::string& name) {
  for (const Actor& a : doc.actors) {
    if (a.name == name) return &a;
  }
  return nullptr;
}

TEST(PetrarchLexicon, DisplayName) {
  EXPECT_EQ(DictionaryDisplayName("HUGO CHAVEZ"), "Hugo Chavez");
  EXPECT_EQ(DictionaryDisplayName("NICOLÁS MADURO"), "Nicolás Maduro");
  EXPECT_EQ(DictionaryDisplayName("UN Secy Gen"), "UN Secy Gen");
  EXPECT_EQ(DictionaryDisplayName("U.N. ENVOY"), "U.N. Envoy");
}

TEST(PetrarchLexicon, LoadErrorsNameTheFile) {
  ActorDictionaryOptions options;
  options.actor_files = {kDir + "no-such-file.txt"};
  auto coder = ActorCoder::Load(kKb, "", "", options);
  ASSERT_FALSE(coder.ok());
  EXPECT_NE(coder.status().message().find("no-such-file.txt"), std::string::npos);
}

TEST(PetrarchLexicon, ActorPhraseResolvedByArticleDate) {
  auto coder = Load(false);
  ASSERT_NE(coder, nullptr);
  for (auto [date, code] : {std::pair{"2000-05-05", "VENGOV"}, {"1985-05-05", "VENELI"}}) {
    Document doc = MakeDoc(date, "Hugo/PROPN/NNP Chavez/PROPN/NNP spoke/VERB/VBD ./PUNCT/.");
    coder->Code(&doc);
    const Actor* chavez = FindActor(doc, "Hugo Chavez");
    ASSERT_NE(chavez, nullptr) << date;
    EXPECT_EQ(chavez->code, code) << date;
    EXPECT_EQ(chavez->country, "VEN");
    EXPECT_EQ(chavez->type, "PER");
  }
}

TEST(PetrarchLexicon, SynonymJoinsItsRecord) {
  auto coder = Load(false);
  ASSERT_NE(coder, nullptr);
  Document doc = MakeDoc("2005-01-01",
                         "Hugo/PROPN/NNP Chavez/PROPN/NNP spoke/VERB/VBD and/CCONJ/CC "
                         "Chavez/PROPN/NNP|PER left/VERB/VBD ./PUNCT/.");
  coder->Code(&doc);
  ASSERT_EQ(doc.actors.size(), 1u);
  EXPECT_EQ(doc.actors[0].name, "Hugo Chavez");
  EXPECT_EQ(doc.actors[0].mentions.size(), 2u);
}

TEST(PetrarchLexicon, CountryPhrasesAndAgents) {
  auto coder = Load(false);
  ASSERT_NE(coder, nullptr);
  // AFGHAN_ [AFG] is a demonym here; SNEAK_THIEF {SNEAK_THIEVES} [~CRM] an agent.
  Document doc = MakeDoc("2010-01-01",
                         "Afghan/ADJ/JJ sneak/NOUN/NN thieves/NOUN/NNS fled/VERB/VBD "
                         "to/ADP/IN Kabul/PROPN/NNP ./PUNCT/.");
  coder->Code(&doc);
  ASSERT_GE(doc.mentions.size(), 2u);
  EXPECT_EQ(doc.mentions[0].text, "Afghan sneak thieves");
  EXPECT_EQ(doc.mentions[0].code, "AFGCRM");
  EXPECT_TRUE(doc.mentions[0].plural);
  EXPECT_EQ(doc.mentions[1].text, "Kabul");
  EXPECT_EQ(doc.mentions[1].country, "AFG");
}

TEST(PetrarchLexicon, AgentTitleBeforeUnknownName) {
  auto coder = Load(false);
  ASSERT_NE(coder, nullptr);
  Document doc = MakeDoc("2010-01-01",
                         "Afghan/ADJ/JJ Foreign/PROPN/NNP Minister/PROPN/NNP "
                         "Zalmay/PROPN/NNP Rassoul/PROPN/NNP spoke/VERB/VBD ./PUNCT/.");
  coder->Code(&doc);
  const Actor* a = FindActor(doc, "Zalmay Rassoul");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->code, "AFGGOV");
}

TEST(PetrarchLexicon, NullActorCodesNothing) {
  auto coder = Load(false);
  ASSERT_NE(coder, nullptr);
  Document doc = MakeDoc("2010-01-01", "Null/PROPN/NNP Actor/PROPN/NNP spoke/VERB/VBD ./PUNCT/.");
  coder->Code(&doc);
  EXPECT_TRUE(doc.mentions.empty());
}

TEST(PetrarchLexicon, InsteadOfDyadOwnTables) {
  // dyad's countries know Venezuela and its agents "president"; the test files do not.
  const std::string text =
      "the/DET/DT Venezuelan/ADJ/JJ president/NOUN/NN met/VERB/VBD the/DET/DT "
      "ambassador/NOUN/NN of/ADP/IN Afghanistan/PROPN/NNP ./PUNCT/.";
  auto both = Load(false);
  ASSERT_NE(both, nullptr);
  Document doc = MakeDoc("2010-01-01", text);
  both->Code(&doc);
  ASSERT_EQ(doc.mentions.size(), 3u);
  EXPECT_EQ(doc.mentions[0].code, "VENGOV");
  EXPECT_EQ(doc.mentions[1].code, "AFGGOV");

  auto only = Load(true);
  ASSERT_NE(only, nullptr);
  doc = MakeDoc("2010-01-01", text);
  only->Code(&doc);
  ASSERT_EQ(doc.mentions.size(), 2u);  // no "Venezuelan president"
  EXPECT_EQ(doc.mentions[0].text, "the ambassador");
  EXPECT_EQ(doc.mentions[0].code, "AFGGOV");

  // Actor files only: dyad's agents stay.
  auto actors_only = Load(true, false);
  ASSERT_NE(actors_only, nullptr);
  doc = MakeDoc("2010-01-01", text);
  actors_only->Code(&doc);
  ASSERT_EQ(doc.mentions.size(), 3u);
  EXPECT_EQ(doc.mentions[0].code, "GOV");  // president, of no known country
}

// A coder over dictionaries written for one test (ctest runs tests in parallel processes).
std::unique_ptr<ActorCoder> LoadText(const std::string& actors, const std::string& agents,
                                     bool replace = false) {
  const std::string base = testing::TempDir() + "/lexicon-" +
                           testing::UnitTest::GetInstance()->current_test_info()->name();
  EXPECT_TRUE(WriteFile(base + ".actors", actors).ok());
  EXPECT_TRUE(WriteFile(base + ".agents", agents).ok());
  ActorDictionaryOptions options;
  options.actor_files = {base + ".actors"};
  options.agent_files = {base + ".agents"};
  options.replace_dyad = replace;
  auto coder = ActorCoder::Load(kKb, "", "", options);
  EXPECT_TRUE(coder.ok()) << coder.status().ToString();
  return coder.ok() ? std::move(coder).value() : nullptr;
}

TEST(PetrarchLexicon, DictionaryWinsATieWithDyadTables) {
  // dyad's tables: Zimbabwe ZWE, "foreign minister" GOV. The user's dictionary says otherwise.
  auto coder = LoadText("ZIMBABWE [RHO]\nARNOR [ARN]\n", "FOREIGN_MINISTER [~GOVFRM]\n");
  ASSERT_NE(coder, nullptr);
  Document doc = MakeDoc("2010-01-01",
                         "Zimbabwe/PROPN/NNP met/VERB/VBD Arnor/PROPN/NNP 's/PART/POS "
                         "foreign/ADJ/JJ minister/NOUN/NN ./PUNCT/.");
  coder->Code(&doc);
  ASSERT_EQ(doc.mentions.size(), 2u);
  EXPECT_EQ(doc.mentions[0].code, "RHO");
  EXPECT_EQ(doc.mentions[1].code, "ARNGOVFRM");
  // The dictionary's own root, unknown to dyad's tables, is the mention's country.
  EXPECT_EQ(doc.mentions[1].country, "ARN");
  EXPECT_EQ(doc.mentions[1].sectors, (std::vector<std::string>{"GOV", "FRM"}));
}

TEST(PetrarchLexicon, TitleGivesItsSectorToABareRoot) {
  auto coder = LoadText("BREE [BRE]\nROMENDACIL [BRE]\n", "PRIME_MINISTER [~GOV]\n");
  ASSERT_NE(coder, nullptr);
  Document doc = MakeDoc("2010-01-01",
                         "Bree/PROPN/NNP Prime/ADJ/JJ Minister/PROPN/NNP "
                         "Romendacil/PROPN/NNP spoke/VERB/VBD ./PUNCT/.");
  coder->Code(&doc);
  ASSERT_EQ(doc.mentions.size(), 1u);
  EXPECT_EQ(doc.mentions[0].code, "BREGOV");
  // Without the title the name keeps its bare root.
  doc = MakeDoc("2010-01-01", "Romendacil/PROPN/NNP spoke/VERB/VBD ./PUNCT/.");
  coder->Code(&doc);
  ASSERT_EQ(doc.mentions.size(), 1u);
  EXPECT_EQ(doc.mentions[0].code, "BRE");
}

TEST(PetrarchLexicon, DeterminerStartsADictionaryName) {
  auto coder = LoadText("THE_SHIRE [SHR]\nBREE [BRE]\n", "");
  ASSERT_NE(coder, nullptr);
  Document doc = MakeDoc("2010-01-01",
                         "Bree/PROPN/NNP welcomed/VERB/VBD the/DET/DT Shire/PROPN/NNP ./PUNCT/.");
  coder->Code(&doc);
  ASSERT_EQ(doc.mentions.size(), 2u);
  EXPECT_EQ(doc.mentions[1].text, "the Shire");
  EXPECT_EQ(doc.mentions[1].code, "SHR");
}

TEST(PetrarchLexicon, DictionaryActorCodesItsNounPhrase) {
  // PETRARCH's rule for its own phrases: "the affected Ithilen villages" is ITH. dyad's own
  // country names keep dyad's rule: "the Afghan economy" names no one.
  auto coder = LoadText("ITHILEN [ITH]\n", "");
  ASSERT_NE(coder, nullptr);
  Document doc = MakeDoc("2010-01-01",
                         "aid/NOUN/NN to/ADP/IN the/DET/DT affected/ADJ/JJ Ithilen/PROPN/NNP "
                         "villages/NOUN/NNS and/CCONJ/CC the/DET/DT Venezuelan/ADJ/JJ "
                         "economy/NOUN/NN ./PUNCT/.");
  coder->Code(&doc);
  ASSERT_EQ(doc.mentions.size(), 1u);
  EXPECT_EQ(doc.mentions[0].text, "the affected Ithilen villages");
  EXPECT_EQ(doc.mentions[0].code, "ITH");
}

TEST(PetrarchLexicon, FirstDictionaryActorCodesThePhrase) {
  // PETRARCH's first-actor rule: "Arnor's Elrond" is ARN; with a title the title's sector
  // joins the first actor's root, also across coordinated adjectives.
  auto coder =
      LoadText("ARNOR [ARN]\nELROND [ELF]\nITHILEN [ITH]\nCALIMEHTAR [CAL]\n", "MINISTER [~GOV]\n");
  ASSERT_NE(coder, nullptr);
  Document doc = MakeDoc("2010-01-01",
                         "Arnor/PROPN/NNP 's/PART/POS Elrond/PROPN/NNP spoke/VERB/VBD ./PUNCT/.");
  coder->Code(&doc);
  ASSERT_EQ(doc.mentions.size(), 1u);
  EXPECT_EQ(doc.mentions[0].code, "ARN");
  doc = MakeDoc("2010-01-01",
                "Ithilen/PROPN/NNP 's/PART/POS awful/ADJ/JJ and/CCONJ/CC evil/ADJ/JJ "
                "minister/NOUN/NN Calimehtar/PROPN/NNP spoke/VERB/VBD ./PUNCT/.");
  coder->Code(&doc);
  ASSERT_EQ(doc.mentions.size(), 1u);
  EXPECT_EQ(doc.mentions[0].code, "ITHGOV");
  // Alone, a name keeps its own code.
  doc = MakeDoc("2010-01-01", "Elrond/PROPN/NNP spoke/VERB/VBD ./PUNCT/.");
  coder->Code(&doc);
  ASSERT_EQ(doc.mentions.size(), 1u);
  EXPECT_EQ(doc.mentions[0].code, "ELF");
}

TEST(PetrarchLexicon, DictionaryAgentCodesADefiniteOrNamedNounPhrase) {
  // With no actor in it, a dictionary agent anywhere in a definite or named noun phrase codes
  // the phrase ("the official news agency WFNA" is an official, "The Calenardhon government
  // issue" CALGOV); a bare noun phrase is an activity ("military exercises" names no one).
  auto coder =
      LoadText("CALENARDHON [CAL]\n", "OFFICIAL [~GOV]\nGOVERNMENT [~GOV]\nMILITARY [~MIL]\n",
               /*replace=*/true);
  ASSERT_NE(coder, nullptr);
  Document doc = MakeDoc("2010-01-01",
                         "the/DET/DT official/ADJ/JJ news/NOUN/NN agency/NOUN/NN WFNA/PROPN/NNP "
                         "said/VERB/VBD ./PUNCT/.");
  coder->Code(&doc);
  ASSERT_EQ(doc.mentions.size(), 1u);
  EXPECT_EQ(doc.mentions[0].text, "the official news agency WFNA");
  EXPECT_EQ(doc.mentions[0].code, "GOV");
  EXPECT_EQ(doc.mentions[0].type, "");
  doc = MakeDoc("2010-01-01",
                "The/DET/DT Calenardhon/PROPN/NNP government/NOUN/NN issue/NOUN/NN "
                "condemned/VERB/VBD military/ADJ/JJ exercises/NOUN/NNS ./PUNCT/.");
  coder->Code(&doc);
  ASSERT_EQ(doc.mentions.size(), 1u);
  EXPECT_EQ(doc.mentions[0].text, "The Calenardhon government issue");
  EXPECT_EQ(doc.mentions[0].code, "CALGOV");
}

TEST(PetrarchLexicon, DictionaryActorBeforeAgentKeepsItsWholeCode) {
  // "West German [GMWGOV] world government [~WGO] activists": the actor's whole code, the
  // agent's blocks once (GMWGOVWGO); "Quibbler [HGWGOVMED] government newspaper [~GOVMED]".
  auto coder = LoadText("WEST_GERMAN [GMWGOV]\nQUIBBLER [HGWGOVMED]\n",
                        "WORLD_GOVERNMENT {} [~WGO]\nGOVERNMENT_NEWSPAPER [~GOVMED]\n",
                        /*replace=*/true);
  ASSERT_NE(coder, nullptr);
  Document doc = MakeDoc("2010-01-01",
                         "West/PROPN/NNP German/ADJ/JJ world/NOUN/NN government/NOUN/NN "
                         "activists/NOUN/NNS spoke/VERB/VBD ./PUNCT/.");
  coder->Code(&doc);
  ASSERT_EQ(doc.mentions.size(), 1u);
  EXPECT_EQ(doc.mentions[0].code, "GMWGOVWGO");
  doc = MakeDoc("2010-01-01",
                "The/DET/DT Quibbler/PROPN/NNP government/NOUN/NN newspaper/NOUN/NN "
                "spoke/VERB/VBD ./PUNCT/.");
  coder->Code(&doc);
  ASSERT_EQ(doc.mentions.size(), 1u);
  EXPECT_EQ(doc.mentions[0].code, "HGWGOVMED");
  EXPECT_EQ(JoinCodes("USAGOV", "GOV"), "USAGOV");
  EXPECT_EQ(JoinCodes("GON", "GOV"), "GONGOV");
}

TEST(PetrarchLexicon, AdjectivesBeforeADictionaryAgentStayInThePhrase) {
  // "the Gondor main opposition group" is one phrase (GONMOP), "the evil Arnor awful Gondor"
  // one (the first actor's, ARN); "Gondor last year" is two.
  auto coder = LoadText("GONDOR [GON]\nARNOR [ARN]\n", "MAIN_OPPOSITION_GROUP [~MOP]\n",
                        /*replace=*/true);
  ASSERT_NE(coder, nullptr);
  Document doc = MakeDoc("2010-01-01",
                         "ties/NOUN/NNS with/ADP/IN the/DET/DT Gondor/PROPN/NNP main/ADJ/JJ "
                         "opposition/NOUN/NN group/NOUN/NN ./PUNCT/.");
  coder->Code(&doc);
  ASSERT_EQ(doc.mentions.size(), 1u);
  EXPECT_EQ(doc.mentions[0].text, "the Gondor main opposition group");
  EXPECT_EQ(doc.mentions[0].code, "GONMOP");
  doc = MakeDoc("2010-01-01",
                "ties/NOUN/NNS with/ADP/IN the/DET/DT evil/ADJ/JJ Arnor/PROPN/NNP awful/ADJ/JJ "
                "Gondor/PROPN/NNP ./PUNCT/.");
  coder->Code(&doc);
  ASSERT_EQ(doc.mentions.size(), 1u);
  EXPECT_EQ(doc.mentions[0].code, "ARN");
  doc = MakeDoc("2010-01-01",
                "ties/NOUN/NNS with/ADP/IN Gondor/PROPN/NNP last/ADJ/JJ year/NOUN/NN ./PUNCT/.");
  coder->Code(&doc);
  ASSERT_EQ(doc.mentions.size(), 1u);
  EXPECT_EQ(doc.mentions[0].text, "Gondor");
}

TEST(PetrarchLexicon, PrefixAgentGoesBeforeTheCode) {
  // "NGO~" agents are written before the actor code: "Zorg Arnor" NGOARN, "An Zorg Arnor
  // diplomat" NGOARNGOV; a "~GOV" agent is still appended. (dyad's own tables know "MSF".)
  auto coder = LoadText("ARNOR [ARN]\n", "ZORG {} [NGO~]\nDIPLOMAT [~GOV]\n");
  ASSERT_NE(coder, nullptr);
  Document doc = MakeDoc("2010-01-01", "Zorg/PROPN/NNP Arnor/PROPN/NNP spoke/VERB/VBD ./PUNCT/.");
  coder->Code(&doc);
  ASSERT_EQ(doc.mentions.size(), 1u);
  EXPECT_EQ(doc.mentions[0].code, "NGOARN");
  doc = MakeDoc("2010-01-01",
                "An/DET/DT Zorg/PROPN/NNP Arnor/PROPN/NNP diplomat/NOUN/NN spoke/VERB/VBD "
                "./PUNCT/.");
  coder->Code(&doc);
  ASSERT_EQ(doc.mentions.size(), 1u);
  EXPECT_EQ(doc.mentions[0].code, "NGOARNGOV");
  doc =
      MakeDoc("2010-01-01", "An/DET/DT Arnor/PROPN/NNP diplomat/NOUN/NN spoke/VERB/VBD ./PUNCT/.");
  coder->Code(&doc);
  ASSERT_EQ(doc.mentions.size(), 1u);
  EXPECT_EQ(doc.mentions[0].code, "ARNGOV");
}

}  // namespace
}  // namespace dyad
