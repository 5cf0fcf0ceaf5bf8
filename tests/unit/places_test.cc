// The place gazetteer on a tiny place table (tests/data/places_tiny.tsv) plus dyad's own
// data/kb countries and capitals: lookup, folding, ranking, and file:line errors.
#include "kb/places.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

namespace dyad {
namespace {

const std::string kTiny = std::string(DYAD_TEST_DATA) + "/places_tiny.tsv";

class PlacesTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto kb = ActorKb::Load(std::string(DYAD_SOURCE_DIR) + "/data/kb", "");
    ASSERT_TRUE(kb.ok()) << kb.status().ToString();
    kb_ = new ActorKb(std::move(kb).value());
    auto places = PlaceGazetteer::Load(kTiny, kb_);
    ASSERT_TRUE(places.ok()) << places.status().ToString();
    places_ = new PlaceGazetteer(std::move(places).value());
  }
  static void TearDownTestSuite() {
    delete places_;
    delete kb_;
  }
  static ActorKb* kb_;
  static PlaceGazetteer* places_;
};
ActorKb* PlacesTest::kb_ = nullptr;
PlaceGazetteer* PlacesTest::places_ = nullptr;

TEST_F(PlacesTest, FindsCitiesByNameAlternateAndFoldedName) {
  const Place* beijing = places_->Best("Beijing");
  ASSERT_NE(beijing, nullptr);
  EXPECT_EQ(beijing->country, "CHN");
  EXPECT_NEAR(beijing->lat, 39.9075, 1e-4);
  EXPECT_TRUE(beijing->has_coordinates);
  EXPECT_EQ(places_->Best("Pékin"), beijing);  // alternate name
  EXPECT_EQ(places_->Best("PEKIN"), beijing);  // case and accents folded
  EXPECT_EQ(places_->Best("BEIJING"), beijing);
  const Place* taian = places_->Best("Tai'an");  // ASCII apostrophe finds "Tai’an"
  ASSERT_NE(taian, nullptr);
  EXPECT_EQ(taian->name, "Tai’an");
  EXPECT_EQ(taian->admin, "Shandong");
  EXPECT_EQ(places_->Best("Atlantis"), nullptr);
}

TEST_F(PlacesTest, CapitalsComeFromTheKnowledgeBase) {
  // Caracas is in the table: the kb marks that row as the capital.
  const Place* caracas = places_->CapitalOf("VEN");
  ASSERT_NE(caracas, nullptr);
  EXPECT_EQ(caracas->kind, PlaceKind::kCapital);
  EXPECT_NEAR(caracas->lon, -66.8792, 1e-4);
  EXPECT_EQ(places_->Best("Caracas"), caracas);
  // Washington is not: it comes from countries.tsv with its coordinates.
  const Place* washington = places_->Best("Washington, D.C.");
  ASSERT_NE(washington, nullptr);
  EXPECT_EQ(washington, places_->CapitalOf("USA"));
  EXPECT_EQ(washington->country, "USA");
  EXPECT_NEAR(washington->lat, 38.90, 1e-6);
}

TEST_F(PlacesTest, CountriesAreFoundByTheirPressNames) {
  const Place* us = places_->Best("U.S.");
  ASSERT_NE(us, nullptr);
  EXPECT_EQ(us->kind, PlaceKind::kCountry);
  EXPECT_EQ(us->country, "USA");
  const Place* venezuela = places_->Best("Venezuela");
  ASSERT_NE(venezuela, nullptr);
  EXPECT_EQ(venezuela->kind, PlaceKind::kCountry);
  EXPECT_NEAR(venezuela->lat, 7.0, 1e-6);  // the table's row, not the capital
  EXPECT_EQ(places_->Best("Bolivarian Republic of Venezuela"), venezuela);
}

TEST_F(PlacesTest, RanksByPopulationAndCountryHint) {
  auto santa_ana = places_->LookUp("Santa Ana");
  ASSERT_EQ(santa_ana.size(), 2u);
  EXPECT_EQ(santa_ana[0]->country, "USA");  // larger
  EXPECT_EQ(places_->Best("Santa Ana", "SLV")->country, "SLV");
  EXPECT_EQ(places_->Best("Mérida")->country, "MEX");
  EXPECT_EQ(places_->Best("Merida", "VEN")->country, "VEN");
  // A capital of millions outweighs a country hint for a town of thousands.
  EXPECT_EQ(places_->Best("Paris", "USA")->country, "FRA");
}

TEST_F(PlacesTest, RegionsWithoutCoordinatesSaySo) {
  const Place* yangon = places_->Best("Yangon");
  ASSERT_NE(yangon, nullptr);
  EXPECT_EQ(yangon->kind, PlaceKind::kAdmin);
  EXPECT_FALSE(yangon->has_coordinates);
  EXPECT_EQ(places_->Best("Shandong Province"), places_->Best("Shandong"));
}

TEST(PlacesLoadTest, WorksWithoutATableOrKb) {
  auto empty = PlaceGazetteer::Load("", nullptr);
  ASSERT_TRUE(empty.ok());
  EXPECT_EQ(empty.value().size(), 0u);
  EXPECT_TRUE(empty.value().LookUp("Beijing").empty());
}

TEST(PlacesLoadTest, BadLinesNameFileAndLine) {
  const std::string dir = ::testing::TempDir() + "/places_bad";
  std::filesystem::create_directories(dir);
  auto load = [&](const std::string& line) {
    const std::string path = dir + "/p.tsv";
    std::ofstream(path) << "# header\nBeijing\t-\tCHN\t-\t39.9\t116.4\t100\tcity\n" << line;
    auto r = PlaceGazetteer::Load(path, nullptr);
    return r.ok() ? std::string("ok") : r.status().message();
  };
  EXPECT_EQ(load(""), "ok");
  EXPECT_NE(load("X\t-\tCN\t-\t1\t2\t3\tcity\n").find("p.tsv:3: bad country code"),
            std::string::npos);
  EXPECT_NE(load("X\t-\tCHN\t-\t91\t2\t3\tcity\n").find("p.tsv:3: bad coordinates"),
            std::string::npos);
  EXPECT_NE(load("X\t-\tCHN\t-\t1\t-\t3\tcity\n").find("p.tsv:3: latitude and longitude"),
            std::string::npos);
  EXPECT_NE(load("X\t-\tCHN\t-\t1\t2\t3\ttown\n").find("p.tsv:3: kind must be"), std::string::npos);
  EXPECT_NE(load("X\t-\tCHN\t-\t1\t2\tmany\tcity\n").find("p.tsv:3: bad population"),
            std::string::npos);
  EXPECT_NE(load("X\t-\tCHN\n").find("p.tsv:3: expected 8"), std::string::npos);
}

}  // namespace
}  // namespace dyad
