// The actor coder on hand-tagged sentences with dyad's own tables (data/kb): nominal mentions
// built from countries, demonyms, possessives and title phrases. No models.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "actors/actor_coder.h"
#include "hand_document.h"

namespace dyad {
namespace {

struct W {
  const char* form;
  const char* upos;
  const char* xpos;
};

Document MakeDoc(const std::vector<W>& words) {
  Document doc;
  doc.id = "t";
  doc.date = "2023-10-19";
  Sentence s;
  for (const W& w : words) {
    Word& word = AppendWord(&doc, &s, w.form);
    word.upos = w.upos;
    word.xpos = w.xpos;
  }
  doc.sentences.push_back(s);
  return doc;
}

class SentenceActorsTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto coder = ActorCoder::Load(std::string(DYAD_SOURCE_DIR) + "/data/kb", "", "");
    ASSERT_TRUE(coder.ok()) << coder.status().ToString();
    coder_ = std::move(coder).value().release();
  }
  // "text=CODE" for every coded mention.
  static std::vector<std::string> Mentions(const std::vector<W>& words) {
    Document doc = MakeDoc(words);
    coder_->Code(&doc);
    std::vector<std::string> out;
    for (const ActorMention& m : doc.mentions) {
      if (!m.code.empty()) out.push_back(m.text + "=" + m.code);
    }
    return out;
  }
  static bool Has(const std::vector<std::string>& v, const std::string& x) {
    return std::find(v.begin(), v.end(), x) != v.end();
  }
  static inline const ActorCoder* coder_ = nullptr;
};

TEST_F(SentenceActorsTest, TitlePhraseAtTheStartOfASentence) {
  const auto m = Mentions({{"Foreign", "ADJ", "JJ"},
                           {"minister", "NOUN", "NN"},
                           {"met", "VERB", "VBD"},
                           {"Chinese", "ADJ", "JJ"},
                           {"officials", "NOUN", "NNS"},
                           {".", "PUNCT", "."}});
  EXPECT_TRUE(Has(m, "Chinese officials=CHNGOV")) << ::testing::PrintToString(m);
}

TEST_F(SentenceActorsTest, NameBeforeATitleThatStartsWithAnAdjective) {
  const auto m = Mentions({{"The", "DET", "DT"},
                           {"UK", "PROPN", "NNP"},
                           {"prime", "ADJ", "JJ"},
                           {"minister", "NOUN", "NN"},
                           {"spoke", "VERB", "VBD"},
                           {".", "PUNCT", "."}});
  EXPECT_TRUE(Has(m, "The UK prime minister=GBRGOV")) << ::testing::PrintToString(m);
}

TEST_F(SentenceActorsTest, CoordinatedDemonymsAreOneActorEach) {
  const auto m = Mentions({{"Pakistani", "ADJ", "JJ"},
                           {"and", "CCONJ", "CC"},
                           {"Afghan", "ADJ", "JJ"},
                           {"officials", "NOUN", "NNS"},
                           {"met", "VERB", "VBD"},
                           {".", "PUNCT", "."}});
  EXPECT_TRUE(Has(m, "Pakistani=PAKGOV")) << ::testing::PrintToString(m);
  EXPECT_TRUE(Has(m, "Afghan officials=AFGGOV")) << ::testing::PrintToString(m);
}

TEST_F(SentenceActorsTest, CoordinatedAdjectivesStayInOnePhrase) {
  const auto m = Mentions({{"The", "DET", "DT"},
                           {"awful", "ADJ", "JJ"},
                           {"and", "CCONJ", "CC"},
                           {"Chinese", "ADJ", "JJ"},
                           {"officials", "NOUN", "NNS"},
                           {"met", "VERB", "VBD"},
                           {".", "PUNCT", "."}});
  EXPECT_TRUE(Has(m, "The awful and Chinese officials=CHNGOV")) << ::testing::PrintToString(m);
}

TEST_F(SentenceActorsTest, PossessiveCountryOwnsTheHeadAcrossWords) {
  const auto m = Mentions({{"Slovakia", "PROPN", "NNP"},
                           {"'s", "PART", "POS"},
                           {"foreign", "ADJ", "JJ"},
                           {"affairs", "NOUN", "NNS"},
                           {"department", "NOUN", "NN"},
                           {"warned", "VERB", "VBD"},
                           {".", "PUNCT", "."}});
  EXPECT_TRUE(Has(m, "Slovakia 's foreign affairs department=SVKGOV"))
      << ::testing::PrintToString(m);
}

}  // namespace
}  // namespace dyad
