#include "io/event_formats.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <sstream>

namespace dyad {
namespace {

Document Article() {
  Document doc;
  doc.id = "a1";
  doc.date = "2024-05-14";
  doc.url = "https://example.org/a1";
  doc.source = "Example News";
  doc.title = "Leaders sign deals";
  return doc;
}

EventActor Actor(std::string code, std::string country, std::string sector, std::string text,
                 std::string entity, uint32_t begin) {
  EventActor a;
  a.code = std::move(code);
  a.country = std::move(country);
  a.sectors = {std::move(sector)};
  a.text = std::move(text);
  a.entity = std::move(entity);
  a.begin = begin;
  a.end = begin + static_cast<uint32_t>(a.text.size());
  return a;
}

Event SignEvent() {
  Event e;
  e.event_id = "e1";
  e.article_id = "a1";
  e.article_date = "2024-05-14";
  e.sentence = 2;
  e.sentence_text = "Maduro and Xi signed, in Beijing.";
  e.source = Actor("VENGOV", "VEN", "GOV", "Maduro", "Nicolás Maduro", 100);
  e.target = Actor("CHNGOV", "CHN", "GOV", "Xi", "Xi Jinping", 111);
  e.cameo = "057";
  e.root = "05";
  e.quad_class = 1;
  e.goldstein = 8.0;
  e.plover_event = "AGREE";
  e.trigger_text = "signed";
  e.trigger_begin = 114;
  e.trigger_end = 120;
  e.date = "2024-05-13";
  e.date_precision = "day";
  e.location.name = "Beijing";
  e.location.country = "CHN";
  e.location.lat = 39.9;
  e.location.lon = 116.4;
  e.location.has_coordinates = true;
  e.confidence = 0.82;
  return e;
}

std::string Write(EventFormat format, const Event& e) {
  std::ostringstream out;
  WriteEvent(format, Article(), e, out);
  return out.str();
}

std::vector<std::string> Split(std::string line, char sep) {
  if (!line.empty() && line.back() == '\n') line.pop_back();
  std::vector<std::string> out;
  size_t start = 0;
  while (true) {
    size_t end = line.find(sep, start);
    out.push_back(line.substr(start, end - start));
    if (end == std::string::npos) return out;
    start = end + 1;
  }
}

TEST(EventFormatsTest, ParsesNamesAndRejectsOthers) {
  for (std::string_view name : {"jsonl", "csv", "gdelt", "phoenix", "icews", "plover"}) {
    Result<EventFormat> f = ParseEventFormat(name);
    ASSERT_TRUE(f.ok()) << name;
    EXPECT_EQ(EventFormatName(*f), name);
  }
  Result<EventFormat> bad = ParseEventFormat("xml");
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.status().message().find("'xml'"), std::string::npos);
}

TEST(EventFormatsTest, JsonlIsTheDesignRecordInOrder) {
  nlohmann::ordered_json j = nlohmann::ordered_json::parse(Write(EventFormat::kJsonl, SignEvent()));
  std::vector<std::string> keys;
  for (auto it = j.begin(); it != j.end(); ++it) keys.push_back(it.key());
  EXPECT_EQ(keys,
            (std::vector<std::string>{
                "event_id", "article_id", "sentence", "date", "date_precision", "article_date",
                "source", "target", "cameo", "root", "quad_class", "goldstein", "plover", "trigger",
                "negated", "modality", "location", "sentence_text", "confidence"}));
  EXPECT_EQ(j["source"]["entity"], "Nicolás Maduro");
  EXPECT_EQ(j["source"]["span"], nlohmann::json::array({100, 106}));
  EXPECT_EQ(j["target"]["sectors"], nlohmann::json::array({"GOV"}));
  EXPECT_EQ(j["plover"]["event"], "AGREE");
  EXPECT_EQ(j["trigger"]["span"], nlohmann::json::array({114, 120}));
  EXPECT_DOUBLE_EQ(j["location"]["lat"].get<double>(), 39.9);
  EXPECT_DOUBLE_EQ(j["goldstein"].get<double>(), 8.0);
}

TEST(EventFormatsTest, JsonlLocationIsNullWithoutPlace) {
  Event e = SignEvent();
  e.location = EventLocation();
  nlohmann::json j = nlohmann::json::parse(Write(EventFormat::kJsonl, e));
  EXPECT_TRUE(j["location"].is_null());
}

TEST(EventFormatsTest, CsvHasHeaderAndQuotesCommas) {
  std::ostringstream header;
  WriteHeader(EventFormat::kCsv, header);
  EXPECT_EQ(header.str().rfind("event_id,article_id,sentence,", 0), 0u);
  std::string row = Write(EventFormat::kCsv, SignEvent());
  EXPECT_NE(row.find("\"Maduro and Xi signed, in Beijing.\""), std::string::npos);
  EXPECT_EQ(row.find("e1,a1,2,2024-05-13,day,2024-05-14,VENGOV,VEN,GOV,Maduro,"), 0u);
}

TEST(EventFormatsTest, GdeltHas61ColumnsInTheCodebookPlaces) {
  EXPECT_EQ(EventColumns(EventFormat::kGdelt).size(), 61u);
  std::vector<std::string> cols = Split(Write(EventFormat::kGdelt, SignEvent()), '\t');
  ASSERT_EQ(cols.size(), 61u);
  EXPECT_EQ(cols[1], "20240513");  // SQLDATE
  EXPECT_EQ(cols[2], "202405");
  EXPECT_EQ(cols[5], "VENGOV");  // Actor1Code
  EXPECT_EQ(cols[6], "Nicolás Maduro");
  EXPECT_EQ(cols[7], "VEN");
  EXPECT_EQ(cols[12], "GOV");  // Actor1Type1Code
  EXPECT_EQ(cols[15], "CHNGOV");
  EXPECT_EQ(cols[26], "057");  // EventCode
  EXPECT_EQ(cols[27], "057");
  EXPECT_EQ(cols[28], "05");
  EXPECT_EQ(cols[29], "1");
  EXPECT_EQ(cols[30], "8.0");
  EXPECT_EQ(cols[31], "1");        // NumMentions
  EXPECT_EQ(cols[52], "Beijing");  // ActionGeo_FullName
  EXPECT_EQ(cols[56], "39.9000");
  EXPECT_EQ(cols[59], "20240514000000");
  EXPECT_EQ(cols[60], "https://example.org/a1");
  std::ostringstream header;
  WriteHeader(EventFormat::kGdelt, header);
  EXPECT_EQ(header.str(), "");
}

TEST(EventFormatsTest, GdeltCarriesStoreCounts) {
  std::ostringstream out;
  WriteEvent(EventFormat::kGdelt, Article(), SignEvent(), out, EventCounts{5, 3, 4});
  std::vector<std::string> cols = Split(out.str(), '\t');
  EXPECT_EQ(cols[31], "5");
  EXPECT_EQ(cols[32], "3");
  EXPECT_EQ(cols[33], "4");
}

TEST(EventFormatsTest, PhoenixSplitsActorCodes) {
  Event e = SignEvent();
  e.source.code = "VENGOVLEGELI";
  e.date = "2024";  // year only: the article date stands in
  std::vector<std::string> cols = Split(Write(EventFormat::kPhoenix, e), '\t');
  ASSERT_EQ(cols.size(), 26u);
  EXPECT_EQ(cols[1], "20240514");
  EXPECT_EQ(cols[5], "VENGOVLEGELI");
  EXPECT_EQ(cols[6], "VEN");
  EXPECT_EQ(cols[7], "GOV");
  EXPECT_EQ(cols[8], "LEG;ELI");
  EXPECT_EQ(cols[15], "1");  // Phoenix quad for root 05
  EXPECT_EQ(cols[23], "a1_2");
}

TEST(EventFormatsTest, IcewsHas20ColumnsAndTabsInTextAreSpaces) {
  Event e = SignEvent();
  e.trigger_text = "signed\tit";
  std::vector<std::string> cols = Split(Write(EventFormat::kIcews, e), '\t');
  ASSERT_EQ(cols.size(), 20u);
  EXPECT_EQ(cols[1], "2024-05-13");
  EXPECT_EQ(cols[5], "signed it");
  EXPECT_EQ(cols[12], "3");  // sentence numbers from 1
}

TEST(EventFormatsTest, PloverMergesAReciprocalPair) {
  Event forward = SignEvent();
  Event backward = SignEvent();
  backward.event_id = "e2";
  std::swap(backward.source, backward.target);
  Event other = SignEvent();
  other.event_id = "e3";
  other.cameo = "042";
  std::ostringstream out;
  WriteEvents(EventFormat::kPlover, Article(), {forward, backward, other}, out);
  std::istringstream lines(out.str());
  std::string first, second, third;
  std::getline(lines, first);
  std::getline(lines, second);
  EXPECT_FALSE(std::getline(lines, third));
  nlohmann::json merged = nlohmann::json::parse(first);
  EXPECT_EQ(merged["actor"].size(), 2u);
  EXPECT_EQ(merged["recipient"].size(), 0u);
  EXPECT_EQ(merged["event"], nlohmann::json::array({"AGREE"}));
  nlohmann::json single = nlohmann::json::parse(second);
  EXPECT_EQ(single["actor"][0]["code"], "VEN");
  EXPECT_EQ(single["recipient"][0]["actor_code"], "CHNGOV");
}

}  // namespace
}  // namespace dyad
