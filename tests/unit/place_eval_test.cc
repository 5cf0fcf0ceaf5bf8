// The GeoVirus reader and the toponym scores on a tiny file and the tiny place table.
#include "eval/place_eval.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

namespace dyad {
namespace {

TEST(PlaceEvalTest, DistanceIsGreatCircle) {
  EXPECT_NEAR(DistanceKm(0, 0, 0, 1), 111.19, 0.01);
  EXPECT_NEAR(DistanceKm(10, 179.5, 10, -179.5), 109.5, 0.1);  // across the date line
  EXPECT_DOUBLE_EQ(DistanceKm(40, -100, 40, -100), 0);
}

TEST(PlaceEvalTest, ReadsGoldAndScores) {
  auto gold = ReadGeoVirus(std::string(DYAD_TEST_DATA) + "/geovirus_tiny.xml");
  ASSERT_TRUE(gold.ok()) << gold.status().ToString();
  ASSERT_EQ(gold.value().size(), 3u);  // the empty name is skipped
  EXPECT_EQ(gold.value()[1].name, "Santa Ana");
  EXPECT_EQ(gold.value()[2].article, 1);
  auto places = PlaceGazetteer::Load(std::string(DYAD_TEST_DATA) + "/places_tiny.tsv", nullptr);
  ASSERT_TRUE(places.ok());
  // Beijing is right; Santa Ana goes to the larger US town (El Salvador's is gold), even
  // with the article hint, as Beijing's CHN gives no help; Atlantis is unknown.
  const PlaceScores s = EvaluatePlaces(gold.value(), places.value(), true);
  EXPECT_EQ(s.gold, 3u);
  EXPECT_EQ(s.resolved, 2u);
  EXPECT_EQ(s.within_161, 1u);
  EXPECT_EQ(s.country_known, 2u);  // no city within 300 km of Atlantis
  EXPECT_EQ(s.country_correct, 1u);
}

TEST(PlaceEvalTest, BadCoordinatesNameTheByte) {
  const std::string path = ::testing::TempDir() + "/bad_geovirus.xml";
  std::ofstream(path) << "<articles><article><location><name>X</name><lat>north</lat>"
                         "<lon>1</lon></location></article></articles>";
  auto gold = ReadGeoVirus(path);
  ASSERT_FALSE(gold.ok());
  EXPECT_NE(gold.status().message().find("bad_geovirus.xml: byte 19: location 'X'"),
            std::string::npos)
      << gold.status().message();
  std::ofstream(path) << "<articles><article><location>";
  EXPECT_NE(ReadGeoVirus(path).status().message().find("unclosed <article>"), std::string::npos);
}

}  // namespace
}  // namespace dyad
