#include "dyad/store.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>

#include "store/minhash.h"
#include "store/schema.h"
#include "store/sqlite.h"

namespace dyad {
namespace {

class TempDb {
 public:
  TempDb() {
    path_ =
        (std::filesystem::temp_directory_path() /
         ("dyad_store_test_" + std::to_string(getpid()) + "_" + std::to_string(counter_++) + ".db"))
            .string();
    Remove();
  }
  ~TempDb() { Remove(); }
  const std::string& path() const { return path_; }

 private:
  void Remove() {
    for (const char* suffix : {"", "-wal", "-shm"}) std::remove((path_ + suffix).c_str());
  }
  static inline int counter_ = 0;
  std::string path_;
};

EventActor Side(const std::string& code, const std::string& entity, uint32_t begin) {
  EventActor a;
  a.code = code;
  a.country = code.substr(0, 3) == "IGO" ? "" : code.substr(0, 3);
  if (code.size() > 3) a.sectors = {code.substr(3, 3)};
  a.text = entity.empty() ? code : entity;
  a.entity = entity;
  a.begin = begin;
  a.end = begin + 5;
  return a;
}

Event MakeEvent(const Document& doc, int sentence, const std::string& source,
                const std::string& target, const std::string& cameo, double goldstein, int quad) {
  Event e;
  e.article_id = doc.id;
  e.article_date = doc.date;
  e.event_id = doc.id + ":" + std::to_string(sentence) + ":" + cameo + ":" + source;
  e.sentence = sentence;
  e.sentence_text = "Sentence " + std::to_string(sentence) + " of " + doc.id;
  e.source = Side(source, source == "VENGOV" ? "Nicolás Maduro" : "", 10);
  e.target = Side(target, "", 20);
  e.cameo = cameo;
  e.root = cameo.substr(0, 2);
  e.goldstein = goldstein;
  e.quad_class = quad;
  e.trigger_text = "signed";
  e.trigger_begin = 16;
  e.trigger_end = 22;
  e.date = doc.date;
  e.date_precision = "day";
  return e;
}

Document MakeArticle(const std::string& id, const std::string& date, const std::string& text,
                     const std::string& source = "Wire") {
  Document doc;
  doc.id = id;
  doc.date = date;
  doc.source = source;
  doc.url = "https://example.org/" + id;
  doc.title = "Title " + id;
  doc.text = text;
  Sentence s;
  s.span = {0, static_cast<uint32_t>(text.size())};
  doc.sentences.push_back(s);
  ActorMention m;
  m.span = {10, 15};
  m.text = "Maduro";
  m.code = "VENGOV";
  m.country = "VEN";
  m.sectors = {"GOV"};
  m.type = "PER";
  m.title = "president";
  m.actor = 0;
  doc.mentions.push_back(m);
  Actor a;
  a.name = "Nicolás Maduro";
  a.type = "PER";
  a.code = "VENGOV";
  a.country = "VEN";
  a.sectors = {"GOV"};
  a.titles = {"president"};
  a.mentions = {0};
  doc.actors.push_back(a);
  return doc;
}

std::string Story(int n) {
  std::string text = "Story number " + std::to_string(n) + ": ";
  for (int word_idx = 0; word_idx < 60; ++word_idx) {
    text.append("w").append(std::to_string(n * 1000 + word_idx)).append(" ");
  }
  return text;
}

std::unique_ptr<Store> OpenOrDie(const std::string& path, StoreOptions options = {}) {
  Result<std::unique_ptr<Store>> store = Store::Open(path, options);
  EXPECT_TRUE(store.ok()) << store.status().message();
  return std::move(store).value();
}

TEST(MinHashTest, SimilarTextsScoreHighAndDifferentOnesLow) {
  std::string a = Story(1);
  std::string copy = "BREAKING " + a + " (Reuters)";
  EXPECT_GT(MinHashSimilarity(MinHashSignature(a), MinHashSignature(copy)), 0.8);
  EXPECT_LT(MinHashSimilarity(MinHashSignature(a), MinHashSignature(Story(2))), 0.1);
  EXPECT_EQ(MinHashSimilarity(MinHashSignature(a), MinHashSignature(a)), 1.0);
}

TEST(StoreTest, MigratesOnceAndRecordsTheVersion) {
  TempDb db;
  EXPECT_EQ(OpenOrDie(db.path())->schema_version(), 5);
  EXPECT_EQ(OpenOrDie(db.path())->schema_version(), 5);  // reopening applies nothing
  StoreOptions read_only;
  read_only.read_only = true;
  EXPECT_EQ(OpenOrDie(db.path(), read_only)->schema_version(), 5);
}

TEST(StoreTest, IngestIsIdempotentByIdAndByContent) {
  TempDb db;
  auto store = OpenOrDie(db.path());
  Document doc = MakeArticle("a1", "2024-05-14", Story(1));
  doc.events.push_back(MakeEvent(doc, 0, "VENGOV", "CHNGOV", "057", 8.0, 1));
  Result<IngestOutcome> first = store->Ingest(doc);
  ASSERT_TRUE(first.ok()) << first.status().message();
  EXPECT_FALSE(first->skipped);
  EXPECT_EQ(first->events, 1);
  Result<IngestOutcome> again = store->Ingest(doc);
  ASSERT_TRUE(again.ok());
  EXPECT_TRUE(again->skipped);
  EXPECT_EQ(again->reason, "same id");
  Document renamed = doc;
  renamed.id = "a1-copy";
  Result<IngestOutcome> same_text = store->Ingest(renamed);
  ASSERT_TRUE(same_text.ok());
  EXPECT_TRUE(same_text->skipped);
  EXPECT_EQ(same_text->reason, "same content as a1");
  Result<StoreStats> stats = store->Stats();
  ASSERT_TRUE(stats.ok());
  EXPECT_EQ(stats->articles, 1);
  EXPECT_EQ(stats->events, 1);
  EXPECT_TRUE(store->HasArticle("a1").value());
  EXPECT_FALSE(store->HasArticle("a2").value());
}

TEST(StoreTest, ArticleRoundTripsEveryLayer) {
  TempDb db;
  auto store = OpenOrDie(db.path());
  Document doc = MakeArticle("a1", "2024-05-14", Story(1));
  Event e = MakeEvent(doc, 0, "VENGOV", "CHNGOV", "057", 8.0, 1);
  e.location.name = "Beijing";
  e.location.country = "CHN";
  e.location.lat = 39.9;
  e.location.lon = 116.4;
  e.location.has_coordinates = true;
  e.negated = true;
  doc.events.push_back(e);
  ASSERT_TRUE(store->Ingest(doc).ok());
  Result<Document> back = store->Article("a1");
  ASSERT_TRUE(back.ok()) << back.status().message();
  EXPECT_EQ(back->text, doc.text);
  EXPECT_EQ(back->url, doc.url);
  ASSERT_EQ(back->sentences.size(), 1u);
  EXPECT_EQ(back->sentences[0].span.end, doc.text.size());
  ASSERT_EQ(back->mentions.size(), 1u);
  EXPECT_EQ(back->mentions[0].title, "president");
  ASSERT_EQ(back->actors.size(), 1u);
  EXPECT_EQ(back->actors[0].mentions, std::vector<int>{0});
  ASSERT_EQ(back->events.size(), 1u);
  const Event& got = back->events[0];
  EXPECT_EQ(got.event_id, e.event_id);
  EXPECT_EQ(got.source.entity, "Nicolás Maduro");
  EXPECT_EQ(got.source.sectors, std::vector<std::string>{"GOV"});
  EXPECT_EQ(got.target.begin, 20u);
  EXPECT_TRUE(got.negated);
  EXPECT_TRUE(got.location.has_coordinates);
  EXPECT_DOUBLE_EQ(got.location.lon, 116.4);
  EXPECT_EQ(store->Article("nope").status().code(), StatusCode::kNotFound);
}

// Three articles: a1 and its syndicated copy a1b (another source) report VEN->CHN 057; a2, a
// different story the same day, reports it again plus CHN->VEN 042 and USA->IGOUNO 111.
std::unique_ptr<Store> Fixture(const TempDb& db) {
  auto store = OpenOrDie(db.path());
  Document a1 = MakeArticle("a1", "2024-05-14", Story(1), "Wire");
  a1.events.push_back(MakeEvent(a1, 0, "VENGOV", "CHNGOV", "057", 8.0, 1));
  a1.events.push_back(MakeEvent(a1, 1, "VENGOV", "CHNGOV", "057", 8.0, 1));  // said twice
  Document a1b = MakeArticle("a1b", "2024-05-14", "UPDATED: " + Story(1) + " more.", "Paper");
  a1b.events.push_back(MakeEvent(a1b, 0, "VENGOV", "CHNGOV", "057", 8.0, 1));
  Document a2 = MakeArticle("a2", "2024-05-14", Story(2), "Wire");
  a2.events.push_back(MakeEvent(a2, 0, "VENGOV", "CHNGOV", "057", 8.0, 1));
  a2.events.push_back(MakeEvent(a2, 1, "CHNGOV", "VENGOV", "042", 1.9, 1));
  a2.events.push_back(MakeEvent(a2, 2, "USAGOV", "IGOUNO", "111", -2.0, 3));
  Document a3 = MakeArticle("a3", "2024-07-02", Story(3), "Wire");
  a3.events.push_back(MakeEvent(a3, 0, "CHNMIL", "VENGOV", "190", -10.0, 4));
  for (const Document* doc : {&a1, &a1b, &a2, &a3}) {
    Result<IngestOutcome> outcome = store->Ingest(*doc);
    EXPECT_TRUE(outcome.ok()) << outcome.status().message();
    if (doc == &a1b) {
      EXPECT_EQ(outcome->copy_of, "a1");
    }
    if (doc == &a2) {
      EXPECT_EQ(outcome->copy_of, "");
    }
  }
  return store;
}

TEST(StoreTest, DedupModesCountAsGdeltDoes) {
  TempDb db;
  auto store = Fixture(db);
  EventQuery q;
  q.source = "VEN";
  q.target = "CHN";
  q.dedup = Dedup::kNone;
  EXPECT_EQ(store->CountEvents(q).value(), 4);
  q.dedup = Dedup::kStory;  // a1 and its copy a1b are one story; a2 is another
  Result<std::vector<StoredEvent>> story = store->Events(q);
  ASSERT_TRUE(story.ok()) << story.status().message();
  ASSERT_EQ(story->size(), 2u);
  EXPECT_EQ((*story)[0].event.article_id, "a1");
  EXPECT_EQ((*story)[0].mentions, 3);
  EXPECT_EQ((*story)[0].articles, 2);
  EXPECT_EQ((*story)[0].sources, 2);
  EXPECT_EQ((*story)[0].url, "https://example.org/a1");
  q.dedup = Dedup::kDay;  // all the same day
  Result<std::vector<StoredEvent>> day = store->Events(q);
  ASSERT_EQ(day->size(), 1u);
  EXPECT_EQ((*day)[0].mentions, 4);
  EXPECT_EQ((*day)[0].articles, 3);
}

// A dedup mode's flags and counts as rows: (event_id, <mode>_first, mentions, articles,
// sources). Then its rollup: "source target day quad events goldstein_sum".
std::vector<std::string> DedupColumns(const std::string& path, const std::string& mode) {
  auto db = sql::Connection::Open(path, true).value();
  std::vector<std::string> rows;
  for (const std::string& sql :
       {"SELECT event_id || ' ' || " + mode + "_first || ' ' || " + mode + "_mentions || ' ' || " +
            mode + "_articles || ' ' || " + mode + "_sources FROM events ORDER BY rowid",
        "SELECT source_root || ' ' || target_root || ' ' || day || ' ' || quad_class || ' ' || "
        "events || ' ' || goldstein_sum FROM " +
            DedupDaysTable(mode) + " ORDER BY 1"}) {
    auto stmt = db->Prepare(sql).value();
    while (stmt->Step().value()) rows.push_back(stmt->Text(0));
  }
  return rows;
}

TEST(StoreTest, DedupCountsKeptAtIngestMatchARecount) {
  TempDb db;
  Fixture(db).reset();
  std::vector<std::string> story = DedupColumns(db.path(), "story");
  ASSERT_EQ(story.size(), 11u);
  EXPECT_EQ(story[0], "a1:0:057:VENGOV 1 3 2 2");  // a1 twice, its copy a1b once
  EXPECT_EQ(story[1], "a1:1:057:VENGOV 0 1 1 1");
  EXPECT_EQ(story[2], "a1b:0:057:VENGOV 0 1 1 1");
  EXPECT_EQ(story[3], "a2:0:057:VENGOV 1 1 1 1");  // another story
  EXPECT_EQ(story[7], "CHN VEN 2024-05-14 1 1 1.9");
  EXPECT_EQ(story[10], "VEN CHN 2024-05-14 1 2 16.0");  // a1's story and a2's
  std::vector<std::string> day = DedupColumns(db.path(), "day");
  ASSERT_EQ(day.size(), 11u);
  EXPECT_EQ(day[0], "a1:0:057:VENGOV 1 4 3 2");  // a1 twice, a1b, a2: Wire and Paper
  EXPECT_EQ(day[3], "a2:0:057:VENGOV 0 1 1 1");  // same day, code and dyad as a1's
  EXPECT_EQ(day[10], "VEN CHN 2024-05-14 1 1 8.0");
  // What a migration does to a database without the flags: every row its own group, then a
  // recount.
  {
    auto conn = sql::Connection::Open(db.path(), false).value();
    for (const char* mode : {"story", "day"}) {
      std::string reset = "UPDATE events SET ";
      for (const char* column : {"_first", "_mentions", "_articles", "_sources"}) {
        reset.append(mode).append(column).append(" = 1, ");
      }
      reset.resize(reset.size() - 2);
      ASSERT_TRUE(conn->Exec(reset).ok()) << reset;
    }
    Status st = conn->Exec(RegroupAllSql());
    ASSERT_TRUE(st.ok()) << st.message();
  }
  EXPECT_EQ(DedupColumns(db.path(), "story"), story);
  EXPECT_EQ(DedupColumns(db.path(), "day"), day);
}

// event_days, the rollup of every record, kept at ingest: the same rows as a rebuild.
TEST(StoreTest, EventDaysKeptAtIngestMatchARebuild) {
  TempDb db;
  Fixture(db).reset();
  auto rows = [&] {
    auto conn = sql::Connection::Open(db.path(), true).value();
    auto stmt = conn->Prepare(
                        "SELECT source_root || ' ' || target_root || ' ' || day || ' ' || "
                        "quad_class || ' ' || events || ' ' || goldstein_sum FROM "
                        "event_days ORDER BY 1")
                    .value();
    std::vector<std::string> out;
    while (stmt->Step().value()) out.push_back(stmt->Text(0));
    return out;
  };
  std::vector<std::string> at_ingest = rows();
  ASSERT_EQ(at_ingest.size(), 4u);
  EXPECT_EQ(at_ingest[3], "VEN CHN 2024-05-14 1 4 32.0");  // every record, no deduplication
  {
    auto conn = sql::Connection::Open(db.path(), false).value();
    ASSERT_TRUE(conn->Exec(DedupDaysSql("all")).ok());
  }
  EXPECT_EQ(rows(), at_ingest);
}

TEST(StoreTest, DyadOfOverlappingCodesCountsARecordOnce) {
  TempDb db;
  auto store = OpenOrDie(db.path());
  Document a = MakeArticle("a", "2024-05-14", Story(1));
  a.events.push_back(MakeEvent(a, 0, "VENGOV", "VENGOV", "010", 0.0, 1));
  ASSERT_TRUE(store->Ingest(a).ok());
  EventQuery q;
  q.dyad = "VENGOV-VEN";  // VENGOV to VENGOV matches both directions
  for (Dedup dedup : {Dedup::kNone, Dedup::kStory, Dedup::kDay}) {
    q.dedup = dedup;
    EXPECT_EQ(store->CountEvents(q).value(), 1);
    EXPECT_EQ(store->Events(q).value().size(), 1u);
    EXPECT_EQ(store->Series(q, Period::kYear).value().at(0).events, 1);
  }
  q.dyad = "ven-VEN";
  EXPECT_EQ(store->CountEvents(q).value(), 1);
}

TEST(StoreTest, FiltersSelectTheRightRecords) {
  TempDb db;
  auto store = Fixture(db);
  auto count = [&](EventQuery q) {
    q.dedup = Dedup::kNone;
    Result<int64_t> n = store->CountEvents(q);
    EXPECT_TRUE(n.ok()) << n.status().message();
    return n.ok() ? *n : -1;
  };
  EventQuery q;
  EXPECT_EQ(count(q), 7);
  q.dyad = "VEN-CHN";
  EXPECT_EQ(count(q), 6);  // both directions
  q = {};
  q.source = "IGO";
  EXPECT_EQ(count(q), 0);
  q = {};
  q.target = "IGO";  // no country: matched by the code's first block
  EXPECT_EQ(count(q), 1);
  q = {};
  q.source = "CHNMIL";
  EXPECT_EQ(count(q), 1);
  q = {};
  q.actor = "Nicolás Maduro";  // named only as a source in the fixture
  EXPECT_EQ(count(q), 4);
  q = {};
  q.code = "05";
  EXPECT_EQ(count(q), 4);
  q = {};
  q.root = "19";
  EXPECT_EQ(count(q), 1);
  q = {};
  q.quad = 3;
  EXPECT_EQ(count(q), 1);
  q = {};
  q.since = "2024-06";
  EXPECT_EQ(count(q), 1);
  q = {};
  q.until = "2024-05";
  EXPECT_EQ(count(q), 6);
  q = {};
  q.text = "OF A2";
  EXPECT_EQ(count(q), 3);
  q = {};
  q.text = "'; DROP TABLE events; --";
  EXPECT_EQ(count(q), 0);
  q = {};
  EXPECT_EQ(count(q), 7);  // still there
}

TEST(StoreTest, PaginationAndOrder) {
  TempDb db;
  auto store = Fixture(db);
  EventQuery q;
  q.dedup = Dedup::kNone;
  q.limit = 3;
  q.offset = 5;
  Result<std::vector<StoredEvent>> page = store->Events(q);
  ASSERT_TRUE(page.ok());
  ASSERT_EQ(page->size(), 2u);
  EXPECT_EQ(page->back().event.article_id, "a3");  // latest day last
}

TEST(StoreTest, BadQueriesNameTheField) {
  TempDb db;
  auto store = OpenOrDie(db.path());
  EventQuery q;
  q.since = "14/05/2024";
  Status st = store->Events(q).status();
  EXPECT_EQ(st.code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(st.message().rfind("since:", 0), 0u) << st.message();
  q = {};
  q.dyad = "VEN";
  EXPECT_EQ(store->CountEvents(q).status().message().rfind("dyad:", 0), 0u);
  q = {};
  q.source = "VEN' OR 1=1";
  EXPECT_EQ(store->CountEvents(q).status().message().rfind("source:", 0), 0u);
  EXPECT_FALSE(ParsePeriod("fortnight").ok());
  EXPECT_FALSE(ParseDedup("all").ok());
}

TEST(StoreTest, SeriesByMonthCountsGoldsteinAndQuads) {
  TempDb db;
  auto store = Fixture(db);
  EventQuery q;
  q.dyad = "VEN-CHN";
  Result<std::vector<SeriesPoint>> series = store->Series(q, Period::kMonth);
  ASSERT_TRUE(series.ok()) << series.status().message();
  ASSERT_EQ(series->size(), 2u);
  EXPECT_EQ((*series)[0].period, "2024-05");
  EXPECT_EQ((*series)[0].events, 3);  // story dedup: a1 story 057, a2 057, a2 042
  EXPECT_DOUBLE_EQ((*series)[0].goldstein_sum, 17.9);
  EXPECT_EQ((*series)[0].quad[0], 3);
  EXPECT_EQ((*series)[1].period, "2024-07");
  EXPECT_EQ((*series)[1].quad[3], 1);
  Result<std::vector<SeriesPoint>> weeks = store->Series(q, Period::kWeek);
  ASSERT_TRUE(weeks.ok());
  EXPECT_EQ((*weeks)[0].period, "2024-05-13");  // 2024-05-14 is a Tuesday
}

TEST(StoreTest, DyadsRankRootPairs) {
  TempDb db;
  auto store = Fixture(db);
  EventQuery q;
  q.dedup = Dedup::kNone;
  Result<std::vector<DyadCount>> dyads = store->Dyads(q);
  ASSERT_TRUE(dyads.ok()) << dyads.status().message();
  ASSERT_EQ(dyads->size(), 3u);
  EXPECT_EQ((*dyads)[0].source, "VEN");
  EXPECT_EQ((*dyads)[0].target, "CHN");
  EXPECT_EQ((*dyads)[0].events, 4);
  EXPECT_EQ((*dyads)[2].target, "IGO");
}

TEST(StoreTest, ActorsListTitlesAndDates) {
  TempDb db;
  auto store = Fixture(db);
  ActorQuery q;
  q.name = "maduro";
  Result<std::vector<ActorSummary>> actors = store->Actors(q);
  ASSERT_TRUE(actors.ok()) << actors.status().message();
  ASSERT_EQ(actors->size(), 1u);
  EXPECT_EQ((*actors)[0].articles, 4);
  EXPECT_EQ((*actors)[0].titles, std::vector<std::string>{"president"});
  EXPECT_EQ((*actors)[0].first_date, "2024-05-14");
  EXPECT_EQ((*actors)[0].last_date, "2024-07-02");
}

TEST(StoreTest, ReadOnlyStoreRefusesIngest) {
  TempDb db;
  OpenOrDie(db.path());
  StoreOptions options;
  options.read_only = true;
  auto store = OpenOrDie(db.path(), options);
  EXPECT_FALSE(store->Ingest(MakeArticle("a1", "2024-05-14", "text")).ok());
}

}  // namespace
}  // namespace dyad
