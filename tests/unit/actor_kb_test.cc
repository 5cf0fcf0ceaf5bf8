// The knowledge base loader on dyad's own data/kb and on small broken files.
#include "kb/actor_kb.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

namespace dyad {
namespace {

const std::string kKb = std::string(DYAD_SOURCE_DIR) + "/data/kb";
const std::string kIso = "/usr/share/iso-codes/json/iso_3166-1.json";

class ActorKbTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto kb = ActorKb::Load(kKb, std::filesystem::exists(kIso) ? kIso : "");
    ASSERT_TRUE(kb.ok()) << kb.status().ToString();
    kb_ = new ActorKb(std::move(kb).value());
  }
  static void TearDownTestSuite() { delete kb_; }
  static ActorKb* kb_;
};
ActorKb* ActorKbTest::kb_ = nullptr;

bool Means(const std::vector<NameEntry>& entries, NameKind kind, const std::string& code,
           const ActorKb& kb) {
  for (const NameEntry& e : entries) {
    if (e.kind != kind) continue;
    const std::string& c = kind == NameKind::kOrganisation ? kb.organisations()[e.index].code
                           : kind == NameKind::kRegion     ? kb.regions()[e.index].code
                                                           : kb.countries()[e.index].code;
    if (c == code) return true;
  }
  return false;
}

TEST_F(ActorKbTest, CountriesDemonymsCapitals) {
  EXPECT_TRUE(Means(kb_->LookUpName("Venezuela"), NameKind::kCountry, "VEN", *kb_));
  EXPECT_TRUE(Means(kb_->LookUpName("Venezuelan"), NameKind::kAdjective, "VEN", *kb_));
  EXPECT_TRUE(Means(kb_->LookUpName("Chinese"), NameKind::kAdjective, "CHN", *kb_));
  EXPECT_TRUE(Means(kb_->LookUpName("Beijing"), NameKind::kCapital, "CHN", *kb_));
  EXPECT_TRUE(Means(kb_->LookUpName("Caracas"), NameKind::kCapital, "VEN", *kb_));
  EXPECT_TRUE(Means(kb_->LookUpName("Ivorian"), NameKind::kAdjective, "CIV", *kb_));
  ASSERT_NE(kb_->CountryByCode("CHN"), nullptr);
  EXPECT_NEAR(kb_->CountryByCode("CHN")->capital_lat, 39.9, 0.5);
  EXPECT_GE(kb_->countries().size(), 249u);
}

TEST_F(ActorKbTest, OrganisationsAndAgents) {
  EXPECT_TRUE(Means(kb_->LookUpName("United Nations"), NameKind::kOrganisation, "IGOUNO", *kb_));
  ASSERT_NE(kb_->LookUpAgent("ambassador"), nullptr);
  EXPECT_EQ(kb_->LookUpAgent("ambassador")->code, "GOV");
  ASSERT_NE(kb_->LookUpAgent("protesters"), nullptr);
  EXPECT_EQ(kb_->LookUpAgent("minister")->kind != "noun", true);
}

TEST_F(ActorKbTest, PeopleByArticleDateAndWithoutAccents) {
  bool active = false;
  const PersonRole* xi = kb_->LookUpPerson("Xi Jinping", "2024-05-14", &active);
  ASSERT_NE(xi, nullptr);
  EXPECT_TRUE(active);
  EXPECT_EQ(xi->Code(), "CHNGOV");
  const PersonRole* nanez = kb_->LookUpPerson("Freddy Nanez", "2024-05-14", &active);
  ASSERT_NE(nanez, nullptr);
  EXPECT_EQ(nanez->name, "Freddy Ñáñez");
  EXPECT_EQ(nanez->country, "VEN");
  // A former office-holder: no active line, the role that ended last comes back.
  const PersonRole* ghani = kb_->LookUpPerson("Ashraf Ghani", "2024-01-01", &active);
  ASSERT_NE(ghani, nullptr);
  EXPECT_FALSE(active);
  EXPECT_EQ(ghani->country, "AFG");
  EXPECT_EQ(kb_->LookUpPerson("Nobody Atall", "2024-01-01", &active), nullptr);
}

TEST(KbDateTest, PrecisionCoversWholePeriods) {
  EXPECT_EQ(NormaliseKbDate("2019", false), "2019-01-01");
  EXPECT_EQ(NormaliseKbDate("2019", true), "2019-12-31");
  EXPECT_EQ(NormaliseKbDate("2024-02", true), "2024-02-29");
  EXPECT_EQ(NormaliseKbDate("2023-02", true), "2023-02-28");
  EXPECT_EQ(NormaliseKbDate("2019-13", false), "");
  EXPECT_EQ(NormaliseKbDate("May 2019", false), "");
}

TEST(KbLoadTest, ErrorsNameFileAndLineAndConflictsAreReported) {
  const std::string dir = ::testing::TempDir() + "/kb_bad";
  std::filesystem::create_directories(dir);
  auto write = [&](const std::string& name, const std::string& text) {
    std::ofstream(dir + "/" + name) << text;
  };
  write("countries.tsv", "# header\nVEN\tVenezuela\tVenezuelan\t-\tCaracas\t10.48\t-66.90\n");
  write("regions.tsv", "AFR\tAfrica\tAfrican\n");
  write("organisations.tsv",
        "VENPTY\tPSUV\tVEN\tPARTY\nVENOPP\tPSUV\tVEN\tPARTY\n");  // one name, two codes
  write("people.tsv", "Nicolás Maduro\t-\tVEN\tGOV\tPresident\t2013-04-19\t-\n");
  write("agents.tsv", "minister\tministers\tGOV\tboth\n");
  auto kb = ActorKb::Load(dir, "");
  ASSERT_TRUE(kb.ok()) << kb.status().ToString();
  ASSERT_EQ(kb->warnings().size(), 1u);
  EXPECT_NE(kb->warnings()[0].find("organisations.tsv:2: 'PSUV' is VENOPP here and VENPTY"),
            std::string::npos);

  write("people.tsv", "# c\nNicolás Maduro\t-\tVEN\tGOV\tPresident\t19/04/2013\t-\n");
  auto bad_date = ActorKb::Load(dir, "");
  EXPECT_EQ(bad_date.status().message(), dir + "/people.tsv:2: bad date '19/04/2013'");

  write("people.tsv", "Nicolás Maduro\tVEN\tGOV\n");
  auto bad_columns = ActorKb::Load(dir, "");
  EXPECT_EQ(bad_columns.status().message(),
            dir + "/people.tsv:1: expected 7 tab-separated fields, got 3");
}

}  // namespace
}  // namespace dyad
