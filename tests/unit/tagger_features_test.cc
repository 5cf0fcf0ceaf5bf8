// The tagger scores the features that read no chosen tag for a whole sentence in one
// batch, then the rest word by word: the two parts must be exactly the full set.
#include <gtest/gtest.h>

#include <algorithm>

#include "nlp/tagger.h"

namespace dyad {
namespace {

TEST(TaggerFeaturesTest, WordAndTagPartsMakeTheFullSet) {
  Tagger tagger;
  tagger.SetTags({"DET\tDT", "NOUN\tNN", "VERB\tVBD"});
  tagger.SetAmbiguity({});
  Sentence s;
  for (const char* form : {"The", "cat", "sat", "on", "mats", "in", "2024", "."}) {
    Word w;
    w.form = form;
    s.words.push_back(w);
  }
  std::vector<Tagger::WordInfo> info;
  tagger.Prepare(s, &info);
  std::vector<uint64_t> all, words, tags;
  for (int i = 0; i < static_cast<int>(info.size()); ++i) {
    const int prev1 = i > 0 ? (i - 1) % 3 : -1, prev2 = i > 1 ? (i - 2) % 3 : -1;
    tagger.Features(info, i, prev1, prev2, &all);
    tagger.Features(info, i, prev1, prev2, &words, Tagger::kWordsOnly);
    tagger.Features(info, i, prev1, prev2, &tags, Tagger::kTagsOnly);
    // The word part must not depend on the chosen tags.
    std::vector<uint64_t> words_other_tags;
    tagger.Features(info, i, 2, 0, &words_other_tags, Tagger::kWordsOnly);
    EXPECT_EQ(words, words_other_tags);
    words.insert(words.end(), tags.begin(), tags.end());
    std::sort(all.begin(), all.end());
    std::sort(words.begin(), words.end());
    EXPECT_EQ(all, words) << "word " << i;
    EXPECT_FALSE(tags.empty());
  }
}

}  // namespace
}  // namespace dyad
