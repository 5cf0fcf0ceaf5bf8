// Event queries, series and actor lists. SQL text is assembled only from the fixed fragments
// below; every user value is a bound parameter, so quotes or semicolons in a filter are plain
// characters. Each distinct combination of filters is prepared once and cached.
#include <algorithm>
#include <cctype>
#include <set>

#include "dyad/store.h"
#include "store/schema.h"
#include "store/store_impl.h"

namespace dyad {
namespace {

struct Where {
  std::string sql;
  std::vector<sql::Value> values;

  void Add(const std::string& clause, std::vector<sql::Value> clause_values) {
    sql += sql.empty() ? " WHERE " : " AND ";
    sql += clause;
    values.insert(values.end(), clause_values.begin(), clause_values.end());
  }
};

std::string Upper(std::string s) {
  for (char& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return s;
}

// "VEN" matches the actor's root (country, or first block for IGOs and the like) through an
// index; a longer code ("VENGOV") matches as a prefix of the full code.
std::string ActorClause(const std::string& side, const std::string& value,
                        std::vector<sql::Value>& values) {
  std::string code = Upper(value);
  if (code.size() == 3) {
    values.push_back(code);
    return "e." + side + "_root = ?";
  }
  values.push_back(code);
  values.push_back(code + "\xff");
  return "(e." + side + "_code >= ? AND e." + side + "_code < ?)";
}

bool AllDigits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool IsActorCode(std::string_view s) {
  return !s.empty() && s.size() <= 64 && std::all_of(s.begin(), s.end(), [](char c) {
    return std::isalnum(static_cast<unsigned char>(c));
  });
}

// YYYY, YYYY-MM or YYYY-MM-DD with a plausible month and day.
bool IsDatePrefix(std::string_view s) {
  if (s.size() != 4 && s.size() != 7 && s.size() != 10) return false;
  if (!AllDigits(s.substr(0, 4))) return false;
  if (s.size() >= 7) {
    if (s[4] != '-' || !AllDigits(s.substr(5, 2))) return false;
    int month = std::stoi(std::string(s.substr(5, 2)));
    if (month < 1 || month > 12) return false;
  }
  if (s.size() == 10) {
    if (s[7] != '-' || !AllDigits(s.substr(8, 2))) return false;
    int day = std::stoi(std::string(s.substr(8, 2)));
    if (day < 1 || day > 31) return false;
  }
  return true;
}

// The last day an "until" prefix covers; string comparison makes "-31" right for any month.
std::string UntilDay(const std::string& until) {
  if (until.size() == 4) return until + "-12-31";
  if (until.size() == 7) return until + "-31";
  return until;
}

// The dyad filter as its two directions (one when both sides are the same code).
std::vector<Where> DyadArms(const EventQuery& q) {
  if (q.dyad.empty()) return {Where()};
  size_t dash = q.dyad.find('-');
  std::string a = q.dyad.substr(0, dash), b = q.dyad.substr(dash + 1);
  // One statement per clause: the operands of + may be evaluated in any order, and each call
  // appends its values.
  std::vector<sql::Value> forward_values, backward_values;
  std::string forward = ActorClause("source", a, forward_values);
  forward += " AND " + ActorClause("target", b, forward_values);
  std::string backward = ActorClause("source", b, backward_values);
  backward += " AND " + ActorClause("target", a, backward_values);
  Where forward_arm, backward_arm;
  forward_arm.Add(forward, forward_values);
  if (Upper(a) == Upper(b)) return {forward_arm};
  // A record matching both directions (VENGOV-VEN: VENGOV to VENGOV) belongs to the first.
  backward_values.insert(backward_values.end(), forward_values.begin(), forward_values.end());
  backward_arm.Add(backward + " AND NOT (" + forward + ")", backward_values);
  return {forward_arm, backward_arm};
}

// Every filter except the dyad, added to `where`.
void AddFilters(const EventQuery& q, Where& where) {
  std::vector<sql::Value> values;
  if (!q.source.empty()) {
    std::string clause = ActorClause("source", q.source, values);
    where.Add(clause, std::move(values));
    values.clear();
  }
  if (!q.target.empty()) {
    std::string clause = ActorClause("target", q.target, values);
    where.Add(clause, std::move(values));
    values.clear();
  }
  if (!q.actor.empty()) {
    where.Add(
        "(e.source_entity = ? OR e.target_entity = ? OR e.source_text = ? OR "
        "e.target_text = ?)",
        {q.actor, q.actor, q.actor, q.actor});
  }
  if (!q.code.empty()) {
    where.Add("(e.cameo >= ? AND e.cameo < ?)", {q.code, q.code + "\xff"});
  }
  if (!q.root.empty()) where.Add("e.root = ?", {q.root});
  if (q.quad != 0) where.Add("e.quad_class = ?", {static_cast<int64_t>(q.quad)});
  if (!q.since.empty()) where.Add("e.day >= ?", {q.since});
  if (!q.until.empty()) where.Add("e.day <= ?", {UntilDay(q.until)});
  if (!q.place.empty()) {
    where.Add("(e.location_name = ? COLLATE NOCASE OR e.location_country = ?)",
              {q.place, Upper(q.place)});
  }
  if (!q.text.empty()) {
    where.Add("instr(lower(e.sentence_text), lower(?)) > 0", {q.text});
  }
}

// The column prefix of a dedup mode's ingest-time flag and counts (store/schema.h): "" for
// kNone.
std::string ModePrefix(Dedup dedup) {
  switch (dedup) {
    case Dedup::kStory:
      return "story";
    case Dedup::kDay:
      return "day";
    case Dedup::kNone:
      break;
  }
  return "";
}

// "SELECT <columns> FROM events e WHERE ..." once per dyad direction, joined by UNION ALL, so
// that each direction is an ordered range scan of a (source_root, target_root, day) index
// rather than one OR the planner must sort; a dedup mode reads only its first records (flags
// set at ingest), whose partial indexes are covering for series. `values` gets the bound
// values. With a rollup `table` the rows are the rollup's (see RollupTable).
std::string ArmsSql(const EventQuery& q, const std::string& columns,
                    std::vector<sql::Value>& values, const std::string& group_by = "",
                    const std::string& table = "events") {
  std::string sql;
  for (Where& arm : DyadArms(q)) {
    if (q.dedup != Dedup::kNone && table == "events") {
      arm.Add("e." + ModePrefix(q.dedup) + "_first = 1", {});
    }
    AddFilters(q, arm);
    if (!sql.empty()) sql += " UNION ALL ";
    sql += "SELECT " + columns + " FROM " + table + " e" + arm.sql + group_by;
    values.insert(values.end(), arm.values.begin(), arm.values.end());
  }
  return sql;
}

// The rollup table that answers the query (event_days, story_days, day_dedup_days), or ""
// when the query needs the records: no filter but three-letter actor roots, quad class and
// dates (the rollup's key). Its columns carry the events' names, so AddFilters' clauses read
// it unchanged.
std::string RollupTable(const EventQuery& q) {
  auto root_or_empty = [](const std::string& code) { return code.empty() || code.size() == 3; };
  bool dyad_roots = q.dyad.empty() || q.dyad.size() == 7;  // "VEN-CHN"
  bool rollup = root_or_empty(q.source) && root_or_empty(q.target) && dyad_roots &&
                q.actor.empty() && q.code.empty() && q.root.empty() && q.place.empty() &&
                q.text.empty();
  if (!rollup) return "";
  return DedupDaysTable(q.dedup == Dedup::kNone ? "all" : ModePrefix(q.dedup));
}

// The period of a day held in `day` (a YYYY-MM-DD column).
std::string PeriodExpr(Period period, const std::string& day) {
  switch (period) {
    case Period::kDay:
      return day;
    case Period::kWeek:
      return "date(" + day + ", 'weekday 0', '-6 days')";  // the Monday of the week
    case Period::kMonth:
      return "substr(" + day + ", 1, 7)";
    case Period::kYear:
      return "substr(" + day + ", 1, 4)";
  }
  return day;
}

}  // namespace

Result<Dedup> ParseDedup(std::string_view name) {
  if (name == "none") return Dedup::kNone;
  if (name == "story") return Dedup::kStory;
  if (name == "day") return Dedup::kDay;
  return Status::InvalidArgument("dedup: expected none, story or day, got '" + std::string(name) +
                                 "'");
}

Result<Period> ParsePeriod(std::string_view name) {
  if (name == "day") return Period::kDay;
  if (name == "week") return Period::kWeek;
  if (name == "month") return Period::kMonth;
  if (name == "year") return Period::kYear;
  return Status::InvalidArgument("by: expected day, week, month or year, got '" +
                                 std::string(name) + "'");
}

Status ValidateQuery(const EventQuery& q) {
  auto bad = [](const std::string& field, const std::string& expected, const std::string& got) {
    return Status::InvalidArgument(field + ": expected " + expected + ", got '" + got + "'");
  };
  if (!q.source.empty() && !IsActorCode(q.source)) {
    return bad("source", "a country or actor code (letters and digits)", q.source);
  }
  if (!q.target.empty() && !IsActorCode(q.target)) {
    return bad("target", "a country or actor code (letters and digits)", q.target);
  }
  if (!q.dyad.empty()) {
    size_t dash = q.dyad.find('-');
    if (dash == std::string::npos || !IsActorCode(q.dyad.substr(0, dash)) ||
        !IsActorCode(q.dyad.substr(dash + 1))) {
      return bad("dyad", "two actor codes joined by '-' (VEN-CHN)", q.dyad);
    }
  }
  if (!q.code.empty() && (!AllDigits(q.code) || q.code.size() < 2 || q.code.size() > 4)) {
    return bad("code", "a CAMEO code prefix of 2 to 4 digits", q.code);
  }
  if (!q.root.empty() && (!AllDigits(q.root) || q.root.size() != 2)) {
    return bad("root", "a two-digit CAMEO root", q.root);
  }
  if (q.quad < 0 || q.quad > 4) return bad("quad", "1, 2, 3 or 4", std::to_string(q.quad));
  if (!q.since.empty() && !IsDatePrefix(q.since)) {
    return bad("since", "YYYY, YYYY-MM or YYYY-MM-DD", q.since);
  }
  if (!q.until.empty() && !IsDatePrefix(q.until)) {
    return bad("until", "YYYY, YYYY-MM or YYYY-MM-DD", q.until);
  }
  if (q.limit < 0) return bad("limit", "a number >= 0", std::to_string(q.limit));
  if (q.offset < 0) return bad("offset", "a number >= 0", std::to_string(q.offset));
  return Status::Ok();
}

// Every mode reads the matching records directly (ArmsSql); a dedup mode's GDELT-style counts
// are kept on its first records at ingest.
Result<std::vector<StoredEvent>> Store::Events(const EventQuery& query) {
  RETURN_IF_ERROR(ValidateQuery(query));
  std::vector<sql::Value> values;
  // The page is chosen from index entries alone (day and rowid are in every day index); only
  // its rows are read from the table.
  std::string sql =
      ArmsSql(query, "e.rowid AS rep, e.day AS d", values) + " ORDER BY d, rep LIMIT ? OFFSET ?";
  std::string counts = "1, 1, 1";
  if (query.dedup != Dedup::kNone) {
    const std::string mode = ModePrefix(query.dedup);
    counts = "e." + mode + "_mentions, e." + mode + "_articles, e." + mode + "_sources";
  }
  values.push_back(query.limit);
  values.push_back(query.offset);
  sql = "SELECT " + std::string(kEventColumns) + ", " + counts +
        ", a.url, a.source, a.title FROM (" + sql + ") m JOIN events e ON e.rowid = m.rep " +
        "JOIN articles a ON a.rowid = e.article ORDER BY m.d, m.rep";
  std::lock_guard<std::mutex> lock(impl_->mu);
  ASSIGN_OR_RETURN(auto stmt, impl_->db->Prepare(sql));
  RETURN_IF_ERROR(stmt->Bind(values));
  std::vector<StoredEvent> events;
  constexpr int kCountsColumn = 40;  // first column after kEventColumns
  while (true) {
    ASSIGN_OR_RETURN(bool row, stmt->Step());
    if (!row) return events;
    StoredEvent stored;
    stored.event = ReadEventRow(*stmt, 0);
    stored.mentions = stmt->Int(kCountsColumn);
    stored.articles = stmt->Int(kCountsColumn + 1);
    stored.sources = stmt->Int(kCountsColumn + 2);
    stored.url = stmt->Text(kCountsColumn + 3);
    stored.news_source = stmt->Text(kCountsColumn + 4);
    stored.title = stmt->Text(kCountsColumn + 5);
    events.push_back(std::move(stored));
  }
}

Result<int64_t> Store::CountEvents(const EventQuery& query) {
  RETURN_IF_ERROR(ValidateQuery(query));
  std::vector<sql::Value> values;
  const std::string rollup = RollupTable(query);
  std::string sql = "SELECT sum(c) FROM (" +
                    (rollup.empty() ? ArmsSql(query, "count(*) AS c", values)
                                    : ArmsSql(query, "sum(e.events) AS c", values, "", rollup)) +
                    ")";
  std::lock_guard<std::mutex> lock(impl_->mu);
  ASSIGN_OR_RETURN(auto stmt, impl_->db->Prepare(sql));
  RETURN_IF_ERROR(stmt->Bind(values));
  ASSIGN_OR_RETURN(bool row, stmt->Step());
  return row ? stmt->Int(0) : 0;
}

Result<std::vector<SeriesPoint>> Store::Series(const EventQuery& query, Period period) {
  RETURN_IF_ERROR(ValidateQuery(query));
  // Per-day sums, one set per dyad direction: the day index delivers the records in day order,
  // so grouping by day needs no sort. Then summed per period over at most a few thousand rows.
  const std::string sums =
      "e.day AS d, count(*) AS n, total(e.goldstein) AS g, sum(e.quad_class = 1) AS q1, "
      "sum(e.quad_class = 2) AS q2, sum(e.quad_class = 3) AS q3, sum(e.quad_class = 4) AS q4";
  std::vector<sql::Value> values;
  std::string parts;
  const std::string rollup = RollupTable(query);
  if (!rollup.empty()) {
    parts = ArmsSql(query,
                    "e.day AS d, sum(e.events) AS n, total(e.goldstein_sum) AS g, "
                    "sum(e.events * (e.quad_class = 1)) AS q1, "
                    "sum(e.events * (e.quad_class = 2)) AS q2, "
                    "sum(e.events * (e.quad_class = 3)) AS q3, "
                    "sum(e.events * (e.quad_class = 4)) AS q4",
                    values, " GROUP BY e.day", rollup);
  } else {
    parts = ArmsSql(query, sums, values, " GROUP BY e.day");
  }
  std::string sql = "SELECT " + PeriodExpr(period, "d") +
                    " AS p, sum(n), total(g), total(g) / sum(n), sum(q1), sum(q2), sum(q3), "
                    "sum(q4) FROM (" +
                    parts + ") GROUP BY p ORDER BY p";
  std::lock_guard<std::mutex> lock(impl_->mu);
  ASSIGN_OR_RETURN(auto stmt, impl_->db->Prepare(sql));
  RETURN_IF_ERROR(stmt->Bind(values));
  std::vector<SeriesPoint> points;
  while (true) {
    ASSIGN_OR_RETURN(bool row, stmt->Step());
    if (!row) return points;
    SeriesPoint point;
    point.period = stmt->Text(0);
    point.events = stmt->Int(1);
    point.goldstein_sum = stmt->Double(2);
    point.goldstein_mean = stmt->Double(3);
    for (int quad_idx = 0; quad_idx < 4; ++quad_idx) point.quad[quad_idx] = stmt->Int(4 + quad_idx);
    points.push_back(point);
  }
}

Result<std::vector<DyadCount>> Store::Dyads(const EventQuery& query) {
  RETURN_IF_ERROR(ValidateQuery(query));
  const std::string columns = "e.source_root AS s, e.target_root AS t, e.goldstein AS g";
  std::vector<sql::Value> values;
  std::string sql = ArmsSql(query, columns, values);
  sql = "SELECT s, t, count(*), avg(g) FROM (" + sql +
        ") WHERE s != '' AND t != '' AND s != t GROUP BY s, t ORDER BY 3 DESC, s, t LIMIT ?";
  values.push_back(query.limit);
  std::lock_guard<std::mutex> lock(impl_->mu);
  ASSIGN_OR_RETURN(auto stmt, impl_->db->Prepare(sql));
  RETURN_IF_ERROR(stmt->Bind(values));
  std::vector<DyadCount> dyads;
  while (true) {
    ASSIGN_OR_RETURN(bool row, stmt->Step());
    if (!row) return dyads;
    dyads.push_back({stmt->Text(0), stmt->Text(1), stmt->Int(2), stmt->Double(3)});
  }
}

Result<std::vector<ActorSummary>> Store::Actors(const ActorQuery& query) {
  if (query.limit < 0 || query.offset < 0) {
    return Status::InvalidArgument("limit/offset: expected numbers >= 0");
  }
  Where where;
  if (!query.name.empty()) where.Add("instr(lower(ac.name), lower(?)) > 0", {query.name});
  if (!query.country.empty()) where.Add("ac.country = ?", {Upper(query.country)});
  if (!query.type.empty()) where.Add("ac.type = ?", {Upper(query.type)});
  where.values.push_back(query.limit);
  where.values.push_back(query.offset);
  std::string sql =
      "SELECT ac.name, ac.type, ac.code, ac.country, group_concat(ac.titles, ';'), min(a.date), "
      "max(a.date), count(DISTINCT ac.article) FROM actors ac "
      "JOIN articles a ON a.rowid = ac.article" +
      where.sql +
      " GROUP BY ac.name, ac.type, ac.code, ac.country "
      "ORDER BY count(DISTINCT ac.article) DESC, ac.name LIMIT ? OFFSET ?";
  std::lock_guard<std::mutex> lock(impl_->mu);
  ASSIGN_OR_RETURN(auto stmt, impl_->db->Prepare(sql));
  RETURN_IF_ERROR(stmt->Bind(where.values));
  std::vector<ActorSummary> actors;
  while (true) {
    ASSIGN_OR_RETURN(bool row, stmt->Step());
    if (!row) return actors;
    ActorSummary a;
    a.name = stmt->Text(0);
    a.type = stmt->Text(1);
    a.code = stmt->Text(2);
    a.country = stmt->Text(3);
    std::set<std::string> seen;
    for (std::string& title : SplitList(stmt->Text(4))) {
      if (!title.empty() && seen.insert(title).second) a.titles.push_back(std::move(title));
    }
    a.first_date = stmt->Text(5);
    a.last_date = stmt->Text(6);
    a.articles = stmt->Int(7);
    actors.push_back(std::move(a));
  }
}

}  // namespace dyad
