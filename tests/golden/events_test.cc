// Runs each article tests/golden/events/NAME.txt through the whole pipeline and checks that
// every record of NAME.tsv is among its events (after one-a-story):
//   cameo <TAB> source code <TAB> target code <TAB> date <TAB> location name ("-": unchecked)
// A record whose cameo starts with "!" must not be among them ("*" matches any value). An
// optional sixth field is the modality, after "negated " for a negated event
// ("negated intended").
// Also codes the reference article of ../shared/seeds when it is present.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "base/file.h"
#include "dyad/pipeline.h"
#include "events/event_coder.h"
#include "golden_cases.h"
#include "io/article_reader.h"

namespace dyad {
namespace {

const std::string kDir = std::string(DYAD_GOLDEN) + "/events";

std::string Key(const std::string& cameo, const std::string& src, const std::string& tgt,
                const std::string& date) {
  return cameo + "\t" + src + "\t" + tgt + "\t" + date;
}

const Pipeline& SharedPipeline() {
  static const Pipeline* pipeline = [] {
    PipelineOptions options;
    options.model_dir = DYAD_MODELS;
    options.tables_dir = std::string(DYAD_SOURCE_DIR) + "/data";
    options.places_file = DYAD_PLACES_TSV;
    options.events = true;
    auto loaded = Pipeline::Load(options);
    EXPECT_TRUE(loaded.ok()) << loaded.status().ToString();
    return loaded.ok() ? std::move(loaded).value().release() : nullptr;
  }();
  return *pipeline;
}

Document Code(const std::string& path) {
  std::vector<Document> docs;
  std::vector<Diagnostic> errors;
  Status st = ReadArticles(
      path, {}, [&](Document&& d) { docs.push_back(std::move(d)); }, &errors);
  EXPECT_TRUE(st.ok() && errors.empty() && docs.size() == 1) << path;
  if (docs.empty()) return {};
  SharedPipeline().Annotate(&docs[0]);
  KeepOneAStory(&docs[0].events);
  return std::move(docs[0]);
}

// Every expected (code, source, target, date[, place]) is among the events.
void ExpectEvents(const Document& doc, const std::vector<std::vector<std::string>>& expected) {
  std::string all;
  for (const Event& e : doc.events) {
    all +=
        "  " + Key(e.cameo, e.source.code, e.target.code, e.date) + "\t" + e.location.name + "\n";
  }
  for (const auto& f : expected) {
    if (f[0].starts_with("!")) {  // "!183 * * *": no such event ("*" matches anything)
      auto fits = [](const std::string& want, const std::string& got) {
        return want == "*" || want == got;
      };
      const bool found = std::any_of(doc.events.begin(), doc.events.end(), [&](const Event& e) {
        return fits(f[0].substr(1), e.cameo) && fits(f[1], e.source.code) &&
               fits(f[2], e.target.code) && fits(f[3], e.date);
      });
      EXPECT_FALSE(found) << doc.id << ": unexpected event " << Key(f[0], f[1], f[2], f[3])
                          << "\ncoded:\n"
                          << all;
      continue;
    }
    const std::string key = Key(f[0], f[1], f[2], f[3]);
    const bool found = std::any_of(doc.events.begin(), doc.events.end(), [&](const Event& e) {
      return Key(e.cameo, e.source.code, e.target.code, e.date) == key &&
             (f.size() < 5 || f[4] == "-" || e.location.name == f[4]) &&
             (f.size() < 6 || f[5] == (e.negated ? "negated " : "") + e.modality);
    });
    EXPECT_TRUE(found) << doc.id << ": no event " << key << (f.size() > 4 ? "\t" + f[4] : "")
                       << "\ncoded:\n"
                       << all;
  }
}

class GoldenEvents : public ::testing::TestWithParam<std::string> {};

TEST_P(GoldenEvents, Article) {
  const Document doc = Code(kDir + "/" + GetParam() + ".txt");
  std::ifstream in(kDir + "/" + GetParam() + ".tsv");
  ASSERT_TRUE(in) << GetParam() << ".tsv is missing";
  std::vector<std::vector<std::string>> expected;
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> f;
    std::istringstream fields(line);
    for (std::string x; std::getline(fields, x, '\t');) f.push_back(x);
    ASSERT_GE(f.size(), 4u) << line;
    expected.push_back(f);
  }
  ExpectEvents(doc, expected);
}

INSTANTIATE_TEST_SUITE_P(Articles, GoldenEvents, ::testing::ValuesIn(GoldenCases(kDir)));

// The reference article: the Chinese delegation hosted on the article date (043 and the
// paired 042), the agreement of September 2023 (month precision) and the 31 agreements signed
// "last year" in Beijing (year precision).
TEST(GoldenEvents, ReferenceArticle) {
  const std::string seed =
      std::string(DYAD_SOURCE_DIR) + "/../shared/seeds/000_7fb6ec20b8a47b1c.txt";
  if (!FileExists(seed)) GTEST_SKIP() << seed << " is absent";
  const Document doc = Code(seed);
  ExpectEvents(doc, {{"043", "VENGOV", "CHNGOV", "2024-05-14"},
                     {"042", "CHNGOV", "VENGOV", "2024-05-14"},
                     {"057", "VENGOV", "CHNGOV", "2023-09"},
                     {"057", "CHNGOV", "VENGOV", "2023-09"},
                     {"057", "VENGOV", "CHNGOV", "2023", "Beijing"},
                     {"057", "CHNGOV", "VENGOV", "2023", "Beijing"}});
  for (const Event& e : doc.events) {
    if (e.date == "2023-09") {
      EXPECT_EQ(e.date_precision, "month");
    }
    if (e.date == "2023") {
      EXPECT_EQ(e.date_precision, "year");
    }
  }
}

}  // namespace
}  // namespace dyad
