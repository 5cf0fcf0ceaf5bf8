#include "events/time_expression.h"

#include <gtest/gtest.h>

#include <sstream>

namespace dyad {
namespace {

// 2024-05-14 is a Tuesday.
constexpr char kArticle[] = "2024-05-14";

// One word and one token per space-separated piece; tags are left empty unless given.
Sentence Words(const std::string& text) {
  Sentence s;
  std::istringstream in(text);
  std::string form;
  while (in >> form) {
    Word w;
    w.form = form;
    w.token = static_cast<int>(s.tokens.size());
    Token t;
    t.form = form;
    t.first_word = static_cast<int>(s.words.size());
    s.tokens.push_back(t);
    s.words.push_back(w);
  }
  return s;
}

// "value/precision [first,end)" of every expression, for compact expectations.
std::string Find(const Sentence& s, std::string_view date = kArticle) {
  std::string out;
  for (const TimeExpression& e : FindTimeExpressions(s, date)) {
    if (!out.empty()) out += "; ";
    out += e.value + "/" + e.precision + " [" + std::to_string(e.first_word) + "," +
           std::to_string(e.end_word) + ")";
  }
  return out;
}
std::string Find(const std::string& text) { return Find(Words(text)); }

TEST(TimeExpressionTest, AbsoluteDates) {
  EXPECT_EQ(Find("signed in September 2023 ."), "2023-09/month [2,4)");
  EXPECT_EQ(Find("on May 3 , 2024 they met"), "2024-05-03/day [1,5)");
  EXPECT_EQ(Find("on 3 May 2024"), "2024-05-03/day [1,4)");
  EXPECT_EQ(Find("on 3rd of May 2024"), "2024-05-03/day [1,5)");
  EXPECT_EQ(Find("in 2019 and 2023"), "2019/year [1,2); 2023/year [3,4)");
  EXPECT_EQ(Find("on 2024-05-14"), "2024-05-14/day [1,2)");
  EXPECT_EQ(Find("Sept. 2023"), "2023-09/month [0,2)");
  EXPECT_EQ(Find("in early 2023"), "2023/year [1,3)");
  EXPECT_EQ(Find("in late November 2022"), "2022-11/month [1,4)");
  // An impossible day is no date.
  EXPECT_EQ(Find("on February 30 , 2023"), "");
}

TEST(TimeExpressionTest, IsoDateSplitByTheTokenizer) {
  Sentence s = Words("on 2024 -05 -14 .");
  s.tokens[1].space_after = false;
  s.tokens[2].space_after = false;
  EXPECT_EQ(Find(s), "2024-05-14/day [1,4)");
}

TEST(TimeExpressionTest, MonthAndDayWithoutYear) {
  // No tense: the nearest such date; "on 3 May" lies 11 days back.
  EXPECT_EQ(Find("on 3 May"), "2024-05-03/day [1,3)");
  // Sept. 12 is nearer in the future (2024) than in the past (2023)...
  EXPECT_EQ(Find("on Sept. 12"), "2024-09-12/day [1,3)");
  // ... unless the verb is in the past tense.
  Sentence past = Words("they met on Sept . 12");
  past.words[1].xpos = "VBD";
  EXPECT_EQ(Find(past), "2023-09-12/day [3,6)");
}

TEST(TimeExpressionTest, MonthWithoutYear) {
  EXPECT_EQ(Find("in December"), "2023-12/month [1,2)");
  EXPECT_EQ(Find("in March"), "2024-03/month [1,2)");
  EXPECT_EQ(Find("in May"), "2024-05/month [1,2)");
  EXPECT_EQ(Find("last May"), "2023-05/month [0,2)");
  EXPECT_EQ(Find("next March"), "2025-03/month [0,2)");
  Sentence future = Words("they will meet in December");
  future.words[1].xpos = "MD";
  EXPECT_EQ(Find(future), "2024-12/month [4,5)");
  // Modal "may", and "May" tagged as an auxiliary, are not months.
  EXPECT_EQ(Find("they may meet"), "");
  Sentence question = Words("May I ask");
  question.words[0].upos = "AUX";
  EXPECT_EQ(Find(question), "");
}

TEST(TimeExpressionTest, RelativeToTheArticleDate) {
  EXPECT_EQ(Find("last year"), "2023/year [0,2)");
  EXPECT_EQ(Find("next month"), "2024-06/month [0,2)");
  EXPECT_EQ(Find("last month"), "2024-04/month [0,2)");
  EXPECT_EQ(Find("this year"), "2024/year [0,2)");
  // A week resolves to its Monday, with day precision.
  EXPECT_EQ(Find("this week"), "2024-05-13/day [0,2)");
  EXPECT_EQ(Find("last week"), "2024-05-06/day [0,2)");
  EXPECT_EQ(Find("yesterday today tomorrow"),
            "2024-05-13/day [0,1); 2024-05-14/day [1,2); 2024-05-15/day [2,3)");
  EXPECT_EQ(Find("two weeks ago"), "2024-04-30/day [0,3)");
  EXPECT_EQ(Find("three days ago"), "2024-05-11/day [0,3)");
  EXPECT_EQ(Find("18 months ago"), "2022-11/month [0,3)");
  EXPECT_EQ(Find("a year ago"), "2023/year [0,3)");
  EXPECT_EQ(Find("earlier this year"), "2024/year [0,3)");
  EXPECT_EQ(Find("early next year"), "2025/year [0,3)");
  EXPECT_EQ(Find("later this month"), "2024-05/month [0,3)");
  // Too vague to date.
  EXPECT_EQ(Find("in recent years"), "");
  EXPECT_EQ(Find("recently"), "");
}

TEST(TimeExpressionTest, Weekdays) {
  // The article day itself, then the most recent one before it.
  EXPECT_EQ(Find("on Tuesday"), "2024-05-14/day [1,2)");
  EXPECT_EQ(Find("on Friday"), "2024-05-10/day [1,2)");
  EXPECT_EQ(Find("last Tuesday"), "2024-05-07/day [0,2)");
  EXPECT_EQ(Find("next Friday"), "2024-05-17/day [0,2)");
  // The future looks forward: "will" as an auxiliary of the governing verb.
  Sentence s = Words("they will meet on Friday");
  for (Word& w : s.words) w.head = 3;  // all under "meet"
  s.words[2].head = 0;
  s.words[2].upos = "VERB";
  s.words[1].deprel = "aux";
  s.words[1].lemma = "will";
  s.words[4].head = 3;
  s.words[3].head = 5;
  EXPECT_EQ(Find(s), "2024-05-17/day [4,5)");
  // Lower case is no weekday name ("friday" in a URL, say).
  EXPECT_EQ(Find("friday"), "");
}

TEST(TimeExpressionTest, NumbersThatAreNotYears) {
  EXPECT_EQ(Find("a total of 31 agreements were signed"), "");
  EXPECT_EQ(Find("it cost $ 2000"), "");
  EXPECT_EQ(Find("up 1999 %"), "");
  EXPECT_EQ(Find("at 10 : 30"), "");
  EXPECT_EQ(Find("about 150 people"), "");
  // A count the parser attaches to a plural noun: below 1900, or after a quantity word.
  Sentence s = Words("about 1500 soldiers arrived");
  const int heads[] = {2, 3, 4, 0};
  for (size_t i = 0; i < s.words.size(); ++i) s.words[i].head = heads[i];
  s.words[1].deprel = "nummod";
  s.words[2].xpos = "NNS";
  EXPECT_EQ(Find(s), "");
  s.words[1].form = "2000";
  EXPECT_EQ(Find(s), "");
  // Without one, a bare 1900-2099 before a plural noun is a year ("the 1990 earnings").
  s.words[0].form = "the";
  EXPECT_EQ(Find(s), "2000/year [1,2)");
  s.words[1].form = "1500";
  EXPECT_EQ(Find(s), "");
}

TEST(TimeExpressionTest, OneWordModifiersAndNames) {
  EXPECT_EQ(Find("in mid-November"), "2023-11/month [1,2)");
  EXPECT_EQ(Find("in mid-1996"), "1996/year [1,2)");
  // "Jan" without a dot or a number is a name.
  EXPECT_EQ(Find("Jan Smith said"), "");
  EXPECT_EQ(Find("on Jan 5 , 2020"), "2020-01-05/day [1,5)");
}

TEST(TimeExpressionTest, WithoutAValidArticleDateOnlyFullDates) {
  Sentence s = Words("last year and in September 2023 and on Friday");
  EXPECT_EQ(Find(s, "14/05/2024"), "2023-09/month [4,6)");
  EXPECT_EQ(Find(s, ""), "2023-09/month [4,6)");
}

TEST(TimeExpressionTest, HeadWordAndAttachment) {
  // "they signed 31 agreements last year": "year" is the head, attached to "signed".
  Sentence s = Words("they signed 31 agreements last year");
  const int heads[] = {2, 0, 4, 2, 6, 2};
  for (size_t i = 0; i < s.words.size(); ++i) s.words[i].head = heads[i];
  auto found = FindTimeExpressions(s, kArticle);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].head_word, 5);
  EXPECT_EQ(ExpressionForWord(s, found, 1), 0u);
  // A noun below the verb finds it through its ancestor.
  EXPECT_EQ(ExpressionForWord(s, found, 3), 0u);
  EXPECT_EQ(ExpressionForWord(s, {}, 1), std::nullopt);
  // A cycle in a malformed tree ends the walk.
  s.words[1].head = 4;
  s.words[3].head = 2;
  s.words[5].head = 3;
  EXPECT_EQ(ExpressionForWord(s, found, 1), std::nullopt);
}

}  // namespace
}  // namespace dyad
