// The event store: annotated Documents in, deduplicated event records out, in one SQLite file.
// One writer at a time (Ingest); any number of readers, each with its own Store opened
// read-only. Every method of one Store is serialised by an internal mutex.
#ifndef DYAD_STORE_H_
#define DYAD_STORE_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/document.h"
#include "dyad/event.h"
#include "dyad/status.h"

namespace dyad {

struct StoreOptions {
  // Open an existing database for queries only; Ingest then fails.
  bool read_only = false;
  // MinHash similarity at or above which an article is a copy of an earlier story.
  double near_duplicate_threshold = 0.8;
};

// Which records count once. kStory (default): one per (story, code, source, target), where a
// story is an article with its near-duplicate copies. kDay: one per (day, source, target, code)
// across all articles, Phoenix's one-a-day. kNone: every record.
enum class Dedup { kNone, kStory, kDay };
Result<Dedup> ParseDedup(std::string_view name);  // "none", "story", "day"

enum class Period { kDay, kWeek, kMonth, kYear };
Result<Period> ParsePeriod(std::string_view name);  // "day", "week", "month", "year"

// Filters, all optional (empty / 0 = any), combined with AND. Actor filters ("VEN", "VENGOV",
// "IGO") match the country or a prefix of the full actor code. Dates compare with the event's
// day: its own date when day-precise, else the article date.
struct EventQuery {
  std::string source;
  std::string target;
  std::string dyad;   // "VEN-CHN": VEN to CHN or CHN to VEN
  std::string actor;  // a person or organisation as source or target (entity or mention text)
  std::string code;   // CAMEO code prefix ("05", "057")
  std::string root;   // CAMEO root ("05")
  int quad = 0;       // 1..4
  std::string since;  // YYYY, YYYY-MM or YYYY-MM-DD, inclusive
  std::string until;  // idem, inclusive ("2023" = through 2023-12-31)
  std::string place;  // location name or country
  std::string text;   // substring of the sentence
  Dedup dedup = Dedup::kStory;
  int64_t limit = 100;
  int64_t offset = 0;
};

// Checks every field: dates, quad, dyad syntax, limit/offset ranges. The message names the
// field ("since: expected YYYY, YYYY-MM or YYYY-MM-DD, got '14/05/2024'").
Status ValidateQuery(const EventQuery& query);

// An event with its article's metadata and, GDELT-style, how often it was reported: records
// folded into it by the dedup mode, distinct articles (near-duplicate copies included) and
// distinct news sources.
struct StoredEvent {
  Event event;
  std::string url;
  std::string news_source;
  std::string title;
  int64_t mentions = 1;
  int64_t articles = 1;
  int64_t sources = 1;
};

struct SeriesPoint {
  std::string period;  // "2024-05-14", "2024-05-13" (week's Monday), "2024-05", "2024"
  int64_t events = 0;
  double goldstein_sum = 0;
  double goldstein_mean = 0;
  int64_t quad[4] = {0, 0, 0, 0};  // counts for quad classes 1..4
};

// Interactions between two actor roots (countries, or IGO/NGO/... for actors without one).
struct DyadCount {
  std::string source;
  std::string target;
  int64_t events = 0;
  double goldstein_mean = 0;
};

struct ActorQuery {
  std::string name;     // substring of the name, case-insensitive (ASCII)
  std::string country;  // exact
  std::string type;     // PER or ORG
  int64_t limit = 100;
  int64_t offset = 0;
};

// A person or organisation across articles: the titles it was given and when.
struct ActorSummary {
  std::string name;
  std::string type;
  std::string code;
  std::string country;
  std::vector<std::string> titles;
  std::string first_date, last_date;
  int64_t articles = 0;
};

struct IngestOutcome {
  bool skipped = false;  // the same id or the same text was already stored
  std::string reason;    // why skipped: "same id" or "same content as <id>"
  std::string copy_of;   // id of the story's first article when a near duplicate, else ""
  int64_t events = 0;    // records written
};

struct StoreStats {
  int64_t articles = 0;
  int64_t stories = 0;  // articles that are not near duplicates of an earlier one
  int64_t events = 0;
  int64_t actors = 0;
};

class Store {
 public:
  // Opens or creates the database and brings its schema to the current version (migrations
  // are versioned; a database from a newer dyad is refused). WAL mode.
  static Result<std::unique_ptr<Store>> Open(const std::string& path,
                                             const StoreOptions& options = {});
  ~Store();

  // Writes one annotated article (text, sentences, mentions, actors, events) in one
  // transaction. An article whose id or exact text is already stored changes nothing and
  // comes back skipped. A failure rolls the article back entirely.
  Result<IngestOutcome> Ingest(const Document& doc);
  // True when an article with this id is stored (lets a resumed ingest skip the pipeline).
  Result<bool> HasArticle(const std::string& id);

  // Events matching `query`, ordered by day then ingest order, deduplicated per query.dedup.
  Result<std::vector<StoredEvent>> Events(const EventQuery& query);
  // How many results Events would give without limit/offset.
  Result<int64_t> CountEvents(const EventQuery& query);
  // Deduplicated matches aggregated by period (limit/offset ignored), oldest first.
  Result<std::vector<SeriesPoint>> Series(const EventQuery& query, Period period);
  // The `query.limit` most frequent directed root pairs among the deduplicated matches (events
  // with an actor missing on either side are left out), most frequent first.
  Result<std::vector<DyadCount>> Dyads(const EventQuery& query);
  Result<std::vector<ActorSummary>> Actors(const ActorQuery& query);
  // The article rebuilt: metadata, text, sentence spans, mentions, actors and events.
  // NotFound for an unknown id.
  Result<Document> Article(const std::string& id);
  // Article ids in ingest order, for export.
  Result<std::vector<std::string>> ArticleIds(int64_t limit, int64_t offset);
  Result<StoreStats> Stats();
  int schema_version() const;

 private:
  struct Impl;
  explicit Store(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace dyad

#endif  // DYAD_STORE_H_
