#include "text/tokenizer.h"

#include <gtest/gtest.h>

namespace dyad {
namespace {

class TokenizerTest : public ::testing::Test {
 protected:
  TokenizerTest() : tokenizer_(&lexicon_) {
    lexicon_.abbreviations = {"gen.", "mr.", "jan."};
    lexicon_.hyphen_prefixes = {"e", "non"};
    lexicon_.symbol_tokens = {":)"};
    lexicon_.multiword["cannot"] = {"can", "not"};
  }
  std::vector<std::string> Tokens(const std::string& text) {
    std::vector<TextToken> tokens;
    tokenizer_.Tokenize(text, &tokens);
    std::vector<std::string> out;
    for (const auto& t : tokens) out.push_back(text.substr(t.begin, t.end - t.begin));
    return out;
  }
  std::vector<std::string> Words(const std::string& form) {
    std::vector<std::string> out;
    for (const auto& p : tokenizer_.SplitWords(form)) out.push_back(p.form);
    return out;
  }
  TokenizerLexicon lexicon_;
  Tokenizer tokenizer_;
};

using V = std::vector<std::string>;

TEST_F(TokenizerTest, PunctuationAndAbbreviations) {
  EXPECT_EQ(Tokens("Gen. Smith met U.S. officials."),
            (V{"Gen.", "Smith", "met", "U.S.", "officials", "."}));
  EXPECT_EQ(Tokens("(Really?!) Yes..."), (V{"(", "Really", "?!", ")", "Yes", "..."}));
  EXPECT_EQ(Tokens("J. Smith"), (V{"J.", "Smith"}));
}

TEST_F(TokenizerTest, NumbersUrlsAndSymbols) {
  EXPECT_EQ(Tokens("$1,000.50 at 3:30, 10%"), (V{"$", "1,000.50", "at", "3:30", ",", "10", "%"}));
  EXPECT_EQ(Tokens("see https://example.org/a?b=1."), (V{"see", "https://example.org/a?b=1", "."}));
  EXPECT_EQ(Tokens("mail jo@example.com :)"), (V{"mail", "jo@example.com", ":)"}));
}

TEST_F(TokenizerTest, PhoneNumbersYearsAndAddresses) {
  EXPECT_EQ(Tokens("call 732-657-3416 or 657-3416, 1990-1995"),
            (V{"call", "732-657-3416", "or", "657-3416", ",", "1990", "-", "1995"}));
  EXPECT_EQ(Tokens("in '68 and the 80's"), (V{"in", "'68", "and", "the", "80's"}));
  EXPECT_EQ(Tokens("AT&T and a&m wrote to Olsen@ENRON"),
            (V{"AT&T", "and", "a&m", "wrote", "to", "Olsen@ENRON"}));
}

TEST_F(TokenizerTest, HyphensFollowThePrefixList) {
  EXPECT_EQ(Tokens("e-mail a non-state search-engine"),
            (V{"e-mail", "a", "non-state", "search", "-", "engine"}));
}

TEST_F(TokenizerTest, QuotesAndApostrophes) {
  EXPECT_EQ(Tokens("“Tai’an’s ties,” he said."),
            (V{"“", "Tai’an’s", "ties", ",", "”", "he", "said", "."}));
  EXPECT_EQ(Tokens("'quoted'"), (V{"'", "quoted", "'"}));
}

TEST_F(TokenizerTest, MultiwordTokensSplitIntoWords) {
  EXPECT_EQ(Words("don't"), (V{"do", "n't"}));
  EXPECT_EQ(Words("Bush’s"), (V{"Bush", "’s"}));
  EXPECT_EQ(Words("cannot"), (V{"can", "not"}));
  EXPECT_EQ(Words("Tai’an"), (V{"Tai’an"}));
  EXPECT_EQ(Words("'s"), (V{"'s"}));
}

TEST_F(TokenizerTest, OffsetsAndNewlines) {
  std::vector<TextToken> tokens;
  tokenizer_.Tokenize("a b\n\nc", &tokens);
  ASSERT_EQ(tokens.size(), 3u);
  EXPECT_EQ(tokens[2].begin, 5u);
  EXPECT_EQ(tokens[2].newlines_before, 2);
  EXPECT_TRUE(tokens[0].space_after);
}

TEST_F(TokenizerTest, LongRunsAreCutAndLinear) {
  std::string huge(3 * Tokenizer::kMaxTokenBytes + 5, 'a');
  std::vector<TextToken> tokens;
  tokenizer_.Tokenize(huge, &tokens);
  ASSERT_EQ(tokens.size(), 4u);
  for (const auto& t : tokens) EXPECT_LE(t.end - t.begin, Tokenizer::kMaxTokenBytes);
}

}  // namespace
}  // namespace dyad
