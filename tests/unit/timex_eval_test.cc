#include "eval/timex_eval.h"

#include <gtest/gtest.h>

namespace dyad {
namespace {

constexpr char kTimeml[] =
    "<TimeML><DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"1998-08-07T06:18\" "
    "functionInDocument=\"CREATION_TIME\">1998-08-07</TIMEX3></DCT>\n"
    "<TEXT>\nA &amp; B <EVENT eid=\"e1\">met</EVENT> <TIMEX3 tid=\"t1\" type=\"DATE\" "
    "value=\"1998-08-07\">Friday</TIMEX3> for <TIMEX3 tid=\"t2\" type=\"DURATION\" "
    "value=\"PT2H\">two hours</TIMEX3>.\n</TEXT></TimeML>";

TEST(TimexEvalTest, ParsesTimeml) {
  auto doc = ParseTimeml(kTimeml, "a.tml");
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  EXPECT_EQ(doc->dct, "1998-08-07");
  EXPECT_EQ(doc->text, "\nA & B met Friday for two hours.\n");
  ASSERT_EQ(doc->timexes.size(), 2u);
  const TimexSpan& friday = doc->timexes[0];
  EXPECT_EQ(doc->text.substr(friday.span.begin, friday.span.end - friday.span.begin), "Friday");
  EXPECT_EQ(friday.type, "DATE");
  EXPECT_EQ(friday.value, "1998-08-07");
  EXPECT_EQ(doc->timexes[1].type, "DURATION");
}

TEST(TimexEvalTest, ReportsBadInput) {
  EXPECT_EQ(ParseTimeml("<TEXT>x</TEXT>", "b.tml").status().message(), "b.tml: no <DCT> element");
  std::string no_text = kTimeml;
  no_text.erase(no_text.find("</TEXT>"), 7);
  EXPECT_EQ(ParseTimeml(no_text, "c.tml").status().message(),
            "c.tml: no <TEXT> ... </TEXT> element");
  std::string unclosed = kTimeml;
  unclosed.erase(unclosed.find("</TIMEX3> for"), 9);
  const size_t second = unclosed.find("<TIMEX3 tid=\"t2\"");
  EXPECT_EQ(ParseTimeml(unclosed, "d.tml").status().message(),
            "d.tml: byte " + std::to_string(second) + ": TIMEX3 inside TIMEX3");
}

TEST(TimexEvalTest, ValueEquivalences) {
  EXPECT_TRUE(TimexValueMatches("2023-09", "2023-09", "2024-05-14"));
  EXPECT_FALSE(TimexValueMatches("2023-09", "2023", "2024-05-14"));
  // 1998-08-03 is the Monday of ISO week 32; Sunday 1998-08-09 ends it.
  EXPECT_TRUE(TimexValueMatches("1998-W32", "1998-08-03", "1998-08-07"));
  EXPECT_TRUE(TimexValueMatches("1998-W32-WE", "1998-08-08", "1998-08-07"));
  EXPECT_FALSE(TimexValueMatches("1998-W32", "1998-08-10", "1998-08-07"));
  // 2021-01-03 still belongs to ISO week 53 of 2020.
  EXPECT_TRUE(TimexValueMatches("2020-W53", "2021-01-03", "2021-01-05"));
  EXPECT_TRUE(TimexValueMatches("PRESENT_REF", "1998-08-07", "1998-08-07"));
  EXPECT_TRUE(TimexValueMatches("1998-08-05TNI", "1998-08-05", "1998-08-07"));
  EXPECT_FALSE(TimexValueMatches("1998-Q3", "1998", "1998-08-07"));
  EXPECT_TRUE(TimexValueRepresentable("1998-W32"));
  EXPECT_FALSE(TimexValueRepresentable("1998-Q3"));
  EXPECT_FALSE(TimexValueRepresentable("PAST_REF"));
}

TEST(TimexEvalTest, ScoresOverlapsAndSkipsOtherTypes) {
  auto doc = ParseTimeml(kTimeml, "a.tml");
  ASSERT_TRUE(doc.ok());
  TimexScores scores;
  // "Friday" right, "two" on the DURATION (not scored), "A" spurious.
  scores.Add(*doc, {{{11, 17}, "", "1998-08-07"}, {{22, 25}, "", "1998"}, {{1, 2}, "", "1998"}});
  EXPECT_EQ(scores.gold, 1u);
  EXPECT_EQ(scores.system, 2u);
  EXPECT_EQ(scores.system_correct, 1u);
  EXPECT_EQ(scores.gold_found, 1u);
  EXPECT_EQ(scores.value_correct, 1u);
  EXPECT_DOUBLE_EQ(scores.Precision(), 50.0);
  EXPECT_DOUBLE_EQ(scores.Recall(), 100.0);
  ASSERT_EQ(scores.errors.size(), 1u);
  EXPECT_EQ(scores.errors[0].kind, "spurious");
}

}  // namespace
}  // namespace dyad
