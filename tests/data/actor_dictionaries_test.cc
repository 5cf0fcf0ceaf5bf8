// The actor coder with the real Phoenix dictionaries (../shared/data/petrarch2-dictionaries or
// $DYAD_DATA_DIR) on a few sentences, beside dyad's tables and instead of them; skipped where
// the data is absent.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>

#include "dyad/pipeline.h"

namespace dyad {
namespace {

std::string Dict(const std::string& file) {
  const char* env = std::getenv("DYAD_DATA_DIR");
  return std::string(env ? env : DYAD_DEFAULT_DATA) + "/petrarch2-dictionaries/" + file;
}

std::unique_ptr<Pipeline> LoadWithPhoenix(bool replace) {
  PipelineOptions options;
  options.model_dir = DYAD_MODELS;
  options.tables_dir = std::string(DYAD_SOURCE_DIR) + "/data";
  options.places_file = DYAD_PLACES_TSV;
  options.actors = true;
  for (const char* f : {"Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt",
                        "Phoenix.MilNonState.actors.txt"}) {
    options.actor_dictionaries.push_back(Dict(f));
  }
  options.agent_dictionaries = {Dict("Phoenix.agents.txt")};
  options.replace_dyad_actors = replace;
  auto pipeline = Pipeline::Load(options);
  EXPECT_TRUE(pipeline.ok()) << pipeline.status().ToString();
  return pipeline.ok() ? std::move(pipeline).value() : nullptr;
}

const Actor* Find(const Document& doc, const std::string& name) {
  for (const Actor& a : doc.actors) {
    if (a.name == name) return &a;
  }
  return nullptr;
}

std::string Render(const Document& doc) {
  std::string out;
  for (const Actor& a : doc.actors) out += a.name + "=" + a.code + " ";
  return out;
}

class PhoenixActors : public ::testing::TestWithParam<bool> {};

TEST_P(PhoenixActors, CodesPeopleAndBodiesByDate) {
  if (!std::filesystem::exists(Dict("Phoenix.agents.txt"))) GTEST_SKIP() << "no Phoenix files";
  auto pipeline = LoadWithPhoenix(GetParam());
  ASSERT_NE(pipeline, nullptr);
  Document doc;
  doc.date = "2005-06-01";
  doc.text =
      "Venezuelan President Hugo Chavez met Fidel Castro in Havana on Friday. "
      "The United Nations welcomed the talks.";
  pipeline->Annotate(&doc);
  const Actor* chavez = Find(doc, "Hugo Chavez");
  ASSERT_NE(chavez, nullptr) << Render(doc);
  EXPECT_EQ(chavez->code, "VENGOV");
  const Actor* castro = Find(doc, "Fidel Castro");
  ASSERT_NE(castro, nullptr) << Render(doc);
  EXPECT_EQ(castro->code, "CUBGOV");
  bool un = false;
  for (const Actor& a : doc.actors) un = un || a.code == "IGOUNO";
  EXPECT_TRUE(un) << Render(doc);

  // Years later Chavez is dead and Castro retired: both are elites (the dictionaries' default).
  doc = Document();
  doc.date = "2015-06-01";
  doc.text = "Hugo Chavez and Fidel Castro were remembered in Caracas.";
  pipeline->Annotate(&doc);
  ASSERT_NE(Find(doc, "Hugo Chavez"), nullptr) << Render(doc);
  EXPECT_EQ(Find(doc, "Hugo Chavez")->code, "VENELI");
  ASSERT_NE(Find(doc, "Fidel Castro"), nullptr) << Render(doc);
  EXPECT_EQ(Find(doc, "Fidel Castro")->code, "CUBELI");
}

INSTANTIATE_TEST_SUITE_P(BesideAndInstead, PhoenixActors, ::testing::Bool());

}  // namespace
}  // namespace dyad
