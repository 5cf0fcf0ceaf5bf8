#include "store/schema.h"

#include <string>
#include <vector>

namespace dyad {
namespace {

// Migration 1: articles with their near-duplicate story, sentences, mentions, actors, events.
// `story` is the rowid of the first article of a near-duplicate cluster (itself for an
// original). `source_root`/`target_root` are the actor's country, or the first block of its code
// when it has none (IGO, NGO, IMG): what a three-letter filter matches. `day` is the event's own
// date when day-precise, else the article date: the key for date filters and series.
const char* kMigration1 = R"sql(
CREATE TABLE articles (
  rowid INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  date TEXT NOT NULL,
  source TEXT NOT NULL,
  url TEXT NOT NULL,
  title TEXT NOT NULL,
  content_hash TEXT NOT NULL UNIQUE,
  story INTEGER NOT NULL,
  minhash BLOB NOT NULL,
  text TEXT NOT NULL
);
CREATE INDEX articles_story ON articles(story);
CREATE TABLE article_bands (
  band INTEGER NOT NULL,
  hash INTEGER NOT NULL,
  article INTEGER NOT NULL REFERENCES articles(rowid),
  PRIMARY KEY (band, hash, article)
) WITHOUT ROWID;
CREATE TABLE sentences (
  article INTEGER NOT NULL REFERENCES articles(rowid),
  idx INTEGER NOT NULL,
  begin INTEGER NOT NULL,
  end INTEGER NOT NULL,
  PRIMARY KEY (article, idx)
) WITHOUT ROWID;
CREATE TABLE actors (
  article INTEGER NOT NULL REFERENCES articles(rowid),
  idx INTEGER NOT NULL,
  name TEXT NOT NULL,
  type TEXT NOT NULL,
  code TEXT NOT NULL,
  country TEXT NOT NULL,
  sectors TEXT NOT NULL,
  titles TEXT NOT NULL,
  PRIMARY KEY (article, idx)
) WITHOUT ROWID;
CREATE INDEX actors_name ON actors(name);
CREATE TABLE mentions (
  article INTEGER NOT NULL REFERENCES articles(rowid),
  idx INTEGER NOT NULL,
  sentence INTEGER NOT NULL,
  begin INTEGER NOT NULL,
  end INTEGER NOT NULL,
  text TEXT NOT NULL,
  code TEXT NOT NULL,
  country TEXT NOT NULL,
  sectors TEXT NOT NULL,
  type TEXT NOT NULL,
  title TEXT NOT NULL,
  actor INTEGER NOT NULL,
  plural INTEGER NOT NULL,
  PRIMARY KEY (article, idx)
) WITHOUT ROWID;
CREATE TABLE events (
  rowid INTEGER PRIMARY KEY,
  event_id TEXT NOT NULL,
  article INTEGER NOT NULL REFERENCES articles(rowid),
  story INTEGER NOT NULL,
  sentence INTEGER NOT NULL,
  day TEXT NOT NULL,
  date TEXT NOT NULL,
  date_precision TEXT NOT NULL,
  article_date TEXT NOT NULL,
  source_mention INTEGER NOT NULL,
  source_root TEXT NOT NULL,
  source_code TEXT NOT NULL,
  source_country TEXT NOT NULL,
  source_sectors TEXT NOT NULL,
  source_text TEXT NOT NULL,
  source_entity TEXT NOT NULL,
  source_begin INTEGER NOT NULL,
  source_end INTEGER NOT NULL,
  target_mention INTEGER NOT NULL,
  target_root TEXT NOT NULL,
  target_code TEXT NOT NULL,
  target_country TEXT NOT NULL,
  target_sectors TEXT NOT NULL,
  target_text TEXT NOT NULL,
  target_entity TEXT NOT NULL,
  target_begin INTEGER NOT NULL,
  target_end INTEGER NOT NULL,
  cameo TEXT NOT NULL,
  root TEXT NOT NULL,
  quad_class INTEGER NOT NULL,
  goldstein REAL NOT NULL,
  plover_event TEXT NOT NULL,
  plover_mode TEXT NOT NULL,
  trigger_text TEXT NOT NULL,
  trigger_begin INTEGER NOT NULL,
  trigger_end INTEGER NOT NULL,
  negated INTEGER NOT NULL,
  modality TEXT NOT NULL,
  location_name TEXT NOT NULL,
  location_country TEXT NOT NULL,
  lat REAL,
  lon REAL,
  sentence_begin INTEGER NOT NULL,
  sentence_text TEXT NOT NULL,
  confidence REAL NOT NULL
);
CREATE INDEX events_day ON events(day);
CREATE INDEX events_source ON events(source_root, target_root, day);
CREATE INDEX events_target ON events(target_root, day);
CREATE INDEX events_source_code ON events(source_code);
CREATE INDEX events_target_code ON events(target_code);
CREATE INDEX events_cameo ON events(cameo);
CREATE INDEX events_article ON events(article);
CREATE INDEX events_source_entity ON events(source_entity);
CREATE INDEX events_target_entity ON events(target_entity);
)sql";

const std::vector<const char*>& Migrations() {
  static const std::vector<const char*> kMigrations = {kMigration1};
  return kMigrations;
}

Result<int> ReadVersion(sql::Connection& db) {
  ASSIGN_OR_RETURN(auto exists, db.Prepare("SELECT count(*) FROM sqlite_master WHERE type = "
                                           "'table' AND name = 'schema_version'"));
  ASSIGN_OR_RETURN(bool row, exists->Step());
  if (!row || exists->Int(0) == 0) return 0;
  ASSIGN_OR_RETURN(auto version, db.Prepare("SELECT max(version) FROM schema_version"));
  ASSIGN_OR_RETURN(row, version->Step());
  return row ? static_cast<int>(version->Int(0)) : 0;
}

}  // namespace

int CurrentSchemaVersion() { return static_cast<int>(Migrations().size()); }

Result<int> MigrateSchema(sql::Connection& db, bool read_only) {
  ASSIGN_OR_RETURN(int version, ReadVersion(db));
  if (version > CurrentSchemaVersion()) {
    return Status::InvalidArgument(db.path() + ": schema version " + std::to_string(version) +
                                   " is newer than this dyad's (" +
                                   std::to_string(CurrentSchemaVersion()) + "); upgrade dyad");
  }
  if (read_only) {
    if (version < CurrentSchemaVersion()) {
      return Status::InvalidArgument(db.path() + ": schema version " + std::to_string(version) +
                                     ", expected " + std::to_string(CurrentSchemaVersion()) +
                                     "; open it once for writing (dyad ingest) to migrate");
    }
    return version;
  }
  // BEGIN IMMEDIATE: two processes opening a fresh file must not both migrate it.
  for (int next = version + 1; next <= CurrentSchemaVersion(); ++next) {
    RETURN_IF_ERROR(db.Exec("BEGIN IMMEDIATE"));
    ASSIGN_OR_RETURN(int current, ReadVersion(db));
    Status st = Status::Ok();
    if (current < next) {
      st = db.Exec(std::string(next == 1 ? "CREATE TABLE schema_version (version INTEGER NOT "
                                           "NULL, applied TEXT NOT NULL);"
                                         : "") +
                   Migrations()[next - 1] + "INSERT INTO schema_version VALUES (" +
                   std::to_string(next) + ", datetime('now'));");
    }
    if (!st.ok()) {
      (void)db.Exec("ROLLBACK");
      return st;
    }
    RETURN_IF_ERROR(db.Exec("COMMIT"));
  }
  return CurrentSchemaVersion();
}

}  // namespace dyad
