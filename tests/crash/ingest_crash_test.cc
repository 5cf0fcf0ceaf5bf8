// kill -9 during `dyad ingest`, again and again: the database must stay intact, every article
// in it must be whole (the same rows an uninterrupted ingest writes for it), and a final rerun
// must complete the folder with no article stored twice. Runs the real binary on the committed
// models over a folder of small articles the test writes. Label: crash.
#include <gtest/gtest.h>

#include <cstdlib>
#include <iostream>
#include <map>
#include <random>
#include <tuple>

#include "common/subprocess.h"
#include "store/sqlite.h"

namespace dyad {
namespace {

using testing::ReadText;
using testing::Subprocess;
using testing::TempDir;

constexpr int kArticles = 800;

const char* const kCountries[] = {"Kenya",  "Ghana", "Peru",   "Chile",  "Norway", "Japan",
                                  "Brazil", "India", "Turkey", "Poland", "Egypt",  "Canada"};
const char* const kVerbs[] = {
    "met",        "criticised", "thanked",    "accused",         "visited",
    "sanctioned", "praised",    "threatened", "negotiated with", "signed an agreement with"};

// A few sentences about two countries; the article number makes every text different.
std::string ArticleText(int article_idx, std::mt19937& rng) {
  auto pick = [&](const auto& list) {
    return list[std::uniform_int_distribution<size_t>(0, std::size(list) - 1)(rng)];
  };
  char date[16];
  std::snprintf(date, sizeof date, "2023-%02d-%02d", 1 + article_idx % 12, 1 + article_idx % 28);
  std::string text = std::string("date ") + date + "\n";
  int sentences = 2 + article_idx % 5;
  for (int sentence_idx = 0; sentence_idx < sentences; ++sentence_idx) {
    text += std::string("The president of ") + pick(kCountries) + " " + pick(kVerbs) +
            " the foreign minister of " + pick(kCountries) + " on day " +
            std::to_string(article_idx * 10 + sentence_idx) + ". ";
  }
  return text + "\n";
}

// Rows per article id: sentences, mentions, actors, events, LSH bands.
using Shape = std::tuple<int64_t, int64_t, int64_t, int64_t, int64_t>;

struct DbState {
  std::string integrity;
  int64_t article_rows = 0;
  std::map<std::string, Shape> articles;
};

bool NextRow(sql::Statement& stmt) {
  Result<bool> row = stmt.Step();
  EXPECT_TRUE(row.ok()) << row.status().message();
  return row.ok() && *row;
}

DbState Inspect(const std::string& path) {
  DbState state;
  auto db = sql::Connection::Open(path, false);
  EXPECT_TRUE(db.ok()) << db.status().message();
  if (!db.ok()) return state;
  auto check = (*db)->Prepare("PRAGMA integrity_check");
  EXPECT_TRUE(check.ok());
  while (check.ok() && NextRow(**check)) state.integrity += (*check)->Text(0);
  // Killed before the schema was committed: an empty database, nothing to compare.
  auto tables = (*db)->Prepare("SELECT count(*) FROM sqlite_master WHERE name = 'articles'");
  if (!tables.ok() || !NextRow(**tables) || (*tables)->Int(0) == 0) return state;
  auto rows = (*db)->Prepare(
      "SELECT a.id, (SELECT count(*) FROM sentences WHERE article = a.rowid), "
      "(SELECT count(*) FROM mentions WHERE article = a.rowid), "
      "(SELECT count(*) FROM actors WHERE article = a.rowid), "
      "(SELECT count(*) FROM events WHERE article = a.rowid), "
      "(SELECT count(*) FROM article_bands WHERE article = a.rowid) FROM articles a");
  EXPECT_TRUE(rows.ok()) << rows.status().message();
  while (rows.ok() && NextRow(**rows)) {
    const sql::Statement& r = **rows;
    state.articles[r.Text(0)] = {r.Int(1), r.Int(2), r.Int(3), r.Int(4), r.Int(5)};
    ++state.article_rows;
  }
  return state;
}

// Articles committed so far, or -1 before the ingest has put the database in WAL mode (a
// reader opening it earlier could stall the switch).
int64_t StoredArticles(const std::string& db) {
  if (!std::filesystem::exists(db + "-wal")) return -1;
  auto conn = sql::Connection::Open(db, true);
  if (!conn.ok()) return -1;
  auto count = (*conn)->Prepare("SELECT count(*) FROM articles");
  if (!count.ok()) return -1;
  Result<bool> row = (*count)->Step();
  return row.ok() && *row ? (*count)->Int(0) : -1;
}

// Waits until the running ingest has stored more than `before` articles (or has ended).
int64_t WaitForProgress(Subprocess& ingest, const std::string& db, int64_t before) {
  int64_t stored = -1;
  for (int poll = 0; poll < 3000 && ingest.Running(); ++poll) {
    stored = StoredArticles(db);
    if (stored > before) break;
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  return std::max<int64_t>(stored, before);
}

std::vector<std::string> IngestCommand(const std::string& db, const std::string& folder) {
  return {DYAD_CLI, "ingest", "--db", db, "--models", DYAD_MODELS, "--threads", "2", folder};
}

TEST(IngestCrash, KillNineLeavesWholeArticlesAndRerunCompletes) {
  TempDir dir("dyad-crash");
  const std::string folder = dir / "articles";
  std::filesystem::create_directories(folder);
  std::mt19937 text_rng(7);
  for (int article_idx = 0; article_idx < kArticles; ++article_idx) {
    std::ofstream(folder + "/" + std::to_string(1000 + article_idx) + ".txt")
        << ArticleText(article_idx, text_rng);
  }
  const std::string log = dir / "ingest.log";

  // The reference: what an uninterrupted ingest stores for each article.
  const std::string reference_db = dir / "reference.db";
  // Its pace once the models are loaded tells how long a run has left at a given count.
  double storing_seconds = 0;
  {
    Subprocess ingest(IngestCommand(reference_db, folder), log);
    WaitForProgress(ingest, reference_db, 0);
    auto first_commit = std::chrono::steady_clock::now();
    ASSERT_EQ(ingest.Wait(), 0) << ReadText(log);
    storing_seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - first_commit).count();
  }
  std::cout << "uninterrupted ingest: " << storing_seconds << " s after the first commit\n";
  DbState reference = Inspect(reference_db);
  ASSERT_EQ(reference.integrity, "ok");
  ASSERT_EQ(reference.articles.size(), static_cast<size_t>(kArticles));

  const char* seed_env = std::getenv("DYAD_CRASH_SEED");
  const unsigned seed = seed_env ? static_cast<unsigned>(std::atoi(seed_env)) : 20240514u;
  std::mt19937 rng(seed);
  SCOPED_TRACE("DYAD_CRASH_SEED=" + std::to_string(seed));
  const std::string db = dir / "crashed.db";
  int kills = 0;
  size_t stored_before = 0;
  for (int attempt = 0; attempt < 6; ++attempt) {
    Subprocess ingest(IngestCommand(db, folder), log);
    ASSERT_GT(ingest.pid(), 0);
    // Once this run has committed something, kill it at a random point of what is left.
    int64_t stored = WaitForProgress(ingest, db, static_cast<int64_t>(stored_before));
    double remaining = (kArticles - stored) * storing_seconds / kArticles;
    double delay = std::uniform_real_distribution<double>(0, 0.7)(rng) * remaining;
    std::this_thread::sleep_for(std::chrono::duration<double>(delay));
    if (!ingest.Running()) break;  // finished before the kill
    ingest.Signal(SIGKILL);
    ASSERT_EQ(ingest.Wait(), 128 + SIGKILL);
    ++kills;
    DbState state = Inspect(db);
    EXPECT_EQ(state.integrity, "ok") << "after kill " << kills;
    EXPECT_EQ(state.article_rows, static_cast<int64_t>(state.articles.size()))
        << "an article stored twice";
    for (const auto& [id, shape] : state.articles) {
      ASSERT_TRUE(reference.articles.count(id)) << id;
      EXPECT_EQ(shape, reference.articles.at(id)) << id << " is not whole after kill " << kills;
    }
    std::cout << "kill " << kills << " after " << delay << " s: " << state.articles.size() << " of "
              << kArticles << " articles stored\n";
    EXPECT_GE(state.articles.size(), stored_before) << "committed articles were lost";
    stored_before = state.articles.size();
  }
  EXPECT_GE(kills, 3) << "the ingest finished too fast to be killed mid-way";

  Subprocess rerun(IngestCommand(db, folder), log);
  ASSERT_EQ(rerun.Wait(), 0) << ReadText(log);
  DbState final_state = Inspect(db);
  EXPECT_EQ(final_state.integrity, "ok");
  EXPECT_EQ(final_state.article_rows, kArticles);
  EXPECT_EQ(final_state.articles, reference.articles);
}

}  // namespace
}  // namespace dyad
