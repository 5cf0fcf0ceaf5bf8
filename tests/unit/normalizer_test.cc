#include "text/normalizer.h"

#include <gtest/gtest.h>

namespace dyad {
namespace {

TEST(NormalizerTest, NfcTextIsUnchanged) {
  std::vector<Diagnostic> warnings;
  NormalizedText n = Normalize("Ñáñez met Maduro.", "t", &warnings);
  EXPECT_EQ(n.text(), "Ñáñez met Maduro.");
  EXPECT_EQ(n.ToRaw(7), 7u);
  EXPECT_TRUE(warnings.empty());
}

TEST(NormalizerTest, ComposesAndMapsOffsetsBack) {
  // "Ñ" written as N + combining tilde (3 bytes) becomes one 2-byte code point.
  std::string raw =
      "N\xCC\x83"
      "a b";
  std::vector<Diagnostic> warnings;
  NormalizedText n = Normalize(raw, "t", &warnings);
  EXPECT_EQ(n.text(),
            "\xC3\x91"
            "a b");
  EXPECT_EQ(n.ToRaw(0), 0u);
  EXPECT_EQ(n.ToRaw(2), 3u);  // "a"
  EXPECT_EQ(n.ToRaw(4), 5u);  // "b"
  EXPECT_EQ(n.ToRaw(5), 6u);  // end
}

TEST(NormalizerTest, RepairsInvalidUtf8WithWarningAndRawOffsets) {
  std::string raw =
      "ab\xFF"
      "cd";
  std::vector<Diagnostic> warnings;
  NormalizedText n = Normalize(raw, "bad.txt", &warnings);
  EXPECT_EQ(n.text(),
            "ab\xEF\xBF\xBD"
            "cd");
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_EQ(warnings[0].where, "bad.txt: byte 2");
  EXPECT_EQ(n.ToRaw(5), 3u);  // "c" in the normalised text is byte 3 of the raw text
}

TEST(NormalizerTest, NulBecomesSpace) {
  std::string raw("a\0b", 3);
  std::vector<Diagnostic> warnings;
  NormalizedText n = Normalize(raw, "nul.txt", &warnings);
  EXPECT_EQ(n.text(), "a b");
  EXPECT_EQ(warnings.size(), 1u);
}

}  // namespace
}  // namespace dyad
