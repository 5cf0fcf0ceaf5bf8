// Runs tests/golden/segmentation.tsv through the committed tokenizer model.
#include <gtest/gtest.h>

#include <fstream>

#include "text/segmenter.h"

namespace dyad {
namespace {

std::string Render(const Document& doc) {
  std::string out;
  for (const Sentence& s : doc.sentences) {
    if (!out.empty()) out += " || ";
    for (size_t t = 0; t < s.tokens.size(); ++t) out += (t ? " | " : "") + s.tokens[t].form;
  }
  return out;
}

TEST(GoldenSegmentation, Cases) {
  auto seg = Segmenter::Load(std::string(DYAD_MODELS) + "/tokenizer.bin");
  ASSERT_TRUE(seg.ok()) << seg.status().ToString();
  std::ifstream in(std::string(DYAD_GOLDEN) + "/segmentation.tsv");
  ASSERT_TRUE(in.good());
  std::string line;
  int line_no = 0, cases = 0;
  while (std::getline(in, line)) {
    ++line_no;
    if (line.empty() || line[0] == '#') continue;
    size_t tab = line.find('\t');
    ASSERT_NE(tab, std::string::npos) << "segmentation.tsv:" << line_no;
    Document doc;
    doc.text = line.substr(0, tab);
    seg->Segment(&doc);
    EXPECT_EQ(Render(doc), line.substr(tab + 1)) << "segmentation.tsv:" << line_no;
    ++cases;
  }
  EXPECT_GT(cases, 0);
}

}  // namespace
}  // namespace dyad
