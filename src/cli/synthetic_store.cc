#include "cli/synthetic_store.h"

#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <deque>
#include <iostream>
#include <tuple>

#include "dyad/store.h"
#include "store/schema.h"
#include "store/sqlite.h"

namespace dyad::cli {
namespace {

// Roughly by share of international news coverage; drawn with weight 1 / rank^1.1.
const char* const kCountries[] = {
    "USA", "CHN", "RUS", "GBR", "ISR", "IRN", "UKR", "FRA", "DEU", "IND", "JPN", "PAK",
    "TUR", "SYR", "KOR", "PRK", "AFG", "IRQ", "SAU", "EGY", "AUS", "CAN", "BRA", "MEX",
    "NGA", "ZAF", "ITA", "ESP", "POL", "VEN", "PSE", "LBN", "YEM", "LBY", "QAT", "ARE",
    "JOR", "IDN", "PHL", "MYS", "THA", "VNM", "MMR", "BGD", "LKA", "NPL", "KAZ", "UZB",
    "GEO", "ARM", "AZE", "BLR", "SRB", "HUN", "GRC", "NLD", "BEL", "SWE", "NOR", "FIN",
    "DNK", "CHE", "AUT", "CZE", "ROU", "PRT", "IRL", "ARG", "COL", "CHL", "PER", "CUB",
    "ETH", "KEN", "SDN", "SOM", "MLI", "DZA", "MAR", "TUN", "NZL", "TWN"};
constexpr int kCountryCount = sizeof(kCountries) / sizeof(kCountries[0]);

struct Sector {
  const char* code;
  const char* words;
  double weight;
};
const Sector kSectors[] = {
    {"", "officials", 25},    {"GOV", "the government", 40}, {"MIL", "the military", 10},
    {"BUS", "businesses", 5}, {"OPP", "the opposition", 4},  {"MED", "the press", 4},
    {"CVL", "civilians", 5},  {"COP", "the police", 4},      {"REB", "rebels", 3}};

// CAMEO roots with a GDELT-like share of events, a typical Goldstein score and a verb.
struct Root {
  const char* code;
  double weight;
  double goldstein;
  const char* verb;
};
const Root kRoots[] = {
    {"01", 16, 0.0, "spoke about"},          {"02", 5, 3.0, "appealed to"},
    {"03", 7, 4.0, "pledged to help"},       {"04", 20, 1.0, "met"},
    {"05", 9, 3.5, "signed an accord with"}, {"06", 3, 6.0, "traded with"},
    {"07", 3, 7.0, "sent aid to"},           {"08", 2, 5.0, "eased curbs on"},
    {"09", 1, -2.0, "investigated"},         {"10", 2, -5.0, "made demands of"},
    {"11", 6, -2.0, "criticised"},           {"12", 3, -4.0, "rejected a proposal of"},
    {"13", 2.5, -6.0, "threatened"},         {"14", 2, -6.5, "protested against"},
    {"15", 1, -7.2, "massed troops near"},   {"16", 1.5, -4.0, "cut ties with"},
    {"17", 6, -7.0, "sanctioned"},           {"18", 4, -9.0, "attacked"},
    {"19", 5.5, -10.0, "clashed with"},      {"20", 0.3, -10.0, "bombed"}};

int QuadClass(int root) {
  if (root <= 5) return 1;
  if (root <= 9) return 2;
  if (root <= 14) return 3;
  return 4;
}

template <typename T, size_t N>
std::discrete_distribution<int> WeightsOf(const T (&items)[N]) {
  std::vector<double> weights;
  for (const T& item : items) weights.push_back(item.weight);
  return std::discrete_distribution<int>(weights.begin(), weights.end());
}

struct Side {
  std::string root, code, country, sectors, text, entity;
};

// One article's worth of synthetic events: text made of one sentence per event, so every
// span points at real bytes and the web page can highlight them.
struct SyntheticArticle {
  std::string day;
  std::string news_source;
  std::string text;
  struct Row {
    Side source, target;
    const Root* root;
    std::string cameo;
    std::string date, precision;
    uint32_t sentence_begin, sentence_end, source_begin, target_begin, trigger_begin;
    std::string location_country;
    double confidence;
  };
  std::vector<Row> rows;
};

class Generator {
 public:
  explicit Generator(const SyntheticOptions& options)
      : options_(options),
        rng_(options.seed),
        days_(DayCount(options.first_year, options.years)),
        sectors_(WeightsOf(kSectors)),
        roots_(WeightsOf(kRoots)) {
    std::vector<double> weights;
    for (int rank = 1; rank <= 300; ++rank) weights.push_back(1.0 / rank);
    news_sources_ = std::discrete_distribution<int>(weights.begin(), weights.end());
  }

  SyntheticArticle Next() {
    SyntheticArticle article;
    // Volume grows linearly to twice the first year's by the last: inverse CDF of 1 + x.
    double u = std::uniform_real_distribution<double>(0, 1)(rng_);
    int day_idx = static_cast<int>((std::sqrt(1 + 3 * u) - 1) * days_);
    article.day = DayString(options_.first_year, std::min(day_idx, days_ - 1));
    article.news_source = "source-" + std::to_string(news_sources_(rng_)) + ".example";
    // Most stories are about one dyad; a few events about others.
    auto [a, b] = countries_.DrawDyad(rng_);
    int count = std::uniform_int_distribution<int>(1, 9)(rng_);
    for (int event_idx = 0; event_idx < count; ++event_idx) {
      std::string src = a, tgt = b;
      double pick = Uniform();
      if (pick < 0.15) {
        tgt = src;  // domestic: government against opposition, police against civilians
      } else if (pick < 0.35) {
        std::tie(src, tgt) = countries_.DrawDyad(rng_);
      } else if (pick < 0.6) {
        std::swap(src, tgt);
      }
      AddRow(src, tgt, &article);
    }
    return article;
  }

  double Uniform() { return std::uniform_real_distribution<double>(0, 1)(rng_); }
  std::mt19937_64& rng() { return rng_; }
  std::string NewsSource() { return "source-" + std::to_string(news_sources_(rng_)) + ".example"; }

 private:
  Side MakeSide(const std::string& country) {
    Side side;
    if (Uniform() < 0.03) {
      side = {"IGO", "IGOUNO", "", "UNO", "the United Nations", "United Nations"};
      return side;
    }
    const Sector& sector = kSectors[sectors_(rng_)];
    side.root = country;
    side.country = country;
    side.code = country + sector.code;
    side.sectors = sector.code;
    side.text = std::string(sector.words) + " of " + country;
    if (std::string_view(sector.code) == "GOV" && Uniform() < 0.4) {
      side.entity = "President of " + country;
    }
    return side;
  }

  void AddRow(const std::string& src, const std::string& tgt, SyntheticArticle* article) {
    SyntheticArticle::Row row;
    row.source = MakeSide(src);
    row.target = MakeSide(tgt);
    row.root = &kRoots[roots_(rng_)];
    int sub = Uniform() < 0.5 ? 0 : std::uniform_int_distribution<int>(1, 5)(rng_);
    row.cameo = std::string(row.root->code) + std::to_string(sub);
    double precision = Uniform();
    if (precision < 0.85) {
      row.date = article->day;
      row.precision = "day";
    } else if (precision < 0.95) {
      row.date = article->day.substr(0, 7);
      row.precision = "month";
    } else {
      row.date = article->day.substr(0, 4);
      row.precision = "year";
    }
    std::string& text = article->text;
    if (!text.empty()) text += ' ';
    row.sentence_begin = static_cast<uint32_t>(text.size());
    std::string first = row.source.text;
    first[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(first[0])));
    row.source_begin = row.sentence_begin;
    text += first + ' ';
    row.trigger_begin = static_cast<uint32_t>(text.size());
    text += std::string(row.root->verb) + ' ';
    row.target_begin = static_cast<uint32_t>(text.size());
    text += row.target.text + '.';
    row.sentence_end = static_cast<uint32_t>(text.size());
    row.location_country = Uniform() < 0.4 ? src : "";
    row.confidence = 0.5 + 0.5 * Uniform();
    article->rows.push_back(std::move(row));
  }

  SyntheticOptions options_;
  std::mt19937_64 rng_;
  int days_;
  CountrySampler countries_;
  std::discrete_distribution<int> sectors_, roots_, news_sources_;
};

constexpr const char* kInsertArticle =
    "INSERT INTO articles (rowid, id, date, source, url, title, content_hash, story, minhash, "
    "text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
constexpr const char* kInsertSentence = "INSERT INTO sentences VALUES (?, ?, ?, ?)";
constexpr const char* kInsertEvent =
    "INSERT INTO events (event_id, article, story, sentence, day, date, date_precision, "
    "article_date, source_mention, source_root, source_code, source_country, source_sectors, "
    "source_text, source_entity, source_begin, source_end, target_mention, target_root, "
    "target_code, target_country, target_sectors, target_text, target_entity, target_begin, "
    "target_end, cameo, root, quad_class, goldstein, plover_event, plover_mode, trigger_text, "
    "trigger_begin, trigger_end, negated, modality, location_name, location_country, lat, lon, "
    "sentence_begin, sentence_text, confidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
    "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

std::string Hex(int64_t n) {
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(n));
  return buf;
}

Status WriteArticle(sql::Connection& db, int64_t rowid, int64_t story,
                    const SyntheticArticle& article, const std::string& news_source) {
  std::string id = "syn-" + Hex(rowid);
  // A copy differs from its original by its credit line, as syndicated copies do.
  std::string text = article.text + "\n\nReported by " + news_source + ".";
  ASSIGN_OR_RETURN(auto insert, db.Prepare(kInsertArticle));
  RETURN_IF_ERROR(
      insert->Bind({rowid, id, article.day, news_source, "https://" + news_source + "/" + id,
                    "Synthetic story " + Hex(story), Hex(rowid), story, sql::Blob{}, text}));
  RETURN_IF_ERROR(insert->Run());
  for (size_t row_idx = 0; row_idx < article.rows.size(); ++row_idx) {
    const SyntheticArticle::Row& r = article.rows[row_idx];
    const int64_t idx = static_cast<int64_t>(row_idx);
    ASSIGN_OR_RETURN(auto sentence, db.Prepare(kInsertSentence));
    RETURN_IF_ERROR(sentence->Bind({rowid, idx, static_cast<int64_t>(r.sentence_begin),
                                    static_cast<int64_t>(r.sentence_end)}));
    RETURN_IF_ERROR(sentence->Run());
    std::string sentence_text =
        article.text.substr(r.sentence_begin, r.sentence_end - r.sentence_begin);
    auto side = [](const Side& s, uint32_t begin) -> std::vector<sql::Value> {
      return {int64_t{-1}, s.root,         s.code,
              s.country,   s.sectors,      s.text,
              s.entity,    int64_t{begin}, int64_t{begin + static_cast<uint32_t>(s.text.size())}};
    };
    int root = std::stoi(r.root->code);
    std::vector<sql::Value> values = {id + "-" + std::to_string(row_idx),
                                      rowid,
                                      story,
                                      idx,
                                      article.day,
                                      r.date,
                                      r.precision,
                                      article.day};
    for (auto&& v : side(r.source, r.source_begin)) values.push_back(std::move(v));
    for (auto&& v : side(r.target, r.target_begin)) values.push_back(std::move(v));
    const std::string verb = r.root->verb;
    std::vector<sql::Value> rest = {r.cameo,
                                    std::string(r.root->code),
                                    int64_t{QuadClass(root)},
                                    r.root->goldstein,
                                    std::string(),
                                    std::string(),
                                    verb,
                                    int64_t{r.trigger_begin},
                                    static_cast<int64_t>(r.trigger_begin + verb.size()),
                                    int64_t{0},
                                    std::string("asserted"),
                                    std::string(),
                                    r.location_country,
                                    sql::Value(),
                                    sql::Value(),
                                    int64_t{r.sentence_begin},
                                    sentence_text,
                                    r.confidence};
    for (auto&& v : rest) values.push_back(std::move(v));
    ASSIGN_OR_RETURN(auto event, db.Prepare(kInsertEvent));
    RETURN_IF_ERROR(event->Bind(values));
    RETURN_IF_ERROR(event->Run());
  }
  return Status::Ok();
}

// The CREATE INDEX statements of the schema: dropped during the load and built once at the
// end, which is several times faster than keeping nine indexes up to date row by row.
Result<std::vector<std::pair<std::string, std::string>>> DropIndexes(sql::Connection& db) {
  std::vector<std::pair<std::string, std::string>> indexes;
  ASSIGN_OR_RETURN(auto list, db.Prepare("SELECT name, sql FROM sqlite_master WHERE type = "
                                         "'index' AND sql IS NOT NULL"));
  while (true) {
    ASSIGN_OR_RETURN(bool row, list->Step());
    if (!row) break;
    indexes.emplace_back(list->Text(0), list->Text(1));
  }
  list.reset();
  for (const auto& [name, sql] : indexes) RETURN_IF_ERROR(db.Exec("DROP INDEX " + name));
  return indexes;
}

}  // namespace

CountrySampler::CountrySampler() {
  std::vector<double> weights;
  for (int rank = 1; rank <= kCountryCount; ++rank) weights.push_back(1.0 / std::pow(rank, 1.1));
  dist_ = std::discrete_distribution<int>(weights.begin(), weights.end());
}

const std::string& CountrySampler::Draw(std::mt19937_64& rng) {
  static const std::vector<std::string> kNames(kCountries, kCountries + kCountryCount);
  return kNames[dist_(rng)];
}

std::pair<std::string, std::string> CountrySampler::DrawDyad(std::mt19937_64& rng) {
  std::string a = Draw(rng);
  std::string b = Draw(rng);
  while (b == a) b = Draw(rng);
  return {a, b};
}

std::string DayString(int first_year, int day_idx) {
  using namespace std::chrono;
  year_month_day ymd{sys_days{year{first_year} / January / 1} + days{day_idx}};
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(ymd.year()),
                static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
  return buf;
}

int DayCount(int first_year, int years) {
  using namespace std::chrono;
  return (sys_days{year{first_year + years} / January / 1} -
          sys_days{year{first_year} / January / 1})
      .count();
}

Status WriteSyntheticStore(const std::string& path, const SyntheticOptions& options, bool verbose) {
  if (access(path.c_str(), F_OK) == 0) {
    return Status::InvalidArgument(path + ": already exists");
  }
  {
    ASSIGN_OR_RETURN(auto store, Store::Open(path));  // creates the current schema
  }
  ASSIGN_OR_RETURN(auto db, sql::Connection::Open(path, false));
  // A scratch file: a crash means starting over, so no journal and no syncing.
  RETURN_IF_ERROR(
      db->Exec("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; "
               "PRAGMA cache_size = -262144;"));
  ASSIGN_OR_RETURN(auto indexes, DropIndexes(*db));
  Generator gen(options);
  std::deque<std::pair<int64_t, SyntheticArticle>> recent;  // candidates to be copied
  int64_t events = 0, rowid = 0;
  auto start = std::chrono::steady_clock::now();
  RETURN_IF_ERROR(db->Exec("BEGIN"));
  while (events < options.events) {
    ++rowid;
    if (!recent.empty() && gen.Uniform() < options.copies) {
      size_t pick = std::uniform_int_distribution<size_t>(0, recent.size() - 1)(gen.rng());
      const auto& [story, original] = recent[pick];
      RETURN_IF_ERROR(WriteArticle(*db, rowid, story, original, gen.NewsSource()));
      events += static_cast<int64_t>(original.rows.size());
    } else {
      SyntheticArticle article = gen.Next();
      RETURN_IF_ERROR(WriteArticle(*db, rowid, rowid, article, article.news_source));
      events += static_cast<int64_t>(article.rows.size());
      recent.emplace_back(rowid, std::move(article));
      if (recent.size() > 50) recent.pop_front();
    }
    if (rowid % 100000 == 0) {
      RETURN_IF_ERROR(db->Exec("COMMIT; BEGIN"));
      if (verbose) {
        double seconds =
            std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        std::cerr << "dyad: synthetic: " << events << " events, " << rowid << " articles, "
                  << static_cast<int64_t>(events / seconds) << " events/s\n";
      }
    }
  }
  RETURN_IF_ERROR(db->Exec("COMMIT"));
  for (const auto& [name, sql] : indexes) {
    if (verbose) std::cerr << "dyad: synthetic: building index " << name << "\n";
    RETURN_IF_ERROR(db->Exec(sql));
  }
  // The rows went in with the dedup defaults (each its own first record): group them.
  if (verbose) std::cerr << "dyad: synthetic: grouping records by story and by day\n";
  RETURN_IF_ERROR(db->Exec(RegroupAllSql()));
  return db->Exec("PRAGMA journal_mode = WAL;");
}

}  // namespace dyad::cli
