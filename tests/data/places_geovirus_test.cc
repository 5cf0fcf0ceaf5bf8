// Regression guard for toponym resolution: the generated place table (build/data/places.tsv)
// on GeoVirus gold toponyms must stay above these floors (a little under the scores measured
// with `dyad eval places`). Skipped where the data or the table is absent.
#include <gtest/gtest.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>

#include "eval/place_eval.h"

namespace dyad {
namespace {

std::string GoldFile() {
  const char* env = std::getenv("DYAD_DATA_DIR");
  return std::string(env ? env : DYAD_DEFAULT_DATA) + "/geovirus/GeoVirus.xml";
}

TEST(GeoVirusTest, ResolvesMostToponymsToTheRightCountryAndPoint) {
  if (!std::filesystem::exists(GoldFile())) GTEST_SKIP() << "no " << GoldFile();
  if (!std::filesystem::exists(DYAD_PLACES_TSV)) GTEST_SKIP() << "no " << DYAD_PLACES_TSV;
  auto kb = ActorKb::Load(std::string(DYAD_SOURCE_DIR) + "/data/kb", "");
  ASSERT_TRUE(kb.ok()) << kb.status().ToString();
  const auto start = std::chrono::steady_clock::now();
  auto places = PlaceGazetteer::Load(DYAD_PLACES_TSV, &kb.value());
  const auto load = std::chrono::steady_clock::now() - start;
  ASSERT_TRUE(places.ok()) << places.status().ToString();
  EXPECT_LT(std::chrono::duration_cast<std::chrono::milliseconds>(load).count(), 1000)
      << "load budget is ~200 ms; 1 s leaves room for a busy machine";
  auto gold = ReadGeoVirus(GoldFile());
  ASSERT_TRUE(gold.ok()) << gold.status().ToString();
  ASSERT_GT(gold.value().size(), 2000u);
  const PlaceScores s = EvaluatePlaces(gold.value(), places.value(), true);
  EXPECT_GT(100.0 * s.resolved / s.gold, 80);
  EXPECT_GT(100.0 * s.country_correct / s.country_known, 77);
  EXPECT_GT(100.0 * s.within_161 / s.gold, 44);
}

}  // namespace
}  // namespace dyad
