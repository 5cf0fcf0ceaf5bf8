// Opening the store, writing articles, reading them back.
#include "dyad/store.h"

#include <xxhash.h>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <set>

#include "store/minhash.h"
#include "store/schema.h"
#include "store/store_impl.h"

namespace dyad {

const char* const kEventColumns =
    "e.event_id, a.id, e.article_date, e.sentence, e.sentence_text, e.sentence_begin, "
    "e.source_mention, e.source_code, e.source_country, e.source_sectors, e.source_text, "
    "e.source_entity, e.source_begin, e.source_end, "
    "e.target_mention, e.target_code, e.target_country, e.target_sectors, e.target_text, "
    "e.target_entity, e.target_begin, e.target_end, "
    "e.cameo, e.root, e.quad_class, e.goldstein, e.plover_event, e.plover_mode, "
    "e.trigger_text, e.trigger_begin, e.trigger_end, e.negated, e.modality, e.date, "
    "e.date_precision, e.location_name, e.location_country, e.lat, e.lon, e.confidence";

namespace {

constexpr int kActorColumns = 8;

EventActor ReadActor(const sql::Statement& row, int first) {
  EventActor a;
  a.mention = static_cast<int>(row.Int(first));
  a.code = row.Text(first + 1);
  a.country = row.Text(first + 2);
  a.sectors = SplitList(row.Text(first + 3));
  a.text = row.Text(first + 4);
  a.entity = row.Text(first + 5);
  a.begin = static_cast<uint32_t>(row.Int(first + 6));
  a.end = static_cast<uint32_t>(row.Int(first + 7));
  return a;
}

std::string ContentHash(const std::string& text) {
  XXH128_hash_t h = XXH3_128bits(text.data(), text.size());
  char buf[33];
  std::snprintf(buf, sizeof buf, "%016llx%016llx", static_cast<unsigned long long>(h.high64),
                static_cast<unsigned long long>(h.low64));
  return buf;
}

std::string SignatureBlob(const std::vector<uint64_t>& signature) {
  std::string blob(signature.size() * sizeof(uint64_t), '\0');
  std::memcpy(blob.data(), signature.data(), blob.size());
  return blob;
}

std::vector<uint64_t> BlobSignature(const std::string& blob) {
  std::vector<uint64_t> signature(blob.size() / sizeof(uint64_t));
  std::memcpy(signature.data(), blob.data(), signature.size() * sizeof(uint64_t));
  return signature;
}

// The day an event counts on (see the events.day column).
std::string EventDay(const Event& e) { return e.date.size() == 10 ? e.date : e.article_date; }

int64_t I(int64_t v) { return v; }

// The country, or the code's first block for actors without one (see events.source_root).
std::string ActorRoot(const EventActor& a) {
  if (!a.country.empty()) return a.country;
  return a.code.substr(0, std::min<size_t>(3, a.code.size()));
}

std::vector<sql::Value> ActorValues(const EventActor& a) {
  return {I(a.mention), ActorRoot(a), a.code,     a.country, JoinList(a.sectors),
          a.text,       a.entity,     I(a.begin), I(a.end)};
}

// Which earlier story `signature` copies, or 0. Candidates share an LSH band; the most
// similar one at or above the threshold wins.
Result<int64_t> FindStory(sql::Connection& db, const std::vector<uint64_t>& signature,
                          const std::vector<uint64_t>& bands, double threshold) {
  std::set<int64_t> candidates;
  for (int band_idx = 0; band_idx < static_cast<int>(bands.size()); ++band_idx) {
    ASSIGN_OR_RETURN(auto stmt,
                     db.Prepare("SELECT article FROM article_bands WHERE band = ? AND hash = ?"));
    RETURN_IF_ERROR(stmt->Bind({I(band_idx), static_cast<int64_t>(bands[band_idx])}));
    while (true) {
      ASSIGN_OR_RETURN(bool row, stmt->Step());
      if (!row) break;
      candidates.insert(stmt->Int(0));
    }
  }
  int64_t best_story = 0;
  double best = threshold;
  for (int64_t candidate : candidates) {
    ASSIGN_OR_RETURN(auto stmt, db.Prepare("SELECT minhash, story FROM articles WHERE rowid = ?"));
    RETURN_IF_ERROR(stmt->Bind({candidate}));
    ASSIGN_OR_RETURN(bool row, stmt->Step());
    if (!row) continue;
    double similarity = MinHashSimilarity(signature, BlobSignature(stmt->BlobValue(0)));
    if (similarity >= best) {
      best = similarity;
      best_story = stmt->Int(1);
    }
  }
  return best_story;
}

}  // namespace

std::string JoinList(const std::vector<std::string>& parts) {
  std::string out;
  for (const std::string& part : parts) {
    if (!out.empty()) out += ';';
    out += part;
  }
  return out;
}

std::vector<std::string> SplitList(const std::string& joined) {
  std::vector<std::string> parts;
  size_t start = 0;
  while (start < joined.size()) {
    size_t end = joined.find(';', start);
    if (end == std::string::npos) end = joined.size();
    parts.push_back(joined.substr(start, end - start));
    start = end + 1;
  }
  return parts;
}

Event ReadEventRow(const sql::Statement& row, int first) {
  Event e;
  int col = first;
  e.event_id = row.Text(col++);
  e.article_id = row.Text(col++);
  e.article_date = row.Text(col++);
  e.sentence = static_cast<int>(row.Int(col++));
  e.sentence_text = row.Text(col++);
  e.sentence_begin = static_cast<uint32_t>(row.Int(col++));
  e.source = ReadActor(row, col);
  col += kActorColumns;
  e.target = ReadActor(row, col);
  col += kActorColumns;
  e.cameo = row.Text(col++);
  e.root = row.Text(col++);
  e.quad_class = static_cast<int>(row.Int(col++));
  e.goldstein = row.Double(col++);
  e.plover_event = row.Text(col++);
  e.plover_mode = row.Text(col++);
  e.trigger_text = row.Text(col++);
  e.trigger_begin = static_cast<uint32_t>(row.Int(col++));
  e.trigger_end = static_cast<uint32_t>(row.Int(col++));
  e.negated = row.Int(col++) != 0;
  e.modality = row.Text(col++);
  e.date = row.Text(col++);
  e.date_precision = row.Text(col++);
  e.location.name = row.Text(col++);
  e.location.country = row.Text(col++);
  e.location.has_coordinates = !row.IsNull(col);
  e.location.lat = row.Double(col++);
  e.location.lon = row.Double(col++);
  e.confidence = row.Double(col++);
  return e;
}

Store::Store(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Store::~Store() = default;

Result<std::unique_ptr<Store>> Store::Open(const std::string& path, const StoreOptions& options) {
  auto impl = std::make_unique<Impl>();
  impl->options = options;
  ASSIGN_OR_RETURN(impl->db, sql::Connection::Open(path, options.read_only));
  sql::Connection& db = *impl->db;
  if (!options.read_only) {
    // WAL: readers never block the writer; NORMAL sync keeps every committed article across a
    // killed process (only a power cut may lose the last ones, never half of one).
    RETURN_IF_ERROR(db.Exec("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;"));
  }
  // 64 MiB of page cache (the default is 2 MiB): a dyad/time-range query touches rows spread
  // over the whole file, and every page missed is a system call.
  RETURN_IF_ERROR(db.Exec("PRAGMA foreign_keys = ON; PRAGMA cache_size = -65536;"));
  ASSIGN_OR_RETURN(impl->schema_version, MigrateSchema(db, options.read_only));
  return std::unique_ptr<Store>(new Store(std::move(impl)));
}

int Store::schema_version() const { return impl_->schema_version; }

Result<bool> Store::HasArticle(const std::string& id) {
  std::lock_guard<std::mutex> lock(impl_->mu);
  ASSIGN_OR_RETURN(auto stmt, impl_->db->Prepare("SELECT 1 FROM articles WHERE id = ?"));
  RETURN_IF_ERROR(stmt->Bind({id}));
  return stmt->Step();
}

namespace {

// The SQL ingest runs per event for a dedup mode ("story", "day"; "all" has only a rollup),
// built once rather than for every event.
struct ModeSql {
  std::string first, same_article, same_source, update, add_day;

  explicit ModeSql(const std::string& mode) {
    const std::string key =
        "e." + mode + " = ? AND e.cameo = ? AND e.source_code = ? AND e.target_code = ?";
    first = "SELECT rowid FROM events e WHERE " + key + " AND e." + mode + "_first = 1";
    same_article = "SELECT 1 FROM events e WHERE " + key + " AND e.article = ?";
    same_source = "SELECT 1 FROM events e JOIN articles a ON a.rowid = e.article WHERE " + key +
                  " AND a.source = ?";
    update = "UPDATE events SET " + mode + "_mentions = " + mode + "_mentions + 1, " + mode +
             "_articles = " + mode + "_articles + ?, " + mode + "_sources = " + mode +
             "_sources + ? WHERE rowid = ?";
    add_day = "INSERT INTO " + DedupDaysTable(mode) +
              " VALUES (?, ?, ?, ?, 1, ?) ON CONFLICT DO UPDATE SET events = events + 1, "
              "goldstein_sum = goldstein_sum + excluded.goldstein_sum";
  }
};

const ModeSql& SqlFor(const std::string& mode) {
  static const ModeSql story("story"), day("day"), all("all");
  return mode == "story" ? story : mode == "day" ? day : all;
}

// Deduplication at ingest, for `mode` "story" (key: the story) or "day" (key: the event's
// day): true when `e` starts a new (key, cameo, source, target) group; otherwise the group's
// first record gets this record's mention, plus an article and a source when they are new to
// the group. Runs before `e` is inserted, so the article's own earlier records already count.
Result<bool> CountInGroup(sql::Connection& db, const std::string& mode, const sql::Value& group,
                          int64_t article, const std::string& news_source, const Event& e) {
  const ModeSql& text = SqlFor(mode);
  const std::vector<sql::Value> key_values = {group, e.cameo, e.source.code, e.target.code};
  ASSIGN_OR_RETURN(auto first, db.Prepare(text.first));
  RETURN_IF_ERROR(first->Bind(key_values));
  ASSIGN_OR_RETURN(bool found, first->Step());
  if (!found) return true;
  const int64_t rep = first->Int(0);
  first.reset();  // no open read on events while it is updated below
  ASSIGN_OR_RETURN(auto same_article, db.Prepare(text.same_article));
  std::vector<sql::Value> values = key_values;
  values.push_back(article);
  RETURN_IF_ERROR(same_article->Bind(values));
  ASSIGN_OR_RETURN(bool article_seen, same_article->Step());
  same_article.reset();
  ASSIGN_OR_RETURN(auto same_source, db.Prepare(text.same_source));
  values.back() = news_source;
  RETURN_IF_ERROR(same_source->Bind(values));
  ASSIGN_OR_RETURN(bool source_seen, same_source->Step());
  same_source.reset();
  ASSIGN_OR_RETURN(auto update, db.Prepare(text.update));
  RETURN_IF_ERROR(update->Bind({I(!article_seen), I(!source_seen), rep}));
  RETURN_IF_ERROR(update->Run());
  return false;
}

// Adds a record to a mode's rollup (event_days for "all", story_days, day_dedup_days).
Status AddToDays(sql::Connection& db, const std::string& mode, const Event& e) {
  ASSIGN_OR_RETURN(auto day, db.Prepare(SqlFor(mode).add_day));
  RETURN_IF_ERROR(day->Bind(
      {ActorRoot(e.source), ActorRoot(e.target), EventDay(e), I(e.quad_class), e.goldstein}));
  return day->Run();
}

// Everything of one article after its row; runs inside the caller's transaction.
Status InsertLayers(sql::Connection& db, int64_t article, int64_t story, const Document& doc,
                    const std::vector<uint64_t>& bands) {
  for (int band_idx = 0; band_idx < static_cast<int>(bands.size()); ++band_idx) {
    ASSIGN_OR_RETURN(auto stmt, db.Prepare("INSERT OR IGNORE INTO article_bands VALUES (?, ?, ?)"));
    RETURN_IF_ERROR(stmt->Bind({I(band_idx), static_cast<int64_t>(bands[band_idx]), article}));
    RETURN_IF_ERROR(stmt->Run());
  }
  for (size_t idx = 0; idx < doc.sentences.size(); ++idx) {
    const Sentence& s = doc.sentences[idx];
    ASSIGN_OR_RETURN(auto stmt, db.Prepare("INSERT INTO sentences VALUES (?, ?, ?, ?)"));
    RETURN_IF_ERROR(stmt->Bind({article, I(idx), I(s.span.begin), I(s.span.end)}));
    RETURN_IF_ERROR(stmt->Run());
  }
  for (size_t idx = 0; idx < doc.actors.size(); ++idx) {
    const Actor& a = doc.actors[idx];
    ASSIGN_OR_RETURN(auto stmt, db.Prepare("INSERT INTO actors VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    RETURN_IF_ERROR(stmt->Bind({article, I(idx), a.name, a.type, a.code, a.country,
                                JoinList(a.sectors), JoinList(a.titles)}));
    RETURN_IF_ERROR(stmt->Run());
  }
  for (size_t idx = 0; idx < doc.mentions.size(); ++idx) {
    const ActorMention& m = doc.mentions[idx];
    ASSIGN_OR_RETURN(auto stmt, db.Prepare("INSERT INTO mentions VALUES "
                                           "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    RETURN_IF_ERROR(
        stmt->Bind({article, I(idx), I(m.sentence), I(m.span.begin), I(m.span.end), m.text, m.code,
                    m.country, JoinList(m.sectors), m.type, m.title, I(m.actor), I(m.plural)}));
    RETURN_IF_ERROR(stmt->Run());
  }
  std::string placeholders = "NULL";
  for (int col = 0; col < 52; ++col) placeholders += ", ?";
  for (const Event& e : doc.events) {
    ASSIGN_OR_RETURN(bool story_first, CountInGroup(db, "story", story, article, doc.source, e));
    ASSIGN_OR_RETURN(bool day_first, CountInGroup(db, "day", EventDay(e), article, doc.source, e));
    ASSIGN_OR_RETURN(auto stmt, db.Prepare("INSERT INTO events VALUES (" + placeholders + ")"));
    std::vector<sql::Value> values = {e.event_id,       article,       story,
                                      I(e.sentence),    EventDay(e),   e.date,
                                      e.date_precision, e.article_date};
    for (const EventActor* actor : {&e.source, &e.target}) {
      std::vector<sql::Value> fields = ActorValues(*actor);
      values.insert(values.end(), fields.begin(), fields.end());
    }
    sql::Value lat, lon;
    if (e.location.has_coordinates) {
      lat = e.location.lat;
      lon = e.location.lon;
    }
    std::vector<sql::Value> rest = {e.cameo,
                                    e.root,
                                    I(e.quad_class),
                                    e.goldstein,
                                    e.plover_event,
                                    e.plover_mode,
                                    e.trigger_text,
                                    I(e.trigger_begin),
                                    I(e.trigger_end),
                                    I(e.negated),
                                    e.modality,
                                    e.location.name,
                                    e.location.country,
                                    lat,
                                    lon,
                                    I(e.sentence_begin),
                                    e.sentence_text,
                                    e.confidence,
                                    I(story_first),
                                    I(1),
                                    I(1),
                                    I(1),
                                    I(day_first),
                                    I(1),
                                    I(1),
                                    I(1)};
    values.insert(values.end(), rest.begin(), rest.end());
    RETURN_IF_ERROR(stmt->Bind(values));
    RETURN_IF_ERROR(stmt->Run());
    RETURN_IF_ERROR(AddToDays(db, "all", e));
    if (story_first) RETURN_IF_ERROR(AddToDays(db, "story", e));
    if (day_first) RETURN_IF_ERROR(AddToDays(db, "day", e));
  }
  return Status::Ok();
}

// Looks for an earlier copy by id or exact content; "" when the article is new.
Result<std::string> SkipReason(sql::Connection& db, const Document& doc, const std::string& hash) {
  ASSIGN_OR_RETURN(auto by_id, db.Prepare("SELECT 1 FROM articles WHERE id = ?"));
  RETURN_IF_ERROR(by_id->Bind({doc.id}));
  ASSIGN_OR_RETURN(bool row, by_id->Step());
  if (row) return std::string("same id");
  ASSIGN_OR_RETURN(auto by_hash, db.Prepare("SELECT id FROM articles WHERE content_hash = ?"));
  RETURN_IF_ERROR(by_hash->Bind({hash}));
  ASSIGN_OR_RETURN(row, by_hash->Step());
  if (row) return "same content as " + by_hash->Text(0);
  return std::string();
}

Result<IngestOutcome> IngestLocked(sql::Connection& db, const Document& doc, double threshold,
                                   const std::string& hash, const std::vector<uint64_t>& signature,
                                   const std::vector<uint64_t>& bands) {
  IngestOutcome outcome;
  ASSIGN_OR_RETURN(outcome.reason, SkipReason(db, doc, hash));
  if (!outcome.reason.empty()) {
    outcome.skipped = true;
    return outcome;
  }
  ASSIGN_OR_RETURN(int64_t story, FindStory(db, signature, bands, threshold));
  ASSIGN_OR_RETURN(auto insert, db.Prepare("INSERT INTO articles (id, date, source, url, title, "
                                           "content_hash, story, minhash, text) "
                                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
  RETURN_IF_ERROR(insert->Bind({doc.id, doc.date, doc.source, doc.url, doc.title, hash, story,
                                sql::Blob{SignatureBlob(signature)}, doc.text}));
  RETURN_IF_ERROR(insert->Run());
  int64_t article = db.LastInsertId();
  if (story == 0) {
    story = article;
    ASSIGN_OR_RETURN(auto update, db.Prepare("UPDATE articles SET story = rowid WHERE rowid = ?"));
    RETURN_IF_ERROR(update->Bind({article}));
    RETURN_IF_ERROR(update->Run());
  } else {
    ASSIGN_OR_RETURN(auto first, db.Prepare("SELECT id FROM articles WHERE rowid = ?"));
    RETURN_IF_ERROR(first->Bind({story}));
    ASSIGN_OR_RETURN(bool row, first->Step());
    if (row) outcome.copy_of = first->Text(0);
  }
  RETURN_IF_ERROR(InsertLayers(db, article, story, doc, bands));
  outcome.events = static_cast<int64_t>(doc.events.size());
  return outcome;
}

}  // namespace

Result<IngestOutcome> Store::Ingest(const Document& doc) {
  if (impl_->options.read_only) {
    return Status::InvalidArgument(impl_->db->path() + ": opened read-only");
  }
  if (doc.id.empty()) {
    return Status::InvalidArgument((doc.origin.empty() ? "article" : doc.origin) +
                                   ": no article id");
  }
  // Hashing happens outside the lock and the transaction: the writer holds SQLite's lock only
  // for the inserts.
  std::string hash = ContentHash(doc.text);
  std::vector<uint64_t> signature = MinHashSignature(doc.text);
  std::vector<uint64_t> bands = MinHashBands(signature);
  std::lock_guard<std::mutex> lock(impl_->mu);
  sql::Connection& db = *impl_->db;
  RETURN_IF_ERROR(db.Exec("BEGIN IMMEDIATE"));
  Result<IngestOutcome> outcome =
      IngestLocked(db, doc, impl_->options.near_duplicate_threshold, hash, signature, bands);
  if (!outcome.ok() || outcome->skipped) {
    (void)db.Exec("ROLLBACK");
    if (!outcome.ok()) {
      return Status::IOError(doc.id + ": not stored: " + outcome.status().message());
    }
    return outcome;
  }
  RETURN_IF_ERROR(db.Exec("COMMIT"));
  return outcome;
}

Result<Document> Store::Article(const std::string& id) {
  std::lock_guard<std::mutex> lock(impl_->mu);
  sql::Connection& db = *impl_->db;
  ASSIGN_OR_RETURN(auto art, db.Prepare("SELECT rowid, id, date, source, url, title, text "
                                        "FROM articles WHERE id = ?"));
  RETURN_IF_ERROR(art->Bind({id}));
  ASSIGN_OR_RETURN(bool found, art->Step());
  if (!found) return Status::NotFound("article '" + id + "' is not in the store");
  Document doc;
  int64_t rowid = art->Int(0);
  doc.id = art->Text(1);
  doc.date = art->Text(2);
  doc.source = art->Text(3);
  doc.url = art->Text(4);
  doc.title = art->Text(5);
  doc.text = art->Text(6);
  ASSIGN_OR_RETURN(auto sents, db.Prepare("SELECT begin, end FROM sentences WHERE article = ? "
                                          "ORDER BY idx"));
  RETURN_IF_ERROR(sents->Bind({rowid}));
  while (true) {
    ASSIGN_OR_RETURN(bool row, sents->Step());
    if (!row) break;
    Sentence s;
    s.span = {static_cast<uint32_t>(sents->Int(0)), static_cast<uint32_t>(sents->Int(1))};
    doc.sentences.push_back(std::move(s));
  }
  ASSIGN_OR_RETURN(auto mentions, db.Prepare("SELECT sentence, begin, end, text, code, country, "
                                             "sectors, type, title, actor, plural FROM mentions "
                                             "WHERE article = ? ORDER BY idx"));
  RETURN_IF_ERROR(mentions->Bind({rowid}));
  while (true) {
    ASSIGN_OR_RETURN(bool row, mentions->Step());
    if (!row) break;
    ActorMention m;
    m.sentence = static_cast<int>(mentions->Int(0));
    m.span = {static_cast<uint32_t>(mentions->Int(1)), static_cast<uint32_t>(mentions->Int(2))};
    m.text = mentions->Text(3);
    m.code = mentions->Text(4);
    m.country = mentions->Text(5);
    m.sectors = SplitList(mentions->Text(6));
    m.type = mentions->Text(7);
    m.title = mentions->Text(8);
    m.actor = static_cast<int>(mentions->Int(9));
    m.plural = mentions->Int(10) != 0;
    doc.mentions.push_back(std::move(m));
  }
  ASSIGN_OR_RETURN(auto actors, db.Prepare("SELECT name, type, code, country, sectors, titles "
                                           "FROM actors WHERE article = ? ORDER BY idx"));
  RETURN_IF_ERROR(actors->Bind({rowid}));
  while (true) {
    ASSIGN_OR_RETURN(bool row, actors->Step());
    if (!row) break;
    dyad::Actor a;
    a.name = actors->Text(0);
    a.type = actors->Text(1);
    a.code = actors->Text(2);
    a.country = actors->Text(3);
    a.sectors = SplitList(actors->Text(4));
    a.titles = SplitList(actors->Text(5));
    doc.actors.push_back(std::move(a));
  }
  for (size_t mention_idx = 0; mention_idx < doc.mentions.size(); ++mention_idx) {
    int actor = doc.mentions[mention_idx].actor;
    if (actor >= 0 && actor < static_cast<int>(doc.actors.size())) {
      doc.actors[actor].mentions.push_back(static_cast<int>(mention_idx));
    }
  }
  ASSIGN_OR_RETURN(auto events, db.Prepare(std::string("SELECT ") + kEventColumns +
                                           " FROM events e JOIN articles a ON a.rowid = e.article "
                                           "WHERE e.article = ? ORDER BY e.rowid"));
  RETURN_IF_ERROR(events->Bind({rowid}));
  while (true) {
    ASSIGN_OR_RETURN(bool row, events->Step());
    if (!row) break;
    doc.events.push_back(ReadEventRow(*events, 0));
  }
  return doc;
}

Result<std::vector<std::string>> Store::ArticleIds(int64_t limit, int64_t offset) {
  std::lock_guard<std::mutex> lock(impl_->mu);
  ASSIGN_OR_RETURN(auto stmt, impl_->db->Prepare("SELECT id FROM articles ORDER BY rowid "
                                                 "LIMIT ? OFFSET ?"));
  RETURN_IF_ERROR(stmt->Bind({limit, offset}));
  std::vector<std::string> ids;
  while (true) {
    ASSIGN_OR_RETURN(bool row, stmt->Step());
    if (!row) return ids;
    ids.push_back(stmt->Text(0));
  }
}

Result<StoreStats> Store::Stats() {
  std::lock_guard<std::mutex> lock(impl_->mu);
  ASSIGN_OR_RETURN(auto stmt,
                   impl_->db->Prepare("SELECT (SELECT count(*) FROM articles), "
                                      "(SELECT count(*) FROM articles WHERE story = rowid), "
                                      "(SELECT count(*) FROM events), "
                                      "(SELECT count(*) FROM actors)"));
  ASSIGN_OR_RETURN(bool row, stmt->Step());
  StoreStats stats;
  if (row) {
    stats.articles = stmt->Int(0);
    stats.stories = stmt->Int(1);
    stats.events = stmt->Int(2);
    stats.actors = stmt->Int(3);
  }
  return stats;
}

}  // namespace dyad
