#include <gtest/gtest.h>

#include "base/model_file.h"
#include "base/utf8.h"
#include "dyad/status.h"

namespace dyad {
namespace {

Result<int> Half(int x) {
  if (x % 2 != 0) return Status::InvalidArgument("odd: " + std::to_string(x));
  return x / 2;
}

Status Chain(int x, int* out) {
  ASSIGN_OR_RETURN(int h, Half(x));
  ASSIGN_OR_RETURN(*out, Half(h));
  return Status::Ok();
}

TEST(StatusTest, ResultCarriesValueOrError) {
  int out = 0;
  EXPECT_TRUE(Chain(8, &out).ok());
  EXPECT_EQ(out, 2);
  Status st = Chain(6, &out);
  EXPECT_EQ(st.code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(st.message(), "odd: 3");
  EXPECT_EQ(st.ToString(), "InvalidArgument: odd: 3");
}

TEST(Utf8Test, DecodesAndRejectsInvalidSequences) {
  int len;
  bool valid;
  EXPECT_EQ(DecodeUtf8("\xC3\xB1", 0, &len, &valid), U'ñ');
  EXPECT_TRUE(valid);
  EXPECT_EQ(len, 2);
  DecodeUtf8("\xC0\xAF", 0, &len, &valid);  // overlong
  EXPECT_FALSE(valid);
  DecodeUtf8("\xED\xA0\x80", 0, &len, &valid);  // surrogate
  EXPECT_FALSE(valid);
  DecodeUtf8("\xE2\x82", 0, &len, &valid);  // truncated
  EXPECT_FALSE(valid);
  EXPECT_EQ(len, 1);
}

TEST(Utf8Test, RepairReplacesOnlyInvalidBytes) {
  EXPECT_EQ(RepairUtf8("a\xFF" "b\xC3\xB1"), "a\xEF\xBF\xBD" "b\xC3\xB1");
}

TEST(Utf8Test, AccentsAndCase) {
  EXPECT_EQ(StripAccents("Freddy Ñáñez"), "Freddy Nanez");
  EXPECT_EQ(UnicodeLower("ÑÁÑEZ"), "ñáñez");
}

TEST(ModelFileTest, RoundTripAndChecks) {
  ModelWriter writer("tagger");
  ByteWriter block;
  block.U32(7);
  block.Str("hello");
  writer.AddBlock("data", block.Take());
  std::string bytes = writer.Serialize();

  auto reader = ModelReader::Parse(bytes, "m.bin", "tagger");
  ASSERT_TRUE(reader.ok()) << reader.status().ToString();
  auto data = reader->Block("data");
  ASSERT_TRUE(data.ok());
  uint32_t v;
  std::string s;
  ASSERT_TRUE(data->U32(&v).ok());
  ASSERT_TRUE(data->Str(&s).ok());
  EXPECT_EQ(v, 7u);
  EXPECT_EQ(s, "hello");
  uint8_t past_end;
  EXPECT_EQ(data->U8(&past_end).code(), StatusCode::kCorruption);  // reading past the block
  EXPECT_FALSE(reader->Block("missing").ok());

  auto wrong = ModelReader::Parse(bytes, "m.bin", "parser");
  EXPECT_NE(wrong.status().message().find("holds a 'tagger' model"), std::string::npos);

  std::string newer = bytes;
  newer[8] = 99;  // format version
  auto refused = ModelReader::Parse(newer, "m.bin", "tagger");
  EXPECT_NE(refused.status().message().find("newer than this dyad supports"), std::string::npos);

  auto truncated = ModelReader::Parse(bytes.substr(0, bytes.size() - 3), "m.bin", "tagger");
  EXPECT_EQ(truncated.status().code(), StatusCode::kCorruption);
  EXPECT_EQ(ModelReader::Parse("garbage", "g.bin", "tagger").status().code(),
            StatusCode::kCorruption);
}

}  // namespace
}  // namespace dyad
