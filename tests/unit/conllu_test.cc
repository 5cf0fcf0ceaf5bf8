#include "io/conllu.h"

#include <gtest/gtest.h>

namespace dyad {
namespace {

const char* kSample =
    "# newdoc id = d1\n"
    "# text = They don't agree.\n"
    "1\tThey\tthey\tPRON\tPRP\t_\t4\tnsubj\t_\t_\n"
    "2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n"
    "2\tdo\tdo\tAUX\tVBP\t_\t4\taux\t_\t_\n"
    "3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_\n"
    "4\tagree\tagree\tVERB\tVB\t_\t0\troot\t_\tSpaceAfter=No\n"
    "5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n"
    "\n"
    "# newpar\n"
    "# text = Yes.\n"
    "1\tYes\tyes\tINTJ\tUH\t_\t0\troot\t_\tSpaceAfter=No\n"
    "2\t.\t.\tPUNCT\t.\t_\t1\tpunct\t_\t_\n"
    "\n";

TEST(ConlluTest, ReadsTokensWordsAndSpans) {
  auto docs = ParseConllu(kSample, "s.conllu");
  ASSERT_TRUE(docs.ok()) << docs.status().ToString();
  ASSERT_EQ(docs->size(), 1u);
  const Document& d = (*docs)[0];
  EXPECT_EQ(d.id, "d1");
  EXPECT_EQ(d.text, "They don't agree.\n\nYes.");
  ASSERT_EQ(d.sentences.size(), 2u);
  const Sentence& s = d.sentences[0];
  ASSERT_EQ(s.tokens.size(), 4u);
  ASSERT_EQ(s.words.size(), 5u);
  EXPECT_EQ(s.tokens[1].form, "don't");
  EXPECT_EQ(s.tokens[1].word_count, 2);
  EXPECT_EQ(s.words[2].form, "n't");
  EXPECT_EQ(d.text.substr(s.words[2].span.begin, 3), "n't");
  EXPECT_EQ(s.words[3].head, 0);
  EXPECT_FALSE(s.tokens[2].space_after);
  EXPECT_TRUE(d.sentences[1].new_paragraph);
  EXPECT_EQ(d.text.substr(d.sentences[1].span.begin), "Yes.");
}

TEST(ConlluTest, WriteThenReadKeepsEverything) {
  auto docs = ParseConllu(kSample, "s.conllu");
  ASSERT_TRUE(docs.ok());
  std::string written = FormatConllu((*docs)[0]);
  auto again = ParseConllu(written, "w.conllu");
  ASSERT_TRUE(again.ok()) << again.status().ToString();
  EXPECT_EQ((*again)[0].text, (*docs)[0].text);
  EXPECT_EQ((*again)[0].sentences[0].words[2].lemma, "not");
  EXPECT_EQ(FormatConllu((*again)[0]), written);
}

TEST(ConlluTest, EntitiesGoToMisc) {
  auto docs = ParseConllu(kSample, "s.conllu");
  ASSERT_TRUE(docs.ok());
  Document d = (*docs)[0];
  d.sentences[1].entities.push_back({0, 1, "PER"});
  std::string written = FormatConllu(d);
  EXPECT_NE(written.find("1\tYes\tyes\tINTJ\tUH\t_\t0\troot\t_\tSpaceAfter=No|NE=B-PER\n"),
            std::string::npos)
      << written;
}

TEST(ConlluTest, ErrorsNameFileAndLine) {
  auto bad_columns = ParseConllu("# text = a\n1\ta\ta\n\n", "x.conllu");
  EXPECT_EQ(bad_columns.status().message(), "x.conllu:2: expected 10 tab-separated columns, got 3");
  auto bad_id = ParseConllu("1\ta\ta\tX\tX\t_\t0\troot\t_\t_\n3\tb\tb\tX\tX\t_\t1\tdep\t_\t_\n\n",
                            "y.conllu");
  EXPECT_EQ(bad_id.status().message(), "y.conllu:2: expected word id 2, got '3'");
  auto bad_head = ParseConllu("1\ta\ta\tX\tX\t_\t7\troot\t_\t_\n\n", "z.conllu");
  EXPECT_NE(bad_head.status().message().find("z.conllu:1: head 7"), std::string::npos);
}

}  // namespace
}  // namespace dyad
