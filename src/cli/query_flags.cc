#include "cli/query_flags.h"

#include <cstdio>

#include "base/file.h"

namespace dyad::cli {

void AddQueryFlags(CLI::App* cmd, QueryFlags* flags) {
  EventQuery& q = flags->query;
  cmd->add_option("--db", flags->db, "database file")->capture_default_str();
  cmd->add_option("--source", q.source, "source country or actor code prefix (VEN, VENGOV)");
  cmd->add_option("--target", q.target, "target country or actor code prefix");
  cmd->add_option("--dyad", q.dyad, "two actors, either direction (VEN-CHN)");
  cmd->add_option("--actor", q.actor, "a person or organisation as source or target");
  cmd->add_option("--code", q.code, "CAMEO event code prefix (057)");
  cmd->add_option("--root", q.root, "CAMEO root (05)");
  cmd->add_option("--quad", q.quad, "quad class 1-4");
  cmd->add_option("--since", q.since, "first day, inclusive (YYYY, YYYY-MM or YYYY-MM-DD)");
  cmd->add_option("--until", q.until, "last day, inclusive");
  cmd->add_option("--place", q.place, "event place name or country");
  cmd->add_option("--text", q.text, "words in the sentence");
  cmd->add_option("--dedup", flags->dedup, "none, story (one-a-story) or day (one-a-day)")
      ->capture_default_str();
}

Status FinishQueryFlags(QueryFlags* flags) {
  Result<Dedup> dedup = ParseDedup(flags->dedup);
  if (!dedup.ok()) return Status::InvalidArgument("--" + dedup.status().message());
  flags->query.dedup = *dedup;
  Status st = ValidateQuery(flags->query);
  if (!st.ok()) return Status::InvalidArgument("--" + st.message());
  return Status::Ok();
}

Result<std::unique_ptr<Store>> OpenForQuery(const std::string& db) {
  if (!FileExists(db)) {
    return Status::NotFound(db + ": no such database (create one with dyad ingest --db " + db +
                            ")");
  }
  StoreOptions options;
  options.read_only = true;
  return Store::Open(db, options);
}

namespace {

Document ArticleOf(const StoredEvent& stored) {
  Document doc;
  doc.id = stored.event.article_id;
  doc.date = stored.event.article_date;
  doc.url = stored.url;
  doc.source = stored.news_source;
  doc.title = stored.title;
  return doc;
}

}  // namespace

void WriteStoredEvents(EventFormat format, const std::vector<StoredEvent>& events,
                       std::ostream& out) {
  for (size_t event_idx = 0; event_idx < events.size();) {
    const StoredEvent& first = events[event_idx];
    if (format != EventFormat::kPlover) {
      WriteEvent(format, ArticleOf(first), first.event, out,
                 EventCounts{static_cast<int>(first.mentions), static_cast<int>(first.sources),
                             static_cast<int>(first.articles)});
      ++event_idx;
      continue;
    }
    std::vector<Event> run;
    while (event_idx < events.size() &&
           events[event_idx].event.article_id == first.event.article_id) {
      run.push_back(events[event_idx++].event);
    }
    WriteEvents(format, ArticleOf(first), run, out);
  }
}

void WriteEventTable(const std::vector<StoredEvent>& events, std::ostream& out) {
  char line[512];
  std::snprintf(line, sizeof line, "%-10s  %-12s  %-5s  %-12s  %6s  %4s  %4s  %-16s  %s\n", "day",
                "source", "code", "target", "gold", "ment", "arts", "article", "trigger");
  out << line;
  for (const StoredEvent& stored : events) {
    const Event& e = stored.event;
    std::string day = e.date.size() == 10 ? e.date : e.article_date;
    std::snprintf(line, sizeof line, "%-10s  %-12s  %-5s  %-12s  %6.1f  %4lld  %4lld  %-16s  %s\n",
                  day.c_str(), e.source.code.c_str(), e.cameo.c_str(), e.target.code.c_str(),
                  e.goldstein, static_cast<long long>(stored.mentions),
                  static_cast<long long>(stored.articles), e.article_id.substr(0, 16).c_str(),
                  e.trigger_text.c_str());
    out << line;
  }
}

}  // namespace dyad::cli
