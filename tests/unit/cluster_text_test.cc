// Unlabeled cluster text: XML markup is dropped before the text is split into sentences.
#include "train/cluster_text.h"

#include <gtest/gtest.h>

#include <filesystem>

#include "base/file.h"

namespace dyad {
namespace {

TEST(ClusterTextTest, DropsMarkupAndKeepsWordsApart) {
  EXPECT_EQ(DropMarkup("<TEXT>The <EVENT eid=\"e1\">shooting</EVENT> in Buffalo</TEXT>"),
            " The  shooting  in Buffalo ");
  EXPECT_EQ(DropMarkup("a > b"), "a >  b");
  EXPECT_EQ(DropMarkup("kept <unclosed tag"), "kept ");
  EXPECT_EQ(DropMarkup("Ñáñez said"), "Ñáñez said");
}

TEST(ClusterTextTest, ReadsWordsOfEveryFile) {
  const std::string path =
      (std::filesystem::temp_directory_path() / "cluster_text_test_reads_words.xml").string();
  ASSERT_TRUE(WriteFile(path, "<TEXT>Kopp fled to <PLACE>Mexico</PLACE></TEXT>\n").ok());
  Segmenter segmenter;  // untrained: splits words, needs no model file
  auto r = ReadClusterText({path, path}, segmenter);
  std::filesystem::remove(path);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  std::vector<std::string> words;
  for (const Sentence& s : *r) {
    for (const Word& w : s.words) words.push_back(w.form);
  }
  const std::vector<std::string> once = {"Kopp", "fled", "to", "Mexico"};
  std::vector<std::string> twice = once;
  twice.insert(twice.end(), once.begin(), once.end());
  EXPECT_EQ(words, twice);
}

TEST(ClusterTextTest, MissingFileNamesIt) {
  Segmenter segmenter;
  auto r = ReadClusterText({"/nonexistent/cluster.txt"}, segmenter);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().ToString().find("/nonexistent/cluster.txt"), std::string::npos);
}

}  // namespace
}  // namespace dyad
