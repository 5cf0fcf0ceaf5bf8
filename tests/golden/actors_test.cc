// Runs each article tests/golden/actors/NAME.txt through the committed models and dyad's
// tables and checks the actors listed in NAME.tsv (its header says what the case checks):
//   entity <TAB> code <TAB> title <TAB> mentions
// entity is the actor's canonical name; title ("-": unchecked) must be among its titles;
// mentions ("-": unchecked) is its exact number of mentions after coreference. A row whose
// entity starts with '=' is a plural mention ("=both leaders") and its code column lists the
// names of the actors it stands for, '|' separated.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "base/file.h"
#include "dyad/pipeline.h"
#include "golden_cases.h"
#include "io/article_reader.h"

namespace dyad {
namespace {

const std::string kDir = std::string(DYAD_GOLDEN) + "/actors";

std::vector<std::string> Split(const std::string& s, char sep) {
  std::vector<std::string> parts;
  std::string part;
  std::istringstream in(s);
  while (std::getline(in, part, sep)) parts.push_back(part);
  return parts;
}

std::string Render(const Document& doc) {
  std::string out;
  for (const Actor& a : doc.actors) {
    out += "  " + a.name + "\t" + a.code + "\t" + a.type + "\t[";
    for (const std::string& t : a.titles) out += t + ";";
    out += "]\t" + std::to_string(a.mentions.size()) + "\n";
  }
  return out;
}

class GoldenActors : public ::testing::TestWithParam<std::string> {
 protected:
  static void SetUpTestSuite() {
    PipelineOptions options;
    options.model_dir = DYAD_MODELS;
    options.tables_dir = std::string(DYAD_SOURCE_DIR) + "/data";
    options.places_file = DYAD_PLACES_TSV;
    options.actors = true;
    auto loaded = Pipeline::Load(options);
    ASSERT_TRUE(loaded.ok()) << loaded.status().ToString();
    pipeline_ = std::move(loaded).value().release();
  }
  static const Pipeline* pipeline_;
};
const Pipeline* GoldenActors::pipeline_ = nullptr;

// Checks the actors of an annotated article against the rows of `tsv` (format above);
// `name` labels the failures.
void ExpectActors(const Document& doc, const std::string& tsv, const std::string& name) {
  const std::string actors = Render(doc);
  std::ifstream in(tsv);
  ASSERT_TRUE(in.good()) << tsv;
  std::string line;
  int line_no = 0, rows = 0;
  while (std::getline(in, line)) {
    ++line_no;
    if (line.empty() || line[0] == '#') continue;
    const std::string where = name + ":" + std::to_string(line_no);
    const std::vector<std::string> f = Split(line, '\t');
    ASSERT_EQ(f.size(), 4u) << where << ": expected 4 columns";
    ++rows;
    if (f[0][0] == '=') {
      const ActorMention* group = nullptr;
      for (const ActorMention& m : doc.mentions) {
        if (m.text == f[0].substr(1) && m.plural) group = &m;
      }
      ASSERT_NE(group, nullptr) << where << ": no plural mention \"" << f[0].substr(1) << "\"";
      std::vector<std::string> members;
      for (int a : group->members) members.push_back(doc.actors[a].name);
      std::sort(members.begin(), members.end());
      std::vector<std::string> expected = Split(f[1], '|');
      std::sort(expected.begin(), expected.end());
      EXPECT_EQ(members, expected) << where;
      continue;
    }
    const Actor* actor = nullptr;
    for (const Actor& a : doc.actors) {
      if (a.name == f[0]) actor = &a;
    }
    if (actor == nullptr) {
      ADD_FAILURE() << where << ": no actor \"" << f[0] << "\"; found:\n" << actors;
      continue;
    }
    EXPECT_EQ(actor->code, f[1]) << where << " " << f[0] << "\n" << actors;
    if (f[2] != "-") {
      EXPECT_NE(std::find(actor->titles.begin(), actor->titles.end(), f[2]), actor->titles.end())
          << where << ": " << f[0] << " lacks title \"" << f[2] << "\"\n"
          << actors;
    }
    if (f[3] != "-") {
      EXPECT_EQ(std::to_string(actor->mentions.size()), f[3])
          << where << ": mentions of " << f[0] << "\n"
          << actors;
    }
  }
  EXPECT_GT(rows, 0) << tsv << " has no rows";
}

TEST_P(GoldenActors, Article) {
  ASSERT_NE(pipeline_, nullptr);
  const std::string stem = kDir + "/" + GetParam();
  std::vector<Document> docs;
  std::vector<Diagnostic> errors;
  ASSERT_TRUE(ReadArticles(
                  stem + ".txt", {}, [&](Document&& d) { docs.push_back(std::move(d)); }, &errors)
                  .ok());
  ASSERT_TRUE(errors.empty()) << errors[0].message;
  ASSERT_EQ(docs.size(), 1u);
  Document& doc = docs[0];
  pipeline_->Annotate(&doc);

  ExpectActors(doc, stem + ".tsv", GetParam() + ".tsv");
}

// The reference article of ../shared/seeds (skipped where it is absent): its people with their
// countries and titles, as issue 3 asks (tests/golden/actors_reference.tsv).
TEST_F(GoldenActors, ReferenceArticle) {
  ASSERT_NE(pipeline_, nullptr);
  const std::string seed =
      std::string(DYAD_SOURCE_DIR) + "/../shared/seeds/000_7fb6ec20b8a47b1c.txt";
  if (!FileExists(seed)) GTEST_SKIP() << seed << " is absent";
  std::vector<Document> docs;
  std::vector<Diagnostic> errors;
  ASSERT_TRUE(ReadArticles(
                  seed, {}, [&](Document&& d) { docs.push_back(std::move(d)); }, &errors)
                  .ok());
  ASSERT_EQ(docs.size(), 1u);
  pipeline_->Annotate(&docs[0]);
  ExpectActors(docs[0], std::string(DYAD_GOLDEN) + "/actors_reference.tsv", "actors_reference.tsv");
}

INSTANTIATE_TEST_SUITE_P(Articles, GoldenActors, ::testing::ValuesIn(GoldenCases(kDir)),
                         [](const auto& info) { return info.param; });

}  // namespace
}  // namespace dyad
