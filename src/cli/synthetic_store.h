// A synthetic event database for benchmarks and end-to-end tests: articles, sentences and
// events written straight into the store's schema in large transactions (the store's own
// Ingest is one transaction per article, far too slow for ten million events), with the skew
// of real news: a few countries, dyads and CAMEO roots dominate, volume grows over the years,
// and some articles are syndicated copies of an earlier story.
#ifndef DYAD_CLI_SYNTHETIC_STORE_H_
#define DYAD_CLI_SYNTHETIC_STORE_H_

#include <cstdint>
#include <random>
#include <string>
#include <utility>
#include <vector>

#include "dyad/status.h"

namespace dyad::cli {

struct SyntheticOptions {
  int64_t events = 10'000'000;
  uint64_t seed = 1;
  int first_year = 2015;
  int years = 10;
  // Share of articles that are syndicated copies of a recent article (same events, another
  // news source, same story).
  double copies = 0.15;
};

// Draws countries (ISO 3166 alpha-3) with a Zipf skew, as news coverage has: the same
// distribution the generator uses, so benchmark queries hit popular and rare dyads alike.
class CountrySampler {
 public:
  CountrySampler();
  const std::string& Draw(std::mt19937_64& rng);
  // Two different countries.
  std::pair<std::string, std::string> DrawDyad(std::mt19937_64& rng);

 private:
  std::discrete_distribution<int> dist_;
};

// "YYYY-MM-DD" of the day `day_idx` days after January 1 of `first_year`.
std::string DayString(int first_year, int day_idx);
// Days from January 1 of `first_year` to January 1 of `first_year + years`.
int DayCount(int first_year, int years);

// Writes a new database at `path` (which must not exist) with the store's current schema
// and `options.events` events. Prints progress to stderr when `verbose`.
Status WriteSyntheticStore(const std::string& path, const SyntheticOptions& options, bool verbose);

}  // namespace dyad::cli

#endif  // DYAD_CLI_SYNTHETIC_STORE_H_
