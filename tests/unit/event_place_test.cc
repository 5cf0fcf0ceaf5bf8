// Event places on hand-built dependency trees, and datelines, against the tiny place table.
#include "events/event_place.h"

#include <gtest/gtest.h>

namespace dyad {
namespace {

struct W {
  const char* form;
  const char* lemma;
  const char* upos;
  int head;  // 1-based, 0 = root
  const char* deprel;
};

// One token per word, separated by spaces.
Sentence Build(const std::vector<W>& words) {
  Sentence s;
  for (size_t i = 0; i < words.size(); ++i) {
    Word w;
    w.form = words[i].form;
    w.lemma = words[i].lemma;
    w.upos = words[i].upos;
    w.head = words[i].head;
    w.deprel = words[i].deprel;
    w.token = static_cast<int>(i);
    s.words.push_back(w);
    Token t;
    t.form = w.form;
    t.first_word = static_cast<int>(i);
    s.tokens.push_back(t);
  }
  return s;
}

class EventPlaceTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto kb = ActorKb::Load(std::string(DYAD_SOURCE_DIR) + "/data/kb", "");
    ASSERT_TRUE(kb.ok()) << kb.status().ToString();
    kb_ = new ActorKb(std::move(kb).value());
    auto places = PlaceGazetteer::Load(std::string(DYAD_TEST_DATA) + "/places_tiny.tsv", kb_);
    ASSERT_TRUE(places.ok()) << places.status().ToString();
    places_ = new PlaceGazetteer(std::move(places).value());
  }
  static void TearDownTestSuite() {
    delete places_;
    delete kb_;
  }
  std::optional<ResolvedPlace> Find(const Sentence& s, int trigger, const PlaceHint& hint = {}) {
    return FindEventPlace(s, trigger, *places_, *kb_, hint);
  }
  PlaceHint Dateline(const std::string& text) {
    Document d;
    d.text = text;
    return DetectDateline(d, *places_);
  }
  static ActorKb* kb_;
  static PlaceGazetteer* places_;
};
ActorKb* EventPlaceTest::kb_ = nullptr;
PlaceGazetteer* EventPlaceTest::places_ = nullptr;

TEST_F(EventPlaceTest, LocativeObliqueOfTheTrigger) {
  // They signed agreements in Beijing .
  Sentence s = Build({{"They", "they", "PRON", 2, "nsubj"},
                      {"signed", "sign", "VERB", 0, "root"},
                      {"agreements", "agreement", "NOUN", 2, "obj"},
                      {"in", "in", "ADP", 5, "case"},
                      {"Beijing", "Beijing", "PROPN", 2, "obl"},
                      {".", ".", "PUNCT", 2, "punct"}});
  auto place = Find(s, 1);
  ASSERT_TRUE(place.has_value());
  EXPECT_EQ(place->location.name, "Beijing");
  EXPECT_EQ(place->location.country, "CHN");
  EXPECT_TRUE(place->location.has_coordinates);
  EXPECT_NEAR(place->location.lon, 116.3972, 1e-4);
  EXPECT_EQ(place->source, ResolvedPlace::Source::kPhrase);
  EXPECT_EQ(place->first_word, 4);
  EXPECT_EQ(place->end_word, 5);
}

TEST_F(EventPlaceTest, TheCapitalOfACountryNamedByAnAdjective) {
  // Maduro received the delegation in the Venezuelan capital
  Sentence s = Build({{"Maduro", "Maduro", "PROPN", 2, "nsubj"},
                      {"received", "receive", "VERB", 0, "root"},
                      {"the", "the", "DET", 4, "det"},
                      {"delegation", "delegation", "NOUN", 2, "obj"},
                      {"in", "in", "ADP", 8, "case"},
                      {"the", "the", "DET", 8, "det"},
                      {"Venezuelan", "Venezuelan", "ADJ", 8, "amod"},
                      {"capital", "capital", "NOUN", 2, "obl"}});
  auto place = Find(s, 1);
  ASSERT_TRUE(place.has_value());
  EXPECT_EQ(place->location.name, "Caracas");
  EXPECT_EQ(place->location.country, "VEN");
  EXPECT_EQ(place->source, ResolvedPlace::Source::kCapitalPhrase);
}

TEST_F(EventPlaceTest, BareCapitalNeedsTheArticleCountry) {
  // They met in the capital
  Sentence s = Build({{"They", "they", "PRON", 2, "nsubj"},
                      {"met", "meet", "VERB", 0, "root"},
                      {"in", "in", "ADP", 5, "case"},
                      {"the", "the", "DET", 5, "det"},
                      {"capital", "capital", "NOUN", 2, "obl"}});
  EXPECT_FALSE(Find(s, 1).has_value());
  PlaceHint hint;
  hint.country = "CHN";
  auto place = Find(s, 1, hint);
  ASSERT_TRUE(place.has_value());
  EXPECT_EQ(place->location.name, "Beijing");
}

TEST_F(EventPlaceTest, EventNounClimbsToItsVerbAndCityOfNames) {
  // They held talks in the Chinese city of Tai'an
  Sentence s = Build({{"They", "they", "PRON", 2, "nsubj"},
                      {"held", "hold", "VERB", 0, "root"},
                      {"talks", "talk", "NOUN", 2, "obj"},
                      {"in", "in", "ADP", 7, "case"},
                      {"the", "the", "DET", 7, "det"},
                      {"Chinese", "Chinese", "ADJ", 7, "amod"},
                      {"city", "city", "NOUN", 2, "obl"},
                      {"of", "of", "ADP", 9, "case"},
                      {"Tai'an", "Tai'an", "PROPN", 7, "nmod"}});
  auto place = Find(s, 2);
  ASSERT_TRUE(place.has_value());
  EXPECT_EQ(place->location.name, "Tai’an");
  EXPECT_EQ(place->location.country, "CHN");
  EXPECT_EQ(place->first_word, 8);
}

TEST_F(EventPlaceTest, MultiwordNamesAndTheHintRankCandidates) {
  // Protesters gathered in Santa Ana
  Sentence s = Build({{"Protesters", "protester", "NOUN", 2, "nsubj"},
                      {"gathered", "gather", "VERB", 0, "root"},
                      {"in", "in", "ADP", 4, "case"},
                      {"Santa", "Santa", "PROPN", 2, "obl"},
                      {"Ana", "Ana", "PROPN", 4, "flat"}});
  auto place = Find(s, 1);
  ASSERT_TRUE(place.has_value());
  EXPECT_EQ(place->location.name, "Santa Ana");
  EXPECT_EQ(place->location.country, "USA");
  EXPECT_EQ(place->end_word, 5);
  PlaceHint hint;
  hint.country = "SLV";
  EXPECT_EQ(Find(s, 1, hint)->location.country, "SLV");
}

TEST_F(EventPlaceTest, TopicsOtherClausesAndDatesAreNoPlaces) {
  // They held talks on Venezuela on Sunday
  Sentence topic = Build({{"They", "they", "PRON", 2, "nsubj"},
                          {"held", "hold", "VERB", 0, "root"},
                          {"talks", "talk", "NOUN", 2, "obj"},
                          {"on", "on", "ADP", 5, "case"},
                          {"Venezuela", "Venezuela", "PROPN", 3, "nmod"},
                          {"on", "on", "ADP", 7, "case"},
                          {"Sunday", "Sunday", "PROPN", 2, "obl"}});
  EXPECT_FALSE(Find(topic, 1).has_value());
  // He said they signed deals in Beijing: the place belongs to "signed", not to "said".
  Sentence clause = Build({{"He", "he", "PRON", 2, "nsubj"},
                           {"said", "say", "VERB", 0, "root"},
                           {"they", "they", "PRON", 4, "nsubj"},
                           {"signed", "sign", "VERB", 2, "ccomp"},
                           {"deals", "deal", "NOUN", 4, "obj"},
                           {"in", "in", "ADP", 7, "case"},
                           {"Beijing", "Beijing", "PROPN", 4, "obl"}});
  EXPECT_FALSE(Find(clause, 1).has_value());
  EXPECT_EQ(Find(clause, 3)->location.name, "Beijing");
}

TEST_F(EventPlaceTest, DatelineIsTheFallbackAndBadTreesAreSafe) {
  Sentence s = Build({{"They", "they", "PRON", 2, "nsubj"}, {"met", "meet", "VERB", 0, "root"}});
  PlaceHint hint = Dateline("CARACAS, May 14 (Reuters) - They met.");
  auto place = Find(s, 1, hint);
  ASSERT_TRUE(place.has_value());
  EXPECT_EQ(place->location.name, "Caracas");
  EXPECT_EQ(place->source, ResolvedPlace::Source::kDateline);
  // A cycle and out-of-range heads and triggers: no crash, no place.
  Sentence bad = Build({{"in", "in", "ADP", 2, "case"},
                        {"Beijing", "Beijing", "PROPN", 3, "obl"},
                        {"went", "go", "VERB", 2, "conj"},
                        {"x", "x", "X", 99, "obl"}});
  EXPECT_EQ(Find(bad, 2)->location.name, "Beijing");
  EXPECT_FALSE(Find(bad, 3).has_value());
  EXPECT_FALSE(Find(bad, 17).has_value());
  EXPECT_FALSE(Find(bad, -1).has_value());
}

TEST_F(EventPlaceTest, CommonNounPlacedByItsOwnLocative) {
  // A bomber killed soldiers at a base in Caracas
  Sentence s = Build({{"A", "a", "DET", 2, "det"},
                      {"bomber", "bomber", "NOUN", 3, "nsubj"},
                      {"killed", "kill", "VERB", 0, "root"},
                      {"soldiers", "soldier", "NOUN", 3, "obj"},
                      {"at", "at", "ADP", 7, "case"},
                      {"a", "a", "DET", 7, "det"},
                      {"base", "base", "NOUN", 3, "obl"},
                      {"in", "in", "ADP", 9, "case"},
                      {"Caracas", "Caracas", "PROPN", 7, "nmod"}});
  auto place = Find(s, 2);
  ASSERT_TRUE(place.has_value());
  EXPECT_EQ(place->location.name, "Caracas");
}

TEST_F(EventPlaceTest, PlaceOfTheParticipantsAndOfTheObject) {
  // Journalists were arrested by police in Caracas
  Sentence arrested = Build({{"Journalists", "journalist", "NOUN", 3, "nsubj:pass"},
                             {"were", "be", "AUX", 3, "aux:pass"},
                             {"arrested", "arrest", "VERB", 0, "root"},
                             {"by", "by", "ADP", 5, "case"},
                             {"police", "police", "NOUN", 3, "obl:agent"},
                             {"in", "in", "ADP", 7, "case"},
                             {"Caracas", "Caracas", "PROPN", 5, "nmod"}});
  auto place = Find(arrested, 2);
  ASSERT_TRUE(place.has_value());
  EXPECT_EQ(place->location.name, "Caracas");
  // He visited Beijing / He threatened China: a city acted on is the place, a country is not.
  Sentence visited = Build({{"He", "he", "PRON", 2, "nsubj"},
                            {"visited", "visit", "VERB", 0, "root"},
                            {"Beijing", "Beijing", "PROPN", 2, "obj"}});
  place = Find(visited, 1);
  ASSERT_TRUE(place.has_value());
  EXPECT_EQ(place->location.name, "Beijing");
  Sentence threatened = Build({{"He", "he", "PRON", 2, "nsubj"},
                               {"threatened", "threaten", "VERB", 0, "root"},
                               {"China", "China", "PROPN", 2, "obj"}});
  EXPECT_FALSE(Find(threatened, 1).has_value());
}

TEST_F(EventPlaceTest, Datelines) {
  PlaceHint caracas = Dateline("\nCARACAS, May 14 (Reuters) - Venezuela signed");
  ASSERT_NE(caracas.place, nullptr);
  EXPECT_EQ(caracas.country, "VEN");
  EXPECT_EQ(caracas.span.begin, 1u);
  EXPECT_EQ(caracas.span.end, 8u);
  EXPECT_EQ(Dateline("BEIJING \xE2\x80\x94 China said").country, "CHN");
  EXPECT_EQ(Dateline("Beijing, May 3 (Xinhua) -- China said").country, "CHN");
  PlaceHint paris = Dateline("PARIS, Texas (AP) \xE2\x80\x94 A storm");
  ASSERT_NE(paris.place, nullptr);
  EXPECT_EQ(paris.country, "USA");
  EXPECT_EQ(Dateline("PARIS (AP) \xE2\x80\x94 A storm").country, "FRA");
  // A region and a double dash; the region is part of the dateline's span.
  PlaceHint merida = Dateline("Merida, Venezuela -- On Thursday, police said");
  ASSERT_NE(merida.place, nullptr);
  EXPECT_EQ(merida.country, "VEN");
  EXPECT_EQ(merida.span.begin, 0u);
  EXPECT_EQ(merida.span.end, 17u);
  // A town the table lacks in that region is placed at the region, not at a namesake abroad.
  PlaceHint paris_ve = Dateline("Paris, Venezuela (AP) -- Police said");
  ASSERT_NE(paris_ve.place, nullptr);
  EXPECT_EQ(paris_ve.country, "VEN");
  // Not datelines: a sentence that starts with places, ordinary prose, empty text.
  EXPECT_EQ(Dateline("Venezuela, China sign 31 agreements").place, nullptr);
  EXPECT_EQ(Dateline("Venezuelan President Nicolás Maduro received the delegation, which").place,
            nullptr);
  EXPECT_EQ(Dateline("").place, nullptr);
  EXPECT_EQ(Dateline("ATLANTIS, May 3 -").place, nullptr);
}

}  // namespace
}  // namespace dyad
