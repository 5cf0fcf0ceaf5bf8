#include "io/article_reader.h"

#include <gtest/gtest.h>

namespace dyad {
namespace {

struct Collected {
  std::vector<Document> docs;
  std::vector<Diagnostic> errors;
};

Collected Parse(const std::string& content, const std::string& path, std::string date = "") {
  Collected c;
  ReadOptions options;
  options.default_date = std::move(date);
  ParseArticles(
      content, path, options, [&](Document&& d) { c.docs.push_back(std::move(d)); }, &c.errors);
  return c;
}

TEST(ArticleReaderTest, DatedTextWithBodyOnTheSameLine) {
  Collected c = Parse(" date 2024-05-14 Maduro received them.\n\nMore text.", "dir/a1.txt");
  ASSERT_EQ(c.docs.size(), 1u);
  EXPECT_EQ(c.docs[0].date, "2024-05-14");
  EXPECT_EQ(c.docs[0].id, "a1");
  EXPECT_EQ(c.docs[0].text, "Maduro received them.\n\nMore text.");
}

TEST(ArticleReaderTest, DatedTextWithBodyOnTheNextLine) {
  Collected c = Parse("date 2023-09-13\nXi met Maduro.", "b.txt");
  ASSERT_EQ(c.docs.size(), 1u);
  EXPECT_EQ(c.docs[0].text, "Xi met Maduro.");
}

TEST(ArticleReaderTest, BadOrMissingDatesAreReported) {
  Collected bad = Parse("date 14/05/2024 text", "c.txt");
  EXPECT_TRUE(bad.docs.empty());
  ASSERT_EQ(bad.errors.size(), 1u);
  EXPECT_EQ(bad.errors[0].where, "c.txt:1");
  EXPECT_NE(bad.errors[0].message.find("14/05/2024"), std::string::npos);

  Collected plain = Parse("No date here.", "d.txt");
  EXPECT_TRUE(plain.docs.empty());
  Collected with_default = Parse("No date here.", "d.txt", "2020-01-02");
  ASSERT_EQ(with_default.docs.size(), 1u);
  EXPECT_EQ(with_default.docs[0].date, "2020-01-02");

  Collected empty = Parse("date 2024-01-01\n \n", "e.txt");
  EXPECT_TRUE(empty.docs.empty());
  EXPECT_EQ(empty.errors.size(), 1u);
}

TEST(ArticleReaderTest, JsonlSkipsBadLinesAndKeepsTheRest) {
  std::string content =
      "{\"id\": \"a\", \"date\": \"2024-05-14\", \"text\": \"One.\", \"url\": \"u\"}\n"
      "{\"date\": \"14/05/2024\", \"text\": \"Two.\"}\n"
      "not json\n"
      "\n"
      "{\"date\": \"2024-02-30\", \"text\": \"Three.\"}\n"
      "{\"date\": \"2024-02-29\", \"text\": \"Four.\"}\n"
      "{\"date\": \"2024-02-29\"}\n";
  Collected c = Parse(content, "in.jsonl");
  ASSERT_EQ(c.docs.size(), 2u);
  EXPECT_EQ(c.docs[0].id, "a");
  EXPECT_EQ(c.docs[0].url, "u");
  EXPECT_EQ(c.docs[1].id, "in:6");
  ASSERT_EQ(c.errors.size(), 4u);
  EXPECT_EQ(c.errors[0].where, "in.jsonl:2");
  EXPECT_EQ(c.errors[0].message, "field \"date\": expected YYYY-MM-DD, got \"14/05/2024\"");
  EXPECT_EQ(c.errors[1].where, "in.jsonl:3");
  EXPECT_EQ(c.errors[2].where, "in.jsonl:5");
  EXPECT_EQ(c.errors[3].message, "field \"text\" is missing");
}

TEST(ArticleReaderTest, IsoDates) {
  EXPECT_TRUE(IsIsoDate("2024-02-29"));
  EXPECT_FALSE(IsIsoDate("2023-02-29"));
  EXPECT_TRUE(IsIsoDate("2000-02-29"));
  EXPECT_FALSE(IsIsoDate("1900-02-29"));
  EXPECT_FALSE(IsIsoDate("2024-13-01"));
  EXPECT_FALSE(IsIsoDate("2024-1-01"));
}

}  // namespace
}  // namespace dyad
